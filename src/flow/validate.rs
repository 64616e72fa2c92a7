//! What is wrong with the answers on a step: a [`Problem`] per field (its
//! code, [`ProblemKind`], is `super::problem`'s), which the interface turns
//! into words (`crate::messages`). Only identifier warnings may be passed
//! over.

use super::fields::{Control, FieldId, Fixed};
use super::problem::ProblemKind;
use super::route::steps;
use super::step::Step;
use crate::domain::case::{Case, Relation};
use crate::domain::content::{Category, Content, Question, QuestionKind};
use crate::domain::date::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: FieldId,
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
            let [y, m, d] = super::fields::date_parts(v);
            let date = match Date::from_parts(&y, &m, &d) {
                Ok(date) => date,
                Err(e) => return Some(ProblemKind::Date(e)),
            };
            // An offered appointment may lie ahead; an event may not.
            let forward = cat.waiting.as_ref().is_some_and(|w| w.offered == q.id);
            (!forward && date > today).then_some(ProblemKind::DateInFuture)
        }
        QuestionKind::Time => (!super::plausible::time_ok(v)).then_some(ProblemKind::Time),
        QuestionKind::Choice if !q.options.iter().any(|o| o.value == v) => {
            Some(ProblemKind::UnknownChoice)
        }
        _ => None,
    }
}

/// Whole years from `born` to `on`.
fn age(born: Date, on: Date) -> i32 {
    on.year - born.year - i32::from((on.month, on.day) < (born.month, born.day))
}

/// A parent represents a minor: the patient must be under 18 on the event
/// date (the category's key date, else the letter's).
fn minor_problem(c: &Content, case: &Case) -> Option<Problem> {
    let r = case
        .represented
        .as_ref()
        .filter(|r| r.relation == Relation::Parent)?;
    let born = Date::parse(&r.person.birth_date).ok()?;
    let cat = c.category(&case.category)?;
    let on = cat
        .key_date
        .and_then(|k| Date::parse(case.fact(&k)).ok())
        .or_else(|| Date::parse(&case.signed_on).ok())?;
    let years = age(born, on);
    (years >= 18).then(|| Problem {
        field: FieldId::Fixed(Fixed::Relation),
        kind: ProblemKind::NotMinor {
            years: u8::try_from(years).unwrap_or(u8::MAX),
        },
    })
}

impl Problem {
    /// The page where it can be put right.
    pub fn step(&self) -> Step {
        super::plausible::step_of(&self.field)
    }
}

/// Every problem in a case, page by page, as the check page and
/// `zhaloba check` report them; plus a parent acting for an adult.
pub fn check_case(c: &Content, case: &Case, today: Date) -> Vec<Problem> {
    steps(c, case)
        .iter()
        .filter(|s| **s != Step::Check)
        .flat_map(|s| validate(c, s, case, today))
        .chain(minor_problem(c, case))
        // The check page's own fields (the registration) are not a step of the walk.
        .chain(
            clashes(c, case, today)
                .into_iter()
                .filter(|p| p.step() == Step::Check),
        )
        .collect()
}

/// Problems on a step, in the order the fields appear.
pub fn validate(c: &Content, step: &Step, case: &Case, today: Date) -> Vec<Problem> {
    let mut problems = own_problems(c, step, case, today);
    // A field with a problem of its own is not compared with others.
    let clashes = clashes(c, case, today)
        .into_iter()
        .filter(|p| p.step() == *step && !problems.iter().any(|q| q.field == p.field))
        .collect::<Vec<_>>();
    problems.extend(clashes);
    problems
}

/// Every contradiction between answers, at the field it is shown at.
fn clashes(c: &Content, case: &Case, today: Date) -> Vec<Problem> {
    super::plausible::placed(c, case, today)
        .into_iter()
        .map(|(field, clash)| Problem {
            field,
            kind: ProblemKind::Clash(clash),
        })
        .collect()
}

