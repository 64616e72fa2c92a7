//! The wizard's flow as plain data: which steps a case needs, which fields a
//! step shows, and what is wrong with them. The Yew components only render
//! what this module says, so the flow is tested natively.

use crate::domain::case::{Case, Gender, Relation, Represented};
use crate::domain::catalog::{content, Category, Question, QuestionKind};
use crate::domain::date::{Date, DateError};
use crate::domain::ids::{self, Finding, Severity};
use crate::domain::rules::visible_questions;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Category,
    /// A situation outside ОМС: where to go instead; no letter.
    Exit,
    /// Who is complaining: the patient, or someone for them.
    Who,
    /// The patient's details when someone else complains for them.
    Patient,
    /// One of the category's own questions, by id.
    Question(String),
    Clinic,
    Insurer,
    Applicant,
    Check,
}

/// Steps for the case as answered so far (recomputed after every answer,
/// so the count shown as «Шаг N из M» follows the branches).
pub fn steps(case: &Case) -> Vec<Step> {
    let mut v = vec![Step::Start, Step::Category];
    if content().exits.iter().any(|e| e.id == case.category) {
        v.push(Step::Exit);
    }
    if let Some(cat) = content().category(&case.category) {
        v.push(Step::Who);
        if case.represented.is_some() {
            v.push(Step::Patient);
        }
        v.extend(
            visible_questions(cat, case)
                .into_iter()
                .map(|q| Step::Question(q.id.clone())),
        );
        v.extend([Step::Clinic, Step::Insurer, Step::Applicant, Step::Check]);
    }
    v
}

pub fn next_step(case: &Case, current: &Step) -> Option<Step> {
    let all = steps(case);
    let i = all.iter().position(|s| s == current)?;
    all.get(i + 1).cloned()
}

/// Fields of the fixed steps: (path in the case, whether optional).
pub fn fixed_fields(step: &Step) -> &'static [(&'static str, bool)] {
    match step {
        Step::Patient => &[
            ("represented.person.full_name", false),
            ("represented.person.birth_date", true),
            ("represented.person.policy_number", true),
            ("represented.basis_document", true),
        ],
        Step::Clinic => &[("clinic.name", false), ("clinic.address", true)],
        Step::Insurer => &[
            ("insurer.name", false),
            ("insurer.branch", true),
            ("insurer.address", true),
        ],
        Step::Applicant => &[
            ("applicant.full_name", false),
            ("applicant.gender", true),
            ("applicant.postal_address", false),
            ("applicant.phone", true),
            ("applicant.email", true),
            ("applicant.policy_number", true),
        ],
        _ => &[],
    }
}

/// Reads a field of the case by its path (`facts.<id>` for category answers).
pub fn get(case: &Case, path: &str) -> String {
    if let Some(id) = path.strip_prefix("facts.") {
        return case.facts.get(id).cloned().unwrap_or_default();
    }
    let a = &case.applicant;
    if let Some(rest) = path.strip_prefix("represented.") {
        let Some(r) = &case.represented else {
            return if rest == "relation" {
                "self".into()
            } else {
                String::new()
            };
        };
        return match rest {
            "relation" => relation_value(r.relation).into(),
            "person.full_name" => r.person.full_name.clone(),
            "person.birth_date" => r.person.birth_date.clone(),
            "person.policy_number" => r.person.policy_number.clone(),
            "basis_document" => r.basis_document.clone(),
            _ => String::new(),
        };
    }
    match path {
        "category" => case.category.clone(),
        "clinic.name" => case.clinic.name.clone(),
        "clinic.address" => case.clinic.address.clone(),
        "insurer.name" => case.insurer.name.clone(),
        "insurer.branch" => case.insurer.branch.clone(),
        "insurer.address" => case.insurer.address.clone(),
        "applicant.full_name" => a.full_name.clone(),
        "applicant.gender" => match a.gender {
            Gender::Unknown => String::new(),
            Gender::Female => "female".into(),
            Gender::Male => "male".into(),
        },
        "applicant.postal_address" => a.postal_address.clone(),
        "applicant.phone" => a.phone.clone(),
        "applicant.email" => a.email.clone(),
        "applicant.policy_number" => a.policy_number.clone(),
        "signed_on" => case.signed_on.clone(),
        _ => String::new(),
    }
}

