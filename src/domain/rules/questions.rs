//! The page's half of the rules: from the answers so far to which
//! questions apply — the incident's problems (the first category and
//! `also`, the related ones offered), each problem's questions (each id
//! once; an answer that leads to an exit ends them), and the `when`
//! conditions content writes (with the flags the assessment found).
//! Nothing here counts days or reads the letters' wording: the first
//! screen carries this file, the files worker the assessment
//! ([`super::assess`]).

use crate::domain::case::Case;
use crate::domain::content::{Category, Content, Exit, Question};

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
        "@relation" => crate::domain::case::relation_key(case).into(),
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
pub fn left_out<'c>(c: &'c Content, case: &Case) -> Vec<&'c Exit> {
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
            .is_none_or(|r| r.relation != crate::domain::case::Relation::RelativeOfDeceased)
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

#[cfg(test)]
mod tests {
    use super::*;

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
