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
    "crate::messages",
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
    let mut found = forbid("src/engine", BROWSER);
    found.extend(forbid("src/engine", ABOVE_DOMAIN));
    found.extend(forbid("src/engine", &["SystemTime", "Instant::now"]));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn flow_saved_embed_i18n_and_messages_stay_below_the_browser() {
    let mut found = Vec::new();
    for dir in ["src/flow", "src/i18n", "src/embed"] {
        found.extend(forbid(dir, BROWSER));
        found.extend(forbid(dir, APP));
    }
    for file in ["src/saved.rs", "src/messages.rs"] {
        found.extend(forbid_file(file, BROWSER));
        found.extend(forbid_file(file, APP));
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

// ---------------------------------------------------------------------------
// The import graph between files, drawn from the source text: every `use`
// tree (grouped `use crate::{a, b::{c}}`, `super::`, `self::`, paths relative
// to a child module) and every path written inline (`crate::x::y`,
// `super::x`, `zhaloba::x` in the binaries), with comments and string
// literals left out. A path leads to the file of its longest module prefix;
// `mod x;` declarations are not imports. Items whose `#[cfg(…)]` a build
// leaves out are left out of that build's graph.
// ---------------------------------------------------------------------------

use std::collections::{BTreeMap, BTreeSet};

/// The layers, lowest first: a module may import only from its own layer or
/// a lower one. A file belongs to the entry naming the longest prefix of
/// its module path (`bin` holds the binaries); a file no entry names fails
/// the test, so a new module is placed here the day it is added.
const LAYERS: &[&[&str]] = &[
    // The domain, leaves first.
    &[
        "domain::words",
        "domain::date",
        "domain::json",
        "domain::ids",
    ],
    &["domain::case"],
    &["domain::content::model"],
    &[
        "domain::content::translate",
        "domain::content::load",
        "domain::calendar",
    ],
    &["domain::content"],
    &["domain::names", "domain::template"],
    // The page's half of the rules, then what the page checks with it.
    &["domain::rules::questions"],
    &["domain::completeness"],
    // The files worker's half: the assessment, the letters, the review.
    &["domain::rules::assess"],
    // The letter's conditions: the questions' and the assessment's.
    &["domain::condition"],
    &["domain::rules"],
    &["domain::complaint"],
    &["domain::review"],
    &["domain"],
    &["writers::format"],
    &["writers"],
    &["engine::summary"],
    &["engine"],
    &["i18n::lang"],
    &["i18n::catalogue"],
    &["i18n"],
    &["embed"],
    // The wizard's flow as a line.
    &["flow::step"],
    &["flow::clash"],
    &["flow::problem"],
    &["flow::fields"],
    &["flow::route"],
    &["flow::plausible"],
    &["flow::validate"],
    &["flow::mailto", "flow"],
    &["saved"],
    &["messages"],
    &["web"],
    &["ui"],
    &["mount"],
    &["bin"],
];

/// What only the files worker may reach: the assessment, the complaint
/// composer and its model, the review, the writers, and the engine that
/// runs them. Paths under `src/`.
const WORKER_ONLY: &[&str] = &[
    "domain/rules/assess.rs",
    "domain/condition.rs",
    "domain/complaint/",
    "domain/review.rs",
    "writers/",
    "engine/mod.rs",
];

/// Under `WORKER_ONLY` but the page's too: the table of file formats, a
/// leaf the page names when it asks the worker for a file.
const PAGE_MAY: &[&str] = &["writers/format.rs"];

/// A build's cfg: the target and the cargo features it is compiled with.
#[derive(Clone, Debug)]
struct Build {
    wasm: bool,
    test: bool,
    features: BTreeSet<String>,
}

impl Build {
    /// Evaluates a cfg predicate (`all(test, not(target_arch = "wasm32"))`).
    fn holds(&self, pred: &str) -> bool {
        let pred = pred.trim();
        let call = |name: &str| {
            pred.strip_prefix(name)
                .map(str::trim_start)
                .and_then(|r| r.strip_prefix('('))
                .and_then(|r| r.strip_suffix(')'))
        };
        if let Some(inner) = call("all") {
            return split_top(inner).iter().all(|p| self.holds(p));
        }
        if let Some(inner) = call("any") {
            return split_top(inner).iter().any(|p| self.holds(p));
        }
        if let Some(inner) = call("not") {
            return !self.holds(inner);
        }
        if let Some((key, value)) = pred.split_once('=') {
            let value = value.trim().trim_matches('"');
            return match key.trim() {
                "target_arch" => (value == "wasm32") == self.wasm,
                "feature" => self.features.contains(value),
                other => panic!("tests/architecture.rs knows no cfg key {other:?}"),
            };
        }
        match pred {
            "test" => self.test,
            other => panic!("tests/architecture.rs knows no cfg {other:?}"),
        }
    }
}

/// `a, b(c, d), e` → `["a", "b(c, d)", "e"]`.
fn split_top(s: &str) -> Vec<&str> {
    let (mut out, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in s.char_indices() {
        match c {
            '(' | '{' => depth += 1,
            ')' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out.into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The code without comments, character literals and strings: a string
/// whose text could be a cfg value (`"wasm32"`, `"texts-file"`) is kept,
/// any other becomes `""`, so only code names modules.
fn strip(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let at = |i: usize| b.get(i).copied().unwrap_or('\0');
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let (mut out, mut i) = (String::new(), 0);
    let string = |out: &mut String, text: &[char]| {
        if text.iter().all(|c| ident(*c) || *c == '-') {
            out.push('"');
            out.extend(text);
            out.push('"');
        } else {
            out.push_str("\"\"");
        }
    };
    while i < b.len() {
        if at(i) == '/' && at(i + 1) == '/' {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if at(i) == '/' && at(i + 1) == '*' {
            i += 2;
            while i < b.len() && !(at(i) == '*' && at(i + 1) == '/') {
                i += 1;
            }
            i += 2;
        } else if at(i) == 'r' && matches!(at(i + 1), '"' | '#') && (i == 0 || !ident(b[i - 1])) {
            let hashes = (i + 1..b.len()).take_while(|k| b[*k] == '#').count();
            if at(i + 1 + hashes) != '"' {
                out.push(b[i]);
                i += 1;
                continue;
            }
            let start = i + 2 + hashes;
            let mut end = start;
            while end < b.len() && !(b[end] == '"' && (1..=hashes).all(|k| at(end + k) == '#')) {
                end += 1;
            }
            string(&mut out, &b[start..end.min(b.len())]);
            i = end + 1 + hashes;
        } else if at(i) == '"' {
            let start = i + 1;
            let mut end = start;
            while end < b.len() && b[end] != '"' {
                end += if b[end] == '\\' { 2 } else { 1 };
            }
            string(&mut out, &b[start..end.min(b.len())]);
            i = end + 1;
        } else if at(i) == '\'' && (at(i + 2) == '\'' || at(i + 1) == '\\') {
            // A character literal ('x', '\n', '\u{1e}'); a lifetime has no closing quote.
            i += if at(i + 1) == '\\' { 3 } else { 2 };
            while i < b.len() && b[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// The end of the item that starts at `from` (after its attributes): its
/// `;`, or the `}` closing its first `{`.
fn item_end(code: &[char], mut from: usize) -> usize {
    // Further attributes of the same item.
    loop {
        while from < code.len() && code[from].is_whitespace() {
            from += 1;
        }
        if code.get(from) == Some(&'#') && code.get(from + 1) == Some(&'[') {
            from = matching(code, from + 1) + 1;
        } else {
            break;
        }
    }
    let mut i = from;
    while i < code.len() {
        match code[i] {
            ';' => return i + 1,
            '{' => return matching(code, i) + 1,
            _ => i += 1,
        }
    }
    code.len()
}

/// The index of the bracket closing the one at `open`.
fn matching(code: &[char], open: usize) -> usize {
    let (o, c) = match code[open] {
        '[' => ('[', ']'),
        '(' => ('(', ')'),
        _ => ('{', '}'),
    };
    let mut depth = 0;
    for (i, &ch) in code.iter().enumerate().skip(open) {
        if ch == o {
            depth += 1;
        } else if ch == c {
            depth -= 1;
            if depth == 0 {
                return i;
            }
        }
    }
    code.len()
}

/// The code with the items `build` leaves out removed (`#[cfg(…)]` false).
fn for_build(code: &str, build: &Build) -> String {
    let chars: Vec<char> = code.chars().collect();
    let (mut out, mut i) = (String::new(), 0);
    while i < chars.len() {
        let rest: String = chars[i..chars.len().min(i + 6)].iter().collect();
        if rest == "#[cfg(" {
            let close = matching(&chars, i + 5);
            let pred: String = chars[i + 6..close].iter().collect();
            let attr_end = matching(&chars, i + 1) + 1;
            if build.holds(&pred) {
                i = attr_end;
            } else {
                i = item_end(&chars, attr_end);
            }
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// `a::{b, c::{d, e}}` → `[a::b, a::c::d, a::c::e]` (renames dropped).
fn expand(tree: &str) -> Vec<String> {
    let tree: String = {
        let words: Vec<&str> = tree.split_whitespace().collect();
        let mut kept = Vec::new();
        let mut skip = false;
        for w in words {
            if skip {
                skip = false;
                // `x as y,` keeps the comma or brace after `y`.
                kept.push(w.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_'));
                continue;
            }
            if w == "as" {
                skip = true;
                continue;
            }
            kept.push(w);
        }
        kept.concat()
    };
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    split_top(inner)
        .into_iter()
        .flat_map(|part| expand(&format!("{prefix}{part}")))
        .collect()
}

/// The library's files by module path, and the binaries.
struct Tree {
    root: PathBuf,
    modules: BTreeMap<Vec<String>, PathBuf>,
    bins: Vec<PathBuf>,
}

impl Tree {
    fn read(root: &Path) -> Tree {
        let (mut modules, mut bins) = (BTreeMap::new(), Vec::new());
        for file in rust_files(root) {
            let rel = file.strip_prefix(root).unwrap();
            let mut parts: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts == ["main"] || parts.first().is_some_and(|p| p == "bin") {
                bins.push(file);
                continue;
            }
            if parts.last().is_some_and(|l| l == "mod" || l == "lib") {
                parts.pop();
            }
            modules.insert(parts, file);
        }
        Tree {
            root: root.to_path_buf(),
            modules,
            bins,
        }
    }

    fn files(&self) -> impl Iterator<Item = &PathBuf> {
        self.modules.values().chain(&self.bins)
    }

    fn name(&self, file: &Path) -> String {
        file.strip_prefix(&self.root).unwrap().display().to_string()
    }

    /// The module path a file's layer is read from (`bin::…` for binaries).
    fn module_of(&self, file: &Path) -> Vec<String> {
        if let Some((m, _)) = self.modules.iter().find(|(_, f)| f.as_path() == file) {
            return m.clone();
        }
        vec!["bin".into(), self.name(file)]
    }

    /// The file a path written in `module` (inside its inline modules
    /// `inline`) leads to; `None` for another crate or a local name.
    fn resolve(
        &self,
        module: &[String],
        inline: &[String],
        path: &str,
        bin: bool,
    ) -> Option<&PathBuf> {
        let segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let here: Vec<String> = module.iter().chain(inline).cloned().collect();
        let (mut at, rest): (Vec<String>, &[&str]) = match segs.first().copied()? {
            "crate" if !bin => (Vec::new(), &segs[1..]),
            "zhaloba" if bin => (Vec::new(), &segs[1..]),
            "self" => (here, &segs[1..]),
            "super" => {
                let mut at = here;
                let mut n = 0;
                while segs.get(n) == Some(&"super") {
                    at.pop();
                    n += 1;
                }
                (at, &segs[n..])
            }
            first
                if !bin
                    && self
                        .modules
                        .contains_key(&[here.clone(), vec![first.into()]].concat()) =>
            {
                (here, &segs[..])
            }
            _ => return None,
        };
        for seg in rest {
            let mut next = at.clone();
            next.push(seg.to_string());
            if self.modules.contains_key(&next) {
                at = next;
            } else {
                break;
            }
        }
        // Inside an inline module, a path back to its own file.
        while !at.is_empty() && !self.modules.contains_key(&at) {
            at.pop();
        }
        // The crate root only declares the modules.
        if at.is_empty() {
            return None;
        }
        self.modules.get(&at)
    }

    /// The files `file` imports, in `build` (every item when `None`).
    fn imports(&self, file: &Path, build: Option<&Build>) -> BTreeSet<PathBuf> {
        let mut code = strip(&std::fs::read_to_string(file).unwrap());
        if let Some(build) = build {
            code = for_build(&code, build);
        }
        let bin = self.bins.iter().any(|b| b == file);
        let module = if bin {
            Vec::new()
        } else {
            self.module_of(file)
        };
        let chars: Vec<char> = code.chars().collect();
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        let mut out = BTreeSet::new();
        // Inline modules open at this brace depth: (depth, name).
        let (mut inline, mut depth): (Vec<(usize, String)>, usize) = (Vec::new(), 0);
        let mut i = 0;
        let word_at = |i: usize, w: &str| {
            let end = i + w.chars().count();
            chars.len() >= end
                && chars[i..end].iter().copied().eq(w.chars())
                && (i == 0 || !ident(chars[i - 1]))
                && chars.get(end).is_none_or(|c| !ident(*c))
        };
        while i < chars.len() {
            let names: Vec<String> = inline.iter().map(|(_, n)| n.clone()).collect();
            match chars[i] {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if inline.last().is_some_and(|(d, _)| *d == depth) {
                        inline.pop();
                    }
                }
                _ => {}
            }
            if word_at(i, "mod") {
                // `mod name {` opens an inline module; `mod name;` declares a file.
                let rest: String = chars[i + 3..].iter().take(80).collect();
                let name: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| ident(*c))
                    .collect();
                let after = rest.trim_start()[name.len()..].trim_start();
                if after.starts_with('{') {
                    inline.push((depth, name));
                }
            }
            let starts_statement =
                i == 0 || matches!(chars[i - 1], ' ' | '\n' | '\t' | '{' | '}' | ';');
            if starts_statement && word_at(i, "use") {
                let end = chars[i..]
                    .iter()
                    .position(|c| *c == ';')
                    .map_or(chars.len(), |p| i + p);
                let tree: String = chars[i + 3..end].iter().collect();
                for path in expand(&tree) {
                    if let Some(f) = self.resolve(&module, &names, &path, bin) {
                        out.insert(f.clone());
                    }
                }
                i = end;
                continue;
            }
            let head = ["crate::", "super::", "self::", "zhaloba::"]
                .into_iter()
                .find(|head| {
                    word_at(i, &head[..head.len() - 2])
                        && chars[i..].iter().take(head.len()).copied().eq(head.chars())
                });
            // A child module named inline (`<wizard::Wizard />`).
            let child = head.is_none()
                && !bin
                && (i == 0 || !(ident(chars[i - 1]) || chars[i - 1] == ':'))
                && {
                    let name: String = chars[i..].iter().take_while(|c| ident(**c)).collect();
                    chars[i + name.chars().count()..].starts_with(&[':', ':'])
                        && self
                            .modules
                            .contains_key(&[module.clone(), names.clone(), vec![name]].concat())
                };
            if head.is_some() || child {
                let path: String = chars[i..]
                    .iter()
                    .take_while(|c| ident(**c) || **c == ':')
                    .collect();
                if let Some(f) = self.resolve(&module, &names, &path, bin) {
                    out.insert(f.clone());
                }
                i += path.chars().count();
                continue;
            }
            i += 1;
        }
        out.remove(file);
        out
    }

    fn graph(&self, build: Option<&Build>) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
        self.files()
            .map(|f| (f.clone(), self.imports(f, build)))
            .collect()
    }

    /// The layer of a file: the index in `layers` of the entry naming the
    /// longest prefix of its module path.
    fn layer(&self, file: &Path, layers: &[&[&str]]) -> Option<usize> {
        let module = self.module_of(file);
        let mut best: Option<(usize, usize)> = None;
        for (level, entries) in layers.iter().enumerate() {
            for entry in entries.iter() {
                let parts: Vec<&str> = entry.split("::").collect();
                if parts.len() <= module.len()
                    && parts.iter().zip(&module).all(|(a, b)| a == b)
                    && best.is_none_or(|(len, _)| parts.len() > len)
                {
                    best = Some((parts.len(), level));
                }
            }
        }
        best.map(|(_, level)| level)
    }
}

/// Every import that runs up the layers, and every file no layer names.
fn upward_imports(tree: &Tree, layers: &[&[&str]]) -> Vec<String> {
    let mut found = Vec::new();
    for (file, imports) in tree.graph(None) {
        // The crate root only declares the modules.
        if tree.module_of(&file).is_empty() {
            continue;
        }
        let Some(mine) = tree.layer(&file, layers) else {
            found.push(format!("{} is in no layer of LAYERS", tree.name(&file)));
            continue;
        };
        for imported in imports {
            let theirs = tree.layer(&imported, layers).unwrap_or(usize::MAX);
            if theirs > mine {
                found.push(format!(
                    "{} (layer {mine}) imports {} (layer {theirs})",
                    tree.name(&file),
                    tree.name(&imported)
                ));
            }
        }
    }
    found
}

/// The import circles between files, each as its path of files.
fn circles(graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    // 0 unseen, 1 on the path, 2 done.
    fn visit(
        f: &PathBuf,
        graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        state: &mut BTreeMap<PathBuf, u8>,
        path: &mut Vec<PathBuf>,
        found: &mut Vec<Vec<PathBuf>>,
    ) {
        state.insert(f.clone(), 1);
        path.push(f.clone());
        for g in graph.get(f).into_iter().flatten() {
            match state.get(g).copied().unwrap_or(0) {
                0 => visit(g, graph, state, path, found),
                1 => {
                    let from = path.iter().position(|p| p == g).unwrap();
                    found.push(path[from..].to_vec());
                }
                _ => {}
            }
        }
        path.pop();
        state.insert(f.clone(), 2);
    }
    let (mut state, mut found) = (BTreeMap::new(), Vec::new());
    for f in graph.keys() {
        if !state.contains_key(f) {
            visit(f, graph, &mut state, &mut Vec::new(), &mut found);
        }
    }
    found
}

/// The files a build reaches from `entry`, each with the file that
/// imported it first (for the chain in a failure).
fn reachable(tree: &Tree, entry: &Path, build: &Build) -> BTreeMap<PathBuf, Option<PathBuf>> {
    let mut seen = BTreeMap::from([(entry.to_path_buf(), None)]);
    let mut queue = vec![entry.to_path_buf()];
    while let Some(f) = queue.pop() {
        for g in tree.imports(&f, Some(build)) {
            if !seen.contains_key(&g) {
                seen.insert(g.clone(), Some(f.clone()));
                queue.push(g);
            }
        }
    }
    seen
}

/// What the page reaches of `worker_only` (less `page_may`), each with the
/// chain of imports that leads there.
fn page_leaks(tree: &Tree, entry: &Path, build: &Build) -> Vec<String> {
    let reached = reachable(tree, entry, build);
    let mut found = Vec::new();
    for file in reached.keys() {
        let name = tree.name(file);
        if WORKER_ONLY.iter().any(|w| name.starts_with(w)) && !PAGE_MAY.contains(&name.as_str()) {
            let mut chain = vec![name];
            let mut at = file;
            while let Some(Some(parent)) = reached.get(at) {
                chain.push(tree.name(parent));
                at = parent;
            }
            chain.reverse();
            found.push(chain.join(" → "));
        }
    }
    found
}

/// The page's build as the project builds it: the binary and cargo
/// features of index.html's `data-type="main"` link (Trunk), with the
/// features they enable in Cargo.toml, for wasm32.
fn page_build() -> (PathBuf, Build) {
    let html = std::fs::read_to_string("index.html").unwrap();
    let link = html
        .split('<')
        .find(|tag| tag.starts_with("link") && tag.contains("data-type=\"main\""))
        .expect("index.html has the page's Trunk link");
    let attr = |name: &str| {
        let start = link.find(&format!("{name}=\""))? + name.len() + 2;
        Some(link[start..start + link[start..].find('"')?].to_string())
    };
    let bin = attr("data-bin").expect("the page's link names its binary");
    let cargo: toml::Value = std::fs::read_to_string("Cargo.toml")
        .unwrap()
        .parse()
        .unwrap();
    let path = cargo["bin"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"].as_str() == Some(&bin))
        .and_then(|b| b["path"].as_str())
        .expect("Cargo.toml declares the page's binary");
    let table = cargo["features"].as_table().unwrap();
    let mut features: BTreeSet<String> = attr("data-cargo-features")
        .unwrap_or_default()
        .split([',', ' '])
        .filter(|f| !f.is_empty())
        .map(String::from)
        .collect();
    if !link.contains("data-cargo-no-default-features") {
        features.insert("default".into());
    }
    // What each feature enables, until nothing new comes.
    loop {
        let more: BTreeSet<String> = features
            .iter()
            .filter_map(|f| table.get(f)?.as_array())
            .flatten()
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
        if more.is_subset(&features) {
            break;
        }
        features.extend(more);
    }
    let build = Build {
        wasm: true,
        test: false,
        features,
    };
    (PathBuf::from(path), build)
}

#[test]
fn every_import_runs_down_the_layers() {
    let found = upward_imports(&Tree::read(Path::new("src")), LAYERS);
    assert!(found.is_empty(), "{found:#?}");
}

/// The graph with a module's uses of its own submodules left out: a
/// `mod.rs` dispatching to its children, which share its items, is one
/// module (`writers/mod.rs` calls `text::write`, `text.rs` reads the
/// frame's words from it). Any other circle is one between modules.
fn between_modules(
    tree: &Tree,
    mut graph: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    for (file, imports) in graph.iter_mut() {
        let parent = tree.module_of(file);
        imports.retain(|f| {
            let child = tree.module_of(f);
            !(child.len() > parent.len() && child.starts_with(&parent))
        });
    }
    graph
}

#[test]
fn no_file_imports_itself_round_a_circle() {
    let tree = Tree::read(Path::new("src"));
    let found: Vec<String> = circles(&between_modules(&tree, tree.graph(None)))
        .iter()
        .map(|c| {
            c.iter()
                .map(|f| tree.name(f))
                .collect::<Vec<_>>()
                .join(" → ")
        })
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

/// The first screen carries the questions, not the answers' assessment:
/// nothing the page's build reaches from its entry imports the assessment,
/// the complaint composer or the writers (those are the files worker's).
#[test]
fn the_page_reaches_no_assessment_composer_or_writer() {
    let (entry, build) = page_build();
    assert!(
        build.features.contains("texts-file") && !build.features.contains("engine"),
        "the page's build as index.html asks for it: {build:?}"
    );
    let tree = Tree::read(Path::new("src"));
    let found = page_leaks(&tree, &entry, &build);
    assert!(found.is_empty(), "{found:#?}");
    // Not vacuous: the page does reach its own side.
    let reached = reachable(&tree, &entry, &build);
    for page in [
        "src/ui/wizard.rs",
        "src/domain/rules/questions.rs",
        "src/engine/summary.rs",
        "src/engine/records.rs",
        "src/writers/format.rs",
    ] {
        assert!(
            reached.contains_key(Path::new(page)),
            "the page does not reach {page}"
        );
    }
    // And the worker's entry does reach what the page may not.
    let worker = Build {
        wasm: true,
        test: false,
        features: BTreeSet::from(["engine".to_string()]),
    };
    let reached = reachable(&tree, Path::new("src/bin/files_worker.rs"), &worker);
    for w in [
        "src/domain/rules/assess.rs",
        "src/domain/complaint/compose.rs",
        "src/writers/pdf.rs",
    ] {
        assert!(
            reached.contains_key(Path::new(w)),
            "the files worker does not reach {w}"
        );
    }
}

#[test]
fn the_graph_checks_would_catch_an_upward_import_a_circle_and_a_page_leak() {
    let probe = std::env::temp_dir().join(format!("zhaloba-graph-{}", std::process::id()));
    let write = |path: &str, text: &str| {
        let p = probe.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write("lib.rs", "pub mod domain; pub mod ui; pub mod writers;");
    write("domain/mod.rs", "pub mod a; pub mod b;");
    // Grouped, nested, renamed: still an import of ui/mod.rs.
    write(
        "domain/a.rs",
        "// use crate::writers; (a comment)\nconst S: &str = \"crate::writers\";\nuse crate::{x, ui::{self as shown, Widget}};\npub fn f<'a>(_: &'a str) -> char { '{' }\n",
    );
    // Through `super::super`, inside an inline module: b.rs → a.rs → b.rs.
    write(
        "domain/b.rs",
        "pub fn g() {}\n#[cfg(test)]\nmod tests {\n    use super::super::a::f;\n}\n",
    );
    write(
        "ui/mod.rs",
        "pub struct Widget;\n#[cfg(not(target_arch = \"wasm32\"))]\nuse crate::writers::make;\npub fn h() { crate::domain::b::g(); }\n",
    );
    write("writers/mod.rs", "pub fn make() {}");
    write("main.rs", "fn main() { zhaloba::ui::h(); }");
    let tree = Tree::read(&probe);
    let layers: &[&[&str]] = &[&["domain"], &["writers"], &["ui"], &["bin"]];
    let up = upward_imports(&tree, layers);
    assert_eq!(
        up,
        ["domain/a.rs (layer 0) imports ui/mod.rs (layer 2)"],
        "{up:#?}"
    );
    // Every item (the test module included): a → ui → b → a.
    let found = circles(&between_modules(&tree, tree.graph(None)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 3, "{found:?}");
    // A module's use of its own child is no circle between modules.
    std::fs::write(
        probe.join("domain/mod.rs"),
        "pub mod a; pub mod b;\npub fn k() { b::g(); }",
    )
    .unwrap();
    std::fs::write(probe.join("domain/b.rs"), "pub fn g() { super::k(); }").unwrap();
    assert_eq!(circles(&tree.graph(None)).len(), 1);
    let found = circles(&between_modules(&tree, tree.graph(None)));
    assert_eq!(found.len(), 0, "{found:?}");
    // A page build leaves the native-only import of the writers out …
    let page = Build {
        wasm: true,
        test: false,
        features: BTreeSet::new(),
    };
    let main = probe.join("main.rs");
    let reached = reachable(&tree, &main, &page);
    assert!(
        !reached.contains_key(&probe.join("writers/mod.rs")),
        "{reached:?}"
    );
    assert!(
        reached.contains_key(&probe.join("domain/b.rs")),
        "{reached:?}"
    );
    // … and a unit test's imports.
    assert!(
        !reached.contains_key(&probe.join("domain/a.rs")),
        "{reached:?}"
    );
    // … a native one keeps it.
    let native = Build {
        wasm: false,
        ..page
    };
    let leaks: Vec<String> = reachable(&tree, &main, &native)
        .keys()
        .map(|f| tree.name(f))
        .filter(|n| n.starts_with("writers/"))
        .collect();
    assert_eq!(leaks, ["writers/mod.rs"]);
    // A file no layer names is reported.
    assert!(upward_imports(&tree, &[&["domain"], &["ui"], &["bin"]])
        .iter()
        .any(|f| f == "writers/mod.rs is in no layer of LAYERS"));
    std::fs::remove_dir_all(probe).unwrap();
}
