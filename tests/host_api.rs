//! The host's options and events are one table each: `OPTIONS` in
//! src/embed/config.rs (name, tag attribute, kind, check, where it lands)
//! and `EVENTS` in src/embed/events.rs (name, payload). From them this test
//! writes the loader's lists (web/host-api.js, which scripts/post-build.mjs
//! puts into the loader) and the types (npm/index.d.ts, between its
//! `generated` lines), and fails while a committed file differs:
//! `ZHALOBA_HOST_API=write cargo test --test host_api` writes them again
//! (then read the diff). Both guides must show every option and event.
#![cfg(not(target_arch = "wasm32"))]

use zhaloba::embed::config::{Set, GROUPS};
use zhaloba::embed::{HostOption, Kind, Lands, EVENTS, OPTIONS};

const LOADER: &str = "web/host-api.js";
const TYPES: &str = "npm/index.d.ts";
const BEGIN: &str = "// generated: begin";
const END: &str = "// generated: end";

fn json_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(|i| format!("'{i}'")).collect();
    format!("[{}]", items.join(", "))
}

/// `organisation.name` → `organisationName`, as `dataset` spells
/// `data-organisation-name`.
fn dataset_key(option: &HostOption) -> String {
    let mut up = false;
    let mut key = String::new();
    for c in option.name.chars() {
        if c == '.' {
            up = true;
        } else if up {
            key.push(c.to_ascii_uppercase());
            up = false;
        } else {
            key.push(c);
        }
    }
    key
}

fn loader_only(fixed_only: bool) -> impl Iterator<Item = &'static str> {
    OPTIONS.iter().filter_map(move |o| match o.lands {
        Lands::Loader { fixed } if fixed || !fixed_only => Some(o.name),
        _ => None,
    })
}

/// web/host-api.js: what the loader reads from the tables.
fn loader_lists() -> String {
    let attributes: Vec<String> = OPTIONS
        .iter()
        .filter(|o| o.tag)
        .map(|o| {
            let how = match o.kind {
                Kind::Categories => "list",
                Kind::Flag => "flag",
                _ => "text",
            };
            format!("  {}: ['{}', '{how}'],", dataset_key(o), o.name)
        })
        .collect();
    let events: Vec<String> = EVENTS
        .iter()
        .map(|e| format!("  {}: {},", e.name, json_list(e.detail.iter().map(|d| d.0))))
        .collect();
    format!(
        "// Written by tests/host_api.rs from src/embed/'s tables (OPTIONS, EVENTS):
// do not edit; ZHALOBA_HOST_API=write cargo test --test host_api.
// The tag's attributes, by their `dataset` names: the option each sets and
// how its text is read.
var ATTRIBUTES = {{
{}
}};
// The loader's own options, never handed to the widget; those update()
// cannot change.
var LOADER_ONLY = {};
var FIXED = {};
// Each event's keys: only these pass.
var EVENTS = {{
{}
}};
",
        attributes.join("\n"),
        json_list(loader_only(false)),
        json_list(loader_only(true)),
        events.join("\n"),
    )
}

fn ts_type(kind: Kind) -> String {
    match kind {
        Kind::Text => "string".into(),
        Kind::OneOf(values) => values
            .iter()
            .map(|v| format!("'{v}'"))
            .collect::<Vec<_>>()
            .join(" | "),
        Kind::Categories => "CategoryId[]".into(),
        Kind::Flag => "boolean".into(),
    }
}

fn member(out: &mut String, doc: &str, name: &str, optional: bool, ts: &str) {
    if !doc.is_empty() {
        out.push_str(&format!("  /** {doc} */\n"));
    }
    let q = if optional { "?" } else { "" };
    out.push_str(&format!("  {name}{q}: {ts};\n"));
}

/// npm/index.d.ts's generated part: the options and the events' payloads.
fn types() -> String {
    let public: Vec<&HostOption> = OPTIONS.iter().filter(|o| o.public()).collect();
    let mut out = String::new();
    for (group, interface, doc) in GROUPS {
        out.push_str(&format!("/** {doc} */\nexport interface {interface} {{\n"));
        for o in &public {
            if let Some(field) = o.name.strip_prefix(&format!("{group}.")) {
                member(&mut out, o.doc, field, true, &ts_type(o.kind));
            }
        }
        out.push_str("}\n\n");
    }
    out.push_str("export interface Options {\n");
    let mut groups_done: Vec<&str> = Vec::new();
    for o in &public {
        match o.name.split_once('.') {
            Some((group, _)) if !groups_done.contains(&group) => {
                groups_done.push(group);
                let (_, interface, _) = GROUPS.iter().find(|g| g.0 == group).unwrap();
                member(&mut out, "", group, true, interface);
            }
            Some(_) => {}
            None => member(&mut out, o.doc, o.name, true, &ts_type(o.kind)),
        }
    }
    let fixed: Vec<String> = loader_only(true).map(|n| format!("'{n}'")).collect();
    out.push_str(&format!(
        "}}\n\n/** Options for a running widget: merged into the old ones; where it runs cannot change. */\n\
         export type UpdateOptions = Omit<Options, {}>;\n\n",
        fixed.join(" | ")
    ));
    for e in &EVENTS {
        out.push_str(&format!(
            "export interface {}Detail {{\n",
            capitalised(e.name)
        ));
        for (key, ts, doc) in e.detail {
            member(&mut out, doc, key, false, ts);
        }
        out.push_str("}\n");
    }
    out.push_str(
        "\n/** The events on the element you mounted on. */\nexport interface ZhalobaEventMap {\n",
    );
    for e in &EVENTS {
        out.push_str(&format!(
            "  'zhaloba:{}': CustomEvent<{}Detail>;\n",
            e.name,
            capitalised(e.name)
        ));
    }
    out.push_str("}\n");
    out
}

