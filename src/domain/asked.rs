//! What a letter waits for: the values an older file could not tell and
//! the letter cannot do without (`case::NOT_MIGRATED`, `withholds`). The
//! page's side (it reads only the questions), so the check page, `zhaloba
//! check` and the review share one answer.

use super::case::{Case, NOT_MIGRATED};
use super::content::{Category, Content, Question};
use super::rules::questions::problems;

/// The questions a letter waits for: values an older file could not tell
/// and the letter cannot do without, that apply to the case and are still
/// unanswered. The check page and `zhaloba check` ask them; no letter is
/// written until then (`review::Review::new`).
pub fn unanswered<'c>(c: &'c Content, case: &'c Case) -> Vec<(&'c Category, &'c Question)> {
    problems(c, case)
        .into_iter()
        .flat_map(|cat| {
            cat.visible_questions(case)
                .filter(|q| {
                    NOT_MIGRATED
                        .iter()
                        .any(|n| n.withholds && n.category == &*cat.id && n.question == &*q.id)
                        && case.fact(&q.id).is_empty()
                })
                .map(move |q| (cat, q))
        })
        .collect()
}
