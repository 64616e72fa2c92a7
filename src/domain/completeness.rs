//! The elements a written обращение must contain (59-ФЗ ст. 7 ч. 1): what
//! the person still has to fill in before the letter can be sent. The
//! page's (the check page lists them), so it reads the answers and the
//! questions, never the composed letter.

use crate::domain::case::Case;
use crate::domain::content::{AddresseeKind, Content};
use crate::domain::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Addressee,
    FullName,
    PostalAddress,
    Substance,
    Date,
}

/// What the letter still lacks, in the order of 59-ФЗ ст. 7.
pub fn missing_elements(c: &Content, case: &Case) -> Vec<Missing> {
    let category = c.category(&case.category);
    let mut out = Vec::new();
    let to_ok = category.is_some_and(|cat| {
        match cat
            .addressees
            .first()
            .and_then(|id| c.addressee(id))
            .map(|a| a.kind)
        {
            Some(AddresseeKind::Insurer) => !case.insurer.name.trim().is_empty(),
            Some(AddresseeKind::Clinic) => !case.clinic.name.trim().is_empty(),
            _ => !case.fact("addressee_name").is_empty(),
        }
    });
    if !to_ok {
        out.push(Missing::Addressee);
    }
    if case.applicant.full_name.trim().is_empty() {
        out.push(Missing::FullName);
    }
    if case.applicant.postal_address.trim().is_empty() {
        out.push(Missing::PostalAddress);
    }
    // Every problem's questions: the letter joins them all.
    let substance = category.is_some()
        && crate::domain::rules::questions::all_questions(c, case)
            .iter()
            .filter(|(_, q)| !q.optional)
            .all(|(_, q)| !case.fact(&q.id).is_empty());
    if !substance {
        out.push(Missing::Substance);
    }
    if Date::parse(&case.signed_on).is_err() {
        out.push(Missing::Date);
    }
    out
}
