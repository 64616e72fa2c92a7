//! Compiles the legal content (`content/**/*.toml`, written for lawyers to
//! read) into one JSON document that the library embeds. TOML syntax errors
//! stop the build here; shape errors are caught by the catalog tests.

use std::{env, fs, path::Path};

fn read_toml(path: &Path) -> serde_json::Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_value(value).expect("TOML maps to JSON")
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
    let mut out = serde_json::Map::new();
    for name in [
        "calendar",
        "grounds",
        "addressees",
        "waiting-times",
        "exits",
        "next-steps",
    ] {
        let path = content.join(format!("{name}.toml"));
        println!("cargo:rerun-if-changed={}", path.display());
        out.insert(name.replace('-', "_"), read_toml(&path));
    }
    let mut files: Vec<_> = fs::read_dir(content.join("categories"))
        .expect("content/categories")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    // File names start with a number: that is the order the wizard offers them in.
    files.sort();
    let categories = files
        .iter()
        .map(|p| {
            println!("cargo:rerun-if-changed={}", p.display());
            read_toml(p)
        })
        .collect();
    out.insert("categories".into(), serde_json::Value::Array(categories));
    let out_dir = env::var("OUT_DIR").unwrap();
    fs::write(
        Path::new(&out_dir).join("content.json"),
        serde_json::to_string(&out).unwrap(),
    )
    .unwrap();
    // Interface translations of the content (the letter stays Russian),
    // flattened to `key<US>text<RS>` records: reading them needs no JSON
    // value type in the wasm.
    let en = content.join("translations/en.toml");
    println!("cargo:rerun-if-changed={}", en.display());
    let mut records = String::new();
    flatten(&read_toml(&en), String::new(), &mut records);
    fs::write(Path::new(&out_dir).join("content-en.txt"), records).unwrap();
}
