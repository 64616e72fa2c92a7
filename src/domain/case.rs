//! The case: everything the person told the wizard, as plain data.
//!
//! This is what the interface edits, what "save to device" and "export"
//! write, and what the CLI reads. It is versioned (`version`); older
//! versions are migrated in [`Case::from_json`]. The schema is documented in
//! `docs/case-schema.md` and the examples live in `examples/cases/`.
//! Fields hold what was typed (strings), not parsed values, so nothing the
//! person entered is ever lost because it failed a check.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const CASE_VERSION: u32 = 1;

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
    pub insurer: Organisation,
    /// The medical organisation the complaint is about.
    #[serde(default)]
    pub clinic: Organisation,
    /// Answers to the category's own questions, by question id, as typed.
    #[serde(default)]
    pub facts: BTreeMap<String, String>,
    /// Extra attachments the person adds to the category's checklist.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<String>,
    /// Date written under the letter (ISO), usually the day it is made.
    #[serde(default)]
    pub signed_on: String,
}

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
    pub snils: String,
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
    pub person: Person,
    /// Document that gives the right to act: «свидетельство о рождении II-АБ № 123456»,
    /// «доверенность от 01.02.2026 № 77 АА 1234567», etc.
    #[serde(default)]
    pub basis_document: String,
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Organisation {
    pub name: String,
    /// Branch or department (филиал), if any.
    pub branch: String,
    pub address: String,
    pub inn: String,
    pub ogrn: String,
}

/// Why a case file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum CaseError {
    /// Not JSON, or JSON of the wrong shape; carries the path and serde's message.
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

    /// Reads a case file, migrating older versions: the one reader of case
    /// files (the CLI's, and the `case` inside a saved-answers file).
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        #[derive(Deserialize)]
        struct Probe {
            version: Option<u64>,
        }
        let probe: Probe = serde_json::from_str(text).map_err(|e| {
            if e.is_syntax() || e.is_eof() {
                CaseError::Invalid {
                    path: format!("строка {}, позиция {}", e.line(), e.column()),
                    message: e.to_string(),
                }
            } else {
                CaseError::NotACase
            }
        })?;
        let version = probe.version.ok_or(CaseError::NotACase)?;
        if version > u64::from(CASE_VERSION) {
            return Err(CaseError::NewerVersion(
                u32::try_from(version).unwrap_or(u32::MAX),
            ));
        }
        // Version 1 is the first; migrations from older versions go here.
        deserialize_with_path(text)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn fact(&self, id: &str) -> &str {
        self.facts.get(id).map_or("", |s| s.trim())
    }

    /// The patient: the represented person if any, else the applicant.
    pub fn patient(&self) -> &Person {
        self.represented
            .as_ref()
            .map_or(&self.applicant, |r| &r.person)
    }
}

/// Deserialises and, on failure, names the field that was wrong
/// (e.g. `applicant.gender`). The wasm leaves the path out: tracking it
/// costs kilobytes there, and the answers file names the part instead.
fn deserialize_with_path(text: &str) -> Result<Case, CaseError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut json = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, Case>(&mut json).map_err(|e| {
            let path = e.path().to_string();
            CaseError::Invalid {
                path: if path == "." {
                    "(корень)".into()
                } else {
                    path
                },
                message: e.into_inner().to_string(),
            }
        })
    }
    #[cfg(target_arch = "wasm32")]
    serde_json::from_str(text).map_err(|_| CaseError::Invalid {
        path: String::new(),
        message: String::new(),
    })
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
                assert!(message.contains("unknown field"), "{message}");
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
