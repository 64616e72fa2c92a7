//! Property tests: whatever a person types or a file contains, the domain
//! answers with a finding, a letter or a list of what is missing — never a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

mod common;
use common::{any_case, any_text};
use zhaloba::domain::case::Case;
use zhaloba::domain::content::content;
use zhaloba::domain::date::Date;
use zhaloba::domain::ids;
use zhaloba::domain::review::Review;
use zhaloba::writers::text;

fn strings(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(a) => a.iter().flat_map(strings).collect(),
        serde_json::Value::Object(o) => o.values().flat_map(strings).collect(),
        _ => vec![],
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn identifier_checks_never_panic(s in any_text()) {
        let _ = ids::check_policy(&s);
        let _ = ids::normalise(&s);
        let _ = ids::check_postal_address(&s);
        let _ = ids::check_inn(&s);
        let _ = ids::check_ogrn(&s);
        let _ = ids::check_postal_index(&s);
        let _ = ids::check_phone(&s);
        let _ = ids::check_email(&s);
        let _ = Date::parse(&s);
        let _ = Date::from_parts(&s, &s, &s);
        let _ = zhaloba::domain::words::parse_money(&s);
    }

    #[test]
    fn a_valid_policy_stays_valid_and_any_single_digit_change_is_caught(body in "[0-9]{15}", pos in 0usize..16, delta in 1u8..10) {
        // Complete the 15 digits with the Luhn check digit.
        let digits: Vec<u8> = body.bytes().map(|b| b - b'0').collect();
        let check = (0..10).find(|c| { let mut d = digits.clone(); d.push(*c); ids::luhn_valid(&d) }).unwrap();
        let mut policy: Vec<u8> = digits.clone();
        policy.push(check);
        let as_text = |d: &[u8]| d.iter().map(|x| char::from(b'0' + x)).collect::<String>();
        prop_assert_eq!(ids::check_policy(&as_text(&policy)), None);
        policy[pos] = (policy[pos] + delta) % 10;
        prop_assert_eq!(ids::check_policy(&as_text(&policy)), Some(ids::Finding::PolicyChecksum));
    }

    #[test]
    fn any_case_gives_a_letter_or_says_what_is_missing(case in any_case()) {
        let today = Date::parse("2026-11-22").unwrap();
        let Review { letters, missing, .. } = Review::new(content(), &case, today);
        if content().category(&case.category).is_none() {
            prop_assert!(letters.is_empty());
            prop_assert!(!missing.is_empty());
        } else {
            prop_assert!(!letters.is_empty());
            // Unless the person typed a brace, no template placeholder may survive.
            let typed_brace = strings(&serde_json::to_value(&case).unwrap()).iter().any(|s| s.contains(['{', '}']));
            for l in letters.iter() {
                let t = text::write(l);
                prop_assert!(typed_brace || !t.contains(['{', '}']), "{}", t);
            }
            if missing.is_empty() {
                let l = &letters[0];
                prop_assert!(!l.to.is_empty() && !l.from.is_empty() && !l.facts.is_empty());
                prop_assert!(l.date.is_some());
                prop_assert!(!l.signer.is_empty());
            }
        }
        // The case survives a round trip through its file format.
        prop_assert_eq!(Case::from_json(&case.to_json()).unwrap(), case);
    }

    #[test]
    fn any_json_is_read_or_refused_with_a_reason(s in any_text()) {
        let _ = Case::from_json(&s);
        let _ = Case::from_json(&format!("{{\"version\":1,\"facts\":{{\"a\":{s:?}}},\"x\":{s:?}}}"));
    }
}
