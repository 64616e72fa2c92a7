//! Everything the check page and the downloads read about a case, computed
//! once per change of the case: the rules' assessment (routing, grounds,
//! deadlines), the letters, and what 59-ФЗ still requires. `engine` turns
//! it into what the page shows (see ARCHITECTURE.md).

use super::case::Case;
use super::complaint::{compose, missing_elements, Complaint, Missing};
use super::content::Content;
use super::date::Date;
use super::names::Case as Gram;
use super::rules::{assess, Assessment};
use std::collections::BTreeSet;

#[derive(Debug)]
pub struct Review<'c> {
    /// `None` when the case has no known category.
    pub assessment: Option<Assessment<'c>>,
    /// The main letter first, then the further documents the category calls for.
    pub letters: Vec<Complaint>,
    /// The grammatical cases the patient's name appears in (to show and correct).
    pub name_cases: BTreeSet<Gram>,
    pub missing: Vec<Missing>,
}

impl<'c> Review<'c> {
    pub fn new(c: &'c Content, case: &Case, today: Date) -> Review<'c> {
        let assessment = assess(c, case, today);
        let composed = assessment.as_ref().map(|a| compose(c, case, a));
        let (letters, name_cases) =
            composed.map_or_else(Default::default, |c| (c.letters, c.name_cases));
        Review {
            assessment,
            letters,
            name_cases,
            missing: missing_elements(c, case),
        }
    }
}
