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
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("content.json");
    fs::write(dest, serde_json::to_string(&out).unwrap()).unwrap();
}
