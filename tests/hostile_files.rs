//! Hostile files: what a person can hand the page (an answers file to
//! import, what local storage returns) and what the files worker hands back,
//! fuzzed. The own JSON reader (`domain::json`) is compared with serde_json
//! on arbitrary bytes, arbitrary strings, JSON that serde_json wrote, and
//! damaged copies of every example case, migration fixture, golden case and
//! answers file (byte flips, truncations, insertions, copied spans, repeated
//! keys, deep nesting, huge strings, numbers at the edges, invalid UTF-8,
//! lone surrogates in `\u` escapes, a BOM): the same accept/reject, the same
//! tree, no panic. Every input also goes through the readers behind it
//! (`saved::open`, `Case::from_json`, `engine::records::read`), which must
//! not panic and whose answers must hold their promises. Deep nesting and
//! huge strings are measured: time and the memory a parse allocates.
//!
//! Counts: each property runs `ZHALOBA_FUZZ_CASES` inputs (default 2 000,
//! what `make test` runs); `ZHALOBA_FUZZ_CASES=1000000` for the long run.
//!
//! The one deliberate difference from serde_json: a number too large for an
//! `f64` (`1e400`) is JSON (RFC 8259 §6 lets a reader limit the range, it
//! does not make the text invalid). Our reader keeps numbers as written and
//! lets the field that wants one judge it (only `version` and `iterations`
//! do, as integers); serde_json's `Value` refuses the whole file. That case
//! is asserted precisely (`json_agrees`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::serde_case::{by_reader, by_serde, Outcome};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{FileFailurePersistence, TestCaseError};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::{Duration, Instant};
use zhaloba::domain::case::Case;
use zhaloba::domain::date::Date;
use zhaloba::domain::json::{self, Value, MAX_DEPTH};
use zhaloba::engine::records;
use zhaloba::engine::{LetterView, Serve, Served, Summary, Verdict, WaitingView};
use zhaloba::saved::{self, Opened};

// ---------------------------------------------------------------------------
// Memory: a counting allocator, per thread (the tests run on several).

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is passed to the system allocator unchanged; only
// thread-local counters (const-initialised, no destructor) are updated.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        count(-(layout.size() as isize));
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new_size) };
        if !q.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What `f` returns, the most memory it held at once beyond what was live
/// before, and how long it took.
fn measure<T>(f: impl FnOnce() -> T) -> (T, usize, Duration) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    let peak = PEAK.with(Cell::get) - base;
    (out, usize::try_from(peak).unwrap_or(0), took)
}

// ---------------------------------------------------------------------------
// Counts.

