//! The legal content compiled in from `content/` (see build.rs): categories
//! with their questions, grounds, addressees, waiting-time limits, the
//! production calendar and the non-ОМС exits.

use super::calendar::{Calendar, CalendarYear};
use super::date::Date;
use serde::Deserialize;
use std::collections::BTreeMap;
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
    pub next_steps: NextSteps,
}

/// After the letter: ways to hand it in, the answer term, the next bodies.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextSteps {
    pub way: Vec<HandIn>,
    pub answer: Explained,
    pub escalation: Explained,
}

#[derive(Clone, Debug, Deserialize)]
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

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Explained {
    pub title: String,
    pub text: String,
    pub source: String,
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
    next_steps: NextSteps,
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
        next_steps: raw.next_steps,
    })
}

/// A new copy of the embedded content (to translate; [`content`] is the shared one).
pub fn fresh_content() -> Content {
    parse_content(CONTENT_JSON).expect("embedded content is valid")
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
    pub fn exit(&self, id: &str) -> Option<&Exit> {
        self.exits.iter().find(|e| e.id == id)
    }
    /// Ways to hand in a letter of this category.
    pub fn hand_in_ways(&self, category: &str) -> impl Iterator<Item = &HandIn> {
        let category = category.to_string();
        self.next_steps
            .way
            .iter()
            .filter(move |w| !w.not_for.contains(&category))
    }
}

const CONTENT_EN: &str = include_str!(concat!(env!("OUT_DIR"), "/content-en.txt"));

/// The English translation as (key, text) pairs, keys like
/// `categories.waiting-time.questions.service.options.ct-mri`.
pub fn translation_en() -> BTreeMap<&'static str, &'static str> {
    CONTENT_EN
        .split('\u{1e}')
        .filter_map(|record| record.split_once('\u{1f}'))
        .collect()
}

/// The content with its interface texts in English (`content/translations/en.toml`).
/// Only what the person reads on screen is translated; what goes into the
/// letter (templates, grounds, document titles) stays Russian.
pub fn content_en() -> &'static Content {
    static EN: OnceLock<Content> = OnceLock::new();
    EN.get_or_init(|| {
        let mut c = fresh_content();
        translate(&mut c, &translation_en());
        c
    })
}

/// Replaces the screen texts by their translations; returns the keys the
/// translation lacks (the content test requires none).
pub fn translate(c: &mut Content, tr: &BTreeMap<&str, &str>) -> Vec<String> {
    let mut missing = Vec::new();
    let mut put = |target: &mut String, key: String| match tr.get(key.as_str()) {
        Some(text) => *target = (*text).to_string(),
        None => missing.push(key),
    };
    for cat in &mut c.categories {
        let at = format!("categories.{}", cat.id);
        put(&mut cat.title, format!("{at}.title"));
        put(&mut cat.summary, format!("{at}.summary"));
        if let Some(title) = cat.clinic_title.as_mut() {
            put(title, format!("{at}.clinic_title"));
        }
        for (i, ex) in cat.examples.iter_mut().enumerate() {
            put(ex, format!("{at}.examples.{i}"));
        }
        for q in &mut cat.questions {
            let at = format!("{at}.questions.{}", q.id);
            put(&mut q.label, format!("{at}.label"));
            if let Some(h) = q.hint.as_mut() {
                put(h, format!("{at}.hint"));
            }
            for o in &mut q.options {
                put(&mut o.label, format!("{at}.options.{}", o.value));
            }
        }
    }
    for e in &mut c.exits {
        let at = format!("exits.{}", e.id);
        put(&mut e.title, format!("{at}.title"));
        put(&mut e.summary, format!("{at}.summary"));
        put(&mut e.where_to_go, format!("{at}.where_to_go"));
    }
    for a in &mut c.addressees {
        put(&mut a.name, format!("addressees.{}.name", a.id));
        put(&mut a.why, format!("addressees.{}.why", a.id));
    }
    let next = &mut c.next_steps;
    for w in &mut next.way {
        put(&mut w.title, format!("next_steps.{}.title", w.id));
        put(&mut w.text, format!("next_steps.{}.text", w.id));
    }
    for (key, e) in [
        ("answer", &mut next.answer),
        ("escalation", &mut next.escalation),
    ] {
        put(&mut e.title, format!("next_steps.{key}.title"));
        put(&mut e.text, format!("next_steps.{key}.text"));
    }
    missing
}
