//! Incidents of several problems, and what is not ОМС: the content's
//! related problems can be joined (a question two problems share means the
//! same in both), letters go one per addressee, a service outside the
//! programme never gives an ОМС letter, and the consumer claim is never
//! routed to the insurer nor says the service was covered.
#![cfg(not(target_arch = "wasm32"))]

use zhaloba::domain::case::Case;
use zhaloba::domain::content::{content, AddresseeKind, QuestionKind};
use zhaloba::domain::date::Date;
use zhaloba::domain::review::Review;
use zhaloba::writers::text;

fn example(id: &str) -> Case {
    Case::from_json(&std::fs::read_to_string(format!("examples/cases/{id}.json")).unwrap()).unwrap()
}

fn letters(case: &Case) -> Vec<String> {
    let today = Date::parse(&case.signed_on).unwrap();
    Review::new(content(), case, today)
        .letters
        .iter()
        .map(text::write)
        .collect()
}

#[test]
fn related_problems_exist_and_share_questions_that_mean_the_same() {
    let c = content();
    for cat in c.categories.iter() {
        for id in cat.related.iter() {
            let other = c
                .category(id)
                .unwrap_or_else(|| panic!("{}: related «{id}» unknown", cat.id));
            assert_ne!(other.id, cat.id, "{}: related to itself", cat.id);
            assert!(
                other.oms,
                "{}: a non-ОМС problem joined to an ОМС letter",
                cat.id
            );
            for q in cat.questions.iter() {
                let Some(o) = other.question(&q.id) else {
                    continue;
                };
                // One answer serves both: the same kind and the same choices,
                // and never a narrative (which would be told twice).
                assert_eq!(q.kind, o.kind, "{} / {}: «{}»", cat.id, other.id, q.id);
                assert!(
                    !matches!(q.kind, QuestionKind::Textarea),
                    "{} / {}: narrative «{}» shared",
                    cat.id,
                    other.id,
                    q.id
                );
                let values = |x: &zhaloba::domain::content::Question| {
                    x.options.iter().map(|o| o.value.0).collect::<Vec<_>>()
                };
                assert_eq!(
                    values(q),
                    values(o),
                    "{} / {}: «{}»",
                    cat.id,
                    other.id,
                    q.id
                );
            }
        }
    }
}

#[test]
fn exits_and_switches_lead_somewhere() {
    let c = content();
    for cat in c.categories.iter() {
        for q in cat.questions.iter() {
            for o in q.options.iter() {
                if let Some(exit) = o.exit {
                    let e = c
                        .exit(&exit)
                        .unwrap_or_else(|| panic!("{}: exit «{exit}»", cat.id));
                    assert!(
                        e.unlisted,
                        "{}: an answer's exit is not offered as a situation",
                        e.id
                    );
                }
            }
        }
        for caution in cat.cautions.iter() {
            assert!(
                !caution.text.contains('{'),
                "{}: a caution is plain text",
                cat.id
            );
        }
    }
    for e in c.exits.iter() {
        if let Some(to) = e.switch_to {
            assert!(c.category(&to).is_some(), "{}: switch to «{to}»", e.id);
            assert!(
                e.switch_label.is_some(),
                "{}: the switch needs a label",
                e.id
            );
        }
    }
    for a in c
        .addressees
        .iter()
        .filter(|a| a.kind == AddresseeKind::Clinic)
    {
        assert!(
            a.head.is_some() && a.copy.is_some(),
            "{}: head and copy wording",
            a.id
        );
    }
}

#[test]
fn a_service_outside_the_programme_never_gives_an_oms_letter() {
    let paid = content().category("paid-care").unwrap();
    let screen = paid.question("service_type").unwrap();
    let mut case = example("paid-care");
    for o in screen.options.iter() {
        case.facts
            .insert("service_type".into(), o.value.to_string());
        let out = letters(&case);
        if o.exit.is_some() {
            assert!(out.is_empty(), "{}: {out:?}", o.value);
            assert!(zhaloba::flow::exit_of(content(), &case).is_some());
        } else {
            assert_eq!(out.len(), 2, "{}", o.value);
        }
    }
    // The implant itself: the consumer claim, to the seller, never the insurer.
    let claim = example("paid-not-covered");
    let review = Review::new(content(), &claim, Date::parse(&claim.signed_on).unwrap());
    assert_eq!(review.letter_addressees, ["seller-head"]);
    let t = text::write(&review.letters[0]);
    for covered in [
        "ОМС",
        "обязательного медицинского страхования",
        "программ",
        "бесплатно по",
    ] {
        assert!(
            !t.contains(covered),
            "«{covered}» in the consumer claim:\n{t}"
        );
    }
    assert!(
        t.starts_with(&" ".repeat(36)) && t.contains("Руководителю"),
        "{t}"
    );
}

#[test]
fn one_letter_per_addressee_and_kind_each_demand_once() {
    for name in [
        "50-incident-out-of-region-paid-policy",
        "52-incident-attachment-and-rudeness",
        "53-incident-ambulance-and-quality-son",
        "56-incident-paid-and-quality-son",
    ] {
        let case =
            Case::from_json(&std::fs::read_to_string(format!("tests/golden/{name}.json")).unwrap())
                .unwrap();
        assert!(!case.also.is_empty(), "{name}");
        let review = Review::new(content(), &case, Date::parse(&case.signed_on).unwrap());
        let mut keys: Vec<(&str, &str)> = review
            .letter_addressees
            .iter()
            .zip(&review.letters)
            .map(|(a, l)| (a.as_str(), l.title.as_str()))
            .collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(
            keys.len(),
            n,
            "{name}: two letters of a kind to one addressee"
        );
        for l in &review.letters {
            // Joined letters close with one demand for an answer.
            let replies = l
                .demands
                .iter()
                .filter(|d| {
                    d.starts_with("Сообщить мне") || d.starts_with("Дать мне письменный ответ")
                })
                .count();
            assert!(replies <= 1, "{name}: {:?}", l.demands);
        }
    }
}
