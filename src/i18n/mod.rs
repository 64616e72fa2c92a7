//! The interface in Russian and English: the language switch here, the
//! words in [`catalogue`] (one `Strings` per language, `ru.rs` and `en.rs`).
//! Data below `flow`; the sentences built from them for the codes of the
//! layers above are `crate::messages`'s. The letter is always Russian.

/// A Russian text no page shows before the screens' texts have come
/// (`texts::screen_texts_ready`): the page's build (`texts-file`)
/// leaves it out of its wasm and reads it from `content-ru.txt`. What is not
/// marked shows before: the start page, the wizard's frame (the back link,
/// the step count, a page waiting for its texts), the device panel, the
/// message about the host's options (`e2e/screen-texts.test.mjs` checks the
/// waiting page).
#[cfg(feature = "texts-file")]
macro_rules! late {
    ($text:literal) => {
        ""
    };
}
#[cfg(not(feature = "texts-file"))]
macro_rules! late {
    ($text:literal) => {
        $text
    };
}

pub mod catalogue;
pub mod lang;
pub mod texts;
// The page (wasm) reads these from the English file it loads (`english`).
#[cfg(not(target_arch = "wasm32"))]
mod en;
mod ru;

pub use catalogue::Strings;
use catalogue::Visit;
pub use lang::Lang;

use crate::domain::content::Content;
use crate::domain::date::Date;

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Ru => russian(),
            Lang::En => english(),
        }
    }

    /// The Russian catalogue in this language, each text replaced, in field
    /// order, by the next of `texts` (an empty or missing one keeps the Russian).
    pub fn catalogue_from(self, mut texts: impl Iterator<Item = &'static str>) -> Strings {
        let mut s = ru::RU;
        s.lang = self;
        s.visit(&mut |slot| {
            if let Some(t) = texts.next().filter(|t| !t.is_empty()) {
                *slot = t;
            }
        });
        s
    }

    /// The content with its screen texts in this language (the letter's
    /// texts stay Russian in both).
    pub fn content(self) -> &'static Content {
        match self {
            Lang::Ru => texts::content_ru(),
            Lang::En => texts::content_en(),
        }
    }

    /// A date in words, as the interface shows it («5 мая 2026 г.», "5 May 2026").
    pub fn date(self, d: Date) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match self {
            Lang::Ru => d.long_ru(),
            Lang::En => format!("{} {} {}", d.day, MONTHS[usize::from(d.month) - 1], d.year),
        }
    }

    /// «14 рабочих дней», "14 working days".
    pub fn working_days(self, n: u32) -> String {
        match self {
            Lang::Ru => crate::domain::words::working_days_ru(n),
            Lang::En if n == 1 => "1 working day".into(),
            Lang::En => format!("{n} working days"),
        }
    }
}

/// The Russian catalogue; in the page's build, what it leaves out (`late!`)
/// once `content-ru.txt` has come.
fn russian() -> &'static Strings {
    #[cfg(feature = "texts-file")]
    if texts::screen_texts_ready() {
        static FULL: std::sync::OnceLock<Strings> = std::sync::OnceLock::new();
        return FULL.get_or_init(|| Lang::Ru.catalogue_from(texts::interface_ru()));
    }
    &ru::RU
}

#[cfg(not(target_arch = "wasm32"))]
fn english() -> &'static Strings {
    &en::EN
}

/// Built on first use from the English file the page was handed.
#[cfg(target_arch = "wasm32")]
fn english() -> &'static Strings {
    static EN: std::sync::OnceLock<Strings> = std::sync::OnceLock::new();
    EN.get_or_init(|| Lang::En.catalogue_from(texts::interface_en()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn texts(mut s: Strings) -> Vec<&'static str> {
        let mut out = Vec::new();
        s.visit(&mut |t| out.push(*t));
        out
    }

    /// What the page builds from a language's file equals that language's
    /// catalogue, text for text: the file lists `source`'s texts in the
    /// catalogue's field order.
    fn file_holds(lang: Lang, file: Vec<&'static str>, ours: Strings, source: &str) {
        let ours = texts(ours);
        assert_eq!(
            file, ours,
            "{source} lists its texts in another order than catalogue.rs declares them"
        );
        assert_eq!(texts(lang.catalogue_from(file.into_iter())), ours);
    }

    #[test]
    fn the_english_file_holds_the_catalogue_in_field_order() {
        let file = texts::interface_en().collect();
        file_holds(Lang::En, file, en::EN, "src/i18n/en.rs");
        assert!(texts(en::EN).iter().all(|t| !t.is_empty()));
    }

    /// The page's `late!` texts come from the Russian file.
    #[test]
    fn the_russian_file_holds_the_catalogue_in_field_order() {
        let file = texts::interface_ru().collect();
        file_holds(Lang::Ru, file, ru::RU, "src/i18n/ru.rs");
    }
}
