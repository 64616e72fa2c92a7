//! Golden letters: realistic cases (`tests/golden/*.json`, at least two per
//! category, every relation, events around the 2026/2027 New Year and in
//! 2027, limits passed and not yet passed), each rendered as its text file
//! and committed as a snapshot (`tests/snapshots/`). A wording change in the
//! content or the engine shows as a snapshot diff that someone must accept
//! (`cargo insta review`, or delete the .snap and re-run) after reading it.
//! The letter's date is the case's `signed_on`, which is also "today".
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write;
use zhaloba::domain::case::Case;
use zhaloba::domain::content::content;
use zhaloba::domain::date::Date;
use zhaloba::domain::review::Review;
use zhaloba::engine::{self, Serve};
use zhaloba::writers::text;

fn golden_cases() -> Vec<(String, Case)> {
    let mut files: Vec<_> = std::fs::read_dir("tests/golden")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let case = Case::from_json(&std::fs::read_to_string(&p).unwrap())
                .unwrap_or_else(|e| panic!("{name}: {e:?}"));
            (name, case)
        })
        .collect()
}

/// Who is served how, then every document as the text file has it.
fn render(case: &Case) -> String {
    let today = Date::parse(&case.signed_on).expect("golden cases are dated");
    let review = Review::new(content(), case, today);
    let summary = engine::summary(&review, case, today);
    let mut out = String::new();
    if !case.also.is_empty() {
        writeln!(
            out,
            "# problems: {}, {}",
            case.category,
            case.also.join(", ")
        )
        .unwrap();
    }
    if let Some(exit) = zhaloba::flow::exit_of(content(), case) {
        writeln!(out, "# exit: {} (no letter)", exit.id).unwrap();
    }
    for served in &summary.addressees {
        let how = match served.how {
            Serve::Letter => "letter",
            Serve::Copy => "copy",
            Serve::Document => "own document",
        };
        writeln!(out, "# {}: {how}", served.id).unwrap();
    }
    if let Some(i) = summary.variant {
        writeln!(out, "# variant {i}").unwrap();
    }
    if let Some((programme, event)) = summary.planning {
        writeln!(
            out,
            "# programme {programme}, event in its planning year {event}"
        )
        .unwrap();
    }
    for next in &summary.escalation {
        writeln!(out, "# next: {next}").unwrap();
    }
    for (id, i) in &summary.cautions {
        let caution = &content().category(id).unwrap().cautions[*i].text;
        writeln!(out, "# before sending: {caution}").unwrap();
    }
    for letter in &review.letters {
        writeln!(out, "\n=== {} ===\n", letter.title).unwrap();
        out.push_str(&text::write(letter));
    }
    out
}

#[test]
fn golden_letters_match_their_snapshots() {
    let cases = golden_cases();
    assert!(cases.len() >= 30, "at least 30 golden cases");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for (name, case) in &cases {
            insta::assert_snapshot!(name.as_str(), render(case));
        }
    });
}

#[test]
fn golden_cases_cover_every_category_twice_and_every_relation() {
    use zhaloba::domain::case::Relation;
    let cases = golden_cases();
    for cat in content().categories.iter() {
        let n = cases.iter().filter(|(_, c)| c.category == cat.id.0).count();
        assert!(n >= 2, "{}: {n} golden cases", cat.id);
    }
    for relation in [
        Relation::Parent,
        Relation::Guardian,
        Relation::Attorney,
        Relation::RelativeOfDeceased,
    ] {
        assert!(
            cases.iter().any(|(_, c)| c
                .represented
                .as_ref()
                .is_some_and(|r| r.relation == relation)),
            "{relation:?}"
        );
    }
    assert!(cases.iter().any(|(_, c)| c.represented.is_none()));
    assert!(cases.iter().any(|(_, c)| c.signed_on.starts_with("2027")));
}
