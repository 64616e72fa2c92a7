//! Two answers that cannot both be true, as a code: which rule, and the
//! two fields (the interface says it in words: `crate::messages`). The
//! rules themselves are `super::plausible`'s; a [`super::problem`] carries
//! a clash, so this file stays below it.

use crate::domain::date::Date;

/// Which two answers contradict each other, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    AfterLetter,
    RegisteredBeforeLetter,
    ArrivalBeforeCall,
    ArrivalBeforeSecondCall,
    SecondCallBeforeFirst,
    OfferedBeforeReferral,
    PaidBeforeReferral,
    OfferedBeforePaid,
    SeenBeforeService,
    RefusalBeforeRequest,
    DeferredBeforeEvent,
    MovedAfterApplication,
    BirthAfterEvent,
    DeathBeforeEvent,
    DeathBeforeBirth,
    ParentYoungerThanChild,
}

impl Rule {
    /// An error stops the letter; a warning may be passed over.
    pub fn blocks(self) -> bool {
        !matches!(
            self,
            Rule::SecondCallBeforeFirst
                | Rule::OfferedBeforePaid
                | Rule::DeferredBeforeEvent
                | Rule::MovedAfterApplication
        )
    }

    /// Every rule, for tests and for the catalogue's messages.
    pub const ALL: [Rule; 16] = [
        Rule::AfterLetter,
        Rule::RegisteredBeforeLetter,
        Rule::ArrivalBeforeCall,
        Rule::ArrivalBeforeSecondCall,
        Rule::SecondCallBeforeFirst,
        Rule::OfferedBeforeReferral,
        Rule::PaidBeforeReferral,
        Rule::OfferedBeforePaid,
        Rule::SeenBeforeService,
        Rule::RefusalBeforeRequest,
        Rule::DeferredBeforeEvent,
        Rule::MovedAfterApplication,
        Rule::BirthAfterEvent,
        Rule::DeathBeforeEvent,
        Rule::DeathBeforeBirth,
        Rule::ParentYoungerThanChild,
    ];
}

/// One side of a contradiction: a field, or the letter's own date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldRef {
    /// A fixed field (`flow::fields`), by its path in the case.
    Field(&'static str),
    /// A category's question, by its id.
    Fact(&'static str),
    /// `signed_on`: the date the letter carries (today in the wizard).
    LetterDate,
}

impl FieldRef {
    /// Its path in the case, as `zhaloba check` names fields.
    pub fn path(self) -> String {
        match self {
            FieldRef::Field(path) => path.to_string(),
            FieldRef::Fact(id) => format!("facts.{id}"),
            FieldRef::LetterDate => "signed_on".to_string(),
        }
    }
}

/// Two answers in the wrong order: `later` is before `earlier`. The
/// problem is shown at the one of them asked last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clash {
    pub rule: Rule,
    pub earlier: FieldRef,
    pub later: FieldRef,
    /// Times that cross midnight with the same date: the date the
    /// arrival would have on the next day, to suggest.
    pub next_day: Option<Date>,
}
