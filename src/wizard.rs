//! The wizard's flow as plain data: which steps a case needs, which fields a
//! step shows, and what is wrong with them. The Yew components only render
//! what this module says, so the flow is tested natively.

use crate::domain::case::{Case, Gender};
use crate::domain::catalog::{content, Category, Question, QuestionKind};
use crate::domain::date::{Date, DateError};
use crate::domain::ids::{self, Finding, Severity};
use crate::domain::rules::visible_questions;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Category,
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
    if let Some(cat) = content().category(&case.category) {
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
        Step::Category if content().category(&case.category).is_none() => {
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
        Step::Clinic | Step::Insurer | Step::Applicant => fixed_fields(step)
            .iter()
            .filter_map(|&(path, optional)| {
                let v = get(case, path);
                if v.trim().is_empty() {
                    return (!optional).then(|| problem(path, ProblemKind::Required));
                }
                let finding = match path {
                    "applicant.phone" => ids::check_phone(&v),
                    "applicant.email" => ids::check_email(&v),
                    "applicant.policy_number" => ids::check_policy(&v),
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
        assert_eq!(s[2], Step::Question("service".into()));
        assert_eq!(s.last(), Some(&Step::Check));
        assert_eq!(
            next_step(&c, &Step::Category),
            Some(Step::Question("service".into()))
        );
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
