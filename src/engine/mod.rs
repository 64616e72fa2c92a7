//! The letter engine as the page asks it: a case in, a [`Summary`] out (what
//! the rules found and the letters, already rendered for the preview and
//! the text file), and a letter's file on request. In the browser this runs
//! in the files worker (`src/bin/files_worker.rs`), so the first screen
//! carries neither the rules' sentences nor the name declension; natively
//! (tests, server rendering) the page calls it in place.
//!
//! The page never holds the document model: it gets rendered strings
//! ([`summary`](mod@summary)'s types, read from [`records`]), and asks for a DOCX, PDF
//! or .ics by the letter's index in the summary. The page names only those
//! two files of this module (`tests/architecture.rs`); this one, which
//! composes and writes, is the files worker's.

use crate::domain::case::Case;
use crate::domain::complaint::kit;
use crate::domain::complaint::voice::patient_gender;
use crate::domain::condition;
use crate::domain::content::{AddresseeKind, Content};
use crate::domain::date::Date;
use crate::domain::names::{self, Case as Gram};
use crate::domain::review::Review;
use crate::domain::rules::WaitingOutcome;
use crate::writers::{self, pdf, Format, RenderError};

/// The summary as the files worker hands it to the page.
pub mod records;
/// The summary's types: what the page reads of the engine.
pub mod summary;

pub use summary::{LetterView, Serve, Served, Summary, Verdict, WaitingView};

/// The check page's summary of a case.
pub fn summarise(c: &Content, case: &Case, today: Date) -> Summary {
    summary(&Review::new(c, case, today), case, today)
}

/// A letter of the case as a file (DOCX, PDF, .ics): the `index`th of
/// the summary's letters.
pub fn render(
    c: &Content,
    case: &Case,
    today: Date,
    index: usize,
    format: Format,
    font: Option<pdf::Font>,
) -> Result<Vec<u8>, RenderError> {
    render_reviewed(c, &Review::new(c, case, today), case, index, format, font)
}

/// As [`render`], from a review already made of `case` (the files worker
/// keeps the last one: a second download of the same letter composes nothing).
pub fn render_reviewed(
    c: &Content,
    review: &Review,
    case: &Case,
    index: usize,
    format: Format,
    font: Option<pdf::Font>,
) -> Result<Vec<u8>, RenderError> {
    let letter = review.letters.get(index).ok_or(RenderError::NoLetter)?;
    match format {
        Format::Inventory | Format::Envelope => {
            let kind = review
                .letter_addressees
                .get(index)
                .and_then(|id| c.addressee(id))
                .map_or(AddresseeKind::Other, |a| a.kind);
            let kit = kit::kit(case, letter, kind, writers::pdf::pages(letter));
            writers::render_kit(&kit, format, font)
        }
        _ => writers::render(letter, format, font),
    }
}

/// The review as the page shows it.
pub fn summary(review: &Review, case: &Case, today: Date) -> Summary {
    let Some(a) = review.assessment() else {
        return Summary::default();
    };
    let all = &review.assessments;
    let cat = a.category;
    // The waiting time of the first problem that judges one.
    let waiting = all.iter().find(|x| x.waiting.is_some()).unwrap_or(a);
    let gender = patient_gender(case);
    Summary {
        letters: review
            .letters
            .iter()
            .zip(&review.letter_addressees)
            .map(|(l, addressee)| {
                let text = writers::text::write(l);
                LetterView {
                    subject: kit::document_name(l),
                    addressee: addressee.clone(),
                    body: writers::text::write_body(l),
                    title: l.title.clone(),
                    html: writers::html::write_fragment(l),
                    unprintable: writers::pdf::unprintable(&text),
                    text,
                    attachments: l.attachments.clone(),
                    file_stem: l.file_stem(today),
                }
            })
            .collect(),
        name_forms: case.represented.as_ref().map_or_else(Vec::new, |r| {
            review
                .name_cases
                .iter()
                .filter(|g| **g != Gram::Nom)
                .map(|g| {
                    let declined = names::decline(&r.person.full_name, gender, *g);
                    (g.code().to_string(), declined)
                })
                .collect()
        }),
        waiting: waiting.waiting().map(|w| WaitingView {
            verdict: Verdict::of(&w.flags),
            limit_days: w.limit.working_days,
            limit_confirmed: w.limit.confirmed,
            limit_date: w.limit_date.date,
            start: w.start,
            offered: w.offered,
            elapsed: w.elapsed_working_days,
        }),
        no_programme: match waiting.waiting {
            Some(WaitingOutcome::NoProgramme { year }) => Some(year),
            _ => None,
        },
        addressees: served(review),
        escalation: unique(
            all.iter()
                .flat_map(|x| x.escalation.iter().map(|e| e.id.to_string())),
        ),
        cautions: all
            .iter()
            .flat_map(|x| {
                x.category
                    .cautions
                    .iter()
                    .enumerate()
                    .filter(move |(_, t)| {
                        t.when
                            .as_deref()
                            .is_none_or(|w| condition::holds(case, x, w))
                    })
                    .map(|(i, _)| (x.category.id.to_string(), i))
            })
            .collect(),
        letter_date: Some(a.letter_date),
        registered: a.registered,
        answer_due: Some(a.answer_due.date),
        refund_due: all.iter().find_map(|x| x.refund_due).map(|t| t.date),
        dates_uncertain: all.iter().any(|x| x.dates_uncertain()),
        // Only where the letter rests on the programme's limits: a waiting
        // assessment, or a programme cited under a condition that holds.
        planning: all
            .iter()
            .filter(|x| {
                let cat = x.category;
                cat.waiting.is_some()
                    || cat.grounds.iter().any(|g| {
                        g.starts_with("programme:")
                            && g.when.is_none_or(|w| condition::holds(case, x, &w))
                    })
            })
            .find_map(|x| {
                x.programme
                    .filter(|p| p.planning)
                    .map(|p| (p.programme.year, x.event_date.year))
            }),
        variant: cat
            .variants
            .iter()
            .position(|v| condition::holds(case, a, &v.when)),
    }
}

/// Ids in order, each once.
fn unique(ids: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// How each addressee of the incident is served, from the letters as
/// joined: the first letter's addressee gets the letter, each other letter's
/// addressee a document of its own, any other a «Копия:» line.
fn served(review: &Review) -> Vec<Served> {
    let mut out: Vec<Served> = Vec::new();
    let mut add = |id: &str, how: Serve| {
        if !out.iter().any(|s| s.id == id) {
            out.push(Served {
                id: id.to_string(),
                how,
            });
        }
    };
    for (i, id) in review.letter_addressees.iter().enumerate() {
        add(
            id,
            if i == 0 {
                Serve::Letter
            } else {
                Serve::Document
            },
        );
    }
    for a in &review.assessments {
        for id in a.category.copies.iter() {
            add(id, Serve::Copy);
        }
    }
    out
}
