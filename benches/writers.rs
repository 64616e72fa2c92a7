//! Native timings of every writer on the example cases: median of many runs.
//! Run with `cargo bench --bench writers` (part of `make bench`). Prints a
//! table; asserts nothing — time targets are reported, not tested.

use std::time::{Duration, Instant};
use zhaloba::domain::case::Case;
use zhaloba::domain::date::Date;
use zhaloba::writers::{docx, html, ics, pdf, text};

/// Every letter the case calls for.
fn build_all(
    case: &zhaloba::domain::case::Case,
    today: Date,
) -> Vec<zhaloba::domain::complaint::Complaint> {
    zhaloba::domain::review::Review::new(zhaloba::domain::content::content(), case, today).letters
}

const FONT: pdf::Font = pdf::Font(include_bytes!("../assets/fonts/ZhalobaSerif-Regular.ttf"));

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut size = 0;
    let samples = (0..runs)
        .map(|_| {
            let t = Instant::now();
            size = std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    (median(samples), size)
}

fn main() {
    let today = Date::parse("2026-11-22").unwrap();
    let case =
        Case::from_json(&std::fs::read_to_string("examples/cases/waiting-time.json").unwrap())
            .unwrap();
    let letter = build_all(&case, today).remove(0);
    println!("writer   | median (native, release) | output bytes");
    println!("---------|--------------------------|-------------");
    let rows: Vec<(&str, (Duration, usize))> = vec![
        ("model", time(200, || build_all(&case, today).len())),
        ("txt", time(500, || text::write(&letter).len())),
        ("html", time(500, || html::write_document(&letter).len())),
        ("ics", time(500, || ics::write(&letter).len())),
        ("docx", time(200, || docx::write(&letter).len())),
        ("pdf", time(50, || pdf::write(&letter, FONT).unwrap().len())),
    ];
    for (name, (d, size)) in rows {
        println!("{name:<8} | {:>21.3} ms | {size}", d.as_secs_f64() * 1000.0);
    }
}