/// Problems with each field of a step by itself.
fn own_problems(c: &Content, step: &Step, case: &Case, today: Date) -> Vec<Problem> {
    if let Step::Question(id) = step {
        return crate::domain::rules::questions::question(c, case, id)
            .and_then(|(cat, q)| check_question(case, cat, q, today))
            .map(|kind| {
                vec![Problem {
                    field: FieldId::Fact(id.clone()),
                    kind,
                }]
            })
            .unwrap_or_default();
    }
    step.fields(case)
        .filter_map(|spec| {
            let v = (spec.get)(case);
            let kind = if let Control::Problems = spec.control {
                // A problem the content no longer knows is left out, not an error.
                None
            } else if let Control::Categories = spec.control {
                (c.category(&v).is_none() && c.exit(&v).is_none()).then_some(ProblemKind::ChooseOne)
            } else if v.trim().is_empty() {
                (spec.required)(case).then_some(ProblemKind::Required)
            } else if let Control::Choice(opts) = spec.control {
                // A value none of the choices offers (a file from elsewhere).
                (!opts(case).iter().any(|o| o.value == v)).then_some(ProblemKind::UnknownChoice)
            } else {
                (spec.check)(&v, today)
            }?;
            Some(Problem {
                field: FieldId::Fixed(spec.id),
                kind,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::content;
    use crate::domain::date::DateError;
    use crate::domain::ids::Finding;
    use crate::flow::fields::join_date_parts;
    use crate::flow::route::{exit_of, next_step, steps};

    fn steps_of(c: &Case) -> Vec<Step> {
        steps(content(), c)
    }
    fn field(path: &str) -> FieldId {
        FieldId::from_path(path).unwrap()
    }
    fn get(c: &Case, path: &str) -> String {
        field(path).get(c)
    }
    fn set(c: &mut Case, path: &str, v: String) {
        field(path).set(c, v)
    }
    fn check(step: &Step, c: &Case, today: Date) -> Vec<Problem> {
        validate(content(), step, c, today)
    }

    fn today() -> Date {
        Date::parse("2026-06-01").unwrap()
    }

    #[test]
    fn steps_follow_the_category() {
        let mut c = Case::new();
        assert_eq!(steps_of(&c), [Step::Start, Step::Category]);
        c.category = "waiting-time".into();
        let s = steps_of(&c);
        assert_eq!(s[2], Step::Who);
        assert_eq!(s[3], Step::Question("service".into()));
        assert_eq!(s.last(), Some(&Step::Check));
        assert_eq!(next_step(content(), &c, &Step::Category), Some(Step::Who));
    }

    #[test]
    fn a_representative_is_asked_for_the_patient_and_keeps_details() {
        let mut c = Case::new();
        c.category = "ambulance".into();
        assert_eq!(get(&c, "represented.relation"), "self");
        assert!(!steps_of(&c).contains(&Step::Patient));
        set(&mut c, "represented.relation", "parent".into());
        assert_eq!(next_step(content(), &c, &Step::Who), Some(Step::Patient));
        set(&mut c, "represented.person.full_name", "Иванов Миша".into());
        set(&mut c, "represented.person.birth_date", "31.02.2020".into());
        let p = check(&Step::Patient, &c, today());
        let birth = p
            .iter()
            .find(|p| p.field == field("represented.person.birth_date"))
            .unwrap();
        assert_eq!(birth.kind, ProblemKind::Date(DateError::Day));
        // A parent says whether the patient is a son or a daughter.
        assert_eq!(
            p[0],
            Problem {
                field: field("represented.kinship"),
                kind: ProblemKind::Required
            }
        );
        // Changing the relation keeps what was typed about the patient.
        set(&mut c, "represented.relation", "guardian".into());
        assert_eq!(get(&c, "represented.person.full_name"), "Иванов Миша");
        set(&mut c, "represented.relation", "self".into());
        assert!(c.represented.is_none());
        assert!(!steps_of(&c).contains(&Step::Patient));
    }

    #[test]
    fn a_non_oms_situation_ends_in_an_exit() {
        let mut c = Case::new();
        c.category = "change-insurer".into();
        assert!(check(&Step::Category, &c, today()).is_empty());
        assert_eq!(steps_of(&c), [Step::Start, Step::Category, Step::Exit]);
        assert_eq!(next_step(content(), &c, &Step::Exit), None);
    }

    #[test]
    fn a_service_outside_the_programme_leaves_paid_care_at_its_exit() {
        let mut c = Case::new();
        c.category = "paid-care".into();
        c.facts
            .insert("service_type".into(), "dental-implant".into());
        let s = steps_of(&c);
        assert_eq!(s.last(), Some(&Step::Exit));
        assert_eq!(s[s.len() - 2], Step::Question("service_type".into()));
        assert_eq!(exit_of(content(), &c).map(|e| e.id.0), Some("not-covered"));
        // No clinic, insurer or applicant step: nothing is written.
        assert!(!s.contains(&Step::Clinic) && !s.contains(&Step::Check));
        c.facts.insert("service_type".into(), "covered".into());
        assert!(steps_of(&c).contains(&Step::Check));
    }

    #[test]
    fn related_problems_are_asked_after_the_first_and_shared_questions_once() {
        let mut c = Case::new();
        c.category = "out-of-region".into();
        let s = steps_of(&c);
        let also = s
            .iter()
            .position(|x| *x == Step::Also)
            .expect("the also step");
        assert_eq!(s[also - 1], Step::Question("given".into()));
        c.also = vec!["policy".into()];
        let s = steps_of(&c);
        // The policy problem asks its own questions after the also step; the
        // date both problems ask is asked once, for the first.
        let after: Vec<&Step> = s[also + 1..]
            .iter()
            .take_while(|x| **x != Step::Clinic)
            .collect();
        assert_eq!(
            after.first(),
            Some(&&Step::Question("policy_problem".into()))
        );
        assert_eq!(
            s.iter()
                .filter(|x| **x == Step::Question("event_date".into()))
                .count(),
            1
        );
        // A non-ОМС claim asks no insurer.
        c.category = "paid-not-covered".into();
        c.also.clear();
        assert!(!steps_of(&c).contains(&Step::Insurer));
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
            check(&step, &c, today())[0].kind,
            ProblemKind::Date(DateError::Month)
        );
        set(
            &mut c,
            "facts.referral_date",
            join_date_parts("2026", "7", "1"),
        );
        assert_eq!(check(&step, &c, today())[0].kind, ProblemKind::DateInFuture);
        // A four-digit year far off says so, not «four digits».
        set(
            &mut c,
            "facts.referral_date",
            join_date_parts("1899", "5", "13"),
        );
        assert_eq!(
            check(&step, &c, today())[0].kind,
            ProblemKind::Date(DateError::YearTooEarly)
        );
        set(
            &mut c,
            "facts.referral_date",
            join_date_parts("226", "5", "13"),
        );
        assert_eq!(
            check(&step, &c, today())[0].kind,
            ProblemKind::Date(DateError::Year)
        );
        set(
            &mut c,
            "facts.referral_date",
            join_date_parts("2026", "5", "13"),
        );
        assert!(check(&step, &c, today()).is_empty());
        // The offered date may be in the future but not before the referral.
        let offered = Step::Question("offered_date".into());
        set(
            &mut c,
            "facts.offered_date",
            join_date_parts("2026", "5", "1"),
        );
        assert!(matches!(
            check(&offered, &c, today())[0].kind,
            ProblemKind::Clash(x) if x.rule == crate::flow::plausible::Rule::OfferedBeforeReferral
        ));
        set(
            &mut c,
            "facts.offered_date",
            join_date_parts("2026", "8", "1"),
        );
        assert!(check(&offered, &c, today()).is_empty());
        set(&mut c, "facts.offered_date", join_date_parts("", "", ""));
        assert!(check(&offered, &c, today()).is_empty(), "optional");
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
        let p = check(&Step::Applicant, &c, today());
        assert_eq!(p[0].field, field("applicant.postal_address"));
        assert_eq!(p[0].kind, ProblemKind::Required);
        assert_eq!(p[1].kind, ProblemKind::Id(Finding::PolicyChecksum));
        assert!(!p[1].kind.blocks());
    }
}
