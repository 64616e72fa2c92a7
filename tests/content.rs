//! The legal content in `content/` checked as data: every category routes to
//! a real addressee, every ground has a source, unconfirmed law names no
//! article, and every template only uses answers the category asks for.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::REVIEW_MARKERS;
use std::collections::BTreeSet;
use zhaloba::domain::content::{content, AddresseeKind, Category, QuestionKind};

/// Placeholders the composer fills itself (compose.rs `computed`), and the
/// voice's (`p:`, `kin:`, `name:`, `role:` with a case).
const COMPUTED: &[&str] = &[
    "clinic",
    "clinic_name",
    "insurer",
    "region",
    "born",
    "died",
    "basis",
    "limit_wd",
    "limit_date",
    "elapsed_wd",
    "term_date",
];
const VOICE: &[&str] = &["p", "kin", "name", "role"];
const CASES: &[&str] = &["nom", "gen", "dat", "acc", "ins", "pre"];
/// What a `@` condition may name (`rules::questions::Flags`, `@relation`).
const FLAGS: &[&str] = &[
    "violated",
    "limit_passed",
    "offered_beyond",
    "request",
    "term_passed",
    "relation",
    // The letter's own (domain::condition).
    "limit_ahead",
    "limit_dated",
    "term_ahead",
];

/// Every value placeholder in a template, nested ones included; the
/// alternatives (`g:`, `pg:`, `me:`) are looked into, not named.
fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = Vec::new();
    for (i, ch) in text.char_indices() {
        match ch {
            '{' => {
                depth += 1;
                start.push(i + 1);
            }
            '}' => {
                let from = start.pop().expect("closed brace");
                depth -= 1;
                let token = &text[from..i];
                let alternative = ["g:", "pg:", "me:"].iter().any(|p| token.starts_with(p));
                if !alternative {
                    out.push(token.trim_end_matches('?').to_string());
                }
            }
            _ => {}
        }
    }
    assert_eq!(depth, 0, "unbalanced braces: {text}");
    out
}

/// The answers and flags a condition reads, with the values it names.
fn condition_ids(cond: &str) -> Vec<(String, Vec<String>)> {
    zhaloba::domain::condition::reads(cond)
}

