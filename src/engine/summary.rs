//! What the check page shows of a review, as plain data: the files worker
//! makes it (the engine's `summary` function) and hands it to the page as
//! records ([`super::records`]). The page's side of the engine: it names
//! no assessment, composer or writer.

pub use crate::domain::content::Serve;
use crate::domain::date::Date;
use crate::domain::rules::questions::Flags;
use crate::writers::format::Format;
use serde::{Deserialize, Serialize};

/// What the check page shows of a review: plain data, so the files worker
/// can make it and hand it to the page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The main letter first, then the further documents.
    pub letters: Vec<LetterView>,
    /// The patient's name in each case the letters use, as the rules give
    /// it: (`gen`, «Петрова Ивана Сергеевича»), for the person to confirm.
    pub name_forms: Vec<(String, String)>,
    pub waiting: Option<WaitingView>,
    /// Waiting time could not be judged: no programme in the content covers
    /// the event's year (given).
    pub no_programme: Option<i32>,
    /// Who receives what, in order.
    pub addressees: Vec<Served>,
    /// Addressee ids to turn to next.
    pub escalation: Vec<String>,
    pub letter_date: Option<Date>,
    pub registered: Option<Date>,
    pub answer_due: Option<Date>,
    pub refund_due: Option<Date>,
    /// A date shown rests on a calendar year that is not official yet.
    pub dates_uncertain: bool,
    /// The programme in force was approved for an earlier year (the event is
    /// in its planning period): (programme year, event year).
    pub planning: Option<(i32, i32)>,
    /// The category's variant the letter is (a request, not a complaint).
    pub variant: Option<usize>,
    /// What to know before sending (e.g. a refund is unlikely), never in
    /// the letter: (category id, index of its caution), for the page to say
    /// in its language.
    #[serde(default)]
    pub cautions: Vec<(String, usize)>,
}

/// One letter, rendered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LetterView {
    /// «ЖАЛОБА», as printed.
    pub title: String,
    /// The preview, as it will print (`writers::html::write_fragment`).
    pub html: String,
    /// The text file.
    pub text: String,
    /// «Жалоба на нарушение …»: the subject of an e-mail with the letter.
    pub subject: String,
    /// Whom the letter is addressed to (an addressee id).
    pub addressee: String,
    /// The text from the title on, for web forms that ask for the
    /// addressee and the sender themselves.
    pub body: String,
    /// The letter's attachment lines (Russian), also listed on the page.
    pub attachments: Vec<String>,
    /// `zhaloba-2026-06-09-waiting-time`: the date and category, never
    /// personal data; the extension is added per format.
    pub file_stem: String,
    /// Characters of the letter the PDF's font lacks (each once): the page
    /// says so before a PDF is made and points to the DOCX.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unprintable: String,
}

impl LetterView {
    pub fn file_name(&self, format: Format) -> String {
        format!("{}{}", self.file_stem, format.ending())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitingView {
    pub verdict: Verdict,
    pub limit_days: u32,
    pub limit_confirmed: bool,
    pub limit_date: Date,
    pub start: Date,
    pub offered: Option<Date>,
    /// Working days from the start to the offered date, or to the letter's date.
    pub elapsed: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Served {
    pub id: String,
    pub how: Serve,
}

/// What the rules found about the waiting time, as the page and
/// `zhaloba check` say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The limit has passed without care (or with a date beyond it).
    Violated,
    /// A date was offered beyond a limit that has not passed yet.
    OfferedLate,
    /// Nothing is broken yet.
    Kept,
}

impl Verdict {
    /// The verdict on the assessment's flags.
    pub fn of(flags: &Flags) -> Verdict {
        // A limit already passed is the plainer finding.
        if flags.violated && (flags.limit_passed || !flags.offered_beyond) {
            Verdict::Violated
        } else if flags.offered_beyond {
            Verdict::OfferedLate
        } else {
            Verdict::Kept
        }
    }
}
