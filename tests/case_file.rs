//! The case file's reader and writer (`domain::json`, `case/reader.rs`,
//! `case/writer.rs`) against serde: the derived `Deserialize` of the case
//! types, read with the field's path as the CLI used to, and the derived
//! `Serialize` are the reference. Every example, every migration fixture,
//! generated cases and generated damage to them must come out the same:
//! the same case, or an error at the same field; the same text written.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::serde_case::{by_reader, by_serde, Outcome};
use proptest::prelude::*;
use zhaloba::domain::case::{
    from_serde_name, serde_name, Case, Gender, NameForms, Named, Registration, Relation,
};
use zhaloba::domain::json;

fn files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(path.to_str().unwrap()));
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    out
}

#[test]
fn every_example_and_fixture_reads_as_serde_reads_it() {
    let mut read = 0;
    for path in files("examples").into_iter().chain(files("tests")) {
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = by_serde(&text);
        assert_eq!(by_reader(&text), expected, "{}", path.display());
        read += usize::from(matches!(expected, Outcome::Read(_)));
    }
    // examples/cases, the golden letters' cases, the v1 and v2 fixtures.
    assert!(read >= 40, "only {read} case files read");
}

#[test]
fn damage_is_named_where_serde_names_it() {
    let good =
        r#"{"version":3,"category":"ethics","applicant":{"full_name":"А"},"facts":{"a":"b"}}"#;
    for (text, expected) in [
        (
            good.replace("\"a\":\"b\"", "\"a\":5"),
            Outcome::BadField("facts.a".into()),
        ),
        (
            good.replace("\"full_name\"", "\"fullname\""),
            Outcome::BadField("applicant.fullname".into()),
        ),
        (
            good.replace("\"А\"", "null"),
            Outcome::BadField("applicant.full_name".into()),
        ),
        (
            good.replace(
                "\"category\":\"ethics\"",
                "\"category\":\"ethics\",\"category\":\"x\"",
            ),
            Outcome::BadField("(корень)".into()),
        ),
        (
            good.replace("\"facts\":{\"a\":\"b\"}", "\"also\":[\"x\",1]"),
            Outcome::BadField("also[1]".into()),
        ),
        (
            good.replace(
                "\"facts\"",
                "\"represented\":{\"relation\":\"parent\"},\"facts\"",
            ),
            Outcome::BadField("represented".into()),
        ),
        (
            good.replace(
                "\"facts\"",
                "\"represented\":{\"relation\":\"uncle\",\"person\":{}},\"facts\"",
            ),
            Outcome::BadField("represented.relation".into()),
        ),
        (
            good.replace("\"version\":3", "\"version\":7"),
            Outcome::Newer(7),
        ),
        (
            good.replace("\"version\":3", "\"version\":3.0"),
            Outcome::NotACase,
        ),
        (
            good.replace("\"version\":3", "\"version\":\"3\""),
            Outcome::NotACase,
        ),
        (good.replace('}', "},"), Outcome::NotJson),
        ("[]".into(), Outcome::NotACase),
    ] {
        assert_eq!(by_serde(&text), expected, "serde on {text}");
        assert_eq!(by_reader(&text), expected, "reader on {text}");
    }
    // A repeated answer: the last one wins, as in a map.
    let twice = good.replace("\"a\":\"b\"", "\"a\":\"b\",\"a\":\"c\"");
    assert_eq!(by_reader(&twice), by_serde(&twice));
}

/// Each enum's names are serde's, and every variant has one.
fn names_are_serdes<T: Named + serde::Serialize + std::fmt::Debug>(all: &[T]) {
    assert_eq!(T::NAMES.len(), all.len());
    for v in all {
        let name = serde_name(*v);
        assert_eq!(format!("\"{name}\""), serde_json::to_string(v).unwrap());
        assert_eq!(from_serde_name::<T>(name), Some(*v), "{v:?}");
    }
}

