//! Answers that cannot all be true: every rule that compares two answers
//! (or an answer and the letter's date) is here, and nowhere else. The
//! wizard shows them on the page of the later-asked field as the person
//! continues ([`super::validate`]), the check page and `zhaloba check` list
//! them, and `zhaloba render` refuses a case with an error among them.
//!
//! A rule only compares answers that are asked for this case and read as a
//! date or a time; a malformed or missing answer is the field's own problem.
//! A contradiction that makes the letter wrong is an error; one that is
//! merely unusual is a warning, which the person may pass over.
//!
//! The ordered pairs (each `earlier` must not be after its `later`):
//!
//! | earlier | later | rule | kind |
//! |---|---|---|---|
//! | the letter's date | every date answer but an offered appointment | [`Rule::AfterLetter`] | error |
//! | the letter's date | `registration.date` | [`Rule::RegisteredBeforeLetter`] | error |
//! | `call_date` + `call_time` | `arrival_date` + `arrival_time` | [`Rule::ArrivalBeforeCall`] | error |
//! | `call_date` + `second_call_time` | `arrival_date` + `arrival_time` | [`Rule::ArrivalBeforeSecondCall`] | error |
//! | `call_time` | `second_call_time` | [`Rule::SecondCallBeforeFirst`] | warning |
//! | `referral_date` | `offered_date` | [`Rule::OfferedBeforeReferral`] | error |
//! | `referral_date` | `paid_date` | [`Rule::PaidBeforeReferral`] | error |
//! | `paid_date` | `offered_date` | [`Rule::OfferedBeforePaid`] | warning |
//! | `service_date` | `seen_on` | [`Rule::SeenBeforeService`] | error |
//! | `request_date` | `refusal_date` | [`Rule::RefusalBeforeRequest`] | error |
//! | `event_date` | `deferred_date` | [`Rule::DeferredBeforeEvent`] | warning |
//! | `moved_date` | `application_date` | [`Rule::MovedAfterApplication`] | warning |
//! | the patient's (or, acting for oneself, the applicant's) birth date | the category's key date | [`Rule::BirthAfterEvent`] | error |
//! | the key date of an ambulance call, of care given or refused | the patient's death date | [`Rule::DeathBeforeEvent`] | error |
//! | the patient's birth date | the patient's death date | [`Rule::DeathBeforeBirth`] | error |
//! | a parent's birth date | the child's birth date | [`Rule::ParentYoungerThanChild`] | error |
//!
//! A time of day (`kind = "time"` in the content) is 00:00–23:59
//! ([`time_ok`]); the ambulance's times cross midnight only with the next
//! day's date, and the message says so.

pub use super::clash::{Clash, FieldRef, Rule};
use super::fields::{FieldId, Fixed};
use super::route::steps;
use super::step::Step;
use crate::domain::case::{Case, Relation};
use crate::domain::content::{Content, QuestionKind};
use crate::domain::date::Date;
use crate::domain::rules::questions as rules;
use crate::domain::words::parse_clock;

/// A time of day as the content's time questions take it: 00:00–23:59.
pub fn time_ok(v: &str) -> bool {
    parse_clock(v).is_some()
}

/// The ordered pairs of category answers that are plain dates.
const DATE_ORDERS: [(&str, &str, Rule); 7] = [
    ("referral_date", "offered_date", Rule::OfferedBeforeReferral),
    ("referral_date", "paid_date", Rule::PaidBeforeReferral),
    ("paid_date", "offered_date", Rule::OfferedBeforePaid),
    ("service_date", "seen_on", Rule::SeenBeforeService),
    ("request_date", "refusal_date", Rule::RefusalBeforeRequest),
    ("event_date", "deferred_date", Rule::DeferredBeforeEvent),
    (
        "moved_date",
        "application_date",
        Rule::MovedAfterApplication,
    ),
];

/// The categories whose key date is care the patient was alive for: a
/// records request after a death is usual, and services billed after it
/// are what a complaint about services not received may be about.
const ALIVE_ON_KEY_DATE: [&str; 3] = ["ambulance", "quality", "refused-care"];

