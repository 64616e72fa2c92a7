//! Every field the wizard asks, defined once: its id, the page that asks it,
//! its label (a key into the catalogue), how it is asked, when it is shown
//! and required, how it is checked, and where it lives in the case. The
//! steps, the pages, the validation, the check page and the reducer all read
//! this table.
//!
//! A category's own questions are defined in its content file
//! (`content/categories/*.toml`); here they are [`FieldId::Fact`].

use super::problem::ProblemKind;
use super::step::Step;
use crate::domain::case::{Case, Gender, Kinship, Relation, Represented};
use crate::domain::content::{content, AddresseeKind};
use crate::domain::date::Date;
use crate::domain::ids;
use crate::domain::names::Case as Gram;
use crate::domain::rules::questions as rules;
use crate::i18n::catalogue::{FieldLabels, Strings};
use std::borrow::Cow;

pub use crate::domain::case::{from_serde_name, serde_name};

/// The fields outside the categories' own questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fixed {
    Category,
    Relation,
    PatientName,
    Kinship,
    PatientGender,
    PatientBirthDate,
    DeathDate,
    PatientPolicy,
    Basis,
    ClinicName,
    ClinicAddress,
    ClinicInn,
    ClinicOgrn,
    InsurerName,
    InsurerBranch,
    InsurerAddress,
    ApplicantName,
    ApplicantGender,
    ApplicantBirthDate,
    ApplicantAddress,
    ApplicantPhone,
    ApplicantEmail,
    ApplicantPolicy,
    /// The further problems of the incident.
    Also,
    /// The person's own additions to the letter's attachments.
    Attachments,
    RegistrationDate,
    RegistrationNumber,
}

/// Any field: a fixed one, a category question by its id, or a corrected
/// form of the patient's name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FieldId {
    Fixed(Fixed),
    Fact(String),
    NameForm(Gram),
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
    /// One of these values (which may depend on earlier answers).
    Choice(fn(&Case) -> &'static [Opt]),
    /// One of the content's categories and exits.
    Categories,
    /// Any of the first category's related problems (checkboxes).
    Problems,
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
    pub label: fn(&FieldLabels, &Case) -> &'static str,
    pub control: Control,
    /// Asked for this case at all.
    pub shown: fn(&Case) -> bool,
    /// Must be answered (when shown).
    pub required: fn(&Case) -> bool,
    /// What is wrong with a non-empty value, if anything.
    pub check: fn(&str, Date) -> Option<ProblemKind>,
    pub get: fn(&Case) -> String,
    pub set: fn(&mut Case, String),
}

const LINE: Control = Control::Line {
    autocomplete: None,
    input_type: None,
};

fn yes(_: &Case) -> bool {
    true
}

fn no(_: &Case) -> bool {
    false
}

fn no_check(_: &str, _: Date) -> Option<ProblemKind> {
    None
}

fn id_check(finding: Option<ids::Finding>) -> Option<ProblemKind> {
    finding.map(ProblemKind::Id)
}

fn past_date(v: &str, today: Date) -> Option<ProblemKind> {
    match Date::parse(v) {
        Ok(d) if d > today => Some(ProblemKind::DateInFuture),
        Ok(_) => None,
        Err(e) => Some(ProblemKind::Date(e)),
    }
}

fn relation(c: &Case) -> Option<Relation> {
    c.represented.as_ref().map(|r| r.relation)
}

fn is_self(c: &Case) -> bool {
    c.represented.is_none()
}

/// The kinship is asked where it decides the letter's words.
fn kinship_asked(c: &Case) -> bool {
    matches!(
        relation(c),
        Some(Relation::Parent | Relation::RelativeOfDeceased)
    )
}

/// The patient's gender is asked where nothing else tells it.
fn gender_asked(c: &Case) -> bool {
    match c.represented.as_ref() {
        Some(r) => match r.relation {
            Relation::Guardian | Relation::Attorney => true,
            Relation::RelativeOfDeceased => r.kinship == Kinship::Relative,
            Relation::Parent => false,
        },
        None => false,
    }
}

fn deceased(c: &Case) -> bool {
    relation(c) == Some(Relation::RelativeOfDeceased)
}

fn parent(c: &Case) -> bool {
    relation(c) == Some(Relation::Parent)
}

/// Money is claimed back: the clinic's ИНН and ОГРН (on the receipt) help.
fn refund(c: &Case) -> bool {
    rules::problems(content(), c).iter().any(|cat| cat.refund)
}