#[test]
fn enum_names_are_the_serde_names() {
    names_are_serdes(&[Gender::Unknown, Gender::Female, Gender::Male]);
    names_are_serdes(&[
        Relation::Parent,
        Relation::Guardian,
        Relation::Attorney,
        Relation::RelativeOfDeceased,
    ]);
    names_are_serdes(&common::KINSHIPS);
}

#[test]
fn examples_are_written_as_serde_writes_them() {
    for path in files("examples").into_iter().chain(files("tests")) {
        let text = std::fs::read_to_string(&path).unwrap();
        if let Ok(case) = Case::from_json(&text) {
            assert_eq!(
                case.to_json(),
                serde_json::to_string_pretty(&case).unwrap(),
                "{}",
                path.display()
            );
        }
    }
}

/// The parts of a case `any_case` leaves empty.
fn any_extras() -> impl Strategy<Value = (NameForms, Vec<String>, Vec<String>, Registration)> {
    let text = common::any_text;
    (
        (text(), text(), text(), text(), text()),
        proptest::collection::vec(text(), 0..3),
        proptest::collection::vec(text(), 0..3),
        (text(), text()),
    )
        .prop_map(
            |((gen, dat, acc, ins, pre), also, attachments, (date, number))| {
                (
                    NameForms {
                        gen,
                        dat,
                        acc,
                        ins,
                        pre,
                    },
                    also,
                    attachments,
                    Registration { date, number },
                )
            },
        )
}

/// A value that is wrong for most members, for the damage below.
fn any_replacement() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::json;
    prop_oneof![
        Just(json!(null)),
        Just(json!(5)),
        Just(json!(-1.5)),
        Just(json!(true)),
        Just(json!([])),
        Just(json!(["x"])),
        Just(json!({})),
        Just(json!({"x": "y"})),
        Just(json!("female")),
        Just(json!("parent")),
        Just(json!("")),
    ]
}

/// Every member's place in the JSON, as a list of keys.
fn places(value: &serde_json::Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    if let serde_json::Value::Object(map) = value {
        for (k, v) in map {
            at.push(k.clone());
            out.push(at.clone());
            places(v, at, out);
            at.pop();
        }
    }
}

fn member<'v>(value: &'v mut serde_json::Value, keys: &[String]) -> &'v mut serde_json::Value {
    keys.iter().fold(value, |v, k| &mut v[k.as_str()])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// `Facts` behaves as the `BTreeMap` it replaced: same answers, same order.
    #[test]
    fn facts_are_a_map_in_key_order(ops in proptest::collection::vec((0u8..3, "[a-c]{0,2}", "[a-z]{0,3}"), 0..40)) {
        let mut facts = zhaloba::domain::case::Facts::default();
        let mut map = std::collections::BTreeMap::new();
        for (op, key, value) in ops {
            match op {
                0 => prop_assert_eq!(facts.insert(key.clone(), value.clone()), map.insert(key, value)),
                1 => prop_assert_eq!(facts.remove(&key), map.remove(&key)),
                _ => prop_assert_eq!(facts.get(&key), map.get(&key)),
            }
            prop_assert!(facts.iter().eq(map.iter()));
            prop_assert_eq!(facts.len(), map.len());
        }
    }

    #[test]
    fn generated_cases_read_back_the_same(case in common::any_case().boxed(), extras in any_extras().boxed()) {
        let mut case = case;
        (case.applicant.forms, case.also, case.attachments, case.registration) = extras;
        // A registration of spaces only is not written (`Registration::is_empty`).
        if case.registration.is_empty() {
            case.registration = Registration::default();
        }
        prop_assert_eq!(case.to_json(), serde_json::to_string_pretty(&case).unwrap());
        prop_assert_eq!(case.to_json_line(), serde_json::to_string(&case).unwrap());
        for text in [case.to_json(), case.to_json_line()] {
            prop_assert_eq!(by_reader(&text), Outcome::Read(Box::new(case.clone())));
            prop_assert_eq!(by_reader(&text), by_serde(&text));
        }
    }

    #[test]
    fn damaged_cases_fail_or_read_as_serde_does(
        // Boxed: the generators' trees together overflow a test thread's stack.
        case in common::any_case().boxed(),
        pick in any::<prop::sample::Index>(),
        how in 0u8..3,
        replacement in any_replacement(),
    ) {
        let mut value = serde_json::to_value(&case).unwrap();
        let mut all = Vec::new();
        places(&value, &mut Vec::new(), &mut all);
        let keys = pick.get(&all).clone();
        let (last, parent) = keys.split_last().unwrap();
        // serde reads a struct from an array of its fields in order (`[]`
        // is all defaults); no file writes one, and the reader refuses it.
        let struct_as_array =
            how == 0 && member(&mut value, &keys).is_object() && replacement.is_array();
        match how {
            0 => *member(&mut value, &keys) = replacement,
            1 => {
                member(&mut value, parent).as_object_mut().unwrap().remove(last);
            }
            _ => {
                if let Some(map) = member(&mut value, parent).as_object_mut() {
                    map.insert(format!("{last}_extra"), replacement);
                }
            }
        }
        let text = serde_json::to_string(&value).unwrap();
        if struct_as_array {
            prop_assert_eq!(by_reader(&text), Outcome::BadField(keys.join(".")), "{}", text);
        } else {
            prop_assert_eq!(by_reader(&text), by_serde(&text), "{}", text);
        }
    }
}

