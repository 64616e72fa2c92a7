//! The legal content compiled in from `content/` (see build.rs): categories
//! with their questions, grounds, addressees, waiting-time limits, the
//! production calendar and the non-ОМС exits.

use super::calendar::Calendar;
pub use super::content_model::*;
use super::date::Date;
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

impl Ground {
    pub fn applies_on(&self, d: Date) -> bool {
        self.valid_from.is_none_or(|f| f <= d) && self.valid_to.is_none_or(|t| d <= t)
    }
}

impl Category {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

const CONTENT_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// Reads the embedded content (postcard bytes written by build.rs from the
/// TOML, which the build already checked field by field).
pub fn parse_content(bytes: &[u8]) -> Result<Content, String> {
    let raw: ContentData = postcard::from_bytes(bytes).map_err(|e| format!("content: {e:?}"))?;
    Ok(Content {
        calendar: Calendar::new(raw.calendar),
        grounds: raw.grounds,
        addressees: raw.addressees,
        programmes: raw.programmes,
        regional: raw.regional,
        categories: raw.categories,
        exits: raw.exits,
        next_steps: raw.next_steps,
    })
}

/// A new copy of the embedded content (to translate; [`content`] is the shared one).
pub fn fresh_content() -> Content {
    parse_content(CONTENT_BIN).expect("embedded content is valid")
}

pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(fresh_content)
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

/// The English screen texts as `key<US>text<RS>` records. Natively they are
/// compiled in; the wasm leaves them out (16 KB that Russian readers never
/// need) and the page hands them over with [`set_translation_en`] before
/// mounting an English widget (boot.js fetches `content-en.txt`).
#[cfg(not(target_arch = "wasm32"))]
fn translation_en_text() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/content-en.txt"))
}

#[cfg(target_arch = "wasm32")]
static TRANSLATION_EN: OnceLock<String> = OnceLock::new();

/// Hands the fetched English texts to the wasm (first call wins).
#[cfg(target_arch = "wasm32")]
pub fn set_translation_en(text: String) {
    let _ = TRANSLATION_EN.set(text);
}

#[cfg(target_arch = "wasm32")]
fn translation_en_text() -> &'static str {
    TRANSLATION_EN.get().map_or("", String::as_str)
}

/// The English translation as (key, text) pairs, keys like
/// `categories.waiting-time.questions.service.options.ct-mri`.
pub fn translation_en() -> BTreeMap<&'static str, &'static str> {
    translation_en_text()
        .split('\u{1e}')
        .filter_map(|record| record.split_once('\u{1f}'))
        .collect()
}

/// The content with its interface texts in English (`content/translations/en.toml`).
/// Only what the person reads on screen is translated; what goes into the
/// letter (templates, grounds, document titles) stays Russian. Without the
/// translation (wasm, not handed over) the Russian texts show.
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
