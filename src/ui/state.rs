//! Wizard state and its reducer: the one place the case is changed.

use crate::domain::case::Case;
use crate::domain::content::content;
use crate::domain::date::Date;
use crate::flow::{self, FieldId, Fixed, Problem, Step};
use crate::saved::{Answers, Position};
use std::rc::Rc;
use std::sync::Arc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct WizardState {
    pub case: Case,
    pub step: Step,
    /// Steps visited, for Back; answers are never dropped when going back.
    pub history: Vec<Step>,
    /// Steps the browser's Back left, nearest last: its Forward returns to them.
    pub forward: Vec<Step>,
    pub problems: Vec<Problem>,
    /// Non-blocking warnings were shown for this step; Continue again passes.
    pub warned: bool,
    /// Set by «Изменить» on the check page: Continue returns there.
    pub return_to_check: bool,
    pub today: Date,
    /// The person opted in to keeping answers in local storage.
    pub keep: bool,
    /// What the host page fills in for every new case (its insurer, its region).
    pub defaults: Arc<Defaults>,
}

/// A host's prefilled answers, (field, value) each, and its region (a
/// member of the case no page asks); a fresh or reset case starts from them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Defaults {
    pub fields: Vec<(Fixed, String)>,
    pub region: String,
}

pub enum Action {
    Set {
        field: FieldId,
        value: String,
    },
    Continue,
    Back,
    /// Jump to a step from the check page («Изменить»).
    Edit(Step),
    /// The browser went back or forward to the entry for this wizard depth.
    PopTo(usize),
    /// Opt in or out of keeping answers on the device.
    Keep(bool),
    /// Answers from an imported file: open them on the check page.
    Load(Box<Answers>),
    /// Forget everything (shared computers).
    Reset,
    /// The host's `update()` changed its prefilled answers: the fields that
    /// still hold the old ones take the new (what was typed stays).
    Defaults(Arc<Defaults>),
    /// From an exit to the category that writes what the situation calls
    /// for, keeping the answers: on at its first unanswered question.
    Switch(String),
}

impl Defaults {
    /// What it fills `field` with (empty: nothing).
    fn value(&self, field: Fixed) -> &str {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, v)| v.as_str())
    }

    fn apply(&self, case: &mut Case) {
        for (field, value) in &self.fields {
            (field.spec().set)(case, value.clone());
        }
        case.region.clone_from(&self.region);
    }

    /// New prefilled answers in place of `old`: the fields that still hold
    /// the old ones take the new (what was typed stays).
    fn replace(&self, old: &Defaults, case: &mut Case) {
        for field in old.fields.iter().chain(&self.fields).map(|(f, _)| f.spec()) {
            if (field.get)(case) == old.value(field.id) {
                (field.set)(case, self.value(field.id).to_string());
            }
        }
        if case.region == old.region {
            case.region.clone_from(&self.region);
        }
    }
}

impl WizardState {
    pub fn new(today: Date) -> WizardState {
        WizardState::with_defaults(today, Arc::default())
    }

    pub fn with_defaults(today: Date, defaults: Arc<Defaults>) -> WizardState {
        let mut case = Case::new();
        case.signed_on = today.to_string();
        defaults.apply(&mut case);
        WizardState {
            case,
            step: Step::Start,
            history: Vec::new(),
            forward: Vec::new(),
            problems: Vec::new(),
            warned: false,
            return_to_check: false,
            today,
            keep: false,
            defaults,
        }
    }

    /// Opens saved answers. With `resume`, returns to the saved position
    /// (a reload); otherwise to the first page something is missing on, or
    /// the check page when nothing is.
    pub fn from_answers(answers: Answers, today: Date, resume: bool) -> WizardState {
        let mut s = WizardState::new(today);
        s.case = answers.case;
        let all = flow::steps(content(), &s.case);
        let saved = answers
            .position
            .filter(|_| resume)
            .and_then(|p| {
                let step: Step = p.step.parse().ok()?;
                let history: Result<Vec<Step>, ()> = p.history.iter().map(|k| k.parse()).collect();
                Some((step, history.ok()?))
            })
            .filter(|(step, history)| {
                all.contains(step) && history.iter().all(|h| all.contains(h))
            });
        match saved {
            Some((step, history)) => {
                s.step = step;
                s.history = history;
            }
            None => {
                // The first page with an unanswered question (a partly
                // answered file), else the last: the check page or an exit.
                let open = all
                    .iter()
                    .position(|step| {
                        !matches!(step, Step::Start | Step::Check | Step::Exit)
                            && flow::validate(content(), step, &s.case, today)
                                .iter()
                                .any(|p| p.kind.blocks())
                    })
                    .unwrap_or(all.len() - 1);
                s.step = all[open].clone();
                s.history = all[..open].to_vec();
            }
        }
        s
    }

