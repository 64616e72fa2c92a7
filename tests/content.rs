//! The legal content in `content/` checked as data: every category routes to
//! a real addressee, every ground has a source, unconfirmed law names no
//! article, and every template only uses answers the category asks for.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use zhaloba::domain::content::{content, AddresseeKind, Category, QuestionKind};

/// Placeholders the complaint builder fills itself (see complaint.rs `lookup`).
const COMPUTED: &[&str] = &[
    "clinic_name",
    "insurer_name",
    "region",
    "limit_wd",
    "limit_date",
    "elapsed_wd",
];

fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').expect("closed brace");
        let token = &after[..close];
        if !token.starts_with("g:") {
            out.push(token.trim_end_matches('?').to_string());
        }
        rest = &after[close + 1..];
    }
    out
}

fn condition_ids(cond: &str) -> Vec<(String, Option<String>)> {
    cond.split('&')
        .map(|c| {
            let c = c.trim().trim_start_matches('!');
            match c.split_once("!=").or_else(|| c.split_once('=')) {
                Some((k, v)) => (k.trim().to_string(), Some(v.trim().to_string())),
                None => (c.to_string(), None),
            }
        })
        .collect()
}

fn all_templates(cat: &Category) -> Vec<(&str, Option<&str>)> {
    let mut v: Vec<(&str, Option<&str>)> = cat
        .facts
        .iter()
        .chain(cat.demands.iter())
        .chain(cat.attachments.iter())
        .map(|t| (t.text.as_ref(), t.when.as_deref()))
        .collect();
    for d in cat.extra_documents.iter() {
        v.extend(d.demands.iter().map(|t| (t.as_ref(), None)));
    }
    v
}

#[test]
fn the_thirteen_categories_of_the_brief_are_there() {
    let ids: BTreeSet<&str> = content().categories.iter().map(|c| c.id.as_ref()).collect();
    for id in [
        "refused-care",
        "paid-care",
        "waiting-time",
        "outpatient-medicines",
        "inpatient-medicines",
        "quality",
        "services-not-received",
        "attachment",
        "medical-records",
        "ethics",
        "policy",
        "ambulance",
        "high-tech-care",
        "out-of-region",
    ] {
        assert!(ids.contains(id), "missing category {id}");
    }
    assert!(!content().exits.is_empty());
}

#[test]
fn every_category_has_addressees_and_sourced_grounds() {
    let c = content();
    for cat in c.categories.iter() {
        assert!(!cat.addressees.is_empty(), "{}: no addressee", cat.id);
        for id in cat.addressees.iter().chain(cat.escalation.iter()) {
            let a = c
                .addressee(id)
                .unwrap_or_else(|| panic!("{}: unknown addressee {id}", cat.id));
            assert!(
                !a.source.trim().is_empty() && !a.why.trim().is_empty(),
                "{id}"
            );
        }
        assert!(!cat.grounds.is_empty(), "{}: no legal ground", cat.id);
        for id in cat
            .grounds
            .iter()
            .chain(cat.extra_documents.iter().flat_map(|d| d.grounds.iter()))
        {
            let g = c
                .ground(id)
                .unwrap_or_else(|| panic!("{}: unknown ground {id}", cat.id));
            assert!(!g.source.trim().is_empty(), "ground {id} has no source");
            assert!(!g.evidence.trim().is_empty(), "ground {id} has no evidence");
        }
        for d in cat.extra_documents.iter() {
            assert!(
                c.addressee(&d.addressee).is_some(),
                "{}: extra document to unknown {}",
                cat.id,
                d.addressee
            );
        }
        assert!(!cat.demands.is_empty(), "{}: no demands", cat.id);
        assert!(!cat.facts.is_empty(), "{}: no facts", cat.id);
    }
    for e in c.exits.iter() {
        assert!(
            !e.source.trim().is_empty() && !e.where_to_go.trim().is_empty(),
            "exit {}",
            e.id
        );
    }
    for a in c.addressees.iter() {
        assert!(!a.source.trim().is_empty(), "addressee {}", a.id);
    }
}

#[test]
fn unconfirmed_law_names_no_article_in_the_letter() {
    for g in content().grounds.iter().filter(|g| !g.confirmed) {
        for word in g
            .text
            .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        {
            let w = word.to_lowercase();
            let bad = ["ст.", "ч.", "п."].contains(&w.as_str())
                || w.starts_with("стать")
                || w.starts_with("част") && !w.starts_with("частн")
                || w.starts_with("пункт");
            assert!(
                !bad,
                "unconfirmed ground {} cites «{word}»: {}",
                g.id, g.text
            );
        }
    }
    // Unconfirmed waiting limits exist and are marked (2026 planned hospitalisation).
    let p2026 = content()
        .programmes
        .iter()
        .find(|p| p.programme == "pgg-2026")
        .unwrap();
    assert!(
        !p2026
            .limits
            .iter()
            .find(|l| l.service == "hospital")
            .unwrap()
            .confirmed
    );
}

