//! Rules: from a case to what the law says about it — which questions
//! apply, who receives the complaint, which grounds hold on the event date,
//! and the deadlines (waiting-time limit, answer due).
//!
//! No clock is read here: "today" is passed in, so results are reproducible.

use super::calendar::{Term, YearStatus};
use super::case::Case;
use super::content::{Addressee, Category, Content, Ground, Limit, Question};
use super::date::Date;

/// Days a body has to answer a written complaint (59-ФЗ ст. 12 ч. 1).
pub const ANSWER_DAYS: u32 = 30;
/// Days to refund on a consumer claim (ЗоЗПП ст. 31 — ⚠ not verified in our
/// sources, so it is shown as "usually" and never stated in the letter).
pub const REFUND_DAYS: u32 = 10;

/// `when` conditions in content: `fact` (answered and not "no"),
/// `!fact` (not answered), `fact=value`, `fact!=value`; joined with `&`.
pub fn condition_holds(case: &Case, cond: &str) -> bool {
    cond.split('&').map(str::trim).all(|c| {
        if let Some((k, v)) = c.split_once("!=") {
            case.fact(k.trim()) != v.trim()
        } else if let Some((k, v)) = c.split_once('=') {
            case.fact(k.trim()) == v.trim()
        } else if let Some(k) = c.strip_prefix('!') {
            case.fact(k.trim()).is_empty()
        } else {
            let v = case.fact(c);
            !v.is_empty() && v != "no"
        }
    })
}

impl Category {
    /// The questions that apply, given the answers so far (the one filter
    /// the steps, the check page and the completeness check share).
    pub fn visible_questions<'c>(&'c self, case: &'c Case) -> impl Iterator<Item = &'c Question> {
        self.questions
            .iter()
            .filter(|q| q.when.as_deref().is_none_or(|w| condition_holds(case, w)))
    }
}

#[derive(Clone, Debug)]
pub struct WaitingAssessment {
    pub programme: String,
    pub service: String,
    pub limit: Limit,
    /// Set when a shorter regional limit replaced the federal one.
    pub regional_source: Option<String>,
    pub start: Date,
    pub limit_date: Term,
    /// The date compared with the limit: the offered appointment, or today.
    pub compared_to: Date,
    pub offered: bool,
    pub elapsed_working_days: u32,
    pub violated: bool,
}

#[derive(Debug)]
pub enum WaitingOutcome {
    /// Not enough answers yet.
    Incomplete,
    /// The event date falls outside every programme in `content/`.
    NoProgramme {
        year: i32,
    },
    Assessed(WaitingAssessment),
}

#[derive(Debug)]
pub struct Assessment<'c> {
    pub category: &'c Category,
    /// The date the event happened (the category's key date), else the letter's date.
    pub event_date: Date,
    /// The letter's date: `signed_on` if valid, else today.
    pub letter_date: Date,
    pub addressees: Vec<&'c Addressee>,
    pub escalation: Vec<&'c Addressee>,
    pub grounds: Vec<&'c Ground>,
    pub waiting: Option<WaitingOutcome>,
    /// When an answer is due if the letter is registered on `letter_date`.
    pub answer_due: Term,
    /// For refund claims: when the money is usually due back (⚠ see REFUND_DAYS).
    pub refund_due: Option<Term>,
}

pub fn service_key(case: &Case, spec_service: &str, spec_suspicion: &str) -> String {
    let service = case.fact(spec_service);
    match (service, case.fact(spec_suspicion)) {
        ("specialist" | "diagnostics" | "hospital", s @ ("onco" | "cvd")) => {
            format!("{service}-{s}")
        }
        // CT/MRI fall under diagnostics for the short onco/ССЗ tracks.
        ("ct-mri", s @ ("onco" | "cvd")) => format!("diagnostics-{s}"),
        _ => service.to_string(),
    }
}