fn cases() -> u32 {
    std::env::var("ZHALOBA_FUZZ_CASES")
        .ok()
        .and_then(|n| n.trim().replace('_', "").parse().ok())
        .unwrap_or(2_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        // A failure is shrunk, but not for ever on a long run.
        max_shrink_iters: 4_096,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// The comparison with serde_json.

/// Why our tree cannot be put in serde_json's terms.
#[derive(Debug, PartialEq)]
enum Convert {
    /// A number serde_json refuses: beyond an f64 (the deliberate difference).
    OutOfRange(String),
}

/// Our tree as serde_json's `Value` would hold it: numbers as serde_json
/// reads the same text (the reader keeps them as written), members of an
/// object by key, the last of a repeated key winning (serde_json's `Map`
/// inserts each member in turn; the project enables only `raw_value`, not
/// `preserve_order` or `arbitrary_precision`).
fn to_serde(value: &Value) -> Result<serde_json::Value, Convert> {
    use serde_json::Value as J;
    Ok(match value {
        Value::Null => J::Null,
        Value::Bool(b) => J::Bool(*b),
        Value::Number(text) => match serde_json::from_str::<J>(text) {
            Ok(n @ J::Number(_)) => {
                // The one integer reading the reader offers agrees.
                if let Some(ours) = value.as_u64() {
                    assert_eq!(n.as_u64(), Some(ours), "{text}");
                }
                n
            }
            Ok(other) => panic!("the number {text:?} read as {other:?}"),
            Err(e) if e.to_string().starts_with("number out of range") => {
                return Err(Convert::OutOfRange(text.clone()))
            }
            Err(e) => panic!("the reader kept {text:?} as a number; serde_json: {e}"),
        },
        Value::String(s) => J::String(s.clone()),
        Value::Array(items) => J::Array(items.iter().map(to_serde).collect::<Result<_, _>>()?),
        Value::Object(members) => {
            let mut map = serde_json::Map::new();
            for (key, v) in members {
                map.insert(key.clone(), to_serde(v)?);
            }
            J::Object(map)
        }
    })
}

/// The magnitude of a number as Rust's correctly rounded parser reads it.
fn magnitude(text: &str) -> f64 {
    text.parse::<f64>().map_or(f64::NAN, f64::abs)
}

/// The same accept/reject and the same tree as serde_json's `Value`.
/// Bytes that are not UTF-8 never reach our reader as such (the page reads
/// a file as text); serde_json reads the bytes.
fn json_agrees(bytes: &[u8]) -> Result<Option<Value>, TestCaseError> {
    let theirs = serde_json::from_slice::<serde_json::Value>(bytes);
    let ours = std::str::from_utf8(bytes).ok().map(json::parse);
    match (ours, theirs) {
        (Some(Ok(value)), Ok(theirs)) => {
            prop_assert_eq!(to_serde(&value), Ok(theirs), "{}", show(bytes));
            Ok(Some(value))
        }
        (Some(Ok(value)), Err(e)) => {
            // Only the deliberate difference: a number beyond f64.
            let why = to_serde(&value);
            let Err(Convert::OutOfRange(number)) = &why else {
                return Err(TestCaseError::fail(format!(
                    "ours read it, serde_json did not ({e}): {}",
                    show(bytes)
                )));
            };
            prop_assert!(
                e.to_string().starts_with("number out of range"),
                "{e}: {}",
                show(bytes)
            );
            // serde_json's reading is not always correctly rounded at the
            // very edge; Rust's is: at least the largest finite f64.
            prop_assert!(magnitude(number) >= f64::MAX * 0.999_999_999, "{number}");
            Ok(Some(value))
        }
        (Some(Err(_)) | None, Ok(_)) => Err(TestCaseError::fail(format!(
            "serde_json read it, ours did not: {}",
            show(bytes)
        ))),
        (Some(Err(_)) | None, Err(_)) => Ok(None),
    }
}

/// A failing input, short enough to read.
fn show(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    if text.chars().count() > 400 {
        let head: String = text.chars().take(200).collect();
        let tail = common::last_chars(&text, 200);
        format!("{head:?} … ({} bytes) … {tail:?}", bytes.len())
    } else {
        format!("{text:?}")
    }
}

// ---------------------------------------------------------------------------
// The readers behind the JSON reader: no panic, and their promises.

fn readers_hold(bytes: &[u8]) -> Result<(), TestCaseError> {
    // The page reads files as text: invalid UTF-8 becomes U+FFFD.
    let text = String::from_utf8_lossy(bytes);
    match saved::open(&text) {
        Ok(Opened::Encrypted(sealed)) => {
            prop_assert_eq!(sealed.cipher.as_str(), saved::CIPHER);
            prop_assert_eq!(sealed.kdf.as_str(), saved::KDF);
            prop_assert!(sealed.iterations >= 100_000);
            for field in [&sealed.salt, &sealed.iv, &sealed.data] {
                prop_assert!(base64_decode(field).is_some(), "{field:?}");
            }
            // Written again, it opens the same.
            prop_assert_eq!(
                saved::open(&saved::sealed_to_json(&sealed)),
                Ok(Opened::Encrypted(sealed))
            );
        }
        Ok(Opened::Plain(answers)) => {
            // What the page keeps and exports opens to what writes the same:
            // nothing kept is lost on the next reload. (The case read may
            // hold more than it writes: the fields version 1 had and the
            // migration drops, when a later version's file carries them, and
            // a registration of blanks only; no letter uses them.)
            let again = saved::to_json(&answers);
            let Ok(Opened::Plain(reread)) = saved::open(&again) else {
                return Err(TestCaseError::fail(format!("{again} does not open")));
            };
            prop_assert_eq!(saved::to_json(&reread), again);
            prop_assert_eq!(reread.position, answers.position);
        }
        Err(_) => {}
    }
    // The CLI's reader; a case it reads is written and read back the same.
    if let Ok(case) = Case::from_json(&text) {
        let written = case.to_json();
        let reread = Case::from_json(&written);
        prop_assert_eq!(reread.map(|c| c.to_json()), Ok(written));
    }
    // Whatever the worker's channel could carry.
    if let Some(summary) = records::read(&text) {
        prop_assert_eq!(records::read(&records::write(&summary)), Some(summary));
    }
    Ok(())
}

fn everything_holds(bytes: &[u8]) -> Result<(), TestCaseError> {
    json_agrees(bytes)?;
    readers_hold(bytes)
}

// ---------------------------------------------------------------------------
// Inputs.

/// Fragments that make JSON, break it at its edges, or carry what a
/// hostile file would: punctuation, literals, edge numbers, escapes (lone
/// surrogates among them), control characters, invalid UTF-8, a BOM, the
/// envelope's own members.
const TOKENS: &[&[u8]] = &[
    b"{", b"}", b"[", b"]", b",", b":", b"\"", b"\\", b" ", b"\n", b"\r", b"\t", b"\x0c",
    b"\"a\"", b"\"a\":", b"\"\":", b"true", b"false", b"null", b"tru", b"nul", b"NaN",
    b"Infinity", b"-Infinity", b"0", b"-0", b"-", b"+", b".", b"e", b"E", b"1", b"01", b"1.",
    b".5", b"-0.0e-0", b"1e400", b"-1e400", b"1e-400", b"1.7976931348623157e308",
    b"1.7976931348623158e308", b"1.7976931348623159e308", b"2.2250738585072014e-308",
    b"4.9e-324", b"18446744073709551615", b"18446744073709551616", b"-9223372036854775808",
    b"-9223372036854775809", b"4294967295", b"4294967296", b"123456789012345678901234567890",
    b"1e9999999999999999999", b"0.000000000000000000000000000001", b"1E+2", b"0x10",
    b"\\u", b"\\u0000", b"\\u001f", b"\\u0416", b"\\ud800", b"\\udbff", b"\\udc00",
    b"\\udfff", b"\\ud83d\\ude00", b"\\uD800\\u0041", b"\\ud800\\ud800", b"\\udc00\\ud800",
    b"\\uZZZZ", b"\\u12", b"\\x41", b"\\'", b"\\/", b"\\b", b"\\f", b"\\n", b"\\r", b"\\t",
    b"\x00", b"\x01", b"\x1f", b"\x7f", b"\xc2\x80", b"\xef\xbb\xbf", b"\x80", b"\xbf",
    b"\xc0\xaf", b"\xc3", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80",
    b"\xf8\x88\x80\x80\x80", b"\xff", b"\xfe", b"\xe2\x80\xa8", b"\xe2\x80\xae", b"\xd0\x96",
    b"\xf0\x9f\x98\x80", b"//", b"/*", b"*/", b"'", b"\"format\":\"zhaloba-answers\",",
    b"\"format\":", b"\"version\":1,", b"\"version\":", b"\"version\":99999999999999999999,",
    b"\"version\":1.0,", b"\"version\":-1,", b"\"case\":", b"\"case\":null,", b"\"position\":",
    b"\"encrypted\":", b"\"encrypted\":{\"cipher\":\"AES-256-GCM\",\"kdf\":\"PBKDF2-SHA-256\",\"iterations\":600000,\"salt\":\"AAAA\",\"iv\":\"AAAA\",\"data\":\"\"},",
    b"\"iterations\":", b"\"salt\":", b"\"data\":\"====\"", b"\"facts\":{\"a\":\"1\",\"a\":\"2\"},",
    b"\"category\":", b"\"applicant\":{},", b"\"represented\":null,", b"\"gender\":\"x\"",
    b"\"relation\":\"parent\"", b"1:", b"0:", b"10:", b"99999999999999999999:",
];

fn token() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => proptest::sample::select(TOKENS).prop_map(<[u8]>::to_vec),
        1 => proptest::collection::vec(any::<u8>(), 1..4),
        1 => any::<char>().prop_map(|c| c.to_string().into_bytes()),
    ]
}

