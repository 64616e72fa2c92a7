//! Writers: one complaint model in, one file format out. Plain Rust, no
//! browser APIs, so the CLI and the tests use exactly what the browser uses,
//! and the same case gives the same bytes everywhere.

pub mod deflate;
pub mod docx;
pub mod format;
pub mod html;
pub mod ics;
pub mod kit;
pub mod pdf;
pub mod text;
pub mod xml;
pub mod zip;

use crate::domain::complaint::Complaint;
pub use format::Format;

// Fixed wording of the letter's frame, shared by every format.
pub const DEMANDS_LEAD: &str = "На основании изложенного прошу:";
pub const ATTACHMENTS_LEAD: &str = "Приложения:";
pub const DATE_BLANK: &str = "«___» ____________ 20___ г.";
pub const SIGNATURE_LINE: &str = "_______________";
pub const SIGNATURE_CAPTION: &str = "(подпись)";

/// Why a file could not be made.
#[derive(Debug)]
pub enum RenderError {
    /// A PDF needs the font, which the browser loads only on demand.
    NoFonts,
    Pdf(pdf::PdfError),
    /// The case has fewer letters than the index asked for.
    NoLetter,
    /// The registered-mail kit is made from the case ([`render_kit`]).
    NotALetter,
}

/// Renders one format; `font` is needed only for PDF.
pub fn render(
    c: &Complaint,
    format: Format,
    font: Option<pdf::Font>,
) -> Result<Vec<u8>, RenderError> {
    Ok(match format {
        Format::Text => text::write(c).into_bytes(),
        Format::Docx => docx::write(c),
        Format::Pdf => {
            pdf::write(c, font.ok_or(RenderError::NoFonts)?).map_err(RenderError::Pdf)?
        }
        Format::Html => html::write_document(c).into_bytes(),
        Format::Ics => ics::write(c).into_bytes(),
        Format::Inventory | Format::Envelope => return Err(RenderError::NotALetter),
    })
}

/// Renders the registered-mail kit: the list of contents or the envelope.
pub fn render_kit(
    k: &crate::domain::complaint::kit::Kit,
    format: Format,
    font: Option<pdf::Font>,
) -> Result<Vec<u8>, RenderError> {
    let font = font.ok_or(RenderError::NoFonts)?;
    match format {
        Format::Inventory => pdf::kit::write_inventory(k, font),
        Format::Envelope => pdf::kit::write_envelope(k, font),
        _ => return Err(RenderError::NotALetter),
    }
    .map_err(RenderError::Pdf)
}