/// The category answers the rules name, for a test that they exist.
pub const FACTS_NAMED: [&str; 16] = [
    "referral_date",
    "offered_date",
    "paid_date",
    "service_date",
    "seen_on",
    "request_date",
    "refusal_date",
    "event_date",
    "deferred_date",
    "moved_date",
    "application_date",
    "call_date",
    "call_time",
    "second_call_time",
    "arrival_date",
    "arrival_time",
];

/// The answers of this case as the rules read them.
struct Answers<'a> {
    case: &'a Case,
    asked: Vec<(&'static str, QuestionKind)>,
}

impl Answers<'_> {
    fn asked(&self, id: &str) -> Option<&'static str> {
        self.asked.iter().find(|(q, _)| *q == id).map(|(q, _)| *q)
    }

    fn date(&self, id: &str) -> Option<(&'static str, Date)> {
        let id = self.asked(id)?;
        Some((id, Date::parse(self.case.fact(id)).ok()?))
    }

    fn time(&self, id: &str) -> Option<(&'static str, u32)> {
        let id = self.asked(id)?;
        Some((id, parse_clock(self.case.fact(id))?))
    }
}

/// A fixed field as one side of a clash.
fn fixed(f: Fixed) -> FieldRef {
    FieldRef::Field(f.spec().path)
}

/// The field one side of a clash names (none for the letter's date).
pub fn field_of(r: FieldRef) -> Option<FieldId> {
    match r {
        FieldRef::Field(path) => FieldId::from_path(path),
        FieldRef::Fact(id) => Some(FieldId::Fact(id.to_string())),
        FieldRef::LetterDate => None,
    }
}

/// The page a field is asked on, where a problem with it is put right.
pub fn step_of(field: &FieldId) -> Step {
    match field {
        FieldId::Fixed(f) => f.spec().step.clone(),
        FieldId::Fact(id) => Step::Question(id.clone()),
        FieldId::NameForm(_) => Step::Check,
    }
}

fn clash(rule: Rule, earlier: FieldRef, later: FieldRef) -> Clash {
    Clash {
        rule,
        earlier,
        later,
        next_day: None,
    }
}

/// A fixed date of the case, when it is asked and reads as a date.
fn fixed_date(walk: &[Step], case: &Case, f: Fixed) -> Option<Date> {
    let spec = f.spec();
    if !(spec.shown)(case) || !walk.contains(&spec.step) {
        return None;
    }
    Date::parse(&(spec.get)(case)).ok()
}

/// The ambulance's moments: the first call, a repeated call (a time on the
/// call's date), the arrival.
fn ambulance(a: &Answers, out: &mut Vec<Clash>) {
    let Some((call_date, called_on)) = a.date("call_date") else {
        return;
    };
    let call = a.time("call_time");
    let second = a.time("second_call_time");
    if let (Some((t1, first)), Some((t2, again))) = (call, second) {
        if again < first {
            out.push(clash(
                Rule::SecondCallBeforeFirst,
                FieldRef::Fact(t1),
                FieldRef::Fact(t2),
            ));
        }
    }
    let Some((arrival_date, arrived_on)) = a.date("arrival_date") else {
        return;
    };
    if arrived_on < called_on {
        out.push(clash(
            Rule::ArrivalBeforeCall,
            FieldRef::Fact(call_date),
            FieldRef::Fact(arrival_date),
        ));
        return;
    }
    let Some((arrival_time, arrived_at)) = a.time("arrival_time") else {
        return;
    };
    if arrived_on != called_on {
        return;
    }
    // The same date and an earlier time: most often an arrival after
    // midnight typed with the call's date.
    let crossed = |rule, earlier: &'static str| Clash {
        rule,
        earlier: FieldRef::Fact(earlier),
        later: FieldRef::Fact(arrival_time),
        next_day: Some(called_on.add_days(1)),
    };
    if let Some((t1, first)) = call {
        if arrived_at < first {
            out.push(crossed(Rule::ArrivalBeforeCall, t1));
            return;
        }
    }
    if let (Some((_, first)), Some((t2, again))) = (call, second) {
        if again >= first && arrived_at < again {
            out.push(crossed(Rule::ArrivalBeforeSecondCall, t2));
        }
    }
}