/// Bytes that are mostly JSON's own tokens, so the reader gets far in.
fn soup() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(token(), 0..60).prop_map(|parts| parts.concat())
}

/// Numbers near every edge of the grammar and of f64, u64 and i64.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(TOKENS).prop_map(|t| String::from_utf8_lossy(t).into_owned()),
        "-?(0|[1-9][0-9]{0,30})(\\.[0-9]{1,30})?([eE][+-]?[0-9]{1,4})?",
        "-?[0-9]{0,3}\\.?[0-9]{0,3}[eE]?[+-]?[0-9]{0,3}",
        any::<u64>().prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
        (any::<u64>(), 0..40usize).prop_map(|(n, z)| format!("{n}{}", "0".repeat(z))),
    ]
}

/// A value to put somewhere in a file: edge numbers (as written, valid or
/// not), any text, deep nesting around the limit, a huge string.
fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => number().prop_map(Value::Number),
        3 => any::<String>().prop_map(Value::String),
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => (MAX_DEPTH - 4..MAX_DEPTH + 4).prop_map(|d| {
            let mut v = Value::Array(vec![]);
            for _ in 1..d {
                v = Value::Array(vec![v]);
            }
            v
        }),
        1 => (0..8usize, prop_oneof![Just('a'), Just('ж'), Just('"'), Just('\u{1}'), Just('😀')])
            .prop_map(|(k, c)| Value::String(c.to_string().repeat(1 << (k + 6)))),
        1 => proptest::collection::vec(number().prop_map(Value::Number), 0..4).prop_map(Value::Array),
    ]
}

/// A change to a file's tree (then written by our writer, as serde_json
/// would write it).
#[derive(Clone, Debug)]
enum Edit {
    /// The node becomes another value.
    Replace(Index, Value),
    /// An object's member is repeated (a new value under the same key).
    RepeatKey(Index, Index, Value),
    /// The node is wrapped in arrays and objects.
    Nest(Index, usize),
}

