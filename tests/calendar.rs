//! The working-day calendar on the shipped production calendar
//! (`content/calendar.toml`). Here rather than beside `domain/calendar.rs`,
//! which sits below the content that builds it: a unit test there reading
//! the baked content would import back up (`tests/architecture.rs`).
#![cfg(not(target_arch = "wasm32"))]

use zhaloba::domain::calendar::{Calendar, YearStatus};
use zhaloba::domain::content::content;
use zhaloba::domain::date::Date;

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
