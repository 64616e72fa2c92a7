//! Saved answers: the file a person exports (and imports on another
//! device), and what "keep my answers on this device" writes to local storage.
//!
//! Plain Rust so the format is tested natively. Encryption itself is done
//! by the browser's WebCrypto in the files worker (`web::crypto` asks it);
//! this module only describes the envelope and checks it.
//!
//! ```json
//! {"format": "zhaloba-answers", "version": 1, "case": { …a case file… },
//!  "position": {"step": "question:service", "history": ["start", …]}}
//! {"format": "zhaloba-answers", "version": 1, "encrypted": {"cipher": "AES-256-GCM",
//!  "kdf": "PBKDF2-SHA-256", "iterations": 600000, "salt": "…", "iv": "…", "data": "…"}}
//! ```
//! `data` is the AES-GCM encryption of the plain form's JSON. Version 0 is a
//! bare case file (what the CLI reads, `docs/case-schema.md`): it is accepted
//! and migrated.

use crate::domain::case::{Case, CaseError, ROOT};
use crate::domain::json::{self, Object, Value};
#[cfg(all(test, not(target_arch = "wasm32")))]
use base64ct::{Base64, Encoding};
#[cfg(test)]
use serde::Serialize;

pub const FORMAT: &str = "zhaloba-answers";
pub const SAVED_VERSION: u32 = 1;
pub const CIPHER: &str = "AES-256-GCM";
pub const KDF: &str = "PBKDF2-SHA-256";
/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const ITERATIONS: u32 = 600_000;
/// Files claiming fewer iterations are refused (a tampered file could
/// otherwise make a weak key look normal).
const MIN_ITERATIONS: u32 = 100_000;

/// Where the person was in the wizard (kept on the device, so a reload
/// returns to the same page): steps as `flow::Step` writes them.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(test, derive(Serialize))]
pub struct Position {
    pub step: String,
    pub history: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Answers {
    pub case: Case,
    pub position: Option<Position>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(Serialize))]
pub struct Sealed {
    pub cipher: String,
    pub kdf: String,
    pub iterations: u32,
    pub salt: String,
    pub iv: String,
    pub data: String,
}

/// What a file turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    Plain(Box<Answers>),
    /// Needs the passphrase; decrypt `data` and call [`open`] on the result.
    Encrypted(Sealed),
}

/// Why a file could not be used. The current answers are never touched.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NotJson,
    /// JSON, but not zhaloba's answers.
    Foreign,
    /// Made by a newer zhaloba.
    Newer(u32),
    /// A zhaloba file with a field that cannot be read (its path).
    Damaged(String),
    /// Encrypted in a way this version does not know.
    UnknownCipher,
    /// The passphrase does not open the file (or the file was altered).
    WrongPassphrase,
}

/// Why the browser did not keep the answers on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotKept {
    /// The storage is full (`QuotaExceededError`): what was kept before
    /// stays, the latest changes are not kept.
    Full,
    /// No storage here: private modes, sandboxed frames, turned off.
    Refused,
}

impl NotKept {
    /// From the name of the `DOMException` that `setItem` threw: the
    /// standard name, and Firefox's before version 105.
    pub fn from_exception(name: &str) -> NotKept {
        match name {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => NotKept::Full,
            _ => NotKept::Refused,
        }
    }
}

/// The envelope's first members; the case and where the person was, or the
/// sealed form, follow.
fn envelope() -> Object {
    Object::default()
        .put("format", FORMAT)
        .put("version", SAVED_VERSION)
}

pub fn to_json(answers: &Answers) -> String {
    let mut file = envelope().put("case", answers.case.to_value());
    if let Some(p) = &answers.position {
        let history = Value::Array(p.history.iter().map(Value::from).collect());
        file = file.put(
            "position",
            Object::default()
                .put("step", &p.step)
                .put("history", history)
                .done(),
        );
    }
    file.done().to_line()
}

pub fn sealed_to_json(sealed: &Sealed) -> String {
    let encrypted = Object::default()
        .put("cipher", &sealed.cipher)
        .put("kdf", &sealed.kdf)
        .put("iterations", sealed.iterations)
        .put("salt", &sealed.salt)
        .put("iv", &sealed.iv)
        .put("data", &sealed.data)
        .done();
    envelope().put("encrypted", encrypted).done().to_line()
}