/// A change to a file's bytes.
#[derive(Clone, Debug)]
enum Damage {
    Flip(Index, u8),
    Set(Index, u8),
    Truncate(Index),
    Delete(Index, usize),
    Insert(Index, Vec<u8>),
    /// A span copied elsewhere (members and keys repeated, brackets unbalanced).
    Copy(Index, Index, usize),
    /// Opening brackets or `{"a":` runs, far past the limit.
    Deep(Index, usize, bool),
    Bom,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (any::<Index>(), replacement()).prop_map(|(i, v)| Edit::Replace(i, v)),
        2 => (any::<Index>(), any::<Index>(), replacement()).prop_map(|(i, j, v)| Edit::RepeatKey(i, j, v)),
        1 => (any::<Index>(), prop_oneof![1..8usize, MAX_DEPTH - 12..MAX_DEPTH + 2]).prop_map(|(i, d)| Edit::Nest(i, d)),
    ]
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => (any::<Index>(), 0..8u8).prop_map(|(i, bit)| Damage::Flip(i, 1 << bit)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Damage::Set(i, b)),
        2 => any::<Index>().prop_map(Damage::Truncate),
        2 => (any::<Index>(), 1..16usize).prop_map(|(i, n)| Damage::Delete(i, n)),
        5 => (any::<Index>(), token()).prop_map(|(i, t)| Damage::Insert(i, t)),
        2 => (any::<Index>(), any::<Index>(), 1..200usize).prop_map(|(i, j, n)| Damage::Copy(i, j, n)),
        1 => (any::<Index>(), prop_oneof![MAX_DEPTH - 2..MAX_DEPTH + 2, 1_000..20_000usize], any::<bool>())
            .prop_map(|(i, n, o)| Damage::Deep(i, n, o)),
        1 => Just(Damage::Bom),
    ]
}

/// Preorder nodes: how many there are.
fn nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(items) => items.iter().map(nodes).sum(),
        Value::Object(members) => members.iter().map(|(_, v)| nodes(v)).sum(),
        _ => 0,
    }
}

/// Calls `f` on the `n`-th node in preorder.
fn at_node(v: &mut Value, n: &mut usize, f: &mut dyn FnMut(&mut Value)) -> bool {
    if *n == 0 {
        f(v);
        return true;
    }
    *n -= 1;
    match v {
        Value::Array(items) => items.iter_mut().any(|v| at_node(v, n, f)),
        Value::Object(members) => members.iter_mut().any(|(_, v)| at_node(v, n, f)),
        _ => false,
    }
}

fn apply_edit(tree: &mut Value, edit: &Edit) {
    let total = nodes(tree);
    match edit {
        Edit::Replace(i, new) => {
            at_node(tree, &mut i.index(total), &mut |v| *v = new.clone());
        }
        Edit::RepeatKey(i, j, new) => {
            at_node(tree, &mut i.index(total), &mut |v| {
                if let Value::Object(members) = v {
                    if !members.is_empty() {
                        let key = members[j.index(members.len())].0.clone();
                        let place = j.index(members.len() + 1);
                        members.insert(place, (key, new.clone()));
                    }
                }
            });
        }
        Edit::Nest(i, depth) => {
            at_node(tree, &mut i.index(total), &mut |v| {
                for level in 0..*depth {
                    let inner = std::mem::replace(v, Value::Null);
                    *v = if level % 3 == 0 {
                        Value::Object(vec![("n".into(), inner)])
                    } else {
                        Value::Array(vec![inner])
                    };
                }
            });
        }
    }
}

fn apply_damage(bytes: &mut Vec<u8>, damage: &Damage) {
    let len = bytes.len();
    let at = |i: &Index| if len == 0 { 0 } else { i.index(len + 1) };
    match damage {
        Damage::Flip(i, mask) if len > 0 => bytes[i.index(len)] ^= mask,
        Damage::Set(i, b) if len > 0 => bytes[i.index(len)] = *b,
        Damage::Truncate(i) => bytes.truncate(at(i)),
        Damage::Delete(i, n) => {
            let from = at(i).min(len);
            bytes.drain(from..(from + n).min(len));
        }
        Damage::Insert(i, t) => {
            let p = at(i);
            bytes.splice(p..p, t.iter().copied());
        }
        Damage::Copy(i, j, n) if len > 0 => {
            let from = i.index(len);
            let span = bytes[from..(from + n).min(len)].to_vec();
            let p = at(j);
            bytes.splice(p..p, span);
        }
        Damage::Deep(i, n, objects) => {
            let p = at(i);
            let run: &[u8] = if *objects { b"{\"a\":" } else { b"[" };
            bytes.splice(p..p, run.repeat(*n));
        }
        Damage::Bom => bytes.splice(0..0, "\u{feff}".bytes()).for_each(drop),
        _ => {}
    }
}

