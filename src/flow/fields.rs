//! Every field the wizard asks, defined once: its id, its label (a key into
//! the catalogue), how it is asked, whether it may stay empty, how it is
//! checked, and where it lives in the case. The steps, the pages, the
//! validation, the check page and the reducer all read this table.
//!
//! A category's own questions are defined in its content file
//! (`content/categories/*.toml`); here they are [`FieldId::Fact`].

use super::steps::Step;
use super::validate::ProblemKind;
use crate::domain::case::{Case, Gender, Relation, Represented};
use crate::domain::date::Date;
use crate::domain::ids;
use crate::i18n::catalogue::{FieldLabels, Strings};
use serde::de::IntoDeserializer;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The fields outside the categories' own questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fixed {
    Category,
    Relation,
    PatientName,
    PatientBirthDate,
    PatientPolicy,
    Basis,
    ClinicName,
    ClinicAddress,
    InsurerName,
    InsurerBranch,
    InsurerAddress,
    ApplicantName,
    ApplicantGender,
    ApplicantAddress,
    ApplicantPhone,
    ApplicantEmail,
    ApplicantPolicy,
}

/// Any field: a fixed one, or a category question by its id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FieldId {
    Fixed(Fixed),
    Fact(String),
}

/// How a field is asked.
#[derive(Clone, Copy, Debug)]
pub enum Control {
    /// One line; what the browser may autofill and the input type.
    Line {
        autocomplete: Option<&'static str>,
        input_type: Option<&'static str>,
    },
    /// Several lines (addresses).
    Lines,
    /// One of these values.
    Choice(&'static [Opt]),
    /// One of the content's categories and exits.
    Categories,
}

/// A value of a choice and its label.
#[derive(Debug)]
pub struct Opt {
    pub value: &'static str,
    pub label: fn(&Strings) -> &'static str,
}

pub struct FieldSpec {
    pub id: Fixed,
    /// The page that asks it.
    pub step: Step,
    /// Where the value lives in the case; also its DOM id and its name in messages.
    pub path: &'static str,
    pub label: fn(&FieldLabels) -> &'static str,
    pub control: Control,
    pub optional: bool,
    /// What is wrong with a non-empty value, if anything.
    pub check: fn(&str, Date) -> Option<ProblemKind>,
    pub get: fn(&Case) -> String,
    pub set: fn(&mut Case, String),
}

const LINE: Control = Control::Line {
    autocomplete: None,
    input_type: None,
};

fn no_check(_: &str, _: Date) -> Option<ProblemKind> {
    None
}

fn policy(v: &str, _: Date) -> Option<ProblemKind> {
    ids::check_policy(v).map(ProblemKind::Id)
}

fn past_date(v: &str, today: Date) -> Option<ProblemKind> {
    match Date::parse(v) {
        Ok(d) if d > today => Some(ProblemKind::DateInFuture),
        Ok(_) => None,
        Err(e) => Some(ProblemKind::Date(e)),
    }
}

/// The name serde gives a unit variant («parent», «female»).
pub fn serde_name<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .trim_matches('"')
        .to_string()
}

/// The unit variant serde calls `name`, if any.
pub fn from_serde_name<'de, T: Deserialize<'de>>(name: &'de str) -> Option<T> {
    T::deserialize(IntoDeserializer::<serde::de::value::Error>::into_deserializer(name)).ok()
}

/// A field of the applicant, insurer or clinic: a plain string in the case.
macro_rules! at {
    ($($p:ident).+) => {
        (|c: &Case| c.$($p).+.clone(), |c: &mut Case, v: String| c.$($p).+ = v)
    };
}

/// A field of the represented patient (kept only while someone acts for them).
macro_rules! represented {
    ($($p:ident).+) => {
        (
            |c: &Case| c.represented.as_ref().map_or(String::new(), |r| r.$($p).+.clone()),
            |c: &mut Case, v: String| {
                if let Some(r) = c.represented.as_mut() {
                    r.$($p).+ = v;
                }
            },
        )
    };
}

fn get_relation(c: &Case) -> String {
    c.represented
        .as_ref()
        .map_or_else(|| "self".into(), |r| serde_name(&r.relation))
}

/// «self» (or anything unknown) ends the representation; details typed
/// before a change of relation are kept.
fn set_relation(c: &mut Case, v: String) {
    c.represented = from_serde_name::<Relation>(&v).map(|relation| Represented {
        relation,
        ..c.represented.take().unwrap_or_default()
    });
}

