//! Files written by the v1 release (tests/fixtures/v1/) open with today's
//! reader: case files migrate to schema v2 saying what changed, saved
//! answers reopen where they were, and every migrated case still gives the
//! letters it gave, with the facts the person typed.
#![cfg(not(target_arch = "wasm32"))]

use zhaloba::domain::case::{Case, Migrated, CASE_VERSION};
use zhaloba::domain::content::content;
use zhaloba::domain::date::Date;
use zhaloba::domain::review::Review;
use zhaloba::saved::{open, Opened};
use zhaloba::writers::text;

/// The JSON fixtures, saved-answers files (`saved-*`) or case files.
fn fixtures(saved: bool) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir("tests/fixtures/v1")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("saved-")
                == saved
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_v1_case_file_migrates_and_keeps_its_letters() {
    let cases = fixtures(false);
    assert_eq!(cases.len(), 14, "one v1 case per category");
    for path in cases {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let raw = std::fs::read_to_string(&path).unwrap();
        let v1: serde_json::Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(v1["version"], 1, "{name} is a v1 file");
        let (case, notes) = Case::read(&raw).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(case.version, CASE_VERSION, "{name}");
        // A v1 СНИЛС (never asked, never printed) is dropped, and said so.
        if v1["applicant"]["snils"]
            .as_str()
            .is_some_and(|s| !s.is_empty())
        {
            assert!(
                notes.contains(&Migrated::Dropped("applicant.snils")),
                "{name}: {notes:?}"
            );
        }
        // The migrated file round-trips as v2.
        assert_eq!(Case::from_json(&case.to_json()).unwrap(), case, "{name}");
        // The same documents, with what the person typed in them.
        let today = Date::parse(&case.signed_on).unwrap();
        let letters = Review::new(content(), &case, today).letters;
        let old_letters = 1 + usize::from(
            std::path::Path::new(&format!("tests/fixtures/v1/{name}-2.txt")).exists(),
        );
        assert_eq!(letters.len(), old_letters, "{name}: documents");
        let first = text::write(&letters[0]);
        let old = std::fs::read_to_string(format!("tests/fixtures/v1/{name}.txt")).unwrap();
        assert_eq!(
            first.lines().next_back(),
            old.lines().next_back(),
            "{name}: signature caption"
        );
        for fact in case
            .facts
            .values()
            .filter(|v| v.chars().count() > 12 && !v.contains('-'))
        {
            assert!(
                first.contains(fact.trim()),
                "{name}: «{fact}» lost in\n{first}"
            );
        }
        assert!(first.contains(&case.applicant.full_name), "{name}");
    }
}

#[test]
fn saved_answers_of_v1_reopen_where_they_were() {
    let saved = fixtures(true);
    assert_eq!(saved.len(), 3);
    for path in saved {
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(Opened::Plain(answers)) = open(&text) else {
            panic!("{} did not open", path.display());
        };
        assert_eq!(answers.case.version, CASE_VERSION, "{}", path.display());
        assert!(
            answers.position.is_some(),
            "{}: the page they were on",
            path.display()
        );
        let v1: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            answers.case.applicant.full_name,
            v1["case"]["applicant"]["full_name"].as_str().unwrap(),
            "{}",
            path.display()
        );
    }
}
