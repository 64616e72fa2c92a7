//! The shape of the legal content (`content/**/*.toml`), shared by the
//! library and `build.rs`: the build script reads the TOML into these types
//! (a wrong field stops the build, naming file and field) and stores them in
//! postcard's compact binary form; the library reads that back. No JSON and
//! no field names in the wasm, and a small decoder.
//!
//! Only serde and the date type here, so `build.rs` can include this file.

use super::date::Date;
use serde::{Deserialize, Serialize};

/// Everything in `content/`, as the library embeds it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ContentData {
    pub calendar: Vec<CalendarYear>,
    pub grounds: Vec<Ground>,
    pub addressees: Vec<Addressee>,
    pub programmes: Vec<Programme>,
    pub regional: Vec<RegionalLimit>,
    pub exits: Vec<Exit>,
    pub next_steps: NextSteps,
    pub categories: Vec<Category>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CalendarYear {
    pub year: i32,
    pub status: YearStatus,
    pub source: String,
    pub days_off: Vec<Date>,
    pub working_days: Vec<Date>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum YearStatus {
    Official,
    Provisional,
    /// Not in the data at all: weekends only.
    Unknown,
}

/// After the letter: ways to hand it in, the answer term, the next bodies.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextSteps {
    pub way: Vec<HandIn>,
    pub answer: Explained,
    pub escalation: Explained,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandIn {
    pub id: String,
    pub title: String,
    pub text: String,
    pub source: String,
    /// Categories this way does not apply to.
    #[serde(default)]
    pub not_for: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Explained {
    pub title: String,
    pub text: String,
    pub source: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AddresseeKind {
    Insurer,
    Clinic,
    Other,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Addressee {
    pub id: String,
    pub kind: AddresseeKind,
    pub name: String,
    pub why: String,
    pub source: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Id of the programme's ground; its validity dates select the programme.
    pub programme: String,
    pub limits: Vec<Limit>,
    pub evidence: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    pub service: String,
    pub working_days: u32,
    pub counted_from: String,
    pub confirmed: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionalLimit {
    pub region: String,
    pub programme: String,
    pub service: String,
    pub working_days: u32,
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    Text,
    Textarea,
    Date,
    Choice,
    Money,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: String,
    /// How the answer reads inside the letter.
    pub letter: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
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
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub text: String,
    #[serde(default)]
    pub when: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaitingSpec {
    pub service: String,
    pub suspicion: String,
    pub start: String,
    pub offered: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
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
    /// Heading of the organisation step when it is not a clinic (ambulance).
    #[serde(default)]
    pub clinic_title: Option<String>,
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

#[derive(Clone, Debug, Serialize, Deserialize)]
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

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub where_to_go: String,
    pub source: String,
}
