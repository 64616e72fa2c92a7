//! Which pages a case needs and which fixed fields each shows, recomputed
//! after every answer so the count shown as «Шаг N из M» follows the
//! branches.

use super::fields::{insurer_asked, FieldSpec, FIELDS};
use super::step::Step;
use crate::domain::case::Case;
use crate::domain::content::{Content, Exit};
use crate::domain::rules::questions;

impl Step {
    /// The fixed fields the step asks for this case, in order (a category
    /// question is the question itself).
    pub fn fields<'a>(&'a self, case: &'a Case) -> impl Iterator<Item = &'static FieldSpec> + 'a {
        FIELDS
            .iter()
            .filter(move |f| f.step == *self && (f.shown)(case))
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
        if !questions::related(c, case).is_empty() {
            v.push(Step::Also);
        }
        v.extend(
            questions::all_questions(c, case)
                .into_iter()
                .filter(|(of, _)| of.id != cat.id)
                .map(|(_, q)| Step::Question(q.id.to_string())),
        );
        v.push(Step::Clinic);
        if insurer_asked(case) {
            v.push(Step::Insurer);
        }
        v.extend([Step::Applicant, Step::Check]);
    }
    v
}

/// The exit a case ends at: a situation chosen as such, or an answer that
/// took the first problem out of ОМС.
pub fn exit_of<'c>(c: &'c Content, case: &Case) -> Option<&'c Exit> {
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