/// Every valid file the project has: example cases, migration fixtures,
/// golden cases, and each example as an answers file (with and without a
/// position) and sealed.
fn corpus() -> &'static [(String, Vec<u8>)] {
    static CORPUS: std::sync::OnceLock<Vec<(String, Vec<u8>)>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut out = Vec::new();
        for dir in [
            "examples/cases",
            "tests/fixtures/v1",
            "tests/fixtures/v2",
            "tests/golden",
        ] {
            let mut paths: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect();
            paths.sort();
            for path in paths {
                out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
        assert!(out.len() > 80, "only {} files", out.len());
        let cases: Vec<_> = out
            .iter()
            .filter(|(name, _)| name.starts_with("examples"))
            .map(|(name, bytes)| {
                (
                    name.clone(),
                    Case::from_json(std::str::from_utf8(bytes).unwrap()).unwrap(),
                )
            })
            .collect();
        for (name, case) in cases {
            let position = saved::Position {
                step: "question:service".into(),
                history: vec!["start".into(), "category".into()],
            };
            for position in [None, Some(position)] {
                let answers = saved::Answers {
                    case: case.clone(),
                    position,
                };
                out.push((
                    format!("{name} as answers"),
                    saved::to_json(&answers).into_bytes(),
                ));
            }
        }
        let sealed = saved::Sealed {
            cipher: saved::CIPHER.into(),
            kdf: saved::KDF.into(),
            iterations: saved::ITERATIONS,
            salt: "AQEBAQEBAQEBAQEBAQEBAQ==".into(),
            iv: "AgICAgICAgICAgIC".into(),
            data: "Y2lwaGVydGV4dA==".into(),
        };
        out.push(("sealed".into(), saved::sealed_to_json(&sealed).into_bytes()));
        out
    })
}

/// A file of the corpus, its tree edited and written compactly or indented,
/// then its bytes damaged.
fn damaged_file() -> impl Strategy<Value = Vec<u8>> {
    (
        any::<Index>(),
        proptest::collection::vec(edit(), 0..3),
        any::<bool>(),
        proptest::collection::vec(damage(), 0..4),
    )
        .prop_map(|(file, edits, pretty, damages)| {
            let files = corpus();
            let (_, original) = &files[file.index(files.len())];
            let mut bytes = if edits.is_empty() {
                original.clone()
            } else {
                let mut tree = json::parse(std::str::from_utf8(original).unwrap()).unwrap();
                for e in &edits {
                    apply_edit(&mut tree, e);
                }
                let text = if pretty {
                    tree.to_pretty()
                } else {
                    tree.to_line()
                };
                text.into_bytes()
            };
            for d in &damages {
                apply_damage(&mut bytes, d);
            }
            bytes
        })
}

/// Any JSON serde_json can hold, as it writes it.
fn serde_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<u64>().prop_map(J::from),
        any::<i64>().prop_map(J::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(J::from),
        any::<String>().prop_map(J::String),
    ];
    leaf.prop_recursive(8, 128, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(J::Array),
            proptest::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|m| J::Object(m.into_iter().collect())),
        ]
    })
}

// ---------------------------------------------------------------------------
// The records format: generated summaries.

fn date() -> impl Strategy<Value = Date> {
    // The dates a record carries are the engine's (1900–2100, Date::parse's range).
    (1900..=2100i32, 1..=12u8, 1..=31u8)
        .prop_map(|(y, m, d)| Date::new(y, m, d).or_else(|| Date::new(y, m, 28)).unwrap())
}

/// Texts with the record's own separators, digits and any characters.
fn record_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9:]{0,12}",
        Just(String::new()),
        ("[0-9]{1,3}", any::<String>()).prop_map(|(n, s)| format!("{n}:{s}")),
    ]
}

fn letter() -> impl Strategy<Value = LetterView> {
    (
        proptest::collection::vec(record_text(), 8),
        proptest::collection::vec(record_text(), 0..4),
        proptest::option::of(date()),
        proptest::collection::vec(record_text(), 0..3),
    )
        .prop_map(|(t, attachments, due, escalation)| LetterView {
            title: t[0].clone(),
            html: t[1].clone(),
            text: t[2].clone(),
            subject: t[3].clone(),
            addressee: t[4].clone(),
            body: t[5].clone(),
            attachments,
            file_stem: t[6].clone(),
            unprintable: t[7].clone(),
            kind: t[0].clone(),
            due,
            escalation,
        })
}

fn waiting() -> impl Strategy<Value = WaitingView> {
    (
        0..3u8,
        any::<u32>(),
        any::<bool>(),
        date(),
        date(),
        proptest::option::of(date()),
        any::<u32>(),
    )
        .prop_map(
            |(v, limit_days, limit_confirmed, limit_date, start, offered, elapsed)| WaitingView {
                verdict: [Verdict::Violated, Verdict::OfferedLate, Verdict::Kept][usize::from(v)],
                limit_days,
                limit_confirmed,
                limit_date,
                start,
                offered,
                elapsed,
            },
        )
}

