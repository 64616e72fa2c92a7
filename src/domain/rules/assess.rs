//! The worker's half of the rules: what the law says about a case — the
//! programme of state guarantees in force, who receives the complaint and
//! the ladder, which grounds hold on the event date, the waiting-time
//! assessment, and the deadlines (a category's own term, the answer due,
//! a refund) relative to the letter's date. Read by the letter engine (in
//! the files worker), never by the page.
//!
//! No clock is read here: "today" is passed in, so results are reproducible.

use super::questions::{condition_holds, problems, Flags};
use crate::domain::calendar::{Term, YearStatus};
use crate::domain::case::Case;
use crate::domain::content::{Addressee, Category, Content, Ground, Limit, Programme, Text};
use crate::domain::date::Date;

/// Days a body has to answer a written complaint (59-ФЗ ст. 12 ч. 1).
pub const ANSWER_DAYS: u32 = 30;
/// Days to refund on a consumer claim (ЗоЗПП ст. 31 — ⚠ not verified in our
/// sources, so it is shown as "usually" and never stated in the letter).
pub const REFUND_DAYS: u32 = 10;

/// The programme of state guarantees that judges an event.
#[derive(Clone, Copy, Debug)]
pub struct InForce<'c> {
    pub programme: &'c Programme,
    /// The event falls in the programme's planning period, not its own year:
    /// a newer programme, not yet in our content, may have been adopted.
    pub planning: bool,
}

/// The newest programme whose period (its year to `covers_to`) holds `date`.
pub fn programme_for(c: &Content, date: Date) -> Option<InForce<'_>> {
    c.programmes
        .iter()
        .filter(|p| p.year <= date.year && date <= p.covers_to)
        .max_by_key(|p| p.year)
        .map(|programme| InForce {
            programme,
            planning: date.year > programme.year,
        })
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
    /// The offered appointment, if any.
    pub offered: Option<Date>,
    /// Working days from the start to the offered date, or to the letter's date.
    pub elapsed_working_days: u32,
    pub flags: Flags,
}

impl WaitingAssessment {
    pub fn violated(&self) -> bool {
        self.flags.violated
    }
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
    /// The programme in force on the event date.
    pub programme: Option<InForce<'c>>,
    /// The date the event happened (the category's key date), else the letter's date.
    pub event_date: Date,
    /// The letter's date: `signed_on` if valid, else today.
    pub letter_date: Date,
    /// When the addressee registered the letter, once the person entered it:
    /// the 30 days of 59-ФЗ run from it (until then, from the letter's date).
    pub registered: Option<Date>,
    pub addressees: Vec<&'c Addressee>,
    pub escalation: Vec<&'c Addressee>,
    pub grounds: Vec<&'c Ground>,
    pub waiting: Option<WaitingOutcome>,
    /// When an answer is due: 30 days from registration (or the letter's date).
    pub answer_due: Term,
    /// For refund claims: when the money is usually due back (⚠ see REFUND_DAYS).
    pub refund_due: Option<Term>,
    /// The category's own term (a records request's 30 days), when its start is given.
    pub term: Option<Term>,
    /// What the rules found, for `when` conditions.
    pub flags: Flags,
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
    let Some(InForce { programme, .. }) = programme_for(c, start) else {
        return Some(WaitingOutcome::NoProgramme { year: start.year });
    };
    let Some(limit) = programme.limits.iter().find(|l| l.service == service) else {
        return Some(WaitingOutcome::Incomplete);
    };
    let mut limit = *limit;
    let regional = c.regional.iter().find(|r| {
        r.programme == programme.id
            && r.service == service
            && r.region.eq_ignore_ascii_case(case.region.trim())
            && r.working_days < limit.working_days
    });
    if let Some(r) = regional {
        limit.working_days = r.working_days;
    }
    let limit_date = c.calendar().add_working_days(start, limit.working_days);
    let offered = Date::parse(case.fact(&spec.offered)).ok();
    let compared_to = offered.unwrap_or(letter_date);
    let violated = compared_to > limit_date.date;
    let flags = Flags {
        violated,
        limit_passed: limit_date.date < letter_date,
        offered_beyond: offered.is_some_and(|o| o > limit_date.date),
        request: !violated,
        term_passed: false,
    };
    Some(WaitingOutcome::Assessed(WaitingAssessment {
        programme: programme.id.to_string(),
        service,
        regional_source: regional.map(|r| r.source.to_string()),
        start,
        limit_date,
        offered,
        elapsed_working_days: c.calendar().working_days_between(start, compared_to),
        flags,
        limit,
    }))
}