/// An ОМС matter: the policy number belongs in the letter.
fn oms(c: &Case) -> bool {
    rules::problems(content(), c).iter().any(|cat| cat.oms)
}

/// The insurer receives a letter or a copy: its name and address are asked.
pub fn insurer_asked(c: &Case) -> bool {
    let content = content();
    rules::problems(content, c).iter().any(|cat| {
        cat.addressees.iter().chain(cat.copies.iter()).any(|id| {
            content
                .addressee(id)
                .is_some_and(|a| a.kind == AddresseeKind::Insurer)
        })
    })
}

/// The first problem comes with others often enough to ask about them.
fn also_asked(c: &Case) -> bool {
    !rules::related(content(), c).is_empty()
}

/// The further problems as one value, `a,b`; setting one toggles it.
fn get_also(c: &Case) -> String {
    c.also.join(",")
}

fn toggle_also(c: &mut Case, id: String) {
    match c.also.iter().position(|x| *x == id) {
        Some(i) => {
            c.also.remove(i);
        }
        None if !id.is_empty() => c.also.push(id),
        None => {}
    }
}

fn is_self_oms(c: &Case) -> bool {
    is_self(c) && oms(c)
}

/// A field of the applicant, insurer or clinic: a plain string in the case.
macro_rules! at {
    ($($p:ident).+) => {
        (|c: &Case| c.$($p).+.clone(), |c: &mut Case, v: String| c.$($p).+ = v)
    };
}

/// A field of the representation (kept only while someone acts for the patient).
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

/// A choice kept as a serde-named enum.
macro_rules! named {
    ($($p:ident).+ : $t:ty) => {
        (
            |c: &Case| c.represented.as_ref().map_or(String::new(), |r| serde_name(r.$($p).+).to_string()),
            |c: &mut Case, v: String| {
                if let Some(r) = c.represented.as_mut() {
                    r.$($p).+ = from_serde_name::<$t>(&v).unwrap_or_default();
                }
            },
        )
    };
}

fn get_relation(c: &Case) -> String {
    crate::domain::case::relation_key(c)
}

/// «self» (or anything unknown) ends the representation; details typed
/// before a change of relation are kept.
fn set_relation(c: &mut Case, v: String) {
    c.represented = from_serde_name::<Relation>(&v).map(|relation| Represented {
        relation,
        ..c.represented.take().unwrap_or_default()
    });
}

const fn opt(value: &'static str, label: fn(&Strings) -> &'static str) -> Opt {
    Opt { value, label }
}

pub const RELATIONS: [Opt; 5] = [
    opt("self", |t| t.relations[0]),
    opt("parent", |t| t.relations[1]),
    opt("guardian", |t| t.relations[2]),
    opt("attorney", |t| t.relations[3]),
    opt("relative-of-deceased", |t| t.relations[4]),
];

/// A relative of a patient who died is offered where the category's letter
/// reads right for one.
fn relations(c: &Case) -> &'static [Opt] {
    if content()
        .category(&c.category)
        .is_some_and(|cat| cat.for_deceased)
    {
        &RELATIONS
    } else {
        &RELATIONS[..4]
    }
}

const GENDERS: [Opt; 3] = [
    opt("female", |t| t.gender_female),
    opt("male", |t| t.gender_male),
    opt("", |t| t.gender_unset),
];

const PATIENT_GENDERS: [Opt; 2] = [
    opt("female", |t| t.patient_female),
    opt("male", |t| t.patient_male),
];

const CHILDREN: [Opt; 2] = [
    opt("son", |t| t.kin.son),
    opt("daughter", |t| t.kin.daughter),
];

const RELATIVES: [Opt; 13] = [
    opt("father", |t| t.kin.father),
    opt("mother", |t| t.kin.mother),
    opt("husband", |t| t.kin.husband),
    opt("wife", |t| t.kin.wife),
    opt("son", |t| t.kin.son),
    opt("daughter", |t| t.kin.daughter),
    opt("brother", |t| t.kin.brother),
    opt("sister", |t| t.kin.sister),
    opt("grandfather", |t| t.kin.grandfather),
    opt("grandmother", |t| t.kin.grandmother),
    opt("grandson", |t| t.kin.grandson),
    opt("granddaughter", |t| t.kin.granddaughter),
    opt("relative", |t| t.kin.relative),
];

fn kinships(c: &Case) -> &'static [Opt] {
    if parent(c) {
        &CHILDREN
    } else {
        &RELATIVES
    }
}

