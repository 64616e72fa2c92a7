//! The interface in Russian and English: the language switch here, the
//! words in [`catalogue`] (one `Strings` per language, `ru.rs` and `en.rs`),
//! sentences built from them in [`messages`]. The letter is always Russian.

pub mod catalogue;
mod en;
pub mod messages;
mod ru;

pub use catalogue::Strings;

use crate::domain::content::Content;
use crate::domain::date::Date;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Ru,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Ru => &ru::RU,
            Lang::En => &en::EN,
        }
    }

    /// The content with its screen texts in this language (the letter's
    /// texts stay Russian in both).
    pub fn content(self) -> &'static Content {
        match self {
            Lang::Ru => crate::domain::content::content(),
            Lang::En => crate::domain::content::content_en(),
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
            Lang::Ru => crate::domain::template::working_days_ru(n),
            Lang::En if n == 1 => "1 working day".into(),
            Lang::En => format!("{n} working days"),
        }
    }
}
