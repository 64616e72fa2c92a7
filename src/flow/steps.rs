//! The pages of the wizard for a case, recomputed after every answer so the
//! count shown as «Шаг N из M» follows the branches.

use super::fields::{FieldSpec, FIELDS};
use crate::domain::case::Case;
use crate::domain::content::Content;
use crate::domain::rules;
use std::fmt;
use std::str::FromStr;

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
    /// Did anything else happen: the problems related to the first one.
    Also,
    Clinic,
    Insurer,
    Applicant,
    Check,
}

impl Step {
    /// The fixed fields the step asks for this case, in order (a category
    /// question is the question itself).
    pub fn fields<'a>(&'a self, case: &'a Case) -> impl Iterator<Item = &'static FieldSpec> + 'a {
        FIELDS
            .iter()
            .filter(move |f| f.step == *self && (f.shown)(case))
    }
}

/// Steps as short strings (`start`, `question:service`): the position kept
/// in saved answers.
impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = match self {
            Step::Question(id) => return write!(f, "question:{id}"),
            Step::Start => "start",
            Step::Category => "category",
            Step::Exit => "exit",
            Step::Also => "also",
            Step::Who => "who",
            Step::Patient => "patient",
            Step::Clinic => "clinic",
            Step::Insurer => "insurer",
            Step::Applicant => "applicant",
            Step::Check => "check",
        };
        f.write_str(key)
    }
}

impl FromStr for Step {
    type Err = ();
    fn from_str(key: &str) -> Result<Step, ()> {
        Ok(match key {
            "start" => Step::Start,
            "category" => Step::Category,
            "exit" => Step::Exit,
            "also" => Step::Also,
            "who" => Step::Who,
            "patient" => Step::Patient,
            "clinic" => Step::Clinic,
            "insurer" => Step::Insurer,
            "applicant" => Step::Applicant,
            "check" => Step::Check,
            other => Step::Question(other.strip_prefix("question:").ok_or(())?.to_string()),
        })
    }
}

/// Steps for the case as answered so far.
pub fn steps(c: &Content, case: &Case) -> Vec<Step> {
    let mut v = vec![Step::Start, Step::Category];
    if c.exit(&case.category).is_some() {
        v.push(Step::Exit);
    }
    if let Some(cat) = c.category(&case.category) {
        v.push(Step::Who);
        if case.represented.is_some() {
            v.push(Step::Patient);
        }
        v.extend(
            cat.visible_questions(case)
                .map(|q| Step::Question(q.id.to_string())),
        );
        // An answer that leads out of ОМС ends the questions at its exit.
        if cat.screened_out(case).is_some() {
            v.push(Step::Exit);
            return v;
        }
        if !rules::related(c, case).is_empty() {
            v.push(Step::Also);
        }
        v.extend(
            rules::all_questions(c, case)
                .into_iter()
                .filter(|(of, _)| of.id != cat.id)
                .map(|(_, q)| Step::Question(q.id.to_string())),
        );
        v.push(Step::Clinic);
        if super::fields::insurer_asked(case) {
            v.push(Step::Insurer);
        }
        v.extend([Step::Applicant, Step::Check]);
    }
    v
}

/// The exit a case ends at: a situation chosen as such, or an answer that
/// took the first problem out of ОМС.
pub fn exit_of<'c>(c: &'c Content, case: &Case) -> Option<&'c crate::domain::content::Exit> {
    c.exit(&case.category).or_else(|| {
        c.category(&case.category)
            .and_then(|cat| cat.screened_out(case))
            .and_then(|id| c.exit(id))
    })
}

pub fn next_step(c: &Content, case: &Case, current: &Step) -> Option<Step> {
    let all = steps(c, case);
    let i = all.iter().position(|s| s == current)?;
    all.get(i + 1).cloned()
}