/// Every contradiction in the case's answers.
pub fn clashes(c: &Content, case: &Case, today: Date) -> Vec<Clash> {
    let asked = rules::all_questions(c, case)
        .into_iter()
        .map(|(_, q)| (q.id.0, q.kind))
        .collect();
    let a = Answers { case, asked };
    let walk = steps(c, case);
    let mut out = Vec::new();
    against_the_letter(c, &a, &walk, today, &mut out);
    ambulance(&a, &mut out);
    for (earlier, later, rule) in DATE_ORDERS {
        if let (Some((e, first)), Some((l, then))) = (a.date(earlier), a.date(later)) {
            if then < first {
                out.push(clash(rule, FieldRef::Fact(e), FieldRef::Fact(l)));
            }
        }
    }
    lifetimes(c, &a, &walk, &mut out);
    out
}

/// Dates after the letter's (those after today are the field's own
/// problem), and a registration before it.
fn against_the_letter(c: &Content, a: &Answers, walk: &[Step], today: Date, out: &mut Vec<Clash>) {
    let case = a.case;
    let letter = Date::parse(&case.signed_on).ok().filter(|d| *d < today);
    if let Some(letter) = letter {
        let forward: Vec<&str> = rules::problems(c, case)
            .iter()
            .filter_map(|cat| cat.waiting.as_ref().map(|w| w.offered.0))
            .collect();
        for (id, kind) in &a.asked {
            if *kind != QuestionKind::Date || forward.contains(id) {
                continue;
            }
            if let Some((id, d)) = a.date(id) {
                if d > letter && d <= today {
                    out.push(clash(
                        Rule::AfterLetter,
                        FieldRef::LetterDate,
                        FieldRef::Fact(id),
                    ));
                }
            }
        }
        for f in [
            Fixed::PatientBirthDate,
            Fixed::DeathDate,
            Fixed::ApplicantBirthDate,
        ] {
            if fixed_date(walk, case, f).is_some_and(|d| d > letter && d <= today) {
                out.push(clash(Rule::AfterLetter, FieldRef::LetterDate, fixed(f)));
            }
        }
    }
    if let (Ok(letter), Some(registered)) = (
        Date::parse(&case.signed_on),
        fixed_date(walk, case, Fixed::RegistrationDate),
    ) {
        if registered < letter {
            out.push(clash(
                Rule::RegisteredBeforeLetter,
                FieldRef::LetterDate,
                fixed(Fixed::RegistrationDate),
            ));
        }
    }
}

/// Births and a death against the event (the first problem's key date) and
/// each other.
fn lifetimes(c: &Content, a: &Answers, walk: &[Step], out: &mut Vec<Clash>) {
    let case = a.case;
    let event = c
        .category(&case.category)
        .and_then(|cat| cat.key_date)
        .and_then(|k| a.date(&k));
    let patient_born = fixed_date(walk, case, Fixed::PatientBirthDate);
    let born = match case.represented {
        Some(_) => patient_born.map(|d| (Fixed::PatientBirthDate, d)),
        None => fixed_date(walk, case, Fixed::ApplicantBirthDate)
            .map(|d| (Fixed::ApplicantBirthDate, d)),
    };
    let died = fixed_date(walk, case, Fixed::DeathDate);
    if let (Some((f, born)), Some((key, on))) = (born, event) {
        if on < born {
            out.push(clash(Rule::BirthAfterEvent, fixed(f), FieldRef::Fact(key)));
        }
    }
    let alive = rules::problems(c, case)
        .into_iter()
        .filter(|cat| ALIVE_ON_KEY_DATE.contains(&cat.id.0))
        .filter_map(|cat| a.date(&cat.key_date?));
    for (key, on) in alive {
        if died.is_some_and(|died| died < on) {
            out.push(clash(
                Rule::DeathBeforeEvent,
                FieldRef::Fact(key),
                fixed(Fixed::DeathDate),
            ));
        }
    }
    if let (Some(died), Some(born)) = (died, patient_born) {
        if died < born {
            out.push(clash(
                Rule::DeathBeforeBirth,
                fixed(Fixed::PatientBirthDate),
                fixed(Fixed::DeathDate),
            ));
        }
    }
    let parent = case
        .represented
        .as_ref()
        .is_some_and(|r| r.relation == Relation::Parent);
    if let (true, Some(own), Some(child)) = (
        parent,
        fixed_date(walk, case, Fixed::ApplicantBirthDate),
        patient_born,
    ) {
        if child <= own {
            out.push(clash(
                Rule::ParentYoungerThanChild,
                fixed(Fixed::ApplicantBirthDate),
                fixed(Fixed::PatientBirthDate),
            ));
        }
    }
}

