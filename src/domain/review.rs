//! Everything the check page and the downloads read about a case, computed
//! once per change of the case: the rules' assessment of each problem
//! (routing, grounds, deadlines), the letters, and what 59-ФЗ still
//! requires. `engine` turns it into what the page shows (see ARCHITECTURE.md).

use super::case::Case;
use super::complaint::compose::compose;
use super::complaint::Complaint;
use super::completeness::{missing_elements, Missing};
use super::content::Content;
use super::date::Date;
use super::names::Case as Gram;
use super::rules::{assess_all, Assessment};
use std::collections::BTreeSet;

#[derive(Debug)]
pub struct Review<'c> {
    /// One per problem of the incident, the first problem first; empty when
    /// the case has no known category or its answers lead out of ОМС.
    pub assessments: Vec<Assessment<'c>>,
    /// One letter per addressee and kind of document, the first problem's first.
    pub letters: Vec<Complaint>,
    /// Each letter's addressee id, in the letters' order.
    pub letter_addressees: Vec<String>,
    /// The grammatical cases the patient's name appears in (to show and correct).
    pub name_cases: BTreeSet<Gram>,
    pub missing: Vec<Missing>,
}

impl<'c> Review<'c> {
    pub fn new(c: &'c Content, case: &Case, today: Date) -> Review<'c> {
        let assessments = assess_all(c, case, today);
        let composed = (!assessments.is_empty()).then(|| compose(c, case, &assessments));
        let (letters, letter_addressees, name_cases) = composed
            .map_or_else(Default::default, |c| {
                (c.letters, c.addressees, c.name_cases)
            });
        Review {
            assessments,
            letters,
            letter_addressees,
            name_cases,
            missing: missing_elements(c, case),
        }
    }

    /// The first problem's assessment (the letter's date, the answer term).
    pub fn assessment(&self) -> Option<&Assessment<'c>> {
        self.assessments.first()
    }
}
