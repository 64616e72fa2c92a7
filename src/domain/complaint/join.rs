//! One letter per addressee: the documents of an incident's problems that
//! go to the same body as the same kind of document (a complaint, a
//! request, a claim) become one letter — the facts in date order, each
//! ground and demand once, a single demand for a written answer last.

use super::Complaint;
use crate::domain::date::Date;

/// A document of one problem, before joining.
pub struct Draft {
    /// The addressee's id (`insurer`, `clinic-head`, …).
    pub addressee: String,
    /// The problem's event date: joined facts follow it.
    pub when: Date,
    /// The demand for a written answer, kept apart so a joined letter has one.
    pub reply: Option<String>,
    pub letter: Complaint,
}

/// Joins drafts with the same addressee and title, in the order the first of
/// each appears (the first problem's letters first): each letter with its
/// addressee's id.
pub fn join(drafts: Vec<Draft>, joined_reply: &str) -> Vec<(String, Complaint)> {
    let mut groups: Vec<Vec<Draft>> = Vec::new();
    for d in drafts {
        match groups
            .iter_mut()
            .find(|g| g[0].addressee == d.addressee && g[0].letter.title == d.letter.title)
        {
            Some(g) => g.push(d),
            None => groups.push(vec![d]),
        }
    }
    groups
        .into_iter()
        .map(|g| (g[0].addressee.clone(), joined(g, joined_reply)))
        .collect()
}

fn push_new(into: &mut Vec<String>, items: &[String]) {
    for item in items {
        if !into.contains(item) {
            into.push(item.clone());
        }
    }
}

fn joined(mut group: Vec<Draft>, joined_reply: &str) -> Complaint {
    if group.len() == 1 {
        let d = group.remove(0);
        let mut letter = d.letter;
        letter.demands.extend(d.reply);
        return letter;
    }
    // Each problem's own demand for an answer speaks of it alone.
    let reply = group
        .iter()
        .any(|d| d.reply.is_some())
        .then(|| joined_reply.to_string());
    let mut letter = group[0].letter.clone();
    // A few drafts: insertion keeps equal dates in problem order without
    // the standard sort's code (some 3 KB of the worker).
    let mut by_date: Vec<&Draft> = Vec::with_capacity(group.len());
    for d in &group {
        let at = by_date
            .iter()
            .position(|x| x.when > d.when)
            .unwrap_or(by_date.len());
        by_date.insert(at, d);
    }
    letter.facts.clear();
    for d in &by_date {
        push_new(&mut letter.facts, &d.letter.facts);
    }
    let mut subtitles: Vec<String> = Vec::new();
    for d in &group {
        push_new(&mut subtitles, d.letter.subtitle.as_slice());
    }
    letter.subtitle = join_subtitles(&subtitles);
    letter.grounds.clear();
    letter.demands.clear();
    letter.attachments.clear();
    letter.copies.clear();
    for d in &group {
        push_new(&mut letter.grounds, &d.letter.grounds);
        push_new(&mut letter.demands, &d.letter.demands);
        push_new(&mut letter.attachments, &d.letter.attachments);
        push_new(&mut letter.copies, &d.letter.copies);
    }
    letter.demands.extend(reply);
    letter
}

/// «на отказ …» and «на взимание платы …» → «на отказ …, а также на
/// взимание платы …»: the comma also closes a participial phrase the first
/// one may end with («…, связанных с полисом ОМС, а также …»).
fn join_subtitles(parts: &[String]) -> Option<String> {
    match parts {
        [] => None,
        [one] => Some(one.clone()),
        [init @ .., last] => Some(format!("{}, а также {last}", init.join(", "))),
    }
}
