//! The case: everything the person told the wizard, as plain data.
//!
//! This is what the interface edits, what "save to device" and "export"
//! write, and what the CLI reads. It is versioned (`version`); older
//! versions are migrated in [`Case::from_json`]. The schema is documented in
//! `docs/case-schema.md` and the examples live in `examples/cases/`.
//! Fields hold what was typed (strings), not parsed values, so nothing the
//! person entered is ever lost because it failed a check.

use super::json::{self, Value};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod reader;
mod writer;

pub const CASE_VERSION: u32 = 3;

/// The path [`CaseError::Invalid`] names when the case's own object is wrong.
pub const ROOT: &str = "(корень)";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub version: u32,
    /// Category id from `content/categories/*.toml`.
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub applicant: Person,
    /// Filled when the applicant acts for someone else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub represented: Option<Represented>,
    /// Subject of the Russian Federation where the care was sought.
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub insurer: Insurer,
    /// The medical organisation the complaint is about.
    #[serde(default)]
    pub clinic: Clinic,
    /// Further problems of the same incident (category ids), asked after
    /// the first one's questions; one letter per addressee joins them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// Answers to the categories' own questions, by question id, as typed:
    /// one map for the incident, so a question two problems share (the
    /// date, the referral) is asked once.
    #[serde(default)]
    pub facts: Facts,
    /// Extra attachments the person adds to the category's checklist.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<String>,
    /// Date written under the letter (ISO), usually the day it is made.
    #[serde(default)]
    pub signed_on: String,
    /// How the addressee registered the letter, once the person knows.
    #[serde(default, skip_serializing_if = "Registration::is_empty")]
    pub registration: Registration,
}

/// Answers by question id, kept in key order (as a `BTreeMap` would, and
/// written so): a sorted list, as a case holds a few dozen at most, and a
/// map's tree code cost each wasm kilobytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts(Vec<(String, String)>);

impl Facts {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&String> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut String> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// The answer before, if there was one.
    pub fn insert(&mut self, key: String, value: String) -> Option<String> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<String> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn values(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// A repeated key: the last answer wins, as in a map.
impl FromIterator<(String, String)> for Facts {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(items: I) -> Facts {
        let mut facts = Facts::default();
        for (k, v) in items {
            facts.insert(k, v);
        }
        facts
    }
}

impl Serialize for Facts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Facts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Facts, D::Error> {
        BTreeMap::<String, String>::deserialize(d).map(Facts::from_iter)
    }
}

/// The applicant: who signs and gets the answer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Person {
    /// Фамилия Имя Отчество, as in the passport.
    pub full_name: String,
    /// Grammatical gender for verb forms in the letter; empty = unknown.
    pub gender: Gender,
    pub birth_date: String,
    pub postal_address: String,
    pub phone: String,
    pub email: String,
    pub policy_number: String,
    /// The name as the person corrected its declined forms.
    #[serde(skip_serializing_if = "NameForms::is_empty")]
    pub forms: NameForms,
    /// Version 1 only, dropped by the migration: no letter needs it.
    #[serde(skip_serializing)]
    pub snils: String,
}

/// The patient when someone else complains for them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Patient {
    pub full_name: String,
    /// For the name's declension and the verbs about the patient.
    pub gender: Gender,
    pub birth_date: String,
    pub policy_number: String,
    /// The name as the person corrected its declined forms.
    #[serde(skip_serializing_if = "NameForms::is_empty")]
    pub forms: NameForms,
    /// Version 1 only (a Person's contacts, never asked for a patient): dropped.
    #[serde(skip_serializing)]
    pub postal_address: String,
    #[serde(skip_serializing)]
    pub phone: String,
    #[serde(skip_serializing)]
    pub email: String,
    #[serde(skip_serializing)]
    pub snils: String,
}

/// Corrected forms of a name, by grammatical case; empty = the automatic form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NameForms {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub gen: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub dat: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub acc: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ins: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pre: String,
}