/// The case inside a file, read by the one case reader (`Case::read_value`).
fn read_case(value: &Value, at: &str) -> Result<Case, LoadError> {
    Case::read_value(value)
        .map(|(case, _)| case)
        .map_err(|e| match e {
            CaseError::NewerVersion(v) => LoadError::Newer(v),
            CaseError::Invalid { path, .. } if path == ROOT => {
                LoadError::Damaged(if at.is_empty() {
                    "case".into()
                } else {
                    at.into()
                })
            }
            CaseError::Invalid { path, .. } if at.is_empty() => LoadError::Damaged(path),
            CaseError::Invalid { path, .. } => LoadError::Damaged(format!("{at}.{path}")),
            CaseError::NotACase => LoadError::Damaged(if at.is_empty() {
                "version".into()
            } else {
                at.into()
            }),
        })
}

/// A member that must be a string or absent; anything else is not our file.
fn text_member<'v>(value: &'v Value, key: &str) -> Result<Option<&'v str>, LoadError> {
    match value.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(LoadError::Foreign),
    }
}

/// Whether none of `keys` is a member of the object twice. A repeated
/// member is read as the first by [`Value::get`] and as the last by
/// serde_json and most readers: such a file is refused, never read one way
/// here and another elsewhere. Linear in the members, whatever they are.
fn each_once(value: &Value, keys: &[&str]) -> bool {
    let Value::Object(members) = value else {
        return true;
    };
    keys.iter()
        .all(|key| members.iter().filter(|(k, _)| k == key).count() <= 1)
}

/// Where the person was; a position that cannot be read (or says two
/// things) is `None`.
fn position(value: &Value) -> Option<Position> {
    if !each_once(value, &["step", "history"]) {
        return None;
    }
    let step = value.get("step")?.as_str()?.to_string();
    let history = match value.get("history") {
        None => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect::<Option<_>>()?,
        Some(_) => return None,
    };
    Some(Position { step, history })
}

fn sealed(value: &Value) -> Option<Sealed> {
    if !each_once(
        value,
        &["cipher", "kdf", "iterations", "salt", "iv", "data"],
    ) {
        return None;
    }
    let text = |key| value.get(key)?.as_str().map(str::to_string);
    Some(Sealed {
        cipher: text("cipher")?,
        kdf: text("kdf")?,
        iterations: u32::try_from(value.get("iterations")?.as_u64()?).ok()?,
        salt: text("salt")?,
        iv: text("iv")?,
        data: text("data")?,
    })
}

