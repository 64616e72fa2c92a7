//! The legal content compiled in from `content/` (see build.rs): categories
//! with their questions, grounds, addressees, waiting-time limits, the
//! production calendar and the non-ОМС exits.

use super::calendar::{Calendar, CalendarYear};
use super::date::Date;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug)]
pub struct Content {
    pub calendar: Calendar,
    pub grounds: Vec<Ground>,
    pub addressees: Vec<Addressee>,
    pub programmes: Vec<Programme>,
    pub regional: Vec<RegionalLimit>,
    pub categories: Vec<Category>,
    pub exits: Vec<Exit>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ground {
    pub id: String,
    pub text: String,
    pub source: String,
    pub evidence: String,
    pub confirmed: bool,
    #[serde(default)]
    pub valid_from: Option<Date>,
    #[serde(default)]
    pub valid_to: Option<Date>,
}

impl Ground {
    pub fn applies_on(&self, d: Date) -> bool {
        self.valid_from.is_none_or(|f| f <= d) && self.valid_to.is_none_or(|t| d <= t)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AddresseeKind {
    Insurer,
    Clinic,
    Other,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Addressee {
    pub id: String,
    pub kind: AddresseeKind,
    pub name: String,
    pub why: String,
    pub source: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Id of the programme's ground; its validity dates select the programme.
    pub programme: String,
    pub limits: Vec<Limit>,
    pub evidence: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    pub service: String,
    pub working_days: u32,
    pub counted_from: String,
    pub confirmed: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionalLimit {
    pub region: String,
    pub programme: String,
    pub service: String,
    pub working_days: u32,
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    Text,
    Textarea,
    Date,
    Choice,
    Money,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: String,
    /// How the answer reads inside the letter.
    pub letter: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(default)]
    pub options: Vec<Choice>,
    #[serde(default)]
    pub optional: bool,
    /// Condition on earlier answers (see `rules::condition_holds`).
    #[serde(default)]
    pub when: Option<String>,
}

/// A sentence of the letter with `{placeholders}`; see `template.rs`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub text: String,
    #[serde(default)]
    pub when: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaitingSpec {
    pub service: String,
    pub suspicion: String,
    pub start: String,
    pub offered: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    /// Latin name for file names: never personal data.
    pub slug: String,
    pub oms: bool,
    pub title: String,
    pub summary: String,
    pub examples: Vec<String>,
    pub document_title: String,
    #[serde(default)]
    pub document_subtitle: Option<String>,
    pub addressees: Vec<String>,
    pub escalation: Vec<String>,
    pub grounds: Vec<String>,
    #[serde(default)]
    pub key_date: Option<String>,
    #[serde(default)]
    pub waiting: Option<WaitingSpec>,
    /// The person claims money back: the refund term is computed and shown.
    #[serde(default)]
    pub refund: bool,
    pub questions: Vec<Question>,
    pub facts: Vec<Template>,
    pub demands: Vec<Template>,
    #[serde(default)]
    pub attachments: Vec<Template>,
    /// Further letters built from the same facts (e.g. a refund claim to the
    /// clinic and a complaint to the insurer).
    #[serde(default)]
    pub extra_documents: Vec<ExtraDocument>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraDocument {
    pub addressee: String,
    pub title: String,
    #[serde(default)]
    pub subtitle: Option<String>,
    /// Grounds added to the category's own for this letter.
    #[serde(default)]
    pub grounds: Vec<String>,
    pub demands: Vec<String>,
}

impl Category {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub where_to_go: String,
    pub source: String,
}

#[derive(Deserialize)]
struct RawContent {
    calendar: RawCalendar,
    grounds: RawGrounds,
    addressees: RawAddressees,
    waiting_times: RawWaiting,
    exits: RawExits,
    categories: Vec<Category>,
}
#[derive(Deserialize)]
struct RawCalendar {
    year: Vec<CalendarYear>,
}
#[derive(Deserialize)]
struct RawGrounds {
    ground: Vec<Ground>,
}
#[derive(Deserialize)]
struct RawAddressees {
    addressee: Vec<Addressee>,
}
#[derive(Deserialize)]
struct RawWaiting {
    programme: Vec<Programme>,
    #[serde(default)]
    regional: Vec<RegionalLimit>,
}
#[derive(Deserialize)]
struct RawExits {
    exit: Vec<Exit>,
}

const CONTENT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

/// Parses the embedded content; a shape error here is a build defect that
/// every test catches before release (serde names the missing or unknown
/// field). Plain serde_json, not serde_path_to_error: the content's
/// deserialiser is the largest code in the wasm and would double.
pub fn parse_content(json: &str) -> Result<Content, String> {
    let raw: RawContent = serde_json::from_str(json).map_err(|e| format!("content: {e}"))?;
    Ok(Content {
        calendar: Calendar::new(raw.calendar.year),
        grounds: raw.grounds.ground,
        addressees: raw.addressees.addressee,
        programmes: raw.waiting_times.programme,
        regional: raw.waiting_times.regional,
        categories: raw.categories,
        exits: raw.exits.exit,
    })
}

pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| parse_content(CONTENT_JSON).expect("embedded content is valid"))
}

impl Content {
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
    pub fn ground(&self, id: &str) -> Option<&Ground> {
        self.grounds.iter().find(|g| g.id == id)
    }
    pub fn addressee(&self, id: &str) -> Option<&Addressee> {
        self.addressees.iter().find(|a| a.id == id)
    }
}