fn summary() -> impl Strategy<Value = Summary> {
    let served = (record_text(), 0..3u8).prop_map(|(id, how)| Served {
        id,
        how: [Serve::Letter, Serve::Copy, Serve::Document][usize::from(how)],
    });
    (
        (
            proptest::collection::vec(letter(), 0..3),
            proptest::collection::vec((record_text(), record_text()), 0..4),
            proptest::option::of(waiting()),
            proptest::option::of(any::<i32>()),
            proptest::collection::vec(served, 0..4),
            proptest::collection::vec(record_text(), 0..3),
        ),
        (
            proptest::collection::vec(proptest::option::of(date()), 4),
            any::<bool>(),
            proptest::option::of((any::<i32>(), any::<i32>())),
            proptest::option::of(any::<usize>()),
            proptest::collection::vec((record_text(), any::<usize>()), 0..3),
        ),
    )
        .prop_map(
            |(
                (letters, name_forms, waiting, no_programme, addressees, escalation),
                (dates, dates_uncertain, planning, variant, cautions),
            )| Summary {
                letters,
                name_forms,
                waiting,
                no_programme,
                addressees,
                escalation,
                letter_date: dates[0],
                registered: dates[1],
                answer_due: dates[2],
                refund_due: dates[3],
                dates_uncertain,
                planning,
                variant,
                cautions,
            },
        )
}

// ---------------------------------------------------------------------------
// The properties.

proptest! {
    #![proptest_config(config())]

    /// Arbitrary bytes, and bytes made of JSON's tokens and its edges.
    #[test]
    fn arbitrary_bytes(bytes in prop_oneof![proptest::collection::vec(any::<u8>(), 0..300), soup()]) {
        everything_holds(&bytes)?;
    }

    /// Arbitrary text, alone and inside a string or an array.
    #[test]
    fn arbitrary_strings(text in any::<String>(), wrap in 0..3u8) {
        let text = match wrap {
            0 => text,
            1 => format!("\"{text}\""),
            _ => format!("[{text}]"),
        };
        everything_holds(text.as_bytes())?;
    }

    /// What serde_json writes, ours reads to the same tree and writes back
    /// byte for byte, on one line and indented.
    #[test]
    fn json_serde_json_wrote(value in serde_value()) {
        for text in [serde_json::to_string(&value).unwrap(), serde_json::to_string_pretty(&value).unwrap()] {
            let ours = json_agrees(text.as_bytes())?;
            let ours = ours.expect("serde_json's own text is read");
            prop_assert_eq!(ours.to_line(), serde_json::to_string(&value).unwrap());
            prop_assert_eq!(ours.to_pretty(), serde_json::to_string_pretty(&value).unwrap());
        }
    }

    /// Every valid file the project has, edited and damaged.
    #[test]
    fn damaged_files(bytes in damaged_file()) {
        everything_holds(&bytes)?;
    }

    /// The case reader against its reference (serde's derived reader) on
    /// the same damaged files: the same case, or the same field named.
    #[test]
    fn damaged_cases_read_as_serde_does(bytes in damaged_file()) {
        let text = String::from_utf8_lossy(&bytes);
        let tree = json_agrees(text.as_bytes())?;
        // Past the deliberate difference (a number beyond f64) the two
        // readers cannot be compared: serde_json stops at the number.
        match tree {
            Some(t) if to_serde(&t).is_err() => {}
            Some(t) => {
                let (ours, theirs) = (by_reader(&text), by_serde(&text));
                // serde reads a struct from an array of its fields in order
                // (and goes on past it); no file writes one, and the reader
                // refuses it at the struct's path (as in tests/case_file.rs).
                let struct_as_array = match &ours {
                    Outcome::BadField(path) => {
                        let at = path.split('.').try_fold(&t, |v, key| v.get(key));
                        matches!(at, Some(Value::Array(_))) && theirs != Outcome::NotJson
                    }
                    // The case itself as an array: no version member (serde
                    // reads its fields in order, and calls a longer array's
                    // end a syntax error).
                    Outcome::NotACase => matches!(t, Value::Array(_)),
                    _ => false,
                };
                // A member named "" at the root: serde names its path "",
                // the reader the root's name.
                let empty_key = theirs == Outcome::BadField(String::new())
                    && matches!(&t, Value::Object(m) if m.iter().any(|(k, _)| k.is_empty()));
                if empty_key {
                    prop_assert_eq!(ours, Outcome::BadField("(корень)".into()));
                } else if !struct_as_array {
                    prop_assert_eq!(ours, theirs, "{}", show(text.as_bytes()));
                }
            }
            // Not JSON for either JSON reader: ours says so. serde's derived
            // reader is no reference here: it stops at the first error in
            // the text's order (a wrong type before the broken part), and
            // skips the members it ignores without checking their escapes
            // (a lone surrogate, `"\ud800"`: JSON's grammar but no Unicode
            // text, RFC 8259 §8.2, passes it).
            None => prop_assert_eq!(by_reader(&text), Outcome::NotJson),
        }
    }

    /// The worker's records: any summary round-trips; damaged records and
    /// arbitrary text are refused or read to something that writes back.
    #[test]
    fn records(summary in summary(), damages in proptest::collection::vec(damage(), 0..4)) {
        let text = records::write(&summary);
        prop_assert_eq!(records::read(&text), Some(summary.clone()));
        let mut bytes = text.into_bytes();
        for d in &damages {
            apply_damage(&mut bytes, d);
        }
        readers_hold(&bytes)?;
    }

    /// The encrypted envelope's base64 check agrees with a strict decoder on
    /// any text and on encodings with blanks around.
    #[test]
    fn envelope_base64(text in prop_oneof![any::<String>(), "[ \tA-Za-z0-9+/=\n-]{0,40}"], bytes in proptest::collection::vec(any::<u8>(), 0..64), pad in "[ \t\n]{0,3}") {
        prop_assert_eq!(saved::is_base64(&text), base64_decode(&text).is_some(), "{:?}", text);
        let coded = format!("{pad}{}{pad}", base64_encode(&bytes));
        prop_assert!(saved::is_base64(&coded));
        prop_assert_eq!(base64_decode(&coded), Some(bytes));
    }
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    use base64ct::{Base64, Encoding};
    Base64::decode_vec(text.trim()).ok()
}

