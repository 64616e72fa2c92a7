//! The legal content compiled in from `content/` (baked by build.rs):
//! categories with their questions, grounds, addressees, waiting-time
//! limits, the production calendar and the non-ОМС exits.

#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;

use super::calendar::Calendar;
use super::date::Date;
pub use model::*;
use std::collections::BTreeMap;
use std::ops::Deref;
use std::sync::OnceLock;

// `static CONTENT_DATA: ContentData`, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The content with its working-day calendar. Reads as [`ContentData`]
/// (`content.categories`, `content.grounds`, …).
#[derive(Debug)]
pub struct Content {
    data: ContentData,
    pub calendar: Calendar,
}

impl Deref for Content {
    type Target = ContentData;
    fn deref(&self) -> &ContentData {
        &self.data
    }
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

/// How an addressee is served: the letter itself, a «Копия:» line in it,
/// or a document of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Serve {
    Letter,
    Copy,
    Document,
}

impl Content {
    pub fn new(data: ContentData) -> Content {
        let calendar = Calendar::new(&data.calendar_years);
        Content { data, calendar }
    }

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
    /// Category and exit ids, as a host may name them.
    pub fn known_ids(&self) -> impl Iterator<Item = &str> {
        self.categories
            .iter()
            .map(|c| c.id.0)
            .chain(self.exits.iter().map(|e| e.id.0))
    }
    /// Ways to hand in a letter of this category.
    pub fn hand_in_ways<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a HandIn> {
        self.next_steps
            .way
            .iter()
            .filter(move |w| !w.not_for.iter().any(|c| c == category))
    }
}

/// A copy of the baked content data, to change (translate, extend in tests).
pub fn baked_data() -> ContentData {
    CONTENT_DATA.clone()
}

/// The content baked into this build.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::new(baked_data()))
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
        let mut data = baked_data();
        translate(&mut data, &translation_en());
        Content::new(data)
    })
}

/// A list's items changed one by one (a new list; the old one stays as it was).
fn each<T: Clone>(list: &mut List<T>, mut f: impl FnMut(&mut T)) {
    let mut items = list.to_vec();
    items.iter_mut().for_each(&mut f);
    *list = List::leak(items);
}

/// Replaces the screen texts by their translations; returns the keys the
/// translation lacks (the content test requires none).
pub fn translate(c: &mut ContentData, tr: &BTreeMap<&'static str, &'static str>) -> Vec<String> {
    let mut missing = Vec::new();
    let mut put = |target: &mut Text, key: String| match tr.get(key.as_str()) {
        Some(text) => *target = Text(text),
        None => missing.push(key),
    };
    each(&mut c.categories, |cat| {
        let at = format!("categories.{}", cat.id);
        put(&mut cat.title, format!("{at}.title"));
        put(&mut cat.summary, format!("{at}.summary"));
        if let Some(title) = cat.clinic_title.as_mut() {
            put(title, format!("{at}.clinic_title"));
        }
        let mut i = 0;
        each(&mut cat.examples, |ex| {
            put(ex, format!("{at}.examples.{i}"));
            i += 1;
        });
        let mut i = 0;
        each(&mut cat.variants, |v| {
            put(&mut v.explain, format!("{at}.variants.{i}.explain"));
            i += 1;
        });
        let mut i = 0;
        each(&mut cat.cautions, |x| {
            put(&mut x.text, format!("{at}.cautions.{i}"));
            i += 1;
        });
        each(&mut cat.questions, |q| {
            let at = format!("{at}.questions.{}", q.id);
            put(&mut q.label, format!("{at}.label"));
            if let Some(h) = q.hint.as_mut() {
                put(h, format!("{at}.hint"));
            }
            each(&mut q.options, |o| {
                put(&mut o.label, format!("{at}.options.{}", o.value))
            });
        });
    });
    each(&mut c.exits, |e| {
        let at = format!("exits.{}", e.id);
        put(&mut e.title, format!("{at}.title"));
        put(&mut e.summary, format!("{at}.summary"));
        put(&mut e.where_to_go, format!("{at}.where_to_go"));
        if let Some(label) = e.switch_label.as_mut() {
            put(label, format!("{at}.switch_label"));
        }
    });
    each(&mut c.addressees, |a| {
        put(&mut a.name, format!("addressees.{}.name", a.id));
        put(&mut a.why, format!("addressees.{}.why", a.id));
    });
    let next = &mut c.next_steps;
    each(&mut next.way, |w| {
        put(&mut w.title, format!("next_steps.{}.title", w.id));
        put(&mut w.text, format!("next_steps.{}.text", w.id));
    });
    for (key, e) in [
        ("answer", &mut next.answer),
        ("escalation", &mut next.escalation),
    ] {
        put(&mut e.title, format!("next_steps.{key}.title"));
        put(&mut e.text, format!("next_steps.{key}.text"));
        if !e.registered.is_empty() {
            put(&mut e.registered, format!("next_steps.{key}.registered"));
        }
    }
    missing
}
