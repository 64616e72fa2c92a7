//! Everything the check page and the downloads read about a case, computed
//! once per change of the case: the rules' assessment (routing, grounds,
//! deadlines), the letters, and what 59-ФЗ still requires.

use super::case::Case;
use super::complaint::{compose, missing_elements, Complaint, Missing};
use super::content::Content;
use super::date::Date;
use super::rules::{assess, Assessment};

#[derive(Debug)]
pub struct Review<'c> {
    /// `None` when the case has no known category.
    pub assessment: Option<Assessment<'c>>,
    /// The main letter first, then the further documents the category calls for.
    pub letters: Vec<Complaint>,
    pub missing: Vec<Missing>,
}

impl<'c> Review<'c> {
    pub fn new(c: &'c Content, case: &Case, today: Date) -> Review<'c> {
        let assessment = assess(c, case, today);
        let letters = assessment
            .as_ref()
            .map(|a| compose(c, case, a))
            .unwrap_or_default();
        Review {
            assessment,
            letters,
            missing: missing_elements(c, case),
        }
    }

    /// The letters may be downloaded: nothing 59-ФЗ requires is missing.
    pub fn complete(&self) -> bool {
        self.missing.is_empty()
    }
}
