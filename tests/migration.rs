//! Files written by earlier releases (tests/fixtures/v1/, tests/fixtures/v2/)
//! open with today's reader: case files migrate to the current schema saying
//! what changed, saved answers reopen where they were, and every migrated
//! case still gives the letters it gave, with the facts the person typed.
//! The v2 letters are compared word for word, except where a later change
//! meant to change the wording (`REWORDED`, each with its reason).
#![cfg(not(target_arch = "wasm32"))]

use zhaloba::domain::asked::unanswered;
use zhaloba::domain::case::{Case, Migrated, CASE_VERSION, NOT_MIGRATED};
use zhaloba::domain::content::content;
use zhaloba::domain::date::Date;
use zhaloba::domain::review::Review;
use zhaloba::flow::{check_case, FieldId};
use zhaloba::saved::{open, Opened};
use zhaloba::writers::text;

/// Categories whose letters the incidents change (schema v3) meant to
/// reword, and why. Any other v2 letter must come out exactly as it was.
const REWORDED: &[(&str, &str)] = &[
    ("ambulance", "the insurer gets its own complaint (quality review) instead of a copy; the regional health authority a copy; the inquiry demand covers refusal and delay"),
    ("out-of-region", "emergency and urgent care told apart; the policy-or-identity rule cited; the receiving region's fund gets a copy; a payment is a problem of its own"),
    ("outpatient-medicines", "not an ОМС matter: no policy number in the sender block"),
    ("medical-records", "the first request's date and how it was refused, which v2 never asked, are asked (NOT_MIGRATED); this test answers them, and the letter states them"),
    ("paid-care", "why the payment was forced, said plainly; the programme in force cited"),
    ("quality", "the demand for an answer is its own, so joined letters close with one"),
    ("attachment", "the refusal's explanation is quoted after a dash, not in a colon slot (letter-rubric 9)"),
    ("refused-care", "what was needed, who refused and the explanation stand after a dash, not in colon slots; the unasked «no written reason» sentence is gone (letter-rubric 2, 9)"),
    ("policy", "the unasked «и его необходимо заменить» is gone (letter-rubric 2)"),
    ("waiting-time", "the demand to arrange the care carries its date: «не позднее» the limit's last day, or «незамедлительно» with the day it lapsed (issue 28 item 3)"),
];

/// Every value a migration cannot fill in (`NOT_MIGRATED`), as this test
/// answers it once the check has asked: (category, question, answer).
/// A value missing here, or one the migration filled in by itself, fails.
const ASKED: &[(&str, &str, &str)] = &[
    // v2's paid-care file was made by someone who said the care should have
    // been free, but not which service: a dental implant is not covered.
    ("paid-care", "service_type", "covered"),
    // The v2 fixture's answer was worded «неотложная» (a broken wrist).
    ("out-of-region", "care_kind", "urgent"),
    ("medical-records", "request_date", "2025-11-01"),
    ("medical-records", "refusal_how", "oral"),
];

#[test]
fn the_list_of_values_that_cannot_be_migrated_is_complete() {
    assert_eq!(ASKED.len(), NOT_MIGRATED.len());
    for n in NOT_MIGRATED {
        assert!(
            ASKED
                .iter()
                .any(|(c, q, _)| *c == n.category && *q == n.question),
            "{n:?} has no answer in ASKED"
        );
        let cat = content().category(n.category).expect(n.category);
        let q = cat.question(n.question).expect(n.question);
        assert!(
            !q.optional,
            "{}: an optional answer is never waited for",
            n.question
        );
        assert!(!n.why.is_empty());
    }
}

/// A migrated case's unanswered values: asked (the check names each field,
/// the migration says so), not assumed (no letter until answered); then
/// answered as `ASKED` says.
fn asked_not_assumed(name: &str, case: &mut Case, notes: &[Migrated]) {
    let expected: Vec<&str> = ASKED
        .iter()
        .filter(|(c, _, _)| *c == case.category)
        .map(|(_, q, _)| *q)
        .filter(|q| {
            // Asked only where the question applies.
            zhaloba::domain::rules::all_questions(content(), case)
                .iter()
                .any(|(_, x)| &*x.id == *q)
        })
        .collect();
    let withheld: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|q| {
            NOT_MIGRATED
                .iter()
                .any(|n| n.withholds && n.category == case.category && n.question == *q)
        })
        .collect();
    let waits: Vec<String> = unanswered(content(), case)
        .iter()
        .map(|(_, q)| q.id.to_string())
        .collect();
    assert_eq!(waits, withheld, "{name}: the values the letter waits for");
    if expected.is_empty() {
        return;
    }
    let today = Date::parse(&case.signed_on).unwrap();
    assert_eq!(
        Review::new(content(), case, today).letters.is_empty(),
        !withheld.is_empty(),
        "{name}: a letter written before {withheld:?} was answered, or withheld for nothing"
    );
    let problems = check_case(content(), case, today);
    for q in &expected {
        assert!(case.fact(q).is_empty(), "{name}: {q} assumed");
        assert!(
            notes.contains(&Migrated::Unanswered(q)),
            "{name}: the migration does not say {q} is asked: {notes:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.field == FieldId::Fact(q.to_string()) && p.kind.blocks()),
            "{name}: the check does not ask {q}: {problems:?}"
        );
        let (_, _, answer) = ASKED
            .iter()
            .find(|(c, x, _)| *c == case.category && x == q)
            .unwrap();
        case.facts.insert(q.to_string(), answer.to_string());
    }
    assert!(unanswered(content(), case).is_empty(), "{name}");
}

