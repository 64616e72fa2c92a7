//! A calendar date without time zone, enough for legal deadlines.
//!
//! Own type instead of `chrono`: the wizard needs parsing, weekday and day
//! arithmetic only, and every kilobyte of wasm counts.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Monday = 0 … Sunday = 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

/// Why a date string was not accepted; the UI turns each into a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    Format,
    Month,
    Day,
    Year,
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

impl Date {
    /// A checked constructor: `None` for 31 April and the like.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
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
        if !(1900..=2100).contains(&year) {
            return Err(DateError::Year);
        }
        let month = num(month).ok_or(DateError::Month)?;
        if !(1..=12).contains(&month) {
            return Err(DateError::Month);
        }
        let day = num(day).ok_or(DateError::Day)?;
        Date::new(year as i32, month as u8, day.min(99) as u8).ok_or(DateError::Day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.to_days() + 3).rem_euclid(7) {
            0 => Weekday::Mon,
            1 => Weekday::Tue,
            2 => Weekday::Wed,
            3 => Weekday::Thu,
            4 => Weekday::Fri,
            5 => Weekday::Sat,
            _ => Weekday::Sun,
        }
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

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
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