/// Writes a field; the value is kept exactly as typed.
pub fn set(case: &mut Case, path: &str, value: String) {
    if let Some(id) = path.strip_prefix("facts.") {
        if value.is_empty() {
            case.facts.remove(id);
        } else {
            case.facts.insert(id.to_string(), value);
        }
        return;
    }
    if let Some(rest) = path.strip_prefix("represented.") {
        if rest == "relation" {
            case.represented = parse_relation(&value).map(|relation| Represented {
                relation,
                // Details typed before a change of relation are kept.
                ..case.represented.take().unwrap_or_default()
            });
            return;
        }
        let Some(r) = case.represented.as_mut() else {
            return;
        };
        match rest {
            "person.full_name" => r.person.full_name = value,
            "person.birth_date" => r.person.birth_date = value,
            "person.policy_number" => r.person.policy_number = value,
            "basis_document" => r.basis_document = value,
            _ => {}
        }
        return;
    }
    let a = &mut case.applicant;
    match path {
        "category" => case.category = value,
        "clinic.name" => case.clinic.name = value,
        "clinic.address" => case.clinic.address = value,
        "insurer.name" => case.insurer.name = value,
        "insurer.branch" => case.insurer.branch = value,
        "insurer.address" => case.insurer.address = value,
        "applicant.full_name" => a.full_name = value,
        "applicant.gender" => {
            a.gender = match value.as_str() {
                "female" => Gender::Female,
                "male" => Gender::Male,
                _ => Gender::Unknown,
            }
        }
        "applicant.postal_address" => a.postal_address = value,
        "applicant.phone" => a.phone = value,
        "applicant.email" => a.email = value,
        "applicant.policy_number" => a.policy_number = value,
        "signed_on" => case.signed_on = value,
        _ => {}
    }
}

/// The values of the «who is complaining» question.
pub const RELATIONS: [&str; 5] = [
    "self",
    "parent",
    "guardian",
    "attorney",
    "relative-of-deceased",
];

fn relation_value(r: Relation) -> &'static str {
    match r {
        Relation::Parent => "parent",
        Relation::Guardian => "guardian",
        Relation::Attorney => "attorney",
        Relation::RelativeOfDeceased => "relative-of-deceased",
    }
}

