//! The legal content compiled in from `content/` (baked by build.rs):
//! categories with their questions, grounds, addressees, waiting-time
//! limits, the production calendar and the non-ОМС exits.

#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;
pub mod translate;

use super::calendar::Calendar;
use super::date::Date;
pub use model::*;
use std::ops::Deref;
use std::sync::OnceLock;
pub use translate::translate;

// `static CONTENT_DATA: ContentData`, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The content with its working-day calendar. Reads as [`ContentData`]
/// (`content.categories`, `content.grounds`, …).
#[derive(Debug)]
pub struct Content {
    data: ContentData,
    /// Built on first use: the page never counts working days (the engine
    /// in the files worker does), so its wasm leaves the builder out.
    calendar: OnceLock<Calendar>,
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
        Content {
            data,
            calendar: OnceLock::new(),
        }
    }

    /// The working-day calendar of the content's years.
    pub fn calendar(&self) -> &Calendar {
        self.calendar
            .get_or_init(|| Calendar::new(&self.data.calendar_years))
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
    /// The ways to hand in a document of `kind` (`aftercare::Kind::key`)
    /// of `category`.
    pub fn hand_in_ways<'a>(
        &'a self,
        category: &'a str,
        kind: &'a str,
    ) -> impl Iterator<Item = &'a HandIn> {
        self.next_steps.way.iter().filter(move |w| {
            !w.not_for.iter().any(|c| c == category)
                && (w.kinds.is_empty() || w.kinds.iter().any(|k| k == kind))
        })
    }

    /// The answer term's texts for a document of `kind`.
    pub fn answer_term(&self, kind: &str) -> &Explained {
        let n = &self.next_steps;
        match kind {
            "records" => &n.records,
            "consumer-claim" => &n.consumer_claim,
            "refund-claim" => &n.refund_claim,
            _ => &n.answer,
        }
    }
}

/// A copy of the baked content data, to change (translate, extend in tests).
pub fn baked_data() -> ContentData {
    CONTENT_DATA
}

/// A file of screen texts as `build.rs` writes it (`content-ru.txt`,
/// `content-en.txt`): the content's texts as `text<RS>` records in the order
/// [`translate`] walks the content, a group separator, then the interface's
/// texts in the catalogue's field order (see `i18n::catalogue::Visit`).
#[derive(Clone, Copy)]
struct TextsFile(&'static str);

impl TextsFile {
    /// The content's texts, to [`translate`] with.
    fn content(self) -> translate::InOrder {
        translate::InOrder(self.0.split('\u{1d}').next().unwrap_or("").split('\u{1e}'))
    }

    /// The interface's texts; none, not one empty one, where there is no file.
    fn interface(self) -> impl Iterator<Item = &'static str> {
        let interface = self.0.split('\u{1d}').nth(1).unwrap_or("");
        (!interface.is_empty())
            .then(|| interface.split('\u{1e}'))
            .into_iter()
            .flatten()
    }
}

/// The content this build shows. The page's build (`texts-file`) bakes the
/// screens' Russian texts empty and reads them from `content-ru.txt`, which
/// it loads after its first screen ([`set_texts_ru`]); until then its texts
/// are empty and [`screen_texts_ready`] is false. Everywhere else (tests,
/// the CLI, the files worker) they are baked in.
pub fn content() -> &'static Content {
    static BAKED: OnceLock<Content> = OnceLock::new();
    #[cfg(feature = "texts-file")]
    if screen_texts_ready() {
        static FILLED: OnceLock<Content> = OnceLock::new();
        return FILLED.get_or_init(|| {
            let mut data = baked_data();
            translate(&mut data, &mut texts_ru().content());
            Content::new(data)
        });
    }
    BAKED.get_or_init(|| Content::new(baked_data()))
}

#[cfg(feature = "texts-file")]
static TEXTS_RU: OnceLock<String> = OnceLock::new();

/// Hands the fetched Russian screen texts (`content-ru.txt`) to the page
/// (first call wins).
#[cfg(feature = "texts-file")]
pub fn set_texts_ru(text: String) {
    let _ = TEXTS_RU.set(text);
}

/// `content-ru.txt`: natively compiled in (its tests); in the page's build
/// handed over once loaded.
#[cfg(not(target_arch = "wasm32"))]
fn texts_ru() -> TextsFile {
    TextsFile(include_str!(concat!(env!("OUT_DIR"), "/content-ru.txt")))
}

#[cfg(all(target_arch = "wasm32", feature = "texts-file"))]
fn texts_ru() -> TextsFile {
    TextsFile(TEXTS_RU.get().map_or("", String::as_str))
}

/// The interface's Russian words in the catalogue's field order.
#[cfg(any(not(target_arch = "wasm32"), feature = "texts-file"))]
pub fn interface_ru() -> impl Iterator<Item = &'static str> {
    texts_ru().interface()
}

/// Whether the screens' texts are here: always, but in the page before
/// `content-ru.txt` has come (its start page needs none of them).
pub fn screen_texts_ready() -> bool {
    #[cfg(feature = "texts-file")]
    return TEXTS_RU.get().is_some();
    #[cfg(not(feature = "texts-file"))]
    true
}

/// `content-en.txt`. Natively compiled in; the wasm leaves it out (16 KB
/// that Russian readers never need) and the page hands it over with
/// [`set_translation_en`] before mounting an English widget (boot.js
/// fetches it).
#[cfg(not(target_arch = "wasm32"))]
fn texts_en() -> TextsFile {
    TextsFile(include_str!(concat!(env!("OUT_DIR"), "/content-en.txt")))
}

#[cfg(target_arch = "wasm32")]
static TRANSLATION_EN: OnceLock<String> = OnceLock::new();

/// Hands the fetched English texts to the wasm (first call wins).
#[cfg(target_arch = "wasm32")]
pub fn set_translation_en(text: String) {
    let _ = TRANSLATION_EN.set(text);
}

#[cfg(target_arch = "wasm32")]
fn texts_en() -> TextsFile {
    TextsFile(TRANSLATION_EN.get().map_or("", String::as_str))
}

/// The interface's English words in the catalogue's field order.
pub fn interface_en() -> impl Iterator<Item = &'static str> {
    texts_en().interface()
}

/// The content with its interface texts in English (`content/translations/en.toml`).
/// Only what the person reads on screen is translated; what goes into the
/// letter (templates, grounds, document titles) stays Russian. Without the
/// translation (wasm, not handed over) the Russian texts show; before they
/// are here (see [`content`]), the content as it is.
pub fn content_en() -> &'static Content {
    static EN: OnceLock<Content> = OnceLock::new();
    if !screen_texts_ready() {
        return content();
    }
    EN.get_or_init(|| {
        let mut data: ContentData = **content();
        translate(&mut data, &mut texts_en().content());
        Content::new(data)
    })
}