impl NameForms {
    pub fn is_empty(&self) -> bool {
        *self == NameForms::default()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    #[default]
    #[serde(rename = "")]
    Unknown,
    Female,
    Male,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Represented {
    pub relation: Relation,
    /// What the patient is to the applicant (son, mother, …), where it matters.
    #[serde(default)]
    pub kinship: Kinship,
    pub person: Patient,
    /// The details of the document that gives the right to act (series,
    /// number, date): «II-ГО № 123456», «от 01.02.2026 № 77 АА 1234567».
    #[serde(default)]
    pub basis_document: String,
    /// When the patient died (a relative of a patient who died).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub death_date: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// Parent of a minor child (legal representative).
    #[default]
    Parent,
    /// Guardian or custodian (опекун, попечитель).
    Guardian,
    /// Acting under a power of attorney.
    Attorney,
    /// Spouse or close relative of a deceased patient.
    RelativeOfDeceased,
}

/// The patient, as the applicant's relative.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kinship {
    #[default]
    #[serde(rename = "")]
    Unknown,
    Son,
    Daughter,
    Father,
    Mother,
    Husband,
    Wife,
    Brother,
    Sister,
    Grandson,
    Granddaughter,
    Grandfather,
    Grandmother,
    /// Another close relative.
    Relative,
}

/// The insurer (СМО) that issued the policy.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Insurer {
    pub name: String,
    /// Branch (филиал), if any.
    pub branch: String,
    pub address: String,
    /// Version 1 only, never asked: dropped.
    #[serde(skip_serializing)]
    pub inn: String,
    #[serde(skip_serializing)]
    pub ogrn: String,
}

/// The medical organisation the complaint is about.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Clinic {
    pub name: String,
    pub address: String,
    /// Asked where money is claimed back: on the receipt and the contract.
    pub inn: String,
    pub ogrn: String,
    /// Version 1 only, never asked: dropped.
    #[serde(skip_serializing)]
    pub branch: String,
}

/// The addressee's registration of the letter: the 30 days run from it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Registration {
    /// As typed, `year-month-day`.
    pub date: String,
    /// The incoming number (входящий номер).
    pub number: String,
}

impl Registration {
    pub fn is_empty(&self) -> bool {
        self.date.trim().is_empty() && self.number.trim().is_empty()
    }
}

/// Why a case file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum CaseError {
    /// Not JSON, or JSON of the wrong shape; carries the path and the reader's
    /// message (`case/reader.rs`).
    Invalid { path: String, message: String },
    /// Written by a newer zhaloba than this one.
    NewerVersion(u32),
    /// A JSON document but not a zhaloba case.
    NotACase,
}

impl Case {
    pub fn new() -> Case {
        Case {
            version: CASE_VERSION,
            ..Case::default()
        }
    }

    /// Reads a case file, migrating older versions (the CLI's and the files
    /// worker's entry; the `case` inside a saved-answers file, already
    /// parsed, goes through [`Case::read_value`], the same reader).
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        Case::read(text).map(|(case, _)| case)
    }

    /// As [`Case::from_json`], with what a migration changed (for the CLI to say).
    pub fn read(text: &str) -> Result<(Case, Vec<Migrated>), CaseError> {
        let value = json::parse(text).map_err(|e| CaseError::Invalid {
            path: format!("строка {}, позиция {}", e.line, e.column),
            message: "это не JSON".into(),
        })?;
        Case::read_value(&value)
    }

    /// A case already parsed (the `case` inside an answers file).
    pub fn read_value(value: &Value) -> Result<(Case, Vec<Migrated>), CaseError> {
        // Only the version decides whether the rest can be read; a file
        // that says it twice says nothing (as serde's reader found).
        if let Value::Object(members) = value {
            if members.iter().filter(|(k, _)| k == "version").count() > 1 {
                return Err(CaseError::NotACase);
            }
        }
        let version = value
            .get("version")
            .and_then(Value::as_u64)
            .ok_or(CaseError::NotACase)?;
        if version > u64::from(CASE_VERSION) {
            return Err(CaseError::NewerVersion(
                u32::try_from(version).unwrap_or(u32::MAX),
            ));
        }
        let mut case = reader::case(value).map_err(|bad| CaseError::Invalid {
            path: if bad.path.is_empty() {
                ROOT.into()
            } else {
                bad.path
            },
            message: bad.message.into(),
        })?;
        let notes = migrate(&mut case);
        Ok((case, notes))
    }

    /// The case file as the CLI and the examples write it (indented).
    pub fn to_json(&self) -> String {
        writer::case(self).to_pretty()
    }

    /// The same on one line: what the page keeps and hands the files worker.
    pub fn to_json_line(&self) -> String {
        writer::case(self).to_line()
    }

    /// The case file as a JSON tree (to put inside an answers file).
    pub fn to_value(&self) -> Value {
        writer::case(self)
    }

    pub fn fact(&self, id: &str) -> &str {
        self.facts.get(id).map_or("", |s| s.trim())
    }
}