fn assess_waiting(
    c: &Content,
    case: &Case,
    category: &Category,
    letter_date: Date,
) -> Option<WaitingOutcome> {
    let spec = category.waiting.as_ref()?;
    let service = service_key(case, &spec.service, &spec.suspicion);
    let Ok(start) = Date::parse(case.fact(&spec.start)) else {
        return Some(WaitingOutcome::Incomplete);
    };
    if service.is_empty() {
        return Some(WaitingOutcome::Incomplete);
    }
    let programme = c.programmes.iter().find(|p| {
        c.ground(&p.programme)
            .is_some_and(|g| g.applies_on(start) && g.valid_from.is_some())
    });
    let Some(programme) = programme else {
        return Some(WaitingOutcome::NoProgramme { year: start.year });
    };
    let Some(limit) = programme.limits.iter().find(|l| l.service == service) else {
        return Some(WaitingOutcome::Incomplete);
    };
    let mut limit = limit.clone();
    let regional = c.regional.iter().find(|r| {
        r.programme == programme.programme
            && r.service == service
            && r.region.eq_ignore_ascii_case(case.region.trim())
            && r.working_days < limit.working_days
    });
    if let Some(r) = regional {
        limit.working_days = r.working_days;
    }
    let limit_date = c.calendar.add_working_days(start, limit.working_days);
    let offered_date = Date::parse(case.fact(&spec.offered)).ok();
    let compared_to = offered_date.unwrap_or(letter_date);
    let elapsed = c.calendar.working_days_between(start, compared_to);
    Some(WaitingOutcome::Assessed(WaitingAssessment {
        programme: programme.programme.to_string(),
        service,
        regional_source: regional.map(|r| r.source.to_string()),
        start,
        limit_date,
        compared_to,
        offered: offered_date.is_some(),
        elapsed_working_days: elapsed,
        violated: compared_to > limit_date.date,
        limit,
    }))
}

/// Everything the rules can say about a case. `None` if the category is unknown.
pub fn assess<'c>(c: &'c Content, case: &Case, today: Date) -> Option<Assessment<'c>> {
    let category = c.category(&case.category)?;
    let letter_date = Date::parse(&case.signed_on).unwrap_or(today);
    let event_date = category
        .key_date
        .as_deref()
        .and_then(|k| Date::parse(case.fact(k)).ok())
        .unwrap_or(letter_date);
    let pick = |ids: &[super::content::Text]| -> Vec<&'c Addressee> {
        ids.iter().filter_map(|id| c.addressee(id)).collect()
    };
    let grounds = category
        .grounds
        .iter()
        .filter_map(|id| c.ground(id))
        .filter(|g| g.applies_on(event_date))
        .collect();
    Some(Assessment {
        category,
        event_date,
        letter_date,
        addressees: pick(&category.addressees),
        escalation: pick(&category.escalation),
        grounds,
        waiting: assess_waiting(c, case, category, letter_date),
        answer_due: c.calendar.add_calendar_days(letter_date, ANSWER_DAYS),
        refund_due: category
            .refund
            .then(|| c.calendar.add_calendar_days(letter_date, REFUND_DAYS)),
    })
}

