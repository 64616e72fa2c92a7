//! Working days and legal terms on the Russian production calendar.
//!
//! The calendar is data (`content/calendar.toml`); a year missing there is
//! computed as a plain Monday–Friday week and reported as `Unknown`, so the
//! wizard can say that the date is an estimate.

pub use super::content::model::{CalendarYear, YearStatus};
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
