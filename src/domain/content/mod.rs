//! The legal content compiled in from `content/` (baked by build.rs):
//! categories with their questions, grounds, addressees, waiting-time
//! limits, the production calendar and the non-ОМС exits. How the browser
//! delivers the screens' texts (`content-ru.txt`, `content-en.txt`) is not
//! the domain's: `i18n::texts` reads them with [`TextsFile`] and
//! [`translate`].

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
    pub fn hand_in_ways<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a HandIn> {
        self.next_steps
            .way
            .iter()
            .filter(move |w| !w.not_for.iter().any(|c| c == category))
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
/// Which file each build reads, and when, is `i18n::texts`'s.
#[derive(Clone, Copy)]
pub struct TextsFile(pub &'static str);

impl TextsFile {
    /// The content's texts, to [`translate`] with.
    pub fn content(self) -> translate::InOrder {
        translate::InOrder(self.0.split('\u{1d}').next().unwrap_or("").split('\u{1e}'))
    }

    /// The interface's texts; none, not one empty one, where there is no file.
    pub fn interface(self) -> impl Iterator<Item = &'static str> {
        let interface = self.0.split('\u{1d}').nth(1).unwrap_or("");
        (!interface.is_empty())
            .then(|| interface.split('\u{1e}'))
            .into_iter()
            .flatten()
    }
}

/// The baked content: natively (tests, the CLI) and in the files worker
/// with every text; in the page's build (`texts-file`) with the screens'
/// Russian texts empty, which is all the flow needs (ids, conditions,
/// kinds). The pages show `Lang::content()`, which fills them in once
/// `content-ru.txt` has come (`i18n::texts`).
pub fn content() -> &'static Content {
    static BAKED: OnceLock<Content> = OnceLock::new();
    BAKED.get_or_init(|| Content::new(baked_data()))
}