/// Everything the rules can say about a case's first problem. `None` if the
/// category is unknown.
pub fn assess<'c>(c: &'c Content, case: &Case, today: Date) -> Option<Assessment<'c>> {
    Some(assess_problem(c, case, c.category(&case.category)?, today))
}

/// The assessment of each problem of the case, the first problem first;
/// a problem screened out of ОМС (see [`Category::screened_out`]) has none.
pub fn assess_all<'c>(c: &'c Content, case: &Case, today: Date) -> Vec<Assessment<'c>> {
    let problems = problems(c, case);
    // The first problem screened out ends the wizard at its exit: no letter.
    if problems
        .first()
        .is_some_and(|p| p.screened_out(case).is_some())
    {
        return Vec::new();
    }
    problems
        .into_iter()
        .filter(|cat| cat.screened_out(case).is_none())
        .map(|cat| assess_problem(c, case, cat, today))
        .collect()
}

/// What the rules say about one problem of the case.
pub fn assess_problem<'c>(
    c: &'c Content,
    case: &Case,
    category: &'c Category,
    today: Date,
) -> Assessment<'c> {
    let letter_date = Date::parse(&case.signed_on).unwrap_or(today);
    let registered = Date::parse(&case.registration.date).ok();
    let event_date = category
        .key_date
        .as_deref()
        .and_then(|k| Date::parse(case.fact(k)).ok())
        .unwrap_or(letter_date);
    let pick = |ids: &[Text]| -> Vec<&'c Addressee> {
        ids.iter().filter_map(|id| c.addressee(id)).collect()
    };
    let grounds = category
        .grounds
        .iter()
        .filter_map(|id| c.ground(id))
        .filter(|g| g.applies_on(event_date))
        .collect();
    let waiting = assess_waiting(c, case, category, letter_date);
    let term = category.term.as_ref().and_then(|t| {
        let from = Date::parse(case.fact(&t.from)).ok()?;
        Some(c.calendar().add_calendar_days(from, t.days))
    });
    let flags = Flags {
        term_passed: term.is_some_and(|t| t.date < letter_date),
        ..match &waiting {
            Some(WaitingOutcome::Assessed(w)) => w.flags,
            _ => Flags::default(),
        }
    };
    let mut escalation = pick(&category.escalation);
    for step in category
        .escalation_when
        .iter()
        .filter(|e| condition_holds(case, &flags, &e.when))
    {
        for ad in pick(&step.addressees) {
            if !escalation.iter().any(|e| e.id == ad.id) {
                escalation.push(ad);
            }
        }
    }
    Assessment {
        category,
        programme: programme_for(c, event_date),
        event_date,
        letter_date,
        addressees: pick(&category.addressees),
        escalation,
        grounds,
        waiting,
        term,
        flags,
        registered,
        answer_due: c
            .calendar()
            .add_calendar_days(registered.unwrap_or(letter_date), ANSWER_DAYS),
        refund_due: category
            .refund
            .then(|| c.calendar().add_calendar_days(letter_date, REFUND_DAYS)),
    }
}

