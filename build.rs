//! Compiles the legal content (`content/**/*.toml`, written for lawyers to
//! read) into the compact binary the library embeds (postcard of
//! `domain::content_model::ContentData`). A TOML syntax error or a field of
//! the wrong shape stops the build here, naming the file and the field.

use serde::Deserialize;
use std::{env, fs, path::Path};

// The library's own content types (and the date type they use), so the
// bytes written here are exactly what the library reads.
#[allow(dead_code)]
#[path = "src/domain/content_model.rs"]
mod content_model;
#[allow(dead_code)]
#[path = "src/domain/date.rs"]
mod date;
use content_model::*;

// The files' own layout: one array of tables per file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    year: Vec<CalendarYear>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroundsFile {
    ground: Vec<Ground>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AddresseesFile {
    addressee: Vec<Addressee>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WaitingFile {
    programme: Vec<Programme>,
    #[serde(default)]
    regional: Vec<RegionalLimit>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExitsFile {
    exit: Vec<Exit>,
}

fn load<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn flatten(value: &serde_json::Value, key: String, out: &mut String) {
    let join = |k: &str| {
        if key.is_empty() {
            k.to_string()
        } else {
            format!("{key}.{k}")
        }
    };
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                flatten(v, join(k), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                flatten(v, join(&i.to_string()), out);
            }
        }
        serde_json::Value::String(text) => {
            assert!(
                !text.contains(['\u{1e}', '\u{1f}']),
                "{key}: control character"
            );
            out.push_str(&format!("{key}\u{1f}{text}\u{1e}"));
        }
        other => panic!("{key}: a translation must be text, not {other}"),
    }
}

fn main() {
    let content = Path::new("content");
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/domain/content_model.rs");
    println!("cargo:rerun-if-changed=src/domain/date.rs");
    let mut files: Vec<_> = fs::read_dir(content.join("categories"))
        .expect("content/categories")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    // File names start with a number: that is the order the wizard offers them in.
    files.sort();
    let waiting: WaitingFile = load(&content.join("waiting-times.toml"));
    let data = ContentData {
        calendar: load::<CalendarFile>(&content.join("calendar.toml")).year,
        grounds: load::<GroundsFile>(&content.join("grounds.toml")).ground,
        addressees: load::<AddresseesFile>(&content.join("addressees.toml")).addressee,
        programmes: waiting.programme,
        regional: waiting.regional,
        exits: load::<ExitsFile>(&content.join("exits.toml")).exit,
        next_steps: load(&content.join("next-steps.toml")),
        categories: files.iter().map(|p| load(p)).collect(),
    };
    let out_dir = env::var("OUT_DIR").unwrap();
    let bytes = postcard::to_allocvec(&data).expect("content serialises");
    fs::write(Path::new(&out_dir).join("content.bin"), bytes).unwrap();
    // Interface translations of the content (the letter stays Russian),
    // flattened to `key<US>text<RS>` records: reading them needs no JSON
    // value type in the wasm.
    let en = content.join("translations/en.toml");
    println!("cargo:rerun-if-changed={}", en.display());
    let text = fs::read_to_string(&en).unwrap();
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", en.display()));
    let mut records = String::new();
    flatten(
        &serde_json::to_value(value).unwrap(),
        String::new(),
        &mut records,
    );
    fs::write(Path::new(&out_dir).join("content-en.txt"), records).unwrap();
}
