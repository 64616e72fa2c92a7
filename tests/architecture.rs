//! The layers of ARCHITECTURE.md, enforced: a module may import only from
//! layers below it, and the plain-Rust layers never touch the browser or
//! the clock. Read from the source text (comments left out), so a new file
//! is checked the day it is added.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The file's code without comments (`//…` to the end of a line).
fn code(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Names no file under `dir` may mention.
fn forbid(dir: &str, names: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(Path::new(dir)) {
        let code = code(&file);
        for name in names {
            if code.contains(name) {
                found.push(format!("{} uses {name}", file.display()));
            }
        }
    }
    found
}

const BROWSER: &[&str] = &["web_sys", "js_sys", "wasm_bindgen", "gloo", "yew"];
const ABOVE_DOMAIN: &[&str] = &[
    "crate::flow",
    "crate::saved",
    "crate::embed",
    "crate::i18n",
    "crate::web",
    "crate::ui",
    "crate::mount",
];
const APP: &[&str] = &["crate::web", "crate::ui", "crate::mount"];

#[test]
fn the_domain_is_plain_rust_below_everything() {
    let mut found = forbid("src/domain", BROWSER);
    found.extend(forbid("src/domain", ABOVE_DOMAIN));
    found.extend(forbid("src/domain", &["crate::writers"]));
    // No clock in the domain: "today" is passed in.
    found.extend(forbid("src/domain", &["SystemTime", "Instant::now"]));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn writers_know_only_the_document_model() {
    let mut found = forbid("src/writers", BROWSER);
    found.extend(forbid("src/writers", ABOVE_DOMAIN));
    assert!(found.is_empty(), "{found:#?}");
}

/// A file's code (comments left out) must not name any of `names`.
fn forbid_file(path: &str, names: &[&str]) -> Vec<String> {
    let code = code(Path::new(path));
    names
        .iter()
        .filter(|n| code.contains(*n))
        .map(|n| format!("{path} uses {n}"))
        .collect()
}

#[test]
fn the_engine_is_plain_rust_over_domain_and_writers() {
    let mut found = forbid_file("src/engine.rs", BROWSER);
    found.extend(forbid_file("src/engine.rs", ABOVE_DOMAIN));
    found.extend(forbid_file(
        "src/engine.rs",
        &["SystemTime", "Instant::now"],
    ));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn flow_saved_embed_and_i18n_stay_below_the_browser() {
    let mut found = Vec::new();
    for dir in ["src/flow", "src/i18n", "src/embed"] {
        found.extend(forbid(dir, BROWSER));
        found.extend(forbid(dir, APP));
    }
    for names in [BROWSER, APP] {
        for name in names {
            if code(Path::new("src/saved.rs")).contains(name) {
                found.push(format!("src/saved.rs uses {name}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn browser_adapters_do_not_know_the_components() {
    let found = forbid("src/web", &["crate::ui", "crate::mount"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn components_do_not_mount_themselves() {
    let found = forbid("src/ui", &["crate::mount"]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_checks_would_catch_a_leak() {
    // The rule itself: a domain file that named the browser would be found.
    let probe = std::env::temp_dir().join(format!("zhaloba-arch-{}", std::process::id()));
    std::fs::create_dir_all(&probe).unwrap();
    std::fs::write(
        probe.join("leak.rs"),
        "use web_sys::Window; // comment: yew\n",
    )
    .unwrap();
    let found = forbid(probe.to_str().unwrap(), BROWSER);
    assert_eq!(found.len(), 1, "{found:?}");
    std::fs::remove_dir_all(probe).unwrap();
}
