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
    /// A time of day outside 00:00–23:59, or not a time.
    Time,
    /// Two answers that cannot both be true (`plausible`).
    Clash(super::clash::Clash),
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
            ProblemKind::Clash(c) => c.rule.blocks(),
            _ => true,
        }
    }
}