impl Assessment<'_> {
    /// True when any date shown rests on a calendar year not yet official.
    pub fn dates_uncertain(&self) -> bool {
        let waiting = match &self.waiting {
            Some(WaitingOutcome::Assessed(w)) => w.limit_date.certainty,
            _ => YearStatus::Official,
        };
        waiting.max(self.answer_due.certainty) > YearStatus::Official
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::content;

    fn waiting_case(service: &str, suspicion: &str, start: &str, offered: &str) -> Case {
        let mut c = Case::new();
        c.category = "waiting-time".into();
        for (k, v) in [
            ("service", service),
            ("suspicion", suspicion),
            ("referral_date", start),
            ("offered_date", offered),
        ] {
            c.facts.insert(k.into(), v.into());
        }
        c
    }

    fn today() -> Date {
        Date::parse("2026-11-22").unwrap()
    }

    fn waiting(c: &Case) -> WaitingAssessment {
        match assess(content(), c, today()).unwrap().waiting {
            Some(WaitingOutcome::Assessed(w)) => w,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn specialist_fourteen_working_days_2026() {
        let w = waiting(&waiting_case(
            "specialist",
            "none",
            "2026-05-05",
            "2026-06-01",
        ));
        assert_eq!(w.programme, "pgg-2026");
        assert_eq!(w.limit.working_days, 14);
        // 6–8, 12–15, 18–22, 25–26 May: the 14th working day is 26 May.
        assert_eq!(w.limit_date.date, Date::parse("2026-05-26").unwrap());
        assert_eq!(w.elapsed_working_days, 18);
        assert!(w.violated);
    }

    #[test]
    fn cvd_short_track_is_new_in_2026() {
        let w25 = waiting(&waiting_case(
            "specialist",
            "cvd",
            "2025-03-03",
            "2025-03-10",
        ));
        assert_eq!(w25.limit.working_days, 14);
        assert!(!w25.violated);
        let w26 = waiting(&waiting_case(
            "specialist",
            "cvd",
            "2026-03-02",
            "2026-03-10",
        ));
        assert_eq!(w26.limit.working_days, 3);
        // 3, 4, 5 March 2026: the limit ends on the 5th.
        assert_eq!(w26.limit_date.date, Date::parse("2026-03-05").unwrap());
        assert!(w26.violated);
    }

    #[test]
    fn ct_with_suspected_cancer_uses_the_diagnostics_track() {
        let w = waiting(&waiting_case("ct-mri", "onco", "2026-04-01", "2026-04-14"));
        assert_eq!(w.service, "diagnostics-onco");
        assert_eq!(w.limit.working_days, 7);
        // 2, 3, 6–10 April: the limit ends on the 10th.
        assert_eq!(w.limit_date.date, Date::parse("2026-04-10").unwrap());
        assert!(w.violated);
    }

    #[test]
    fn without_an_offer_today_is_compared() {
        let w = waiting(&waiting_case("diagnostics", "none", "2026-10-26", ""));
        assert!(!w.offered);
        assert_eq!(w.compared_to, today());
        // 4 November is a holiday: the 14th working day is 16 November.
        assert_eq!(w.limit_date.date, Date::parse("2026-11-16").unwrap());
        assert!(w.violated);
    }

    #[test]
    fn grounds_follow_the_event_year() {
        let a = assess(
            content(),
            &waiting_case("specialist", "none", "2025-06-02", ""),
            today(),
        )
        .unwrap();
        let ids: Vec<_> = a.grounds.iter().map(|g| g.id.as_ref()).collect();
        assert!(
            ids.contains(&"pgg-2025") && !ids.contains(&"pgg-2026"),
            "{ids:?}"
        );
        let a = assess(
            content(),
            &waiting_case("specialist", "none", "2026-06-01", ""),
            today(),
        )
        .unwrap();
        let ids: Vec<_> = a.grounds.iter().map(|g| g.id.as_ref()).collect();
        assert!(
            ids.contains(&"pgg-2026") && !ids.contains(&"pgg-2025"),
            "{ids:?}"
        );
    }

    #[test]
    fn events_outside_every_programme_say_so() {
        let a = assess(
            content(),
            &waiting_case("specialist", "none", "2024-06-03", ""),
            today(),
        )
        .unwrap();
        assert!(matches!(
            a.waiting,
            Some(WaitingOutcome::NoProgramme { year: 2024 })
        ));
    }

    #[test]
    fn answer_due_is_thirty_days_off_days_moved() {
        let mut c = waiting_case("specialist", "none", "2026-04-01", "");
        c.signed_on = "2026-04-09".into();
        let a = assess(content(), &c, today()).unwrap();
        assert_eq!(a.answer_due.date, Date::parse("2026-05-12").unwrap());
    }

    #[test]
    fn conditions() {
        let mut c = Case::new();
        c.facts.insert("a".into(), "x".into());
        c.facts.insert("n".into(), "no".into());
        assert!(condition_holds(&c, "a"));
        assert!(!condition_holds(&c, "n"));
        assert!(condition_holds(&c, "!b"));
        assert!(condition_holds(&c, "a=x & b!=y"));
        assert!(!condition_holds(&c, "a=x & !a"));
    }
}