impl Assessment<'_> {
    /// What the rules found, for `when` conditions.
    pub fn flags(&self) -> Flags {
        self.flags
    }

    pub fn waiting(&self) -> Option<&WaitingAssessment> {
        match &self.waiting {
            Some(WaitingOutcome::Assessed(w)) => Some(w),
            _ => None,
        }
    }

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
        assert!(w.violated());
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
        assert!(!w25.violated());
        let w26 = waiting(&waiting_case(
            "specialist",
            "cvd",
            "2026-03-02",
            "2026-03-10",
        ));
        assert_eq!(w26.limit.working_days, 3);
        // 3, 4, 5 March 2026: the limit ends on the 5th.
        assert_eq!(w26.limit_date.date, Date::parse("2026-03-05").unwrap());
        assert!(w26.violated());
    }

    #[test]
    fn ct_with_suspected_cancer_uses_the_diagnostics_track() {
        let w = waiting(&waiting_case("ct-mri", "onco", "2026-04-01", "2026-04-14"));
        assert_eq!(w.service, "diagnostics-onco");
        assert_eq!(w.limit.working_days, 7);
        // 2, 3, 6–10 April: the limit ends on the 10th.
        assert_eq!(w.limit_date.date, Date::parse("2026-04-10").unwrap());
        assert!(w.violated());
    }

    #[test]
    fn without_an_offer_today_is_compared() {
        let w = waiting(&waiting_case("diagnostics", "none", "2026-10-26", ""));
        assert_eq!(w.offered, None);
        // 4 November is a holiday: the 14th working day is 16 November.
        assert_eq!(w.limit_date.date, Date::parse("2026-11-16").unwrap());
        assert!(w.violated() && w.flags.limit_passed && !w.flags.request);
    }

    #[test]
    fn the_programme_follows_the_event_date_and_its_planning_period() {
        let in_force = |d: &str| {
            programme_for(content(), Date::parse(d).unwrap())
                .map(|p| (p.programme.id.to_string(), p.planning))
        };
        assert_eq!(in_force("2025-06-02"), Some(("pgg-2025".into(), false)));
        assert_eq!(in_force("2026-01-01"), Some(("pgg-2026".into(), false)));
        // 2027 and 2028: the planning period of ПП № 2188 until a newer programme is added.
        assert_eq!(in_force("2027-01-11"), Some(("pgg-2026".into(), true)));
        assert_eq!(in_force("2028-12-31"), Some(("pgg-2026".into(), true)));
        assert_eq!(in_force("2029-01-09"), None);
        assert_eq!(in_force("2024-12-31"), None);
        let w = waiting(&waiting_case("specialist", "none", "2027-01-11", ""));
        assert_eq!(w.programme, "pgg-2026");
        assert_eq!(w.limit.working_days, 14);
    }

    #[test]
    fn the_tense_follows_the_letter_date() {
        // Referral 2 March 2026: 14 working days (9 March is off) end on 23 March.
        let mut c = waiting_case("specialist", "none", "2026-03-02", "2026-03-27");
        c.signed_on = "2026-03-09".into();
        let w = waiting(&c);
        assert_eq!(w.limit_date.date, Date::parse("2026-03-23").unwrap());
        // Offered beyond a limit that has not passed yet: a violation, «истекает».
        assert!(
            w.flags.offered_beyond && !w.flags.limit_passed && w.violated() && !w.flags.request
        );
        // Offered within the limit: no violation; a request, not a complaint.
        c.facts.insert("offered_date".into(), "2026-03-18".into());
        let w = waiting(&c);
        assert!(!w.violated() && w.flags.request && !w.flags.offered_beyond);
        // No date offered, letter after the limit: «истёк».
        c.facts.remove("offered_date");
        c.signed_on = "2026-03-24".into();
        let w = waiting(&c);
        assert!(w.flags.limit_passed && w.violated());
        // On the limit's last day itself the limit has not passed.
        c.signed_on = "2026-03-23".into();
        assert!(!waiting(&c).flags.limit_passed);
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
        // Once the person knows the registration date, the 30 days run from it.
        c.registration.date = "2026-04-14".into();
        let a = assess(content(), &c, today()).unwrap();
        assert_eq!(a.answer_due.date, Date::parse("2026-05-14").unwrap());
    }
}