/// `None` for «self» (no representation).
fn parse_relation(v: &str) -> Option<Relation> {
    match v {
        "parent" => Some(Relation::Parent),
        "guardian" => Some(Relation::Guardian),
        "attorney" => Some(Relation::Attorney),
        "relative-of-deceased" => Some(Relation::RelativeOfDeceased),
        _ => None,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    Required,
    ChooseOne,
    Date(DateError),
    DateInFuture,
    DateBeforeStart,
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Path of the field (`facts.referral_date`, `applicant.email`).
    pub field: String,
    pub kind: ProblemKind,
}

fn check_question(case: &Case, cat: &Category, q: &Question, today: Date) -> Option<ProblemKind> {
    let v = case.fact(&q.id);
    if v.is_empty() || (q.kind == QuestionKind::Date && v.replace('-', "").trim().is_empty()) {
        return (!q.optional).then_some(if q.kind == QuestionKind::Choice {
            ProblemKind::ChooseOne
        } else {
            ProblemKind::Required
        });
    }
    match q.kind {
        QuestionKind::Date => {
            let [y, m, d] = date_parts(v);
            let date = match Date::from_parts(&y, &m, &d) {
                Ok(date) => date,
                Err(e) => return Some(ProblemKind::Date(e)),
            };
            // An offered appointment may lie ahead; an event may not.
            let forward = cat.waiting.as_ref().is_some_and(|w| w.offered == q.id);
            if !forward && date > today {
                return Some(ProblemKind::DateInFuture);
            }
            let start = cat
                .waiting
                .as_ref()
                .filter(|w| w.offered == q.id)
                .map(|w| &w.start);
            if let Some(Ok(s)) = start.map(|s| Date::parse(case.fact(s))) {
                if date < s {
                    return Some(ProblemKind::DateBeforeStart);
                }
            }
            None
        }
        QuestionKind::Choice if !q.options.iter().any(|o| o.value == v) => {
            Some(ProblemKind::ChooseOne)
        }
        _ => None,
    }
}

/// Problems on a step, in the order the fields appear.
pub fn validate(step: &Step, case: &Case, today: Date) -> Vec<Problem> {
    let problem = |field: &str, kind| Problem {
        field: field.to_string(),
        kind,
    };
    match step {
        Step::Category
            if content().category(&case.category).is_none()
                && !content().exits.iter().any(|e| e.id == case.category) =>
        {
            vec![problem("category", ProblemKind::ChooseOne)]
        }
        Step::Question(id) => {
            let Some(cat) = content().category(&case.category) else {
                return vec![];
            };
            cat.question(id)
                .and_then(|q| check_question(case, cat, q, today))
                .map(|k| vec![problem(&format!("facts.{id}"), k)])
                .unwrap_or_default()
        }
        Step::Patient | Step::Clinic | Step::Insurer | Step::Applicant => fixed_fields(step)
            .iter()
            .filter_map(|&(path, optional)| {
                let v = get(case, path);
                if v.trim().is_empty() {
                    return (!optional).then(|| problem(path, ProblemKind::Required));
                }
                let finding = match path {
                    "applicant.phone" => ids::check_phone(&v),
                    "applicant.email" => ids::check_email(&v),
                    "applicant.policy_number" | "represented.person.policy_number" => {
                        ids::check_policy(&v)
                    }
                    "represented.person.birth_date" => {
                        return match Date::parse(&v) {
                            Ok(d) if d > today => Some(problem(path, ProblemKind::DateInFuture)),
                            Ok(_) => None,
                            Err(e) => Some(problem(path, ProblemKind::Date(e))),
                        };
                    }
                    _ => None,
                };
                finding.map(|f| problem(path, ProblemKind::Id(f)))
            })
            .collect(),
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-06-01").unwrap()
    }

    #[test]
    fn steps_follow_the_category() {
        let mut c = Case::new();
        assert_eq!(steps(&c), [Step::Start, Step::Category]);
        c.category = "waiting-time".into();
        let s = steps(&c);
        assert_eq!(s[2], Step::Who);
        assert_eq!(s[3], Step::Question("service".into()));
        assert_eq!(s.last(), Some(&Step::Check));
        assert_eq!(next_step(&c, &Step::Category), Some(Step::Who));
    }

    #[test]
    fn a_representative_is_asked_for_the_patient_and_keeps_details() {
        let mut c = Case::new();
        c.category = "ambulance".into();
        assert_eq!(get(&c, "represented.relation"), "self");
        assert!(!steps(&c).contains(&Step::Patient));
        set(&mut c, "represented.relation", "parent".into());
        assert_eq!(next_step(&c, &Step::Who), Some(Step::Patient));
        set(&mut c, "represented.person.full_name", "Иванов Миша".into());
        set(&mut c, "represented.person.birth_date", "31.02.2020".into());
        let p = validate(&Step::Patient, &c, today());
        assert_eq!(p[0].kind, ProblemKind::Date(DateError::Day));
        // Changing the relation keeps what was typed about the patient.
        set(&mut c, "represented.relation", "guardian".into());
        assert_eq!(get(&c, "represented.person.full_name"), "Иванов Миша");
        set(&mut c, "represented.relation", "self".into());
        assert!(c.represented.is_none());
        assert!(!steps(&c).contains(&Step::Patient));
    }

    #[test]
    fn a_non_oms_situation_ends_in_an_exit() {
        let mut c = Case::new();
        c.category = "paid-not-covered".into();
        assert!(validate(&Step::Category, &c, today()).is_empty());
        assert_eq!(steps(&c), [Step::Start, Step::Category, Step::Exit]);
        assert_eq!(next_step(&c, &Step::Exit), None);
    }

    #[test]
    fn dates_keep_what_was_typed_and_say_what_is_wrong() {
        let mut c = Case::new();
        c.category = "waiting-time".into();
        let step = Step::Question("referral_date".into());
        set(
            &mut c,
            "facts.referral_date",
            join_date_parts("2026", "13", "5"),
        );
        assert_eq!(get(&c, "facts.referral_date"), "2026-13-5");
        assert_eq!(
            validate(&step, &c, today())[0].kind,
            ProblemKind::Date(DateError::Month)
        );
        set(
            &mut c,
            "facts.referral_date",
            join_date_parts("2026", "7", "1"),
        );
        assert_eq!(
            validate(&step, &c, today())[0].kind,
            ProblemKind::DateInFuture
        );
        set(
            &mut c,
            "facts.referral_date",
            join_date_parts("2026", "5", "13"),
        );
        assert!(validate(&step, &c, today()).is_empty());
        // The offered date may be in the future but not before the referral.
        let offered = Step::Question("offered_date".into());
        set(
            &mut c,
            "facts.offered_date",
            join_date_parts("2026", "5", "1"),
        );
        assert_eq!(
            validate(&offered, &c, today())[0].kind,
            ProblemKind::DateBeforeStart
        );
        set(
            &mut c,
            "facts.offered_date",
            join_date_parts("2026", "8", "1"),
        );
        assert!(validate(&offered, &c, today()).is_empty());
        set(&mut c, "facts.offered_date", join_date_parts("", "", ""));
        assert!(validate(&offered, &c, today()).is_empty(), "optional");
    }

    #[test]
    fn applicant_checks_block_only_on_errors() {
        let mut c = Case::new();
        c.category = "waiting-time".into();
        set(
            &mut c,
            "applicant.full_name",
            "Иванова Алёна Сергеевна".into(),
        );
        set(&mut c, "applicant.policy_number", "5260181590830165".into());
        let p = validate(&Step::Applicant, &c, today());
        assert_eq!(p[0].field, "applicant.postal_address");
        assert_eq!(p[0].kind, ProblemKind::Required);
        assert_eq!(p[1].kind, ProblemKind::Id(Finding::PolicyChecksum));
        assert!(!p[1].kind.blocks());
    }
}
