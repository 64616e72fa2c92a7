//! Wizard state and its reducer: the one place the case is changed.

use crate::domain::case::Case;
use crate::domain::date::Date;
use crate::wizard::{self, Problem, Step};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct WizardState {
    pub case: Case,
    pub step: Step,
    /// Steps visited, for Back; answers are never dropped when going back.
    pub history: Vec<Step>,
    pub problems: Vec<Problem>,
    /// Non-blocking warnings were shown for this step; Continue again passes.
    pub warned: bool,
    /// Set by «Изменить» on the check page: Continue returns there.
    pub return_to_check: bool,
    pub today: Date,
}

pub enum Action {
    Set {
        path: String,
        value: String,
    },
    Continue,
    Back,
    /// Jump to a step from the check page («Изменить»).
    Edit(Step),
}

impl WizardState {
    pub fn new(today: Date) -> WizardState {
        let mut case = Case::new();
        case.signed_on = today.to_string();
        WizardState {
            case,
            step: Step::Start,
            history: Vec::new(),
            problems: Vec::new(),
            warned: false,
            return_to_check: false,
            today,
        }
    }
}

impl Reducible for WizardState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Set { path, value } => wizard::set(&mut s.case, &path, value),
            Action::Continue => {
                let problems = wizard::validate(&s.step, &s.case, s.today);
                let blocking = problems.iter().any(|p| p.kind.blocks());
                if blocking || (!problems.is_empty() && !s.warned) {
                    s.warned = !blocking;
                    s.problems = problems;
                    return Rc::new(s);
                }
                let next = if s.return_to_check {
                    Some(Step::Check)
                } else {
                    wizard::next_step(&s.case, &s.step)
                };
                if let Some(next) = next {
                    s.history.push(std::mem::replace(&mut s.step, next));
                }
                s.problems.clear();
                s.warned = false;
                s.return_to_check = false;
            }
            Action::Back => {
                if let Some(prev) = s.history.pop() {
                    s.step = prev;
                }
                s.problems.clear();
                s.warned = false;
                s.return_to_check = false;
            }
            Action::Edit(step) => {
                s.history.push(std::mem::replace(&mut s.step, step));
                s.problems.clear();
                s.warned = false;
                s.return_to_check = true;
            }
        }
        Rc::new(s)
    }
}