/// The basis document's details, labelled by what the document is.
fn basis_label(l: &FieldLabels, c: &Case) -> &'static str {
    match relation(c) {
        Some(Relation::Parent) => l.basis_parent,
        Some(Relation::Guardian) => l.basis_guardian,
        Some(Relation::Attorney) => l.basis_attorney,
        _ => l.basis_deceased,
    }
}

/// One row of the table, in the order the pages ask; the macro keeps each
/// row to the facts that differ: step, id, path, label, control, shown,
/// required, check, where in the case.
macro_rules! field {
    ($step:ident, $id:ident, $path:literal, $label:expr, $control:expr, $shown:expr, $required:expr, $check:expr, $at:expr) => {{
        let (get, set) = $at;
        FieldSpec {
            id: Fixed::$id,
            step: Step::$step,
            path: $path,
            label: $label,
            control: $control,
            shown: $shown,
            required: $required,
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

#[rustfmt::skip]
pub static FIELDS: [FieldSpec; 27] = [
    field!(Category, Category, "category", |l, _| l.category, Control::Categories, yes, yes, no_check, at!(category)),
    field!(Who, Relation, "represented.relation", |l, _| l.relation, Control::Choice(relations), yes, yes, no_check, (get_relation, set_relation)),
    field!(Patient, PatientName, "represented.person.full_name", |l, _| l.patient_name, LINE, yes, yes, no_check, represented!(person.full_name)),
    field!(Patient, Kinship, "represented.kinship", |l, _| l.kinship, Control::Choice(kinships), kinship_asked, kinship_asked, no_check, named!(kinship: Kinship)),
    field!(Patient, PatientGender, "represented.person.gender", |l, _| l.patient_gender, Control::Choice(|_| &PATIENT_GENDERS), gender_asked, gender_asked, no_check, named!(person.gender: Gender)),
    field!(Patient, PatientBirthDate, "represented.person.birth_date", |l, _| l.patient_birth_date, LINE, yes, parent, past_date, represented!(person.birth_date)),
    field!(Patient, DeathDate, "represented.death_date", |l, _| l.death_date, LINE, deceased, no, past_date, represented!(death_date)),
    field!(Patient, PatientPolicy, "represented.person.policy_number", |l, _| l.patient_policy, LINE, oms, no, |v, _| id_check(ids::check_policy(v)), represented!(person.policy_number)),
    field!(Patient, Basis, "represented.basis_document", basis_label, LINE, yes, no, no_check, represented!(basis_document)),
    field!(Also, Also, "also", |l, _| l.also, Control::Problems, also_asked, no, no_check, (get_also, toggle_also)),
    field!(Clinic, ClinicName, "clinic.name", |l, _| l.clinic_name, LINE, yes, yes, no_check, at!(clinic.name)),
    field!(Clinic, ClinicAddress, "clinic.address", |l, _| l.clinic_address, Control::Lines, yes, no, no_check, at!(clinic.address)),
    field!(Clinic, ClinicInn, "clinic.inn", |l, _| l.clinic_inn, LINE, refund, no, |v, _| id_check(ids::check_inn(v)), at!(clinic.inn)),
    field!(Clinic, ClinicOgrn, "clinic.ogrn", |l, _| l.clinic_ogrn, LINE, refund, no, |v, _| id_check(ids::check_ogrn(v)), at!(clinic.ogrn)),
    field!(Insurer, InsurerName, "insurer.name", |l, _| l.insurer_name, LINE, yes, yes, no_check, at!(insurer.name)),
    field!(Insurer, InsurerBranch, "insurer.branch", |l, _| l.insurer_branch, LINE, yes, no, no_check, at!(insurer.branch)),
    field!(Insurer, InsurerAddress, "insurer.address", |l, _| l.insurer_address, Control::Lines, yes, no, no_check, at!(insurer.address)),
    field!(Applicant, ApplicantName, "applicant.full_name", |l, _| l.applicant_name, line("name", None), yes, yes, no_check, at!(applicant.full_name)),
    field!(Applicant, ApplicantGender, "applicant.gender", |l, _| l.applicant_gender, Control::Choice(|_| &GENDERS), yes, no, no_check, (
        |c: &Case| serde_name(c.applicant.gender).to_string(),
        |c: &mut Case, v: String| c.applicant.gender = from_serde_name::<Gender>(&v).unwrap_or_default()
    )),
    field!(Applicant, ApplicantBirthDate, "applicant.birth_date", |l, _| l.applicant_birth_date, LINE, yes, no, past_date, at!(applicant.birth_date)),
    field!(Applicant, ApplicantAddress, "applicant.postal_address", |l, _| l.applicant_address, Control::Lines, yes, yes, |v, _| id_check(ids::check_postal_address(v)), at!(applicant.postal_address)),
    field!(Applicant, ApplicantPhone, "applicant.phone", |l, _| l.applicant_phone, line("tel", Some("tel")), yes, no, |v, _| id_check(ids::check_phone(v)), at!(applicant.phone)),
    field!(Applicant, ApplicantEmail, "applicant.email", |l, _| l.applicant_email, line("email", Some("email")), yes, no, |v, _| id_check(ids::check_email(v)), at!(applicant.email)),
    field!(Applicant, ApplicantPolicy, "applicant.policy_number", |l, _| l.applicant_policy, LINE, is_self_oms, no, |v, _| id_check(ids::check_policy(v)), at!(applicant.policy_number)),
    field!(Check, Attachments, "attachments", |l, _| l.attachments, Control::Lines, yes, no, no_check, (
        |c: &Case| c.attachments.join("\n"),
        // One a line; lines are kept as typed (the letter leaves out empty ones).
        |c: &mut Case, v: String| c.attachments = if v.is_empty() { Vec::new() } else { v.split('\n').map(str::to_string).collect() }
    )),
    field!(Check, RegistrationDate, "registration.date", |l, _| l.registration_date, LINE, yes, no, past_date, at!(registration.date)),
    field!(Check, RegistrationNumber, "registration.number", |l, _| l.registration_number, LINE, yes, no, no_check, at!(registration.number)),
];

impl Fixed {
    /// Words the letter prints as typed (names, addresses, the basis), as
    /// opposed to dates, numbers and choices.
    pub fn typed_into_letter(self) -> bool {
        use Fixed::*;
        matches!(
            self,
            PatientName
                | Basis
                | ClinicName
                | ClinicAddress
                | InsurerName
                | InsurerBranch
                | InsurerAddress
                | ApplicantName
                | ApplicantAddress
                | Attachments
        )
    }

    pub fn spec(self) -> &'static FieldSpec {
        FIELDS
            .iter()
            .find(|f| f.id == self)
            .expect("every fixed field is in FIELDS")
    }
}

impl FieldSpec {
    /// The value as the check page shows it (a choice by its label).
    pub fn shown_value(&self, case: &Case, t: &Strings) -> String {
        let value = (self.get)(case);
        match self.control {
            Control::Choice(opts) => opts(case)
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
        if let Some(case) = path.strip_prefix("represented.person.forms.") {
            return Gram::parse(case).map(FieldId::NameForm);
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
            FieldId::NameForm(g) => Cow::Owned(format!("represented.person.forms.{}", g.code())),
        }
    }

    pub fn get(&self, case: &Case) -> String {
        match self {
            FieldId::Fixed(f) => (f.spec().get)(case),
            FieldId::Fact(id) => case.facts.get(id).cloned().unwrap_or_default(),
            FieldId::NameForm(g) => case
                .represented
                .as_ref()
                .and_then(|r| r.person.forms.get(*g))
                .unwrap_or_default()
                .to_string(),
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
            FieldId::NameForm(g) => {
                if let Some(r) = case.represented.as_mut() {
                    r.person.forms.set(*g, value);
                }
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
            if f.id == Fixed::Relation {
                continue;
            }
            let value = match f.control {
                Control::Choice(opts) => opts(&case)[1].value.to_string(),
                _ => format!("value {i}"),
            };
            (f.set)(&mut case, value.clone());
            assert_eq!((f.get)(&case), value, "{}", f.path);
            assert_eq!(FieldId::from_path(f.path), Some(FieldId::Fixed(f.id)));
        }
        let form = FieldId::NameForm(Gram::Dat);
        form.set(&mut case, "Коваль Ивану".into());
        assert_eq!(FieldId::from_path(&form.path()), Some(form.clone()));
        assert_eq!(form.get(&case), "Коваль Ивану");
    }

    #[test]
    fn codecs_are_serde_names() {
        assert_eq!(
            serde_name(Relation::RelativeOfDeceased),
            "relative-of-deceased"
        );
        assert_eq!(serde_name(Gender::Unknown), "");
        assert_eq!(from_serde_name::<Gender>("female"), Some(Gender::Female));
        assert_eq!(from_serde_name::<Relation>("self"), None);
        assert_eq!(
            from_serde_name::<Kinship>("grandmother"),
            Some(Kinship::Grandmother)
        );
    }
}