/// An enum a case file writes as a name («parent», «female»): the one codec
/// for the case's enums, as files and conditions write them. The names are
/// the serde attributes' (a test compares them).
pub trait Named: Copy + PartialEq + 'static {
    const NAMES: &'static [(Self, &'static str)];
}

impl Named for Gender {
    const NAMES: &'static [(Self, &'static str)] = &[
        (Gender::Unknown, ""),
        (Gender::Female, "female"),
        (Gender::Male, "male"),
    ];
}

impl Named for Relation {
    const NAMES: &'static [(Self, &'static str)] = &[
        (Relation::Parent, "parent"),
        (Relation::Guardian, "guardian"),
        (Relation::Attorney, "attorney"),
        (Relation::RelativeOfDeceased, "relative-of-deceased"),
    ];
}

impl Named for Kinship {
    const NAMES: &'static [(Self, &'static str)] = &[
        (Kinship::Unknown, ""),
        (Kinship::Son, "son"),
        (Kinship::Daughter, "daughter"),
        (Kinship::Father, "father"),
        (Kinship::Mother, "mother"),
        (Kinship::Husband, "husband"),
        (Kinship::Wife, "wife"),
        (Kinship::Brother, "brother"),
        (Kinship::Sister, "sister"),
        (Kinship::Grandson, "grandson"),
        (Kinship::Granddaughter, "granddaughter"),
        (Kinship::Grandfather, "grandfather"),
        (Kinship::Grandmother, "grandmother"),
        (Kinship::Relative, "relative"),
    ];
}

/// The name a case file writes for `value`.
pub fn serde_name<T: Named>(value: T) -> &'static str {
    T::NAMES
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, name)| name)
}

/// The value a case file calls `name`, if any.
pub fn from_serde_name<T: Named>(name: &str) -> Option<T> {
    T::NAMES.iter().find(|(_, n)| *n == name).map(|(v, _)| *v)
}

/// `self` when the patient is the applicant, else the relation's name.
pub fn relation_key(case: &Case) -> String {
    case.represented
        .as_ref()
        .map_or_else(|| "self".into(), |r| serde_name(r.relation).into())
}

/// Something a migration changed in a case file, named by its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Migrated {
    /// A field no letter uses and the wizard never asks: its value is gone.
    Dropped(&'static str),
    /// The basis document's details moved (a v1 text of kinship documents
    /// became an attachment line).
    BasisMoved,
    /// An answer the older file cannot tell (see [`NOT_MIGRATED`]), left
    /// unanswered: the check page and `zhaloba check` ask it, and no letter
    /// is written until it is answered. The question's id.
    Unanswered(&'static str),
}

/// A value an older file cannot tell: the migration leaves it unanswered
/// instead of guessing, the check page and `zhaloba check` ask for it, and
/// the letter waits for the answer (`asked::unanswered`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotMigrated {
    pub category: &'static str,
    /// The question's id in the category.
    pub question: &'static str,
    /// Files of versions before this one cannot tell it.
    pub before: u32,
    /// Where the question is asked at all: these answers (fact, value) all
    /// given; empty: always.
    pub when: &'static [(&'static str, &'static str)],
    /// The letter waits for the answer: without it the letter would rest on
    /// a guess. Otherwise the letter states only what the file says (the
    /// content has a sentence for the older answers) while the check asks.
    pub withholds: bool,
    /// Why the older file cannot tell it.
    pub why: &'static str,
}

