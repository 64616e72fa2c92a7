//! One case per plausibility rule (`flow::plausible`), for the CLI and the
//! wizard's pages alike: an example case with the edits that make two of its
//! answers contradict each other, the rule, and the field it is shown at.

use zhaloba::domain::case::Case;
use zhaloba::flow::plausible::{field_of, FieldRef, Rule};
use zhaloba::flow::{FieldId, Problem, ProblemKind};
use zhaloba::i18n::Lang;

pub struct Row {
    pub example: &'static str,
    /// Paths in the case (`facts.call_time`, `signed_on`) and their new values.
    pub edits: &'static [(&'static str, &'static str)],
    pub rule: Rule,
    /// The path of the field the problem is shown at.
    pub at: &'static str,
    /// The next day the message suggests, in words.
    pub next_day: Option<&'static str>,
}

const fn row(
    example: &'static str,
    edits: &'static [(&'static str, &'static str)],
    rule: Rule,
    at: &'static str,
) -> Row {
    Row {
        example,
        edits,
        rule,
        at,
        next_day: None,
    }
}

pub const ROWS: [Row; 17] = [
    row(
        "quality",
        &[
            ("signed_on", "2026-05-20"),
            ("facts.event_date", "2026-05-25"),
        ],
        Rule::AfterLetter,
        "facts.event_date",
    ),
    row(
        "waiting-time",
        &[("registration.date", "2026-05-29")],
        Rule::RegisteredBeforeLetter,
        "registration.date",
    ),
    Row {
        next_day: Some("25 января 2026 г."),
        ..row(
            "ambulance",
            &[("facts.arrival_date", "2026-01-24")],
            Rule::ArrivalBeforeCall,
            "facts.arrival_time",
        )
    },
    row(
        "ambulance",
        &[("facts.arrival_date", "2026-01-23")],
        Rule::ArrivalBeforeCall,
        "facts.arrival_date",
    ),
    Row {
        next_day: Some("25 января 2026 г."),
        ..row(
            "ambulance",
            &[
                ("facts.outcome", "refused-then-late"),
                ("facts.call_time", "21:00"),
                ("facts.second_call_time", "22:30"),
                ("facts.arrival_date", "2026-01-24"),
                ("facts.arrival_time", "22:10"),
            ],
            Rule::ArrivalBeforeSecondCall,
            "facts.arrival_time",
        )
    },
    row(
        "ambulance",
        &[
            ("facts.outcome", "refused-then-late"),
            ("facts.second_call_time", "00:10"),
        ],
        Rule::SecondCallBeforeFirst,
        "facts.second_call_time",
    ),
    row(
        "waiting-time",
        &[("facts.offered_date", "2026-05-04")],
        Rule::OfferedBeforeReferral,
        "facts.offered_date",
    ),
    row(
        "paid-care",
        &[("facts.paid_date", "2026-01-30")],
        Rule::PaidBeforeReferral,
        "facts.paid_date",
    ),
    row(
        "paid-care",
        &[("facts.offered_date", "2026-03-01")],
        Rule::OfferedBeforePaid,
        "facts.paid_date",
    ),
    row(
        "services-not-received",
        &[("facts.seen_on", "2026-02-10")],
        Rule::SeenBeforeService,
        "facts.seen_on",
    ),
    row(
        "medical-records",
        &[("facts.refusal_date", "2025-10-20")],
        Rule::RefusalBeforeRequest,
        "facts.refusal_date",
    ),
    row(
        "outpatient-medicines",
        &[("facts.deferred_date", "2026-01-30")],
        Rule::DeferredBeforeEvent,
        "facts.event_date",
    ),
    row(
        "attachment",
        &[("facts.moved_date", "2026-01-28")],
        Rule::MovedAfterApplication,
        "facts.moved_date",
    ),
    row(
        "ambulance",
        &[("represented.person.birth_date", "2026-02-01")],
        Rule::BirthAfterEvent,
        "facts.call_date",
    ),
    row(
        "ambulance",
        &[
            ("represented.relation", "relative-of-deceased"),
            ("represented.kinship", "father"),
            ("represented.person.birth_date", "1950-03-01"),
            ("represented.death_date", "2026-01-20"),
        ],
        Rule::DeathBeforeEvent,
        "facts.call_date",
    ),
    row(
        "ambulance",
        &[
            ("represented.relation", "relative-of-deceased"),
            ("represented.kinship", "father"),
            ("represented.person.birth_date", "1950-03-01"),
            ("represented.death_date", "1949-01-20"),
        ],
        Rule::DeathBeforeBirth,
        "represented.death_date",
    ),
    row(
        "ambulance",
        &[("applicant.birth_date", "2022-01-01")],
        Rule::ParentYoungerThanChild,
        "applicant.birth_date",
    ),
];

/// The row's example with its edits.
pub fn case(r: &Row) -> Case {
    let path = format!("examples/cases/{}.json", r.example);
    let mut case = Case::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    for (path, value) in r.edits {
        if *path == "signed_on" {
            case.signed_on = value.to_string();
        } else {
            let field = FieldId::from_path(path).unwrap_or_else(|| panic!("{path}"));
            field.set(&mut case, value.to_string());
        }
    }
    case
}

/// Both fields' names as the message must carry them: a field's label in
/// quotes, the letter's date in words.
pub fn names(case: &Case, p: &Problem) -> Vec<String> {
    let ProblemKind::Clash(c) = p.kind else {
        panic!("not a clash: {p:?}");
    };
    [c.earlier, c.later]
        .into_iter()
        .map(|r| match r {
            FieldRef::LetterDate => "даты письма".to_string(),
            r => format!("«{}»", Lang::Ru.field_label(case, &field_of(r).unwrap())),
        })
        .collect()
}

/// The row's problem among a case's, by its rule.
pub fn find<'a>(problems: &'a [Problem], r: &Row) -> Option<&'a Problem> {
    problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::Clash(c) if c.rule == r.rule))
}