fn capitalised(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

fn write() -> bool {
    std::env::var("ZHALOBA_HOST_API").as_deref() == Ok("write")
}

#[test]
fn the_loader_lists_are_written_from_the_tables() {
    let lists = loader_lists();
    if write() {
        std::fs::write(LOADER, &lists).unwrap();
    }
    let committed = std::fs::read_to_string(LOADER).unwrap_or_default();
    assert_eq!(
        committed, lists,
        "{LOADER} is not what the tables say: ZHALOBA_HOST_API=write cargo test --test host_api"
    );
    let loader = std::fs::read_to_string("web/zhaloba-embed.js").unwrap();
    assert!(
        loader.contains("// include: host-api.js"),
        "the loader includes {LOADER}"
    );
}

#[test]
fn the_types_are_written_from_the_tables() {
    let file = std::fs::read_to_string(TYPES).unwrap();
    let (head, rest) = file
        .split_once(BEGIN)
        .expect("npm/index.d.ts: no generated part");
    let (_, tail) = rest
        .split_once(END)
        .expect("npm/index.d.ts: no end of the generated part");
    let line = " (tests/host_api.rs, from src/embed/'s tables)\n";
    let wanted = format!("{head}{BEGIN}{line}{}{END}{tail}", types());
    if write() {
        std::fs::write(TYPES, &wanted).unwrap();
    }
    let file = std::fs::read_to_string(TYPES).unwrap();
    assert_eq!(
        file, wanted,
        "{TYPES} is not what the tables say: ZHALOBA_HOST_API=write cargo test --test host_api"
    );
}

/// Each guide's table of options has a row per option the host gives,
/// with its tag attribute; its table of events a row per event with
/// exactly its payload's keys.
#[test]
fn both_guides_show_every_option_and_event() {
    for guide in ["EMBEDDING.md", "EMBEDDING.ru.md"] {
        let text = std::fs::read_to_string(guide).unwrap();
        let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| `")).collect();
        for o in OPTIONS.iter().filter(|o| o.public()) {
            let attribute = o.attribute().map_or("—".into(), |a| format!("`{a}`"));
            let row = format!("| `{}` | {attribute} |", o.name);
            assert!(
                rows.iter().any(|r| r.starts_with(&row)),
                "{guide}: no row «{row} …» in the table of options"
            );
        }
        // And no row for an option the table no longer has.
        for row in &rows {
            let cells: Vec<&str> = row.split(" | ").collect();
            let name = cells[0].trim_start_matches("| ").trim_matches('`');
            if cells.get(1).is_some_and(|c| c.starts_with("`data-")) || name.contains('.') {
                assert!(
                    OPTIONS.iter().any(|o| o.public() && o.name == name),
                    "{guide}: a row for «{name}», which the table does not have"
                );
            }
        }
        for e in &EVENTS {
            let keys: Vec<&str> = e.detail.iter().map(|d| d.0).collect();
            let row = format!("| `{}` | `{{ {} }}`", e.name, keys.join(", "));
            assert!(
                rows.iter().any(|r| r.starts_with(&row)),
                "{guide}: no row «{row} …» in the table of events"
            );
            assert!(
                text.contains(&format!("`zhaloba:{}`", e.name)),
                "{guide}: `zhaloba:{}`",
                e.name
            );
        }
    }
}

/// The table's own sense: names are unique, groups are named, what the
/// widget takes as a list is the list kind, the languages are the ones
/// `Lang` reads.
#[test]
fn the_table_is_consistent() {
    for (i, o) in OPTIONS.iter().enumerate() {
        assert!(
            OPTIONS[..i].iter().all(|p| p.name != o.name),
            "{} twice",
            o.name
        );
        if let Some((group, _)) = o.name.split_once('.') {
            assert!(
                GROUPS.iter().any(|g| g.0 == group),
                "{}: no group {group}",
                o.name
            );
        }
        match o.lands {
            Lands::Given(set) | Lands::Widget(set) => assert_eq!(
                matches!(set, Set::List(_)),
                o.kind == Kind::Categories,
                "{}: a list is set as a list",
                o.name
            ),
            Lands::Loader { .. } => {}
        }
        if matches!(o.lands, Lands::Given(_)) {
            assert!(!o.tag, "{}: given by the loader, not the tag", o.name);
        }
    }
    let lang = OPTIONS.iter().find(|o| o.name == "lang").unwrap();
    let Kind::OneOf(langs) = lang.kind else {
        panic!("lang is one of the languages")
    };
    for l in langs {
        assert!(zhaloba::i18n::Lang::parse(l).is_some(), "{l}");
    }
}
