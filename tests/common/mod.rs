//! Shared generators for the property tests: random cases of every shape a
//! person or a file could produce.
#![allow(dead_code)]

pub mod serde_case;

use proptest::prelude::*;
use zhaloba::domain::case::{Case, Gender, Kinship, Patient, Person, Relation, Represented};
use zhaloba::domain::content::content;

pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        "[0-9 -]{0,20}",
        "[0-9]{16}",
        "[0-9]{11}",
        "\\PC{0,200}",
        Just(String::new()),
        Just("\u{0}\u{8}\u{FFFE}\u{202E}עברית 😀".to_string()),
        // Long statements (up to ~10 000 characters), with emoji and RTL mixed in.
        ("\\PC{1,40}", 50..250usize).prop_map(|(s, n)| format!("{s} 😀 שלום ").repeat(n / 4 + 1)),
        ("[а-яё ]{1,12}", 700..1000usize).prop_map(|(s, n)| format!("{s} ").repeat(n)),
    ]
}

pub fn any_date_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (1890i32..2110, 0u8..14, 0u8..33).prop_map(|(y, m, d)| format!("{y}-{m}-{d}")),
        (1990i32..2030, 1u8..13, 1u8..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        any_text(),
    ]
}

pub fn any_person() -> impl Strategy<Value = Person> {
    (any_text(), any_text(), any_text(), any_date_text(), 0u8..3).prop_map(|(n, a, p, b, g)| {
        Person {
            full_name: n,
            gender: [Gender::Unknown, Gender::Female, Gender::Male][usize::from(g)],
            birth_date: b,
            postal_address: a,
            policy_number: p,
            ..Person::default()
        }
    })
}

pub fn any_patient() -> impl Strategy<Value = Patient> {
    (any_text(), any_date_text(), any_text(), 0u8..3).prop_map(|(n, b, p, g)| Patient {
        full_name: n,
        gender: [Gender::Unknown, Gender::Female, Gender::Male][usize::from(g)],
        birth_date: b,
        policy_number: p,
        ..Patient::default()
    })
}

/// Every kinship, «unknown» first.
pub const KINSHIPS: [Kinship; 14] = [
    Kinship::Unknown,
    Kinship::Son,
    Kinship::Daughter,
    Kinship::Father,
    Kinship::Mother,
    Kinship::Husband,
    Kinship::Wife,
    Kinship::Brother,
    Kinship::Sister,
    Kinship::Grandson,
    Kinship::Granddaughter,
    Kinship::Grandfather,
    Kinship::Grandmother,
    Kinship::Relative,
];

pub fn any_case() -> impl Strategy<Value = Case> {
    let cats: Vec<String> = content()
        .categories
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    let n = cats.len();
    (
        0..n + 1,
        any_person(),
        proptest::option::of((
            0u8..4,
            any_patient(),
            any_text(),
            0usize..14,
            any_date_text(),
        )),
        proptest::collection::vec(any_text(), 0..4),
        proptest::collection::vec(any_date_text(), 0..4),
        any_date_text(),
        any_text(),
    )
        .prop_map(move |(ci, applicant, rep, texts, dates, signed, org)| {
            let mut c = Case::new();
            c.category = cats
                .get(ci)
                .cloned()
                .unwrap_or_else(|| "no-such-category".into());
            c.applicant = applicant;
            c.represented = rep.map(|(r, person, basis, k, died)| Represented {
                relation: [
                    Relation::Parent,
                    Relation::Guardian,
                    Relation::Attorney,
                    Relation::RelativeOfDeceased,
                ][usize::from(r)],
                kinship: KINSHIPS[k],
                person,
                basis_document: basis,
                death_date: died,
            });
            c.insurer.name = org.clone();
            c.clinic.name = org;
            c.signed_on = signed;
            // Fill the category's questions with random answers of random shape.
            if let Some(cat) = content().category(&c.category) {
                for (i, q) in cat.questions.iter().enumerate() {
                    let v = match (q.kind, q.options.get(i % q.options.len().max(1))) {
                        (zhaloba::domain::content::QuestionKind::Choice, Some(o)) if i % 3 != 0 => {
                            o.value.to_string()
                        }
                        (zhaloba::domain::content::QuestionKind::Date, _) => dates
                            .get(i % dates.len().max(1))
                            .cloned()
                            .unwrap_or_default(),
                        _ => texts
                            .get(i % texts.len().max(1))
                            .cloned()
                            .unwrap_or_default(),
                    };
                    c.facts.insert(q.id.to_string(), v);
                }
            }
            c
        })
}

/// Review notes in a text people may see: brief references, marks of what
/// is unconfirmed, links.
pub const REVIEW_MARKERS: &[&str] = &[
    "legal-brief",
    "⚠",
    "✅",
    "❌",
    "§",
    "не сверен",
    "не сверена",
    "not checked",
    "not seen verbatim",
    "not seen in text",
    "http",
    "www.",
    ".ru/",
];
pub mod plausible;

/// The last `n` characters of `s` (a failure message's context).
pub fn last_chars(s: &str, n: usize) -> String {
    let skip = s.chars().count().saturating_sub(n);
    s.chars().skip(skip).collect()
}
