//! A calendar date without time zone, enough for legal deadlines.
//!
//! The value is three plain fields, so content can be baked into `static`s
//! and compared cheaply; the calendar arithmetic (day numbers, weekday) is
//! `chrono::NaiveDate`'s. Parsing is ours: it says which part is wrong.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::date))]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

pub use chrono::Weekday;

/// Why a date string was not accepted; the UI turns each into a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    Format,
    Month,
    Day,
    Year,
    /// Four digits, but before 1900: a typo more likely than a date.
    YearTooEarly,
    /// Four digits, but after 2100.
    YearTooLate,
}

pub const MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// `NaiveDate::num_days_from_ce` of 1970-01-01.
const DAYS_TO_1970: i64 = 719_163;

impl Date {
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// A checked constructor: `None` for 31 April and the like.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))?;
        Some(Date { year, month, day })
    }

    /// Parses ISO `YYYY-MM-DD` (case files, content) or Russian `ДД.ММ.ГГГГ`.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(DateError::Empty);
        }
        let (y, m, d) = if let Some((y, rest)) = s.split_once('-') {
            let (m, d) = rest.split_once('-').ok_or(DateError::Format)?;
            (y, m, d)
        } else if let Some((d, rest)) = s.split_once('.') {
            let (m, y) = rest.split_once('.').ok_or(DateError::Format)?;
            (y, m, d)
        } else {
            return Err(DateError::Format);
        };
        Date::from_parts(y, m, d)
    }

    /// Builds a date from three separately typed fields (the wizard's day/month/year inputs).
    pub fn from_parts(year: &str, month: &str, day: &str) -> Result<Date, DateError> {
        let num = |s: &str| -> Option<u32> {
            let s = s.trim();
            if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                s.parse().ok()
            }
        };
        let year = num(year).ok_or(DateError::Year)?;
        if year < 1000 {
            return Err(DateError::Year);
        }
        if year < 1900 {
            return Err(DateError::YearTooEarly);
        }
        if year > 2100 {
            return Err(DateError::YearTooLate);
        }
        let month = num(month).ok_or(DateError::Month)?;
        if !(1..=12).contains(&month) {
            return Err(DateError::Month);
        }
        let day = num(day).ok_or(DateError::Day)?;
        Date::new(year as i32, month as u8, day.min(99) as u8).ok_or(DateError::Day)
    }

    fn naive(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, u32::from(self.month), u32::from(self.day))
            .unwrap_or_default()
    }

    fn from_naive(d: NaiveDate) -> Date {
        Date {
            year: d.year(),
            month: d.month() as u8,
            day: d.day() as u8,
        }
    }

    /// Days since 1970-01-01.
    pub fn to_days(self) -> i64 {
        i64::from(self.naive().num_days_from_ce()) - DAYS_TO_1970
    }

    pub fn from_days(z: i64) -> Date {
        i32::try_from(z + DAYS_TO_1970)
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .map_or(Date::EPOCH, Date::from_naive)
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    pub fn weekday(self) -> Weekday {
        self.naive().weekday()
    }

    pub fn is_weekend(self) -> bool {
        matches!(self.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// «13 мая 2026 г.» — the form used in official letters.
    pub fn long_ru(self) -> String {
        format!(
            "{} {} {} г.",
            self.day,
            MONTHS_GENITIVE[usize::from(self.month - 1)],
            self.year
        )
    }

    /// «13.05.2026».
    pub fn dotted(self) -> String {
        format!("{:02}.{:02}.{}", self.day, self.month, self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s)
            .map_err(|_| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {s}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days() {
        for z in -800_000..800_000i64 {
            if z % 997 == 0 {
                assert_eq!(Date::from_days(z).to_days(), z);
            }
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
    }

    #[test]
    fn weekdays() {
        assert_eq!(Date::new(2026, 5, 13).unwrap().weekday(), Weekday::Wed);
        assert_eq!(Date::new(2026, 1, 1).unwrap().weekday(), Weekday::Thu);
        assert_eq!(Date::new(2000, 2, 29).unwrap().weekday(), Weekday::Tue);
    }

    #[test]
    fn parses_both_forms_and_rejects_impossible_dates() {
        assert_eq!(
            Date::parse("2026-05-13"),
            Ok(Date::new(2026, 5, 13).unwrap())
        );
        assert_eq!(
            Date::parse("13.05.2026"),
            Ok(Date::new(2026, 5, 13).unwrap())
        );
        assert_eq!(Date::parse("2026-04-31"), Err(DateError::Day));
        assert_eq!(Date::parse("2025-02-29"), Err(DateError::Day));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Ok(29));
        assert_eq!(Date::parse("2026-13-01"), Err(DateError::Month));
        assert_eq!(Date::parse(""), Err(DateError::Empty));
        assert_eq!(Date::parse("вчера"), Err(DateError::Format));
        assert_eq!(Date::from_parts("26", "5", "13"), Err(DateError::Year));
    }

    #[test]
    fn formats_for_letters() {
        let d = Date::new(2026, 5, 3).unwrap();
        assert_eq!(d.long_ru(), "3 мая 2026 г.");
        assert_eq!(d.dotted(), "03.05.2026");
        assert_eq!(d.to_string(), "2026-05-03");
    }
}