/// Every value a migration cannot fill in.
pub const NOT_MIGRATED: &[NotMigrated] = &[
    NotMigrated {
        category: "paid-care",
        question: "service_type",
        before: 3,
        when: &[],
        withholds: true,
        why: "v2 never asked whether the paid service is one the programme covers; assuming it would make a letter about a dental implant assert ОМС coverage",
    },
    NotMigrated {
        category: "out-of-region",
        question: "care_kind",
        before: 3,
        when: &[],
        withholds: true,
        why: "v2 offered one choice for emergency and urgent care (its «emergency» value was worded as неотложная, with an injury as example); v3 cites different rules for each",
    },
    NotMigrated {
        category: "medical-records",
        question: "request_date",
        before: 3,
        when: &[("earlier_refusal", "yes")],
        withholds: false,
        why: "v2's request_date was the refusal's date (moved to refusal_date); the first request's date, from which the 30 days run, was never asked",
    },
    NotMigrated {
        category: "medical-records",
        question: "refusal_how",
        before: 3,
        when: &[("earlier_refusal", "yes")],
        withholds: false,
        why: "v2 never asked how the earlier request was refused (orally, in writing, or not answered at all)",
    },
];

/// Brings an older case to the current version, one step at a time.
pub fn migrate(case: &mut Case) -> Vec<Migrated> {
    let mut notes = Vec::new();
    if case.version < 2 {
        migrate_v1(case, &mut notes);
    }
    if case.version < 3 {
        rename_facts(case);
    }
    let asked = |n: &NotMigrated| n.when.iter().all(|(fact, value)| case.fact(fact) == *value);
    for n in NOT_MIGRATED
        .iter()
        .filter(|n| case.version < n.before && case.category == n.category && asked(n))
    {
        if case.fact(n.question).is_empty() {
            notes.push(Migrated::Unanswered(n.question));
        }
    }
    case.version = case.version.max(CASE_VERSION);
    notes
}

/// v1 → v2: fields no letter needs dropped; the basis document holds its
/// details only.
fn migrate_v1(case: &mut Case, notes: &mut Vec<Migrated>) {
    let mut drop = |value: &mut String, name: &'static str| {
        if !value.trim().is_empty() {
            notes.push(Migrated::Dropped(name));
        }
        value.clear();
    };
    drop(&mut case.applicant.snils, "applicant.snils");
    drop(&mut case.insurer.inn, "insurer.inn");
    drop(&mut case.insurer.ogrn, "insurer.ogrn");
    drop(&mut case.clinic.branch, "clinic.branch");
    if let Some(r) = case.represented.as_mut() {
        let p = &mut r.person;
        drop(&mut p.snils, "represented.person.snils");
        drop(&mut p.postal_address, "represented.person.postal_address");
        drop(&mut p.phone, "represented.person.phone");
        drop(&mut p.email, "represented.person.email");
        migrate_basis(r, &mut case.attachments, notes);
        // v1 asked records requests about a patient who died in the
        // category's own questions; v2 asks it once, with the relation.
        if r.relation == Relation::RelativeOfDeceased {
            if let Some(died) = case.facts.remove("death_date") {
                r.death_date = died;
            }
        }
    }
    case.facts.remove("deceased");
}