/// Every contradiction with the field it is shown at: the one of its two
/// asked last.
pub fn placed(c: &Content, case: &Case, today: Date) -> Vec<(FieldId, Clash)> {
    let order = steps(c, case);
    let position = |f: &FieldId| order.iter().position(|s| *s == step_of(f));
    clashes(c, case, today)
        .into_iter()
        .filter_map(|clash| {
            let field = match (field_of(clash.earlier), field_of(clash.later)) {
                (Some(e), Some(l)) if position(&e) > position(&l) => e,
                (_, Some(l)) => l,
                (e, None) => e?,
            };
            Some((field, clash))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::content;

    #[test]
    fn times_are_hours_and_minutes_of_a_day() {
        for ok in ["00:00", "23:59", "9:05", "21.40", "21 40"] {
            assert!(time_ok(ok), "{ok}");
        }
        for bad in ["25:70", "24:00", "12:60", "2140", "", "полдень", "-1:30"] {
            assert!(!time_ok(bad), "{bad}");
        }
    }

    #[test]
    fn every_answer_a_rule_names_is_a_question_of_that_kind() {
        let all: Vec<_> = content()
            .categories
            .iter()
            .flat_map(|cat| cat.questions.iter())
            .collect();
        for id in FACTS_NAMED {
            let q = all.iter().find(|q| q.id == id);
            let kind = q.map(|q| q.kind);
            let want = if id.ends_with("_time") {
                QuestionKind::Time
            } else {
                QuestionKind::Date
            };
            assert_eq!(kind, Some(want), "{id}");
        }
        for (e, l, _) in DATE_ORDERS {
            assert!(FACTS_NAMED.contains(&e) && FACTS_NAMED.contains(&l));
        }
        for id in ALIVE_ON_KEY_DATE {
            let cat = content().category(id).expect(id);
            assert!(cat.key_date.is_some() && cat.for_deceased, "{id}");
        }
    }

    #[test]
    fn an_arrival_after_midnight_typed_with_the_calls_date_suggests_the_next_day() {
        let mut case = Case::new();
        case.category = "ambulance".into();
        case.signed_on = "2026-06-01".into();
        for (k, v) in [
            ("call_date", "2026-05-13"),
            ("call_time", "23:40"),
            ("outcome", "late"),
            ("arrival_date", "2026-05-13"),
            ("arrival_time", "00:35"),
        ] {
            case.facts.insert(k.into(), v.into());
        }
        let today = Date::parse("2026-06-01").unwrap();
        let found = clashes(content(), &case, today);
        assert_eq!(
            found,
            [Clash {
                rule: Rule::ArrivalBeforeCall,
                earlier: FieldRef::Fact("call_time"),
                later: FieldRef::Fact("arrival_time"),
                next_day: Date::parse("2026-05-14").ok(),
            }]
        );
        let p = placed(content(), &case, today);
        assert_eq!(p[0].0, FieldId::Fact("arrival_time".into()));
        assert!(p[0].1.rule.blocks());
        case.facts
            .insert("arrival_date".into(), "2026-05-14".into());
        assert!(clashes(content(), &case, today).is_empty());
    }
}