pub const RELATIONS: [Opt; 5] = [
    Opt {
        value: "self",
        label: |t| t.relations[0],
    },
    Opt {
        value: "parent",
        label: |t| t.relations[1],
    },
    Opt {
        value: "guardian",
        label: |t| t.relations[2],
    },
    Opt {
        value: "attorney",
        label: |t| t.relations[3],
    },
    Opt {
        value: "relative-of-deceased",
        label: |t| t.relations[4],
    },
];

const GENDERS: [Opt; 3] = [
    Opt {
        value: "female",
        label: |t| t.gender_female,
    },
    Opt {
        value: "male",
        label: |t| t.gender_male,
    },
    Opt {
        value: "",
        label: |t| t.gender_unset,
    },
];

/// One row of the table, in the order the pages ask; the macro keeps each
/// row to the facts that differ.
macro_rules! field {
    ($step:ident, $id:ident, $path:literal, $label:ident, $control:expr, $optional:expr, $check:expr, $at:expr) => {{
        let (get, set) = $at;
        FieldSpec {
            id: Fixed::$id,
            step: Step::$step,
            path: $path,
            label: |l| l.$label,
            control: $control,
            optional: $optional,
            check: $check,
            get,
            set,
        }
    }};
}

const fn line(autocomplete: &'static str, input_type: Option<&'static str>) -> Control {
    Control::Line {
        autocomplete: Some(autocomplete),
        input_type,
    }
}

pub static FIELDS: [FieldSpec; 17] = [
    field!(
        Category,
        Category,
        "category",
        category,
        Control::Categories,
        false,
        no_check,
        at!(category)
    ),
    field!(
        Who,
        Relation,
        "represented.relation",
        relation,
        Control::Choice(&RELATIONS),
        false,
        no_check,
        (get_relation, set_relation)
    ),
    field!(
        Patient,
        PatientName,
        "represented.person.full_name",
        patient_name,
        LINE,
        false,
        no_check,
        represented!(person.full_name)
    ),
    field!(
        Patient,
        PatientBirthDate,
        "represented.person.birth_date",
        patient_birth_date,
        LINE,
        true,
        past_date,
        represented!(person.birth_date)
    ),
    field!(
        Patient,
        PatientPolicy,
        "represented.person.policy_number",
        patient_policy,
        LINE,
        true,
        policy,
        represented!(person.policy_number)
    ),
    field!(
        Patient,
        Basis,
        "represented.basis_document",
        basis,
        LINE,
        true,
        no_check,
        represented!(basis_document)
    ),
    field!(
        Clinic,
        ClinicName,
        "clinic.name",
        clinic_name,
        LINE,
        false,
        no_check,
        at!(clinic.name)
    ),
    field!(
        Clinic,
        ClinicAddress,
        "clinic.address",
        clinic_address,
        Control::Lines,
        true,
        no_check,
        at!(clinic.address)
    ),
    field!(
        Insurer,
        InsurerName,
        "insurer.name",
        insurer_name,
        LINE,
        false,
        no_check,
        at!(insurer.name)
    ),
    field!(
        Insurer,
        InsurerBranch,
        "insurer.branch",
        insurer_branch,
        LINE,
        true,
        no_check,
        at!(insurer.branch)
    ),
    field!(
        Insurer,
        InsurerAddress,
        "insurer.address",
        insurer_address,
        Control::Lines,
        true,
        no_check,
        at!(insurer.address)
    ),
    field!(
        Applicant,
        ApplicantName,
        "applicant.full_name",
        applicant_name,
        line("name", None),
        false,
        no_check,
        at!(applicant.full_name)
    ),
    field!(
        Applicant,
        ApplicantGender,
        "applicant.gender",
        applicant_gender,
        Control::Choice(&GENDERS),
        true,
        no_check,
        (
            |c: &Case| serde_name(&c.applicant.gender),
            |c: &mut Case, v: String| c.applicant.gender =
                from_serde_name::<Gender>(&v).unwrap_or_default()
        )
    ),
    field!(
        Applicant,
        ApplicantAddress,
        "applicant.postal_address",
        applicant_address,
        Control::Lines,
        false,
        no_check,
        at!(applicant.postal_address)
    ),
    field!(
        Applicant,
        ApplicantPhone,
        "applicant.phone",
        applicant_phone,
        line("tel", Some("tel")),
        true,
        |v, _| ids::check_phone(v).map(ProblemKind::Id),
        at!(applicant.phone)
    ),
    field!(
        Applicant,
        ApplicantEmail,
        "applicant.email",
        applicant_email,
        line("email", Some("email")),
        true,
        |v, _| ids::check_email(v).map(ProblemKind::Id),
        at!(applicant.email)
    ),
    field!(
        Applicant,
        ApplicantPolicy,
        "applicant.policy_number",
        applicant_policy,
        LINE,
        true,
        policy,
        at!(applicant.policy_number)
    ),
];

