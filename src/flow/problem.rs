//! What can be wrong with a field's value, as a code (the interface says
//! it in words: `crate::messages`). Below the fields, whose checks return
//! it.

use crate::domain::date::DateError;
use crate::domain::ids::{Finding, Severity};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    Required,
    ChooseOne,
    Date(DateError),
    DateInFuture,
    DateBeforeStart,
    /// A value that is none of the choices (a hand-edited file).
    UnknownChoice,
    /// A parent acts for a patient who was already this old on the event date.
    NotMinor {
        years: u8,
    },
    Id(Finding),
}

impl ProblemKind {
    /// Only identifier warnings and notes may be passed over by the person.
    pub fn blocks(self) -> bool {
        match self {
            ProblemKind::Id(f) => f.severity() == Severity::Error,
            _ => true,
        }
    }
}
