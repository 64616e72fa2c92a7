//! Working days and legal terms on the Russian production calendar.
//!
//! The calendar is data (`content/calendar.toml`); a year missing there is
//! computed as a plain Monday–Friday week and reported as `Unknown`, so the
//! wizard can say that the date is an estimate.

pub use super::content::{CalendarYear, YearStatus};
use super::date::Date;
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default)]
pub struct Calendar {
    /// Each year in the data and how sure we are of it.
    years: Vec<(i32, YearStatus)>,
    days_off: BTreeSet<Date>,
    working_days: BTreeSet<Date>,
}

/// A computed date together with how sure we are of the calendar behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub date: Date,
    /// The least certain year the computation crossed.
    pub certainty: YearStatus,
}

impl Calendar {
    pub fn new(years: &[CalendarYear]) -> Calendar {
        Calendar {
            years: years.iter().map(|y| (y.year, y.status)).collect(),
            days_off: years
                .iter()
                .flat_map(|y| y.days_off.iter().copied())
                .collect(),
            working_days: years
                .iter()
                .flat_map(|y| y.working_days.iter().copied())
                .collect(),
        }
    }

    pub fn status(&self, year: i32) -> YearStatus {
        self.years
            .iter()
            .find(|(y, _)| *y == year)
            .map_or(YearStatus::Unknown, |(_, s)| *s)
    }

    pub fn is_working_day(&self, d: Date) -> bool {
        if self.working_days.contains(&d) {
            return true;
        }
        !d.is_weekend() && !self.days_off.contains(&d)
    }

    /// The N-th working day after `from` (the day of the event itself is not
    /// counted: a term begins the next day, ГК РФ ст. 191).
    pub fn add_working_days(&self, from: Date, n: u32) -> Term {
        let mut d = from;
        let mut certainty = self.status(from.year);
        let mut left = n;
        while left > 0 {
            d = d.add_days(1);
            certainty = certainty.max(self.status(d.year));
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        Term { date: d, certainty }
    }

    /// A term of N calendar days; if it ends on a day off it moves to the next
    /// working day (ГК РФ ст. 193).
    pub fn add_calendar_days(&self, from: Date, n: u32) -> Term {
        let mut d = from.add_days(i64::from(n));
        let mut certainty = self.status(d.year);
        while !self.is_working_day(d) {
            d = d.add_days(1);
            certainty = certainty.max(self.status(d.year));
        }
        Term { date: d, certainty }
    }

    /// Working days strictly after `from` up to and including `to`
    /// (0 when `to` is not after `from`).
    pub fn working_days_between(&self, from: Date, to: Date) -> u32 {
        let mut count = 0;
        let mut d = from;
        while d < to {
            d = d.add_days(1);
            if self.is_working_day(d) {
                count += 1;
            }
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::content;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn cal() -> &'static Calendar {
        content().calendar()
    }

    #[test]
    fn may_2026_holidays_are_skipped() {
        // 9 May 2026 is a Saturday and 11 May is the day off moved from it.
        let t = cal().add_working_days(d("2026-05-05"), 5);
        assert_eq!(t.date, d("2026-05-13"));
        assert_eq!(t.certainty, YearStatus::Official);
    }

    #[test]
    fn new_year_boundary() {
        // 31 Dec 2025 and 1–9 Jan 2026 are days off.
        assert_eq!(
            cal().add_working_days(d("2025-12-25"), 5).date,
            d("2026-01-13")
        );
    }

    #[test]
    fn transferred_saturday_is_a_working_day() {
        // Saturday 1 Nov 2025 was a working day; 3 and 4 Nov were off.
        assert!(cal().is_working_day(d("2025-11-01")));
        assert!(!cal().is_working_day(d("2025-11-03")));
        assert_eq!(
            cal().add_working_days(d("2025-10-31"), 2).date,
            d("2025-11-05")
        );
    }

    #[test]
    fn calendar_days_move_off_days_off() {
        // 30 days after 2026-04-09 is Saturday 9 May; 10 May is Sunday and
        // 11 May is a day off, so the term ends on Tuesday 12 May.
        assert_eq!(
            cal().add_calendar_days(d("2026-04-09"), 30).date,
            d("2026-05-12")
        );
        // An ordinary working end date stays where it is.
        assert_eq!(
            cal().add_calendar_days(d("2026-03-02"), 10).date,
            d("2026-03-12")
        );
    }

    #[test]
    fn counts_elapsed_working_days() {
        assert_eq!(
            cal().working_days_between(d("2026-05-05"), d("2026-05-13")),
            5
        );
        assert_eq!(
            cal().working_days_between(d("2026-05-13"), d("2026-05-05")),
            0
        );
        assert_eq!(
            cal().working_days_between(d("2025-12-30"), d("2026-01-12")),
            1
        );
    }

    #[test]
    fn unknown_and_provisional_years_are_flagged() {
        assert_eq!(
            cal().add_working_days(d("2026-12-28"), 5).certainty,
            YearStatus::Provisional
        );
        assert_eq!(
            cal().add_working_days(d("2031-03-02"), 1).certainty,
            YearStatus::Unknown
        );
        // Friday 7 March 2031 + 1 working day = Monday 10 March.
        assert_eq!(
            cal().add_working_days(d("2031-03-07"), 1).date,
            d("2031-03-10")
        );
    }

    #[test]
    fn every_year_in_data_has_a_source_and_only_its_own_dates() {
        for y in content().calendar_years.iter() {
            assert!(!y.source.trim().is_empty(), "year {} has no source", y.year);
            for day in y.days_off.iter().chain(y.working_days.iter()) {
                assert_eq!(day.year, y.year, "{day} listed under {}", y.year);
            }
            for day in y.working_days.iter() {
                assert!(day.is_weekend(), "{day} is a working weekday anyway");
            }
        }
    }
}
