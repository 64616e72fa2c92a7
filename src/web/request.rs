//! What the page asks the files worker for (natively too, where the
//! asking does nothing), apart from `files.rs` so that file and this
//! module's façade do not name each other.

/// A letter's file, asked of the files worker: made there from the case
/// (the same engine that made the preview), the summary's `letter`th.
pub struct FileRequest<'a> {
    pub case: &'a crate::domain::case::Case,
    pub today: crate::domain::date::Date,
    pub letter: usize,
    pub format: crate::writers::format::Format,
}
