//! Rules: from a case to what the law says about it — which questions
//! apply, who receives the complaint, which grounds hold on the event date,
//! which programme of state guarantees is in force, and the deadlines
//! (waiting-time limit, answer due) relative to the letter's date.
//!
//! No clock is read here: "today" is passed in, so results are reproducible.

use super::calendar::{Term, YearStatus};
use super::case::Case;
use super::content::{Addressee, Category, Content, Ground, Limit, Programme, Question, Text};
use super::date::Date;

/// Days a body has to answer a written complaint (59-ФЗ ст. 12 ч. 1).
pub const ANSWER_DAYS: u32 = 30;
/// Days to refund on a consumer claim (ЗоЗПП ст. 31 — ⚠ not verified in our
/// sources, so it is shown as "usually" and never stated in the letter).
pub const REFUND_DAYS: u32 = 10;

/// What the rules found, as `when` conditions read it (`@violated`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// Waiting time: the guarantee is broken (an offered date beyond the
    /// limit, or no date and the limit passed by the letter's date).
    pub violated: bool,
    /// The limit's last day is before the letter's date.
    pub limit_passed: bool,
    /// A date was offered, and it is later than the limit allows.
    pub offered_beyond: bool,
    /// The rules could judge the waiting time and found no violation: the
    /// letter is a request to arrange the care in time, not a complaint.
    pub request: bool,
    /// The category's term (see `TermSpec`) ended before the letter's date.
    pub term_passed: bool,
}

impl Flags {
    fn get(&self, name: &str) -> bool {
        match name {
            "violated" => self.violated,
            "limit_passed" => self.limit_passed,
            "offered_beyond" => self.offered_beyond,
            "request" => self.request,
            "term_passed" => self.term_passed,
            _ => false,
        }
    }
}

/// A value a condition may compare: a fact, or `@relation` (`self`,
/// `parent`, `guardian`, `attorney`, `relative-of-deceased`).
fn condition_value<'a>(case: &'a Case, key: &str) -> std::borrow::Cow<'a, str> {
    match key {
        "@relation" => super::case::relation_key(case).into(),
        _ => case.fact(key).into(),
    }
}

/// `when` conditions in content: `fact` (answered and not "no"), `!fact`
/// (not answered), `fact=value`, `fact!=value`, `@flag` / `!@flag` (what the
/// rules found, see [`Flags`]), `@relation=parent`; joined with `&`.
pub fn condition_holds(case: &Case, flags: &Flags, cond: &str) -> bool {
    cond.split('&').map(str::trim).all(|c| {
        if let Some((k, v)) = c.split_once("!=") {
            condition_value(case, k.trim()) != v.trim()
        } else if let Some((k, v)) = c.split_once('=') {
            condition_value(case, k.trim()) == v.trim()
        } else if let Some(flag) = c.strip_prefix("!@") {
            !flags.get(flag)
        } else if let Some(flag) = c.strip_prefix('@') {
            flags.get(flag)
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
    /// the steps, the check page and the completeness check share). An
    /// answer that leads to an exit ends the category's questions.
    pub fn visible_questions<'c>(&'c self, case: &'c Case) -> impl Iterator<Item = &'c Question> {
        let mut ended = false;
        self.questions
            .iter()
            .filter(|q| {
                q.when
                    .as_deref()
                    .is_none_or(|w| condition_holds(case, &Flags::default(), w))
            })
            .take_while(move |q| {
                let open = !ended;
                ended = ended || q.exit_for(case.fact(&q.id)).is_some();
                open
            })
    }

    /// The exit an answer of this category leads to (a paid service outside
    /// the programme chosen on the paid-care questions): no letter of the
    /// category is written then.
    pub fn screened_out(&self, case: &Case) -> Option<&'static str> {
        self.visible_questions(case)
            .find_map(|q| q.exit_for(case.fact(&q.id)))
    }
}

impl Question {
    fn exit_for(&self, answer: &str) -> Option<&'static str> {
        self.options
            .iter()
            .find(|o| o.value == answer)
            .and_then(|o| o.exit)
            .map(|t| t.0)
    }
}

/// The categories of the case's problems: the first, then each further one
/// (known, not repeated). Empty while no known category is chosen.
pub fn problems<'c>(c: &'c Content, case: &Case) -> Vec<&'c Category> {
    let Some(first) = c.category(&case.category) else {
        return Vec::new();
    };
    let mut out = vec![first];
    for id in &case.also {
        if let Some(cat) = c.category(id).filter(|cat| offered(case, cat)) {
            if !out.iter().any(|o| o.id == cat.id) {
                out.push(cat);
            }
        }
    }
    out
}

/// The exits of further problems whose answers took them out of ОМС: said
/// on the check page, never written (the first problem's ends the wizard).
pub fn left_out<'c>(c: &'c Content, case: &Case) -> Vec<&'c super::content::Exit> {
    problems(c, case)
        .iter()
        .skip(1)
        .filter_map(|cat| cat.screened_out(case).and_then(|id| c.exit(id)))
        .collect()
}

/// A further problem can be joined to this case: a relative of a patient
/// who died is offered only the categories whose letters read right for one.
fn offered(case: &Case, cat: &Category) -> bool {
    cat.for_deceased
        || case
            .represented
            .as_ref()
            .is_none_or(|r| r.relation != super::case::Relation::RelativeOfDeceased)
}

/// The problems the wizard offers after the first one's questions.
pub fn related<'c>(c: &'c Content, case: &Case) -> Vec<&'c Category> {
    c.category(&case.category)
        .map(|first| {
            first
                .related
                .iter()
                .filter_map(|id| c.category(id))
                .filter(|cat| offered(case, cat))
                .collect()
        })
        .unwrap_or_default()
}

/// The questions the case's problems ask, in order, each id once (a
/// question two problems share is asked for the first).
pub fn all_questions<'c>(c: &'c Content, case: &'c Case) -> Vec<(&'c Category, &'c Question)> {
    let mut out: Vec<(&Category, &Question)> = Vec::new();
    for cat in problems(c, case) {
        for q in cat.visible_questions(case) {
            if !out.iter().any(|(_, seen)| seen.id == q.id) {
                out.push((cat, q));
            }
        }
    }
    out
}

/// A question of the case's problems by id, with the category that asks it.
pub fn question<'c>(c: &'c Content, case: &Case, id: &str) -> Option<(&'c Category, &'c Question)> {
    problems(c, case)
        .into_iter()
        .find_map(|cat| cat.question(id).map(|q| (cat, q)))
}

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

    #[test]
    fn conditions() {
        let mut c = Case::new();
        c.facts.insert("a".into(), "x".into());
        c.facts.insert("n".into(), "no".into());
        let none = Flags::default();
        assert!(condition_holds(&c, &none, "a"));
        assert!(!condition_holds(&c, &none, "n"));
        assert!(condition_holds(&c, &none, "!b"));
        assert!(condition_holds(&c, &none, "a=x & b!=y"));
        assert!(!condition_holds(&c, &none, "a=x & !a"));
        let found = Flags {
            violated: true,
            ..Flags::default()
        };
        assert!(condition_holds(&c, &found, "a & @violated & !@request"));
        assert!(condition_holds(&c, &none, "@relation=self"));
        c.represented = Some(crate::domain::case::Represented::default());
        assert!(condition_holds(
            &c,
            &none,
            "@relation=parent & @relation!=self"
        ));
    }
}