#[test]
fn dated_grounds_cover_the_switch_dates() {
    let c = content();
    let d = |s: &str| zhaloba::domain::date::Date::parse(s).unwrap();
    let pp736 = c.ground("pp736-paid-services").unwrap();
    assert!(pp736.applies_on(d("2023-09-01")) && pp736.applies_on(d("2026-08-31")));
    assert!(!pp736.applies_on(d("2023-08-31")) && !pp736.applies_on(d("2026-09-01")));
    assert!(c
        .ground("pp1006-paid-services")
        .unwrap()
        .applies_on(d("2023-08-31")));
    assert!(c
        .ground("paid-services-rules-after-2026")
        .unwrap()
        .applies_on(d("2026-09-01")));
    assert!(c.ground("pgg-2025").unwrap().applies_on(d("2025-12-31")));
    assert!(!c.ground("pgg-2025").unwrap().applies_on(d("2026-01-01")));
}

#[test]
fn templates_use_only_answers_the_category_asks_for() {
    for cat in content().categories.iter() {
        let ids: BTreeSet<&str> = cat.questions.iter().map(|q| q.id.as_ref()).collect();
        assert_eq!(
            ids.len(),
            cat.questions.len(),
            "{}: duplicate question ids",
            cat.id
        );
        for (text, when) in all_templates(cat) {
            for p in placeholders(text) {
                assert!(
                    ids.contains(p.as_str()) || COMPUTED.contains(&p.as_str()),
                    "{}: «{{{p}}}» is not a question: {text}",
                    cat.id
                );
            }
            for (id, value) in when.map(condition_ids).unwrap_or_default() {
                let q = cat
                    .question(&id)
                    .unwrap_or_else(|| panic!("{}: condition on unknown {id}", cat.id));
                if let Some(v) = value {
                    assert!(
                        q.options.iter().any(|o| o.value == v),
                        "{}: {id} has no option {v}",
                        cat.id
                    );
                }
            }
        }
        for q in cat.questions.iter() {
            if q.kind == QuestionKind::Choice {
                assert!(
                    q.options.len() >= 2,
                    "{}: {} has fewer than two options",
                    cat.id,
                    q.id
                );
            }
            for (id, _) in q.when.as_deref().map(condition_ids).unwrap_or_default() {
                let pos = |x: &str| cat.questions.iter().position(|q| q.id == x);
                assert!(
                    pos(&id) < pos(&q.id),
                    "{}: {} depends on later {id}",
                    cat.id,
                    q.id
                );
            }
        }
        if let Some(k) = &cat.key_date {
            assert_eq!(
                cat.question(k).map(|q| q.kind),
                Some(QuestionKind::Date),
                "{}: key_date",
                cat.id
            );
        }
        let primary = content().addressee(&cat.addressees[0]).unwrap();
        if primary.kind == AddresseeKind::Other {
            assert!(
                cat.question("addressee_name").is_some(),
                "{}: asks nobody's name",
                cat.id
            );
        }
        assert!(
            cat.slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{}: slug must be latin for file names",
            cat.id
        );
    }
}

#[test]
fn every_category_has_an_example_case() {
    for cat in content().categories.iter() {
        let path = format!("examples/cases/{}.json", cat.id);
        assert!(std::path::Path::new(&path).exists(), "missing {path}");
    }
}

#[test]
fn every_screen_text_has_an_english_translation() {
    let tr = zhaloba::domain::content::translation_en();
    let mut en = zhaloba::domain::content::baked_data();
    let missing = zhaloba::domain::content::translate(&mut en, &tr);
    assert!(missing.is_empty(), "missing English: {missing:#?}");
    // Translated means changed: no Russian left in what the screen shows.
    let cyrillic = |s: &str| s.chars().any(|c| ('А'..='я').contains(&c));
    for cat in en.categories.iter() {
        assert!(!cyrillic(&cat.title), "{}", cat.title);
        for q in cat.questions.iter() {
            assert!(!cyrillic(&q.label), "{}", q.label);
            for o in q.options.iter() {
                assert!(!cyrillic(&o.label), "{}", o.label);
            }
        }
        // The letter stays Russian.
        assert!(cyrillic(&cat.document_title));
    }
    // And nothing in the translation is left over from a removed text.
    let used: usize = en
        .categories
        .iter()
        .map(|c| {
            2 + c.examples.len()
                + usize::from(c.clinic_title.is_some())
                + c.questions
                    .iter()
                    .map(|q| 1 + usize::from(q.hint.is_some()) + q.options.len())
                    .sum::<usize>()
        })
        .sum::<usize>()
        + 3 * en.exits.len()
        + 2 * en.addressees.len()
        + 2 * (en.next_steps.way.len() + 2);
    assert_eq!(tr.len(), used, "unused keys in en.toml");
}

#[test]
fn next_steps_are_sourced_and_fit_the_categories() {
    let n = &content().next_steps;
    for w in n.way.iter() {
        assert!(!w.source.trim().is_empty(), "{}", w.id);
        for c in w.not_for.iter() {
            assert!(content().category(c).is_some(), "{c}");
        }
    }
    assert!(n.answer.text.contains("{date}") && n.answer.text.contains("{due}"));
    assert!(!n.answer.source.is_empty() && !n.escalation.source.is_empty());
    // Records requests are not accepted by e-mail (legal-brief §1.4, 789н).
    assert!(!content()
        .hand_in_ways("medical-records")
        .any(|w| w.id == "online"));
    assert_eq!(content().hand_in_ways("waiting-time").count(), 3);
}