fn base64_encode(bytes: &[u8]) -> String {
    use base64ct::{Base64, Encoding};
    Base64::encode_string(bytes)
}

// ---------------------------------------------------------------------------
// Fixed inputs at the edges.

fn nested(depth: usize, objects: bool) -> String {
    if objects {
        "{\"a\":".repeat(depth) + "1" + &"}".repeat(depth)
    } else {
        "[".repeat(depth) + &"]".repeat(depth)
    }
}

/// The nesting limit is serde_json's, to the level: arrays, objects, mixed.
#[test]
fn depth_limit_is_serde_jsons() {
    for depth in [1, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 2] {
        for objects in [false, true] {
            let text = nested(depth, objects);
            let read = json_agrees(text.as_bytes()).unwrap();
            assert_eq!(read.is_some(), depth <= MAX_DEPTH, "{depth} {objects}");
        }
        let middle = if depth % 2 == 1 { "[]" } else { "0" };
        let mixed = "[{\"a\":".repeat(depth / 2) + middle + &"}]".repeat(depth / 2);
        assert_eq!(
            json_agrees(mixed.as_bytes()).unwrap().is_some(),
            depth <= MAX_DEPTH,
            "mixed {depth}"
        );
    }
}

/// Nesting far past the limit is refused at the limit: no stack overflow,
/// time and memory that do not grow with the input.
#[test]
fn deep_nesting_is_cheap() {
    for (run, close) in [("[", "]"), ("{\"a\":", "}"), ("[{\"\":", "}]")] {
        for depth in [10_000, 1_000_000] {
            let text = run.repeat(depth) + "0" + &close.repeat(depth);
            let (read, memory, took) = measure(|| json::parse(&text));
            assert!(read.is_err());
            assert!(memory < 64 * 1024, "{run} × {depth}: {memory} bytes");
            assert!(
                took < Duration::from_millis(500),
                "{run} × {depth}: {took:?}"
            );
            // And what reads through it.
            assert!(saved::open(&text).is_err());
            assert!(Case::from_json(&text).is_err());
        }
    }
}

/// Huge strings and arrays: memory about the size of what is read, and
/// time in proportion (not quadratic), measured on two sizes.
#[test]
fn huge_strings_are_linear() {
    let (small, large) = (1usize << 20, 4 << 20);
    for kind in ["plain", "escapes", "array", "members"] {
        let mut took = Vec::new();
        for size in [small, large] {
            let text = match kind {
                "plain" => format!("\"{}\"", "ж".repeat(size / 2)),
                "escapes" => format!("\"{}\"", "\\n\\u0416\\ud83d\\ude00".repeat(size / 22)),
                "array" => format!("[{}0]", "0,".repeat(size / 2)),
                _ => format!("{{{}\"\":0}}", "\"a\":0,".repeat(size / 6)),
            };
            let (read, memory, time) = measure(|| json::parse(&text));
            let value = read.unwrap_or_else(|e| panic!("{kind}: {e:?}"));
            // The tree itself: a string at most twice what it holds (growth
            // by doubling), and per item its node and member, twice over.
            let node = std::mem::size_of::<Value>() + std::mem::size_of::<(String, Value)>();
            let bound = 2 * text.len() + nodes(&value) * node * 2 + 4096;
            assert!(memory <= bound, "{kind} {size}: {memory} > {bound}");
            took.push(time);
            drop(value);
            // The answers reader through the same text: refused, no panic.
            assert!(saved::open(&text).is_err());
        }
        // Four times the input: well under sixteen times the time.
        assert!(
            took[1] < took[0] * 10 + Duration::from_millis(300),
            "{kind}: {:?} → {:?}",
            took[0],
            took[1]
        );
    }
}

