//! The complaint as a document model: what every writer (text, DOCX, PDF,
//! print view) lays out. [`compose`] builds it from the case and the rules'
//! assessment, with the wording from `content/`. (What the case still lacks
//! of 59-ФЗ ст. 7's elements is the page's: `domain::completeness`.)

pub mod compose;
pub mod join;
pub mod kit;
pub mod voice;

use super::date::Date;
use serde::{Deserialize, Serialize};

/// Serialisable so the browser can hand it to the files worker (a separate wasm module).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Complaint {
    /// Latin category slug, used in file names (never personal data).
    pub slug: String,
    /// «Кому»: lines of the addressee block.
    pub to: Vec<String>,
    /// «От кого»: applicant (and patient) lines.
    pub from: Vec<String>,
    pub title: String,
    pub subtitle: Option<String>,
    /// What happened, in date order.
    pub facts: Vec<String>,
    pub grounds: Vec<String>,
    pub demands: Vec<String>,
    pub attachments: Vec<String>,
    /// «Копия: главному врачу …»: addressees served by a copy of this letter.
    #[serde(default)]
    pub copies: Vec<String>,
    /// `None`: the date line is left blank for the person to write by hand.
    pub date: Option<Date>,
    /// «А. С. Иванова» under the signature line.
    pub signer: String,
    /// When the answer is due and where to turn if none comes (for the .ics).
    pub reminder: Option<Reminder>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    pub due: Date,
    /// Name of the next body on the escalation ladder.
    pub next_addressee: Option<String>,
}

/// What a draft's title line adds: `zhaloba render --draft` writes a
/// letter from answers with errors, and every format says it is one.
pub const DRAFT_MARK: &str = " (ПРОЕКТ)";

impl Complaint {
    /// Marks the letter as a draft in its title line, the one place every
    /// writer takes the title from.
    pub fn mark_draft(&mut self) {
        if !self.is_draft() {
            self.title.push_str(DRAFT_MARK);
        }
    }

    pub fn is_draft(&self) -> bool {
        self.title.ends_with(DRAFT_MARK)
    }

    /// The kind of document («ЖАЛОБА», «ПРЕТЕНЗИЯ»), without a draft's mark.
    pub fn kind_title(&self) -> &str {
        self.title.strip_suffix(DRAFT_MARK).unwrap_or(&self.title)
    }

    /// A download's file name without its extension: date and category only,
    /// never personal data.
    pub fn file_stem(&self, today: Date) -> String {
        let d = self.date.unwrap_or(today);
        format!("zhaloba-{d}-{}", self.slug)
    }
}