    pub fn answers(&self) -> Answers {
        Answers {
            case: self.case.clone(),
            position: Some(Position {
                step: self.step.to_string(),
                history: self.history.iter().map(Step::to_string).collect(),
            }),
        }
    }

    /// The browser's Forward, one entry: the page Back left, or else the
    /// next page of the flow when this one is complete.
    fn forward_one(&mut self) -> bool {
        let all = flow::steps(content(), &self.case);
        let next = match self.forward.pop() {
            Some(step) if all.contains(&step) => Some(step),
            _ => {
                self.forward.clear();
                let complete = !flow::validate(content(), &self.step, &self.case, self.today)
                    .iter()
                    .any(|p| p.kind.blocks());
                complete
                    .then(|| flow::next_step(content(), &self.case, &self.step))
                    .flatten()
            }
        };
        match next {
            Some(next) => {
                self.history.push(std::mem::replace(&mut self.step, next));
                true
            }
            None => false,
        }
    }

    fn clear_messages(&mut self) {
        self.problems.clear();
        self.warned = false;
        self.return_to_check = false;
    }
}

impl Reducible for WizardState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Set { field, value } => field.set(&mut s.case, value),
            Action::Continue => {
                let problems = flow::validate(content(), &s.step, &s.case, s.today);
                let blocking = problems.iter().any(|p| p.kind.blocks());
                if blocking || (!problems.is_empty() && !s.warned) {
                    s.warned = !blocking;
                    s.problems = problems;
                    return Rc::new(s);
                }
                let next = if s.return_to_check {
                    Some(Step::Check)
                } else {
                    flow::next_step(content(), &s.case, &s.step)
                };
                if let Some(next) = next {
                    s.history.push(std::mem::replace(&mut s.step, next));
                }
                s.forward.clear();
                s.problems.clear();
                s.warned = false;
                s.return_to_check = false;
            }
            Action::Back => {
                if let Some(prev) = s.history.pop() {
                    s.step = prev;
                }
                s.forward.clear();
                s.clear_messages();
            }
            Action::Edit(step) => {
                s.forward.clear();
                s.history.push(std::mem::replace(&mut s.step, step));
                s.clear_messages();
                s.return_to_check = true;
            }
            Action::PopTo(depth) if depth > s.history.len() => {
                let mut moved = false;
                while s.history.len() < depth && s.forward_one() {
                    moved = true;
                }
                if !moved {
                    return self;
                }
                s.clear_messages();
            }
            Action::PopTo(depth) => {
                if depth == s.history.len() {
                    return self;
                }
                while s.history.len() > depth {
                    let Some(prev) = s.history.pop() else { break };
                    s.forward.push(std::mem::replace(&mut s.step, prev));
                }
                s.clear_messages();
            }
            Action::Keep(keep) => s.keep = keep,
            Action::Load(answers) => {
                let (keep, defaults) = (s.keep, s.defaults.clone());
                s = WizardState::from_answers(*answers, s.today, false);
                s.keep = keep;
                s.defaults = defaults;
            }
            Action::Reset => s = WizardState::with_defaults(s.today, s.defaults.clone()),
            Action::Defaults(new) => {
                let old = std::mem::replace(&mut s.defaults, new.clone());
                new.replace(&old, &mut s.case);
            }
            Action::Switch(category) => {
                s.case.category = category;
                s.case.also.clear();
                let all = flow::steps(content(), &s.case);
                let open = all
                    .iter()
                    .position(|step| match step {
                        Step::Question(id) => s.case.fact(id).is_empty(),
                        _ => false,
                    })
                    .or_else(|| all.iter().position(|step| *step == Step::Clinic))
                    .unwrap_or(all.len() - 1);
                s.history = all[..open].to_vec();
                s.step = all[open].clone();
                s.clear_messages();
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-06-01").unwrap()
    }

    fn walked() -> Rc<WizardState> {
        let mut s = Rc::new(WizardState::new(today()));
        s = s.reduce(Action::Continue);
        s = s.reduce(Action::Set {
            field: FieldId::Fixed(crate::flow::Fixed::Category),
            value: "ethics".into(),
        });
        s = s.reduce(Action::Continue);
        s.reduce(Action::Continue)
    }

    #[test]
    fn the_browser_back_button_walks_back_keeping_answers() {
        let s = walked();
        assert_eq!(s.history.len(), 3);
        assert_eq!(s.step, Step::Question("event_date".into()));
        let back = s.clone().reduce(Action::PopTo(1));
        assert_eq!(back.step, Step::Category);
        assert_eq!(back.history, [Step::Start]);
        assert_eq!(back.case.category, "ethics");
        // A repeated entry changes nothing; Forward returns to where Back
        // left, and no further than the flow goes.
        assert_eq!(back.clone().reduce(Action::PopTo(1)), back);
        let forward = back.clone().reduce(Action::PopTo(3));
        assert_eq!(
            (forward.step.clone(), forward.history.clone()),
            (s.step.clone(), s.history.clone())
        );
        assert_eq!(
            forward.clone().reduce(Action::PopTo(9)).history.len(),
            3,
            "the date is not answered yet"
        );
        // Continue after Back forgets the way forward.
        let on = back.reduce(Action::Continue);
        assert!(on.forward.is_empty());
    }

    #[test]
    fn a_reload_returns_to_the_same_page_and_an_import_to_its_first_gap() {
        let s = walked();
        let resumed = WizardState::from_answers(s.answers(), today(), true);
        assert_eq!(
            (resumed.step.clone(), resumed.history.clone()),
            (s.step.clone(), s.history.clone())
        );
        // Only the category is answered: an import opens at its first question.
        let imported = s.clone().reduce(Action::Load(Box::new(s.answers())));
        assert_eq!(imported.step, Step::Question("event_date".into()));
        assert_eq!(imported.history.first(), Some(&Step::Start));
        assert_eq!(imported.case, s.case);
        // A position that no longer fits the case is not trusted.
        let mut odd = s.answers();
        odd.position.as_mut().unwrap().step = "question:no-such".into();
        assert_eq!(
            WizardState::from_answers(odd, today(), true).step,
            Step::Question("event_date".into())
        );
        // A complete case opens on the check page.
        let text = std::fs::read_to_string("examples/cases/ethics.json").unwrap();
        let full = crate::saved::Answers {
            case: crate::domain::case::Case::from_json(&text).unwrap(),
            position: None,
        };
        assert_eq!(
            WizardState::from_answers(full, today(), false).step,
            Step::Check
        );
    }

    #[test]
    fn a_partly_answered_file_opens_at_its_first_gap() {
        let mut s = walked();
        s = s.reduce(Action::Set {
            field: FieldId::Fact("event_date".into()),
            value: "2026-05-12".into(),
        });
        let opened = WizardState::from_answers(s.answers(), today(), false);
        // Ethics asks who it was right after the date: that is the gap.
        assert_eq!(opened.step, Step::Question("who".into()));
        assert_eq!(
            opened.history.last(),
            Some(&Step::Question("event_date".into()))
        );
    }

    #[test]
    fn new_prefilled_answers_replace_only_the_untouched_ones() {
        let host = |name: &str, branch: &str, region: &str| {
            Arc::new(Defaults {
                fields: vec![
                    (Fixed::InsurerName, name.into()),
                    (Fixed::InsurerBranch, branch.into()),
                ],
                region: region.into(),
            })
        };
        let s = Rc::new(WizardState::with_defaults(today(), host("А", "Б", "Р")));
        assert_eq!(
            (s.case.insurer.name.as_str(), s.case.region.as_str()),
            ("А", "Р")
        );
        let s = s.reduce(Action::Set {
            field: FieldId::Fixed(Fixed::InsurerBranch),
            value: "свой".into(),
        });
        let s = s.reduce(Action::Defaults(host("В", "Г", "Т")));
        assert_eq!(s.case.insurer.name, "В");
        assert_eq!(s.case.insurer.branch, "свой", "typed stays");
        assert_eq!(s.case.region, "Т");
        // A host that stops prefilling leaves its fields empty.
        let s = s.reduce(Action::Defaults(Arc::default()));
        assert_eq!(
            (s.case.insurer.name.as_str(), s.case.region.as_str()),
            ("", "")
        );
        assert_eq!(s.case.insurer.branch, "свой");
    }

    #[test]
    fn reset_forgets_everything_and_opts_out() {
        let s = walked().reduce(Action::Keep(true));
        assert!(s.keep);
        let fresh = s.reduce(Action::Reset);
        assert_eq!(*fresh, WizardState::new(today()));
        assert!(!fresh.keep);
    }
}