/// A repeated key: serde_json's `Value` keeps the last; our tree keeps
/// both in order (compared as serde_json would hold them). The readers
/// decide: a case's or a part's member twice is refused (as serde's derived
/// reader does, `tests/case_file.rs`), a repeated answer in `facts` is a
/// map's (the last wins), and the answers file's own members, the sealed
/// envelope's and the position's may not repeat (an ambiguous file is
/// refused rather than read one way here and another way elsewhere).
#[test]
fn repeated_keys() {
    let text = r#"{"a": 1, "b": [true], "a": {"c": null}}"#;
    let ours = json_agrees(text.as_bytes()).unwrap().unwrap();
    assert_eq!(
        ours.get("a"),
        Some(&Value::Number("1".into())),
        "get: the first"
    );
    let serde: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(
        serde["a"],
        serde_json::json!({"c": null}),
        "serde_json: the last"
    );

    let case = |extra: &str| format!(r#"{{"version": 1, "category": "quality", {extra}}}"#);
    assert!(Case::from_json(&case(r#""category": "ethics""#)).is_err());
    assert!(Case::from_json(&case(r#""applicant": {"phone": "1", "phone": "2"}"#)).is_err());
    let facts = Case::from_json(&case(r#""facts": {"x": "1", "x": "2"}"#)).unwrap();
    assert_eq!(facts.facts.get("x").map(String::as_str), Some("2"));

    let sealed = r#"{"format":"zhaloba-answers","version":1,"encrypted":{"cipher":"AES-256-GCM","kdf":"PBKDF2-SHA-256","iterations":600000,"salt":"AAAA","iv":"AAAA","data":"AAAA"#;
    assert!(matches!(
        saved::open(&format!("{sealed}\"}}}}")),
        Ok(Opened::Encrypted(_))
    ));
    for repeated in [
        r#"","data":"BBBB"}}"#,
        r#"","iterations":1}}"#,
        r#"","cipher":"none"}}"#,
    ] {
        assert_eq!(
            saved::open(&format!("{sealed}{repeated}")),
            Err(saved::LoadError::Damaged("encrypted".into())),
            "{repeated}"
        );
    }
    let answers = r#"{"format":"zhaloba-answers","version":1,"case":{"version":1},"position":{"step":"start","history":[],"step":"applicant"}}"#;
    let Ok(Opened::Plain(read)) = saved::open(answers) else {
        panic!("{answers}")
    };
    assert_eq!(
        read.position, None,
        "a position that says two things is dropped"
    );
    assert_eq!(
        saved::open(r#"{"format":"zhaloba-answers","version":1,"version":2,"case":{"version":1}}"#),
        Err(saved::LoadError::Foreign)
    );
}

/// Numbers at the edges: all JSON, read by the field that wants one.
#[test]
fn numbers_at_the_edges() {
    for n in [
        "0",
        "-0",
        "1e400",
        "-1e400",
        "1e-400",
        "18446744073709551616",
        "-9223372036854775809",
        "1.7976931348623157e308",
        "4.9e-324",
        "123456789012345678901234567890",
    ] {
        let value = json_agrees(format!("[{n}]").as_bytes()).unwrap();
        assert!(value.is_some(), "{n}");
    }
    // Out of range for serde_json, JSON for us, and no version for a case.
    assert_eq!(json::parse("1e400"), Ok(Value::Number("1e400".into())));
    assert!(serde_json::from_str::<serde_json::Value>("1e400").is_err());
    for version in ["1e400", "1.0", "-1", "18446744073709551616", "1e0"] {
        let case = format!(r#"{{"version": {version}}}"#);
        assert_eq!(
            Case::from_json(&case),
            Err(zhaloba::domain::case::CaseError::NotACase),
            "{version}"
        );
    }
    for bad in ["01", "1.", ".5", "+1", "0x10", "NaN", "Infinity", "1e", "-"] {
        assert_eq!(json_agrees(bad.as_bytes()).unwrap(), None, "{bad}");
    }
}

/// A BOM is not JSON (RFC 8259 §8.1: a reader MAY ignore one); the answers
/// reader ignores one at the start, as files saved by Notepad begin.
#[test]
fn bom() {
    let (_, bytes) = &corpus()[0];
    let mut with = "\u{feff}".as_bytes().to_vec();
    with.extend_from_slice(bytes);
    assert_eq!(json_agrees(&with).unwrap(), None);
    let text = std::str::from_utf8(bytes).unwrap();
    assert_eq!(saved::open(&format!("\u{feff}{text}")), saved::open(text));
    assert!(saved::open(text).is_ok());
}

/// The corpus itself: every file agrees unchanged.
#[test]
fn every_valid_file_agrees() {
    for (name, bytes) in corpus() {
        let value = json_agrees(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(value.is_some(), "{name}");
        readers_hold(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