/// v3 joins several problems in one case and one map of answers, so a
/// narrative two categories both called `what_happened` got its own id;
/// records requests ask the request's date, which v2 did not (its
/// `request_date` was the refusal's).
const RENAMED_IN_V3: &[(&str, &str, &str)] = &[
    ("ethics", "what_happened", "conduct"),
    ("out-of-region", "what_happened", "refusal"),
    ("attachment", "reason_given", "refusal_reason"),
    ("medical-records", "request_date", "refusal_date"),
];

/// v3 renames some answers; what v2 cannot tell (see [`NOT_MIGRATED`]) is
/// left unanswered.
fn rename_facts(case: &mut Case) {
    // v2 offered one «emergency» choice worded as неотложная помощь (an
    // injury, acute pain, a high fever); v3 tells the emergency from the
    // urgent, which the v2 answer cannot: it is asked again.
    if case.category == "out-of-region" && case.fact("care_kind") == "emergency" {
        case.facts.remove("care_kind");
    }
    for (category, from, to) in RENAMED_IN_V3 {
        if case.category == *category {
            if let Some(v) = case.facts.remove(from) {
                case.facts.insert((*to).to_string(), v);
            }
        }
    }
}

/// v1 kept the basis as a whole phrase («доверенность от 01.02.2026 № 77»);
/// v2 keeps its details, the letter names the document. For a patient who
/// died it described the proof of kinship: that becomes an attachment line.
fn migrate_basis(r: &mut Represented, attachments: &mut Vec<String>, notes: &mut Vec<Migrated>) {
    let basis = r.basis_document.trim().to_string();
    if basis.is_empty() {
        return;
    }
    if r.relation == Relation::RelativeOfDeceased {
        attachments.push(format!(
            "Копии документов, подтверждающих родство: {basis}."
        ));
        r.basis_document.clear();
        notes.push(Migrated::BasisMoved);
        return;
    }
    let nouns: &[&str] = match r.relation {
        Relation::Parent => &["свидетельство о рождении"],
        Relation::Guardian => &[
            "акт органа опеки и попечительства",
            "акт",
            "решение",
            "постановление",
            "распоряжение",
        ],
        _ => &["доверенность"],
    };
    let lower = super::words::lowercase_ru(&basis);
    if let Some(noun) = nouns.iter().find(|n| lower.starts_with(*n)) {
        let rest = basis.chars().skip(noun.chars().count()).collect::<String>();
        r.basis_document = rest.trim_start_matches([' ', ',', ':']).to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let mut c = Case::new();
        c.category = "waiting-time".into();
        c.applicant.full_name = "Иванова Алёна Сергеевна".into();
        c.applicant.gender = Gender::Female;
        c.facts.insert("referral_date".into(), "2026-05-05".into());
        let back = Case::from_json(&c.to_json()).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn rejects_newer_and_foreign_files_with_reasons() {
        assert_eq!(
            Case::from_json(r#"{"version": 99}"#),
            Err(CaseError::NewerVersion(99))
        );
        assert_eq!(Case::from_json(r#"{"hello": 1}"#), Err(CaseError::NotACase));
        assert!(matches!(
            Case::from_json("{"),
            Err(CaseError::Invalid { .. })
        ));
    }

    #[test]
    fn names_the_bad_field() {
        let err = Case::from_json(r#"{"version":1,"applicant":{"gender":"robot"}}"#).unwrap_err();
        match err {
            CaseError::Invalid { path, .. } => assert_eq!(path, "applicant.gender"),
            other => panic!("{other:?}"),
        }
        let err = Case::from_json(r#"{"version":1,"clinik":{}}"#).unwrap_err();
        match err {
            CaseError::Invalid { path, message } => {
                assert_eq!(path, "clinik");
                assert_eq!(message, "неизвестное поле");
            }
            other => panic!("{other:?}"),
        }
        let err = Case::from_json(r#"{"version":1,"facts":{"a":5}}"#).unwrap_err();
        match err {
            CaseError::Invalid { path, .. } => assert_eq!(path, "facts.a"),
            other => panic!("{other:?}"),
        }
    }
}
