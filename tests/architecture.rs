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

/// The longest a function body may be, as clippy's `too_many_lines` (100 in
/// `clippy.toml`) counts it.
const MAX_BODY_LINES: usize = 100;

/// Skips a literal or comment starting at `i` (a string, raw string, byte
/// string, character, `//` or `/* */` comment) and returns the index after
/// it, or `None` when none starts there. A lifetime (`'a`) is not a literal.
fn skip_literal(s: &[u8], i: usize) -> Option<usize> {
    let at = |k: usize| s.get(k).copied().unwrap_or(0);
    match (at(i), at(i + 1)) {
        (b'/', b'/') => Some(
            s[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(s.len(), |n| i + n),
        ),
        (b'/', b'*') => {
            let (mut k, mut depth) = (i + 2, 1);
            while depth > 0 && k < s.len() {
                match (at(k), at(k + 1)) {
                    (b'/', b'*') => (depth, k) = (depth + 1, k + 2),
                    (b'*', b'/') => (depth, k) = (depth - 1, k + 2),
                    _ => k += 1,
                }
            }
            Some(k)
        }
        (b'"', _) => {
            let mut k = i + 1;
            while k < s.len() && s[k] != b'"' {
                k += if s[k] == b'\\' { 2 } else { 1 };
            }
            Some(k + 1)
        }
        (b'r' | b'b', _) if !is_ident(at(i.wrapping_sub(1))) => {
            // r"…", r#"…"#, b"…", br#"…"#, b'…'
            let mut k = i + 1 + usize::from(at(i) == b'b' && at(i + 1) == b'r');
            if at(i) == b'b' && matches!(at(k), b'"' | b'\'') {
                return skip_literal(s, k);
            }
            let hashes = s[k..].iter().take_while(|&&c| c == b'#').count();
            if at(i) == b'b' && k == i + 1 || at(k + hashes) != b'"' {
                return None;
            }
            k += hashes + 1;
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            let end = s[k..]
                .windows(close.len())
                .position(|w| w == close.as_slice())?;
            Some(k + end + close.len())
        }
        // An escape: the character after the backslash may be a quote.
        (b'\'', b'\\') => Some(i + 3 + s[i + 3..].iter().position(|&c| c == b'\'')? + 1),
        // A character is one code point between quotes; otherwise a lifetime.
        (b'\'', _) => {
            let len = std::str::from_utf8(&s[i + 1..(i + 5).min(s.len())])
                .map_or_else(|e| e.valid_up_to(), |t| t.len());
            let first = std::str::from_utf8(&s[i + 1..i + 1 + len])
                .ok()?
                .chars()
                .next()?;
            let after = i + 1 + first.len_utf8();
            (at(after) == b'\'').then_some(after + 1)
        }
        _ => None,
    }
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Every `fn` with a body in `text`: its name, the line it starts on, and its
/// body (from `{` to `}`). Function pointer types (`fn(&Case)`) and
/// bodiless declarations are left out; a nested `fn` is found as well.
fn fn_bodies(text: &str) -> Vec<(String, usize, &str)> {
    let s = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if let Some(next) = skip_literal(s, i) {
            i = next;
            continue;
        }
        let word = s[i..].starts_with(b"fn") && !is_ident(s.get(i + 2).copied().unwrap_or(0));
        if !word || (i > 0 && is_ident(s[i - 1])) {
            i += 1;
            continue;
        }
        let rest = text[i + 2..].trim_start();
        let name: String = rest
            .chars()
            .take_while(|&c| c.is_alphanumeric() || c == '_')
            .collect();
        if name.is_empty() {
            i += 2;
            continue;
        }
        // The body's `{`: the first one outside parentheses and brackets
        // (`[u8; 3]` is no end); a `;` there first means no body.
        let (mut k, mut depth, mut open) = (i + 2, 0i32, None);
        while k < s.len() {
            if let Some(next) = skip_literal(s, k) {
                k = next;
                continue;
            }
            match s[k] {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b';' if depth == 0 => break,
                b'{' if depth == 0 => {
                    open = Some(k);
                    break;
                }
                _ => {}
            }
            k += 1;
        }
        let Some(open) = open else {
            i = k;
            continue;
        };
        let (mut k, mut depth) = (open, 0i32);
        while k < s.len() {
            if let Some(next) = skip_literal(s, k) {
                k = next;
                continue;
            }
            match s[k] {
                b'{' => depth += 1,
                b'}' => depth -= 1,
                _ => {}
            }
            k += 1;
            if depth == 0 {
                break;
            }
        }
        let line = text[..i].matches('\n').count() + 1;
        out.push((name, line, &text[open..k]));
        // On from the body's start, so a `fn` inside it is found too.
        i = open + 1;
    }
    out
}

/// A body's lines as clippy's `too_many_lines` counts them: the lines
/// between its braces with code on them; blank lines and lines holding only
/// a comment (`//…`, or inside or wholly of `/* … */`) do not count.
fn body_lines(body: &str) -> usize {
    let inner = body.strip_prefix('{').unwrap_or(body);
    let inner = inner.strip_suffix('}').unwrap_or(inner);
    let mut in_comment = false;
    inner
        .lines()
        .filter(|line| {
            let mut line = line.trim_start();
            let mut code = false;
            while !line.is_empty() {
                if in_comment {
                    match line.find("*/") {
                        Some(end) => {
                            line = line[end + 2..].trim_start();
                            in_comment = false;
                        }
                        None => break,
                    }
                } else {
                    let multi = line.find("/*").unwrap_or(line.len());
                    let single = line.find("//").unwrap_or(line.len());
                    code |= multi > 0 && single > 0;
                    if multi < single {
                        line = line[multi + 2..].trim_start();
                        in_comment = true;
                    } else {
                        break;
                    }
                }
            }
            code
        })
        .count()
}

/// clippy's `too_many_lines` does not look inside `#[function_component]`
/// or `#[hook]` bodies (the macros re-emit them), so the rule is counted
/// here for every `fn` in `src/`, components, hooks and tests included, the
/// way clippy counts (`body_lines`).
#[test]
fn no_function_is_longer_than_a_hundred_lines() {
    let mut long = Vec::new();
    let mut seen = 0;
    for file in rust_files(Path::new("src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (name, line, body) in fn_bodies(&text) {
            seen += 1;
            let n = body_lines(body);
            if n > MAX_BODY_LINES {
                long.push(format!("{}:{line} fn {name}: {n} lines", file.display()));
            }
        }
    }
    assert!(seen > 500, "only {seen} functions found in src/");
    assert!(
        long.is_empty(),
        "longer than {MAX_BODY_LINES} lines (split into view functions and hooks):\n{}",
        long.join("\n")
    );
}

#[test]
fn function_bodies_are_found_and_counted_as_clippy_counts() {
    let text = r##"
type Check = fn(&str) -> bool;
trait T { fn declared(&self) -> [u8; 3]; }
#[function_component(Page)]
pub fn page(p: &Props) -> Html {
    let brace = '{'; let q = '\''; // a } in a comment
    let s = "}{ fn not_a_function() {";
    let r = r#"" } "#;
    /* a comment
       over lines */
    fn inner<'a>(x: &'a str) -> &'a str { x }

    html! { <p>{ brace }{ q }{ s }{ r }</p> }
}
"##;
    let found: Vec<(String, usize, usize)> = fn_bodies(text)
        .into_iter()
        .map(|(name, line, body)| (name, line, body_lines(body)))
        .collect();
    assert_eq!(
        found,
        [("page".to_string(), 5, 5), ("inner".to_string(), 11, 1)]
    );
}