#[test]
fn a_current_file_without_a_value_that_cannot_be_assumed_gets_no_letter() {
    let raw = std::fs::read_to_string("tests/fixtures/v2/paid-care.json").unwrap();
    let (mut case, _) = Case::read(&raw).unwrap();
    // Written by today's release, but without the answer (a hand-edited file).
    let current = Case::from_json(&case.to_json()).unwrap();
    let today = Date::parse(&case.signed_on).unwrap();
    assert!(Review::new(content(), &current, today).letters.is_empty());
    // Answered «not covered» (a dental implant): no ОМС letter at all.
    case.facts
        .insert("service_type".into(), "dental-implant".into());
    assert!(Review::new(content(), &case, today).letters.is_empty());
    case.facts.insert("service_type".into(), "covered".into());
    let letters = Review::new(content(), &case, today).letters;
    assert!(!letters.is_empty());
}

/// Documents a migrated case now gives beyond what it gave (their titles).
const NEW_DOCUMENTS: &[(&str, usize)] = &[("ambulance", 1)];

/// The JSON fixtures of a release, saved-answers files (`saved-*`) or case files.
fn fixtures(release: &str, saved: bool) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(format!("tests/fixtures/{release}"))
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

fn letters_of(case: &Case) -> Vec<String> {
    let today = Date::parse(&case.signed_on).unwrap();
    Review::new(content(), case, today)
        .letters
        .iter()
        .map(text::write)
        .collect()
}

/// What the release rendered: `<name>.txt`, then `<name>-2.txt` …
fn old_letters(release: &str, name: &str) -> Vec<String> {
    let mut out =
        vec![std::fs::read_to_string(format!("tests/fixtures/{release}/{name}.txt")).unwrap()];
    for i in 2.. {
        match std::fs::read_to_string(format!("tests/fixtures/{release}/{name}-{i}.txt")) {
            Ok(t) => out.push(t),
            Err(_) => break,
        }
    }
    out
}

fn migrates_and_keeps_its_letters(release: &str, version: u64) {
    let cases = fixtures(release, false);
    assert_eq!(cases.len(), 14, "one {release} case per category");
    for path in cases {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let raw = std::fs::read_to_string(&path).unwrap();
        let old: serde_json::Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(old["version"], version, "{name} is a {release} file");
        let (mut case, notes) = Case::read(&raw).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(case.version, CASE_VERSION, "{name}");
        // The migrated file round-trips, answers left unanswered too.
        assert_eq!(Case::from_json(&case.to_json()).unwrap(), case, "{name}");
        asked_not_assumed(&name, &mut case, &notes);
        // A v1 СНИЛС (never asked, never printed) is dropped, and said so.
        if old["applicant"]["snils"]
            .as_str()
            .is_some_and(|s| !s.is_empty())
        {
            assert!(
                notes.contains(&Migrated::Dropped("applicant.snils")),
                "{name}: {notes:?}"
            );
        }
        // The migrated file round-trips.
        assert_eq!(Case::from_json(&case.to_json()).unwrap(), case, "{name}");
        let letters = letters_of(&case);
        let before = old_letters(release, &name);
        let added = NEW_DOCUMENTS
            .iter()
            .find(|(c, _)| *c == case.category)
            .map_or(0, |(_, n)| *n);
        assert_eq!(letters.len(), before.len() + added, "{name}: documents");
        let reworded = REWORDED.iter().any(|(c, _)| *c == case.category);
        if release == "v2" && !reworded {
            for (new, old) in letters.iter().zip(&before) {
                assert_eq!(new, old, "{name}: a v2 letter changed wording");
            }
        }
        let first = &letters[0];
        assert_eq!(
            first.lines().next_back(),
            before[0].lines().next_back(),
            "{name}: signature caption"
        );
        // What the person typed is still in the letter.
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
fn every_v1_case_file_migrates_and_keeps_its_letters() {
    migrates_and_keeps_its_letters("v1", 1);
}

#[test]
fn every_v2_case_file_migrates_and_keeps_its_letters_word_for_word() {
    migrates_and_keeps_its_letters("v2", 2);
}

#[test]
fn saved_answers_of_earlier_releases_reopen_where_they_were() {
    for release in ["v1", "v2"] {
        let saved = fixtures(release, true);
        assert_eq!(saved.len(), 3, "{release}");
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
            let old: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(
                answers.case.applicant.full_name,
                old["case"]["applicant"]["full_name"].as_str().unwrap(),
                "{}",
                path.display()
            );
        }
    }
}