/// Reads an answers file (or a bare case file) without changing anything.
pub fn open(text: &str) -> Result<Opened, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    let file = json::parse(text).map_err(|_| LoadError::NotJson)?;
    if !matches!(file, Value::Object(_)) {
        return Err(LoadError::Foreign);
    }
    // Only the first look's members must be unique (the case's own are
    // checked by its reader).
    if !each_once(
        &file,
        &["format", "version", "case", "position", "encrypted"],
    ) {
        return Err(LoadError::Foreign);
    }
    let version = match file.get("version") {
        None | Some(Value::Null) => None,
        Some(v) => Some(v.as_u64().ok_or(LoadError::Foreign)?),
    };
    match text_member(&file, "format")? {
        Some(FORMAT) => {}
        Some(_) => return Err(LoadError::Foreign),
        // Version 0: a bare case file.
        None if version.is_some() => {
            return Ok(Opened::Plain(Box::new(Answers {
                case: read_case(&file, "")?,
                position: None,
            })));
        }
        None => return Err(LoadError::Foreign),
    }
    let Some(version) = version else {
        return Err(LoadError::Damaged("version".into()));
    };
    if version > u64::from(SAVED_VERSION) {
        return Err(LoadError::Newer(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    if let Some(encrypted) = file.get("encrypted").filter(|v| **v != Value::Null) {
        let sealed = sealed(encrypted).ok_or_else(|| LoadError::Damaged("encrypted".into()))?;
        if sealed.cipher != CIPHER || sealed.kdf != KDF || sealed.iterations < MIN_ITERATIONS {
            return Err(LoadError::UnknownCipher);
        }
        for (name, field) in [
            ("salt", &sealed.salt),
            ("iv", &sealed.iv),
            ("data", &sealed.data),
        ] {
            if !is_base64(field) {
                return Err(LoadError::Damaged(format!("encrypted.{name}")));
            }
        }
        return Ok(Opened::Encrypted(sealed));
    }
    let case = file
        .get("case")
        .filter(|v| **v != Value::Null)
        .ok_or_else(|| LoadError::Damaged("case".into()))?;
    Ok(Opened::Plain(Box::new(Answers {
        case: read_case(case, "case")?,
        // A position that cannot be read is dropped: the answers still open.
        position: file.get("position").and_then(position),
    })))
}

/// Whether `text` (around its blanks) is standard base64 with padding
/// (RFC 4648 §4) in its one canonical form: whole quartets of the alphabet,
/// at most two `=` and only at the end, no bits set past the last byte. The
/// files worker decodes; the page only checks, so it carries no decoder
/// (proved to accept what base64ct's strict decoder accepts, in the tests).
pub fn is_base64(text: &str) -> bool {
    let text = text.trim().as_bytes();
    let padding = text.iter().rev().take_while(|&&c| c == b'=').count();
    let Some(body) = text.get(..text.len() - padding.min(text.len())) else {
        return false;
    };
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut last = 0;
    for &c in body {
        match value(c) {
            Some(v) => last = v,
            None => return false,
        }
    }
    // One `=`: the last character carries 4 bits of its byte and 2 unused;
    // two: 2 bits and 4 unused.
    let unused = match padding {
        0 => 0,
        1 => 0b11,
        2 => 0b1111,
        _ => return false,
    };
    text.len() % 4 == 0 && last & unused == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::Step;

    fn case() -> Case {
        let mut c = Case::new();
        c.category = "waiting-time".into();
        c.applicant.full_name = "Иванова Алёна Сергеевна".into();
        c.facts.insert("referral_date".into(), "2026-5-5".into());
        c
    }

    #[test]
    fn plain_round_trip_keeps_case_and_position() {
        let answers = Answers {
            case: case(),
            position: Some(Position {
                step: Step::Question("service".into()).to_string(),
                history: vec!["start".into(), "category".into()],
            }),
        };
        assert_eq!(
            open(&to_json(&answers)),
            Ok(Opened::Plain(Box::new(answers.clone())))
        );
        assert_eq!(
            answers.position.unwrap().step.parse(),
            Ok(Step::Question("service".into()))
        );
    }

    /// The envelope as serde wrote it before `to_json` wrote it by hand.
    #[test]
    fn files_are_written_as_serde_wrote_them() {
        #[derive(Serialize)]
        struct Written<'a> {
            format: &'a str,
            version: u32,
            #[serde(skip_serializing_if = "Option::is_none")]
            case: Option<&'a Case>,
            #[serde(skip_serializing_if = "Option::is_none")]
            position: Option<&'a Position>,
            #[serde(skip_serializing_if = "Option::is_none")]
            encrypted: Option<&'a Sealed>,
        }
        let position = Position {
            step: "question:service".into(),
            history: vec!["start".into(), "category".into()],
        };
        for position in [None, Some(&position)] {
            let answers = Answers {
                case: case(),
                position: position.cloned(),
            };
            let reference = Written {
                format: FORMAT,
                version: SAVED_VERSION,
                case: Some(&answers.case),
                position,
                encrypted: None,
            };
            assert_eq!(
                to_json(&answers),
                serde_json::to_string(&reference).unwrap()
            );
        }
        let sealed = Sealed {
            cipher: CIPHER.into(),
            kdf: KDF.into(),
            iterations: ITERATIONS,
            salt: "c2FsdA==".into(),
            iv: "aXY=".into(),
            data: "ZGF0YQ==".into(),
        };
        let reference = Written {
            format: FORMAT,
            version: SAVED_VERSION,
            case: None,
            position: None,
            encrypted: Some(&sealed),
        };
        assert_eq!(
            sealed_to_json(&sealed),
            serde_json::to_string(&reference).unwrap()
        );
    }

    #[test]
    fn a_bare_case_file_is_migrated() {
        let text = case().to_json();
        assert_eq!(
            open(&text),
            Ok(Opened::Plain(Box::new(Answers {
                case: case(),
                position: None
            })))
        );
        for example in std::fs::read_dir("examples/cases").unwrap() {
            let text = std::fs::read_to_string(example.unwrap().path()).unwrap();
            assert!(matches!(open(&text), Ok(Opened::Plain(_))));
        }
    }

    #[test]
    fn a_full_storage_is_told_apart() {
        assert_eq!(NotKept::from_exception("QuotaExceededError"), NotKept::Full);
        assert_eq!(
            NotKept::from_exception("NS_ERROR_DOM_QUOTA_REACHED"),
            NotKept::Full
        );
        for other in ["SecurityError", "InvalidStateError", ""] {
            assert_eq!(NotKept::from_exception(other), NotKept::Refused);
        }
    }

    #[test]
    fn bad_files_say_why() {
        assert_eq!(open("PK\u{3}\u{4}…"), Err(LoadError::NotJson));
        assert_eq!(open("[1, 2]"), Err(LoadError::Foreign));
        assert_eq!(open(r#"{"name": "x"}"#), Err(LoadError::Foreign));
        assert_eq!(
            open(r#"{"format": "other", "version": 1}"#),
            Err(LoadError::Foreign)
        );
        assert_eq!(
            open(r#"{"format": "zhaloba-answers", "version": 7, "case": {}}"#),
            Err(LoadError::Newer(7))
        );
        assert_eq!(
            open(r#"{"format": "zhaloba-answers", "version": 1, "case": {"version": 4}}"#),
            Err(LoadError::Newer(4))
        );
        assert_eq!(
            open(
                r#"{"format": "zhaloba-answers", "version": 1, "case": {"version": 1, "facts": 5}}"#
            ),
            Err(LoadError::Damaged("case.facts".into()))
        );
        let sealed = Sealed {
            cipher: CIPHER.into(),
            kdf: KDF.into(),
            iterations: ITERATIONS,
            salt: "AQEBAQEBAQEBAQEBAQEBAQ==".into(),
            iv: "AgICAgICAgICAgIC".into(),
            data: "Y2lwaGVydGV4dA==".into(),
        };
        assert_eq!(
            open(&sealed_to_json(&sealed)),
            Ok(Opened::Encrypted(sealed.clone()))
        );
        let weak = Sealed {
            iterations: 1,
            ..sealed.clone()
        };
        assert_eq!(open(&sealed_to_json(&weak)), Err(LoadError::UnknownCipher));
        let broken = Sealed {
            data: "%%%".into(),
            ..sealed
        };
        assert_eq!(
            open(&sealed_to_json(&broken)),
            Err(LoadError::Damaged("encrypted.data".into()))
        );
    }

    /// Standard base64 with padding (RFC 4648 §4), as the files worker writes it.
    #[cfg(not(target_arch = "wasm32"))]
    fn base64_encode(bytes: &[u8]) -> String {
        Base64::encode_string(bytes)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn base64_decode(text: &str) -> Option<Vec<u8>> {
        Base64::decode_vec(text.trim()).ok()
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The page's check accepts exactly what a strict decoder decodes:
        /// texts near base64 (its alphabet, `=`, blanks and a stray
        /// character) and real encodings.
        #[test]
        fn is_base64_agrees_with_a_strict_decoder(
            near in "[ A-Za-z0-9+/=!]{0,14}",
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..20),
        ) {
            proptest::prop_assert_eq!(is_base64(&near), base64_decode(&near).is_some(), "{:?}", near);
            let coded = base64_encode(&bytes);
            proptest::prop_assert!(is_base64(&coded));
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(plain.as_bytes()), coded);
            assert_eq!(base64_decode(coded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64_decode("Zm9v!"), None);
        assert_eq!(base64_decode("Z==="), None);
        for (text, ok) in [
            ("", true),
            ("Zg==", true),
            ("Zh==", false),
            ("Zm8=", true),
            ("Zm9=", false),
            ("Z===", false),
            ("====", false),
            ("Zm9v\n", true),
            ("Zm9", false),
        ] {
            assert_eq!(is_base64(text), ok, "{text:?}");
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(base64_decode(&base64_encode(&all)).unwrap(), all);
    }
}