impl Fixed {
    pub fn spec(self) -> &'static FieldSpec {
        FIELDS
            .iter()
            .find(|f| f.id == self)
            .expect("every fixed field is in FIELDS")
    }
}

impl FieldSpec {
    /// The value as the check page shows it (a choice by its label).
    pub fn shown(&self, case: &Case, t: &Strings) -> String {
        let value = (self.get)(case);
        match self.control {
            Control::Choice(opts) => opts
                .iter()
                .find(|o| o.value == value)
                .map_or(value, |o| (o.label)(t).to_string()),
            _ => value,
        }
    }
}

impl FieldId {
    /// The field at a path in the case (`applicant.phone`, `facts.referral_date`).
    pub fn from_path(path: &str) -> Option<FieldId> {
        if let Some(id) = path.strip_prefix("facts.") {
            return Some(FieldId::Fact(id.to_string()));
        }
        FIELDS
            .iter()
            .find(|f| f.path == path)
            .map(|f| FieldId::Fixed(f.id))
    }

    /// Its path in the case (`applicant.phone`, `facts.referral_date`).
    pub fn path(&self) -> Cow<'static, str> {
        match self {
            FieldId::Fixed(f) => Cow::Borrowed(f.spec().path),
            FieldId::Fact(id) => Cow::Owned(format!("facts.{id}")),
        }
    }

    pub fn get(&self, case: &Case) -> String {
        match self {
            FieldId::Fixed(f) => (f.spec().get)(case),
            FieldId::Fact(id) => case.facts.get(id).cloned().unwrap_or_default(),
        }
    }

    /// Writes a value exactly as typed (an empty answer is removed).
    pub fn set(&self, case: &mut Case, value: String) {
        match self {
            FieldId::Fixed(f) => (f.spec().set)(case, value),
            FieldId::Fact(id) if value.is_empty() => {
                case.facts.remove(id);
            }
            FieldId::Fact(id) => {
                case.facts.insert(id.clone(), value);
            }
        }
    }
}

/// Date answers are stored as typed: `year-month-day`, parts may be empty
/// or wrong, so nothing typed is lost while it is being corrected.
pub fn date_parts(value: &str) -> [String; 3] {
    let mut it = value.splitn(3, '-').map(str::to_string);
    [
        it.next().unwrap_or_default(),
        it.next().unwrap_or_default(),
        it.next().unwrap_or_default(),
    ]
}

pub fn join_date_parts(year: &str, month: &str, day: &str) -> String {
    if year.trim().is_empty() && month.trim().is_empty() && day.trim().is_empty() {
        String::new()
    } else {
        format!("{}-{}-{}", year.trim(), month.trim(), day.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fixed_field_has_one_row_and_its_path_reads_back() {
        let mut case = Case::new();
        case.represented = Some(Represented::default());
        for (i, f) in FIELDS.iter().enumerate() {
            assert_eq!(
                FIELDS.iter().filter(|g| g.id == f.id).count(),
                1,
                "{:?}",
                f.id
            );
            let value = match f.control {
                Control::Choice(opts) => opts[1].value.to_string(),
                _ => format!("value {i}"),
            };
            (f.set)(&mut case, value.clone());
            assert_eq!((f.get)(&case), value, "{}", f.path);
        }
    }

    #[test]
    fn codecs_are_serde_names() {
        assert_eq!(
            serde_name(&Relation::RelativeOfDeceased),
            "relative-of-deceased"
        );
        assert_eq!(serde_name(&Gender::Unknown), "");
        assert_eq!(from_serde_name::<Gender>("female"), Some(Gender::Female));
        assert_eq!(from_serde_name::<Relation>("self"), None);
    }
}