fn known_placeholder(ids: &BTreeSet<&str>, p: &str) -> bool {
    // `{minutes:date,time,date,time}`: four of the category's own answers.
    if let Some(args) = p.strip_prefix("minutes:") {
        return args.split(',').count() == 4 && args.split(',').all(|a| ids.contains(a.trim()));
    }
    if let Some((kind, case)) = p.split_once(':') {
        return VOICE.contains(&kind) && CASES.contains(&case);
    }
    ids.contains(p) || COMPUTED.contains(&p)
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
        v.extend(
            d.demands
                .iter()
                .map(|t| (t.text.as_ref(), t.when.as_deref())),
        );
    }
    for q in cat.questions.iter() {
        v.extend(q.options.iter().map(|o| (o.letter.as_ref(), None)));
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
            .filter(|id| !id.starts_with("programme:"))
        {
            let g = c
                .ground(id)
                .unwrap_or_else(|| panic!("{}: unknown ground {id}", cat.id));
            assert!(!g.source.trim().is_empty(), "ground {id} has no source");
            assert!(
                !g.review.trim().is_empty(),
                "ground {id} has no review note"
            );
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
        .find(|p| p.id == "pgg-2026")
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
    // Programmes are not dated grounds: they are chosen by their period.
    assert!(c.ground("pgg-2025").is_none() && c.ground("pgg-2026").is_none());
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
                    known_placeholder(&ids, &p),
                    "{}: «{{{p}}}» is not a question: {text}",
                    cat.id
                );
            }
            for (id, value) in when.map(condition_ids).unwrap_or_default() {
                if let Some(flag) = id.strip_prefix('@') {
                    assert!(FLAGS.contains(&flag), "{}: no flag @{flag}", cat.id);
                    continue;
                }
                let q = cat
                    .question(&id)
                    .unwrap_or_else(|| panic!("{}: condition on unknown {id}", cat.id));
                for v in value {
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
                if id.starts_with('@') {
                    continue;
                }
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
    use zhaloba::domain::content::translate::{translate, Lookup};
    // The translation file read independently, by key.
    let file = std::fs::read_to_string("content/translations/en.toml").unwrap();
    let table: toml::Table = toml::from_str(&file).unwrap();
    let (mut missing, mut asked) = (Vec::new(), 0);
    let mut en = zhaloba::domain::content::baked_data();
    translate(
        &mut en,
        &mut Lookup(|key: String| {
            asked += 1;
            let mut value = toml::Value::Table(table.clone());
            for part in key.split('.') {
                value = match value {
                    toml::Value::Table(t) => t.get(part).cloned(),
                    toml::Value::Array(a) => {
                        part.parse::<usize>().ok().and_then(|i| a.get(i).cloned())
                    }
                    _ => None,
                }
                .unwrap_or(toml::Value::Boolean(false));
            }
            match value {
                toml::Value::String(s) => Some(&*Box::leak(s.into_boxed_str())),
                _ => {
                    missing.push(key);
                    None
                }
            }
        }),
    );
    assert!(missing.is_empty(), "missing English: {missing:#?}");
    // What the page reads in order is the same as by key.
    let by_order = zhaloba::i18n::texts::content_en();
    for (a, b) in by_order.categories.iter().zip(en.categories.iter()) {
        assert_eq!(a.title, b.title);
        for (qa, qb) in a.questions.iter().zip(b.questions.iter()) {
            assert_eq!(qa.label, qb.label);
            assert_eq!(qa.hint, qb.hint);
        }
    }
    for (a, b) in by_order.next_steps.way.iter().zip(en.next_steps.way.iter()) {
        assert_eq!(a.text, b.text);
    }
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
    fn leaves(v: &toml::Value) -> usize {
        match v {
            toml::Value::Table(t) => t.values().map(leaves).sum(),
            toml::Value::Array(a) => a.iter().map(leaves).sum(),
            _ => 1,
        }
    }
    assert_eq!(
        leaves(&toml::Value::Table(table)),
        asked,
        "unused keys in en.toml"
    );
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

#[test]
fn every_addressee_is_served_by_a_letter_a_copy_or_a_document_of_its_own() {
    let c = content();
    for cat in c.categories.iter() {
        let own: BTreeSet<&str> = cat.extra_documents.iter().map(|d| d.addressee.0).collect();
        for (i, id) in cat.addressees.iter().enumerate() {
            let served = i == 0 || cat.copies.iter().any(|x| x == id.0) || own.contains(id.0);
            assert!(
                served,
                "{}: {id} is named an addressee but gets nothing",
                cat.id
            );
            assert!(
                !(cat.copies.iter().any(|x| x == id.0) && own.contains(id.0)),
                "{}: {id} twice",
                cat.id
            );
        }
        for id in cat.copies.iter() {
            assert!(
                cat.addressees.iter().skip(1).any(|a| a == id.0),
                "{}: copy to {id}, not an addressee",
                cat.id
            );
        }
    }
}

fn assert_public(what: &str, text: &str) {
    for m in REVIEW_MARKERS {
        assert!(
            !text.contains(m),
            "{what} carries a review note ({m}): {text}"
        );
    }
}

#[test]
fn only_public_sources_in_what_people_read() {
    let c = content();
    for g in c.grounds.iter() {
        assert_public(&format!("ground {}", g.id), &g.text);
        assert_public(&format!("ground {} source", g.id), &g.source);
    }
    for a in c.addressees.iter() {
        assert_public(
            &format!("addressee {}", a.id),
            &format!("{} {} {}", a.name, a.why, a.source),
        );
    }
    for e in c.exits.iter() {
        assert_public(
            &format!("exit {}", e.id),
            &format!("{} {} {} {}", e.title, e.summary, e.where_to_go, e.source),
        );
    }
    for p in c.programmes.iter() {
        assert_public(
            &format!("programme {}", p.id),
            &format!("{} {} {}", p.title, p.approved_by, p.source),
        );
    }
    for r in c.voice.representation.iter() {
        assert_public(
            &format!("representation {}", r.relation),
            &format!("{} {}", r.header, r.source),
        );
    }
    let n = &c.next_steps;
    for w in n.way.iter() {
        assert_public(
            &format!("way {}", w.id),
            &format!("{} {} {}", w.title, w.text, w.source),
        );
    }
    for e in [&n.answer, &n.escalation] {
        assert_public(
            "next steps",
            &format!("{} {} {}", e.title, e.text, e.source),
        );
    }
    for y in c.calendar_years.iter() {
        assert_public(&format!("calendar {}", y.year), &y.source);
    }
    for cat in c.categories.iter() {
        for (text, _) in all_templates(cat) {
            assert_public(&cat.id, text);
        }
        for v in cat.variants.iter() {
            assert_public(&cat.id, &v.explain);
        }
    }
}

#[test]
fn unconfirmed_law_names_no_article_in_its_source_either() {
    for g in content().grounds.iter().filter(|g| !g.confirmed) {
        let s = g.source.to_lowercase();
        for word in ["ст.", "стать", "част", "пункт", " ч. ", " п. "] {
            assert!(
                !s.contains(word),
                "unconfirmed ground {} cites an article in its source: {}",
                g.id,
                g.source
            );
        }
    }
}

/// A preposition straight before a value typed in the nominative would put
/// it in the wrong case («в Москва»): names follow a noun that takes them
/// as they are («в медицинской организации {clinic}»), or parentheses.
#[test]
fn no_preposition_before_a_typed_value() {
    const PREPOSITIONS: &[&str] = &[
        "в", "во", "на", "о", "об", "обо", "у", "к", "ко", "с", "со", "из", "от", "до", "по", "за",
        "для", "при", "без",
    ];
    for cat in content().categories.iter() {
        let free: BTreeSet<&str> = cat
            .questions
            .iter()
            .filter(|q| matches!(q.kind, QuestionKind::Text | QuestionKind::Textarea))
            // A clock time («в 21:40») reads the same in every case.
            .filter(|q| !q.id.ends_with("_time"))
            .map(|q| q.id.as_ref())
            .chain(["clinic", "clinic_name", "insurer", "region"])
            .collect();
        for (text, _) in all_templates(cat) {
            let mut rest = text;
            while let Some(open) = rest.find('{') {
                let before = rest[..open].trim_end();
                let word = before
                    .rsplit([' ', '(', '[', '|', '}'])
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                let after = &rest[open + 1..];
                let token: String = after
                    .chars()
                    .take_while(|c| *c != '}' && *c != '?')
                    .collect();
                assert!(
                    !(free.contains(token.as_str()) && PREPOSITIONS.contains(&word.as_str())),
                    "{}: «{word} {{{token}}}» puts a typed value after a preposition: {text}",
                    cat.id
                );
                rest = after;
            }
        }
    }
}

#[test]
fn the_voice_has_six_forms_for_every_word_and_a_header_for_every_relation() {
    let v = &content().voice;
    for forms in [&v.pronoun, &v.my_male, &v.my_female] {
        assert_eq!(forms.len(), 6);
    }
    for n in v.noun.iter() {
        assert_eq!(n.forms.len(), 6, "{}", n.id);
    }
    for relation in ["parent", "guardian", "attorney", "relative-of-deceased"] {
        let r = v
            .representation
            .iter()
            .find(|r| r.relation == relation)
            .unwrap_or_else(|| panic!("{relation}"));
        assert!(
            !r.attachments.is_empty() && !r.source.is_empty(),
            "{relation}"
        );
    }
}

/// The next programme of state guarantees is a change to
/// content/waiting-times.toml only: added as a fixture here, it judges the
/// events of its year, and the letter cites it.
#[test]
fn a_new_programme_takes_over_its_year_as_content_alone() {
    use zhaloba::domain::case::Case;
    use zhaloba::domain::content::{baked_data, Content, Limit, List, Programme, Text};
    use zhaloba::domain::date::Date;
    use zhaloba::domain::review::Review;
    use zhaloba::domain::rules::programme_for;
    let mut data = baked_data();
    let mut programmes = data.programmes.to_vec();
    let limits: Vec<Limit> = programmes[1]
        .limits
        .iter()
        .map(|l| Limit {
            working_days: if l.service == "specialist" {
                10
            } else {
                l.working_days
            },
            ..*l
        })
        .collect();
    programmes.push(Programme {
        id: Text("pgg-2027"),
        year: 2027,
        covers_to: Date::parse("2029-12-31").unwrap(),
        title: Text("Программа государственных гарантий бесплатного оказания гражданам медицинской помощи на 2027 год и на плановый период 2028 и 2029 годов"),
        approved_by: Text("постановлением Правительства Российской Федерации от 30.12.2026 № 9999"),
        source: Text("Постановление Правительства Российской Федерации от 30.12.2026 № 9999"),
        review: Text("fixture"),
        limits: List::leak(limits),
        ambulance_minutes: Some(20),
    });
    data.programmes = List::leak(programmes);
    let c = Content::new(data);
    let on = |d: &str| {
        programme_for(&c, Date::parse(d).unwrap()).map(|p| (p.programme.id.0, p.planning))
    };
    assert_eq!(on("2026-12-31"), Some(("pgg-2026", false)));
    assert_eq!(on("2027-01-11"), Some(("pgg-2027", false)));
    assert_eq!(on("2028-06-01"), Some(("pgg-2027", true)));
    let mut case =
        Case::from_json(&std::fs::read_to_string("examples/cases/waiting-time.json").unwrap())
            .unwrap();
    case.facts.insert("service".into(), "specialist".into());
    case.facts
        .insert("referral_date".into(), "2027-01-11".into());
    case.facts.remove("offered_date");
    case.signed_on = "2027-02-01".into();
    let review = Review::new(&c, &case, Date::parse("2027-02-01").unwrap());
    let text = zhaloba::writers::text::write(&review.letters[0]);
    assert!(
        text.contains("№ 9999") && !text.contains("№ 2188"),
        "{text}"
    );
    assert!(text.contains("составляет 10 рабочих дней"), "{text}");
}

#[test]
fn every_listed_category_and_exit_is_in_a_group_of_the_category_page() {
    use zhaloba::flow::CATEGORY_GROUPS;
    for c in content().categories.iter() {
        let g = c.group.map(|g| g.0);
        assert!(
            g.is_some_and(|g| CATEGORY_GROUPS.contains(&g)),
            "{}: group {g:?}",
            c.id
        );
    }
    for e in content().exits.iter().filter(|e| !e.unlisted) {
        let g = e.group.map(|g| g.0);
        assert!(
            g.is_some_and(|g| CATEGORY_GROUPS.contains(&g)),
            "{}: group {g:?}",
            e.id
        );
    }
}