/// The member at `path` (`represented.person.gender`) of an object, made
/// (with the objects on its way) where it is missing.
fn member_mut<'v>(value: &'v mut json::Value, path: &str) -> &'v mut json::Value {
    path.split('.').fold(value, |v, key| {
        let json::Value::Object(members) = v else {
            panic!("{path}: {key} is not in an object");
        };
        let at = match members.iter().position(|(k, _)| k == key) {
            Some(at) => at,
            None => {
                members.push((key.to_string(), json::Value::Object(Vec::new())));
                members.len() - 1
            }
        };
        &mut members[at].1
    })
}

/// Every fixed field of the wizard's table (`flow::fields::FIELDS`) lives at
/// its path in the case file: the writer puts its value there, and the
/// reader, given only that member, reads the field from it.
#[test]
fn every_fixed_field_is_a_member_the_reader_and_writer_know() {
    use zhaloba::flow::fields::{Control, FIELDS};
    use zhaloba::flow::Fixed;
    let blank = || {
        let mut case = Case::new();
        // Someone acting for the patient, so the representation's fields have a place.
        (Fixed::Relation.spec().set)(&mut case, "guardian".into());
        case
    };
    for spec in FIELDS.iter() {
        let mut case = blank();
        let value = match spec.control {
            // A choice other than the one the blank case holds.
            Control::Choice(options) => options(&case)
                .iter()
                .rev()
                .map(|o| o.value)
                .find(|v| !v.is_empty() && *v != (spec.get)(&case))
                .expect("a second choice")
                .to_string(),
            _ => format!("ответ {}", spec.path),
        };
        (spec.set)(&mut case, value.clone());
        assert_eq!((spec.get)(&case), value, "{}", spec.path);
        let written = json::parse(&case.to_json()).unwrap();
        let member = spec
            .path
            .split('.')
            .try_fold(&written, |v, key| v.get(key))
            .unwrap_or_else(|| panic!("the writer writes no {}", spec.path))
            .clone();
        // The blank case's file with only this member changed.
        let mut file = json::parse(&blank().to_json()).unwrap();
        *member_mut(&mut file, spec.path) = member;
        let read = Case::from_json(&file.to_line())
            .unwrap_or_else(|e| panic!("the reader refuses {}: {e:?}", spec.path));
        assert_eq!(
            (spec.get)(&read),
            value,
            "the reader reads {} elsewhere",
            spec.path
        );
    }
}
