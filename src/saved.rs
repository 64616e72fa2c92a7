//! Saved answers: the file a person exports (and imports on another
//! device), and what "keep my answers on this device" writes to local storage.
//!
//! Plain Rust so the format is tested natively. Encryption itself is done
//! by the browser (WebCrypto, see `web::crypto`); this module only describes
//! the envelope and checks it.
//!
//! ```json
//! {"format": "zhaloba-answers", "version": 1, "case": { …Case v1… },
//!  "position": {"step": "question:service", "history": ["start", …]}}
//! {"format": "zhaloba-answers", "version": 1, "encrypted": {"cipher": "AES-256-GCM",
//!  "kdf": "PBKDF2-SHA-256", "iterations": 600000, "salt": "…", "iv": "…", "data": "…"}}
//! ```
//! `data` is the AES-GCM encryption of the plain form's JSON. Version 0 is a
//! bare case file (what the CLI reads, `docs/case-schema.md`): it is accepted
//! and migrated.

use crate::domain::case::{Case, CASE_VERSION};
use crate::wizard::Step;
use serde::{Deserialize, Serialize};

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
/// returns to the same page).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub step: String,
    #[serde(default)]
    pub history: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Answers {
    pub case: Case,
    pub position: Option<Position>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// The file as written. Typed structs rather than `serde_json::Value`:
/// the generic value type costs the widget's wasm far more.
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

pub fn to_json(answers: &Answers) -> String {
    serde_json::to_string(&Written {
        format: FORMAT,
        version: SAVED_VERSION,
        case: Some(&answers.case),
        position: answers.position.as_ref(),
        encrypted: None,
    })
    .unwrap_or_default()
}

pub fn sealed_to_json(sealed: &Sealed) -> String {
    serde_json::to_string(&Written {
        format: FORMAT,
        version: SAVED_VERSION,
        case: None,
        position: None,
        encrypted: Some(sealed),
    })
    .unwrap_or_default()
}

/// First look: only what decides how to read the rest (unknown fields are skipped).
#[derive(Deserialize)]
struct Probe {
    format: Option<String>,
    version: Option<u64>,
    case: Option<VersionOnly>,
    encrypted: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: Option<u64>,
}

#[derive(Deserialize)]
struct Plain {
    case: Case,
    position: Option<Position>,
}

#[derive(Deserialize)]
struct Encrypted {
    encrypted: Sealed,
}

/// Reads an answers file (or a bare case file) without changing anything.
pub fn open(text: &str) -> Result<Opened, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    if !text.trim_start().starts_with('{') {
        return Err(
            if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
                LoadError::Foreign
            } else {
                LoadError::NotJson
            },
        );
    }
    let probe: Probe = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            LoadError::NotJson
        } else {
            LoadError::Foreign
        }
    })?;
    let newer = |v: Option<u64>, current: u32| match v {
        Some(v) if v > u64::from(current) => Err(LoadError::Newer(v as u32)),
        _ => Ok(()),
    };
    match probe.format.as_deref() {
        Some(FORMAT) => {}
        Some(_) => return Err(LoadError::Foreign),
        // Version 0: a bare case file.
        None if probe.version.is_some() => {
            newer(probe.version, CASE_VERSION)?;
            let case: Case =
                serde_json::from_str(text).map_err(|_| LoadError::Damaged("case".into()))?;
            return Ok(Opened::Plain(Box::new(Answers {
                case,
                position: None,
            })));
        }
        None => return Err(LoadError::Foreign),
    }
    let Some(version) = probe.version else {
        return Err(LoadError::Damaged("version".into()));
    };
    newer(Some(version), SAVED_VERSION)?;
    if probe.encrypted.is_some() {
        let Encrypted { encrypted: sealed } =
            serde_json::from_str(text).map_err(|_| LoadError::Damaged("encrypted".into()))?;
        if sealed.cipher != CIPHER || sealed.kdf != KDF || sealed.iterations < MIN_ITERATIONS {
            return Err(LoadError::UnknownCipher);
        }
        for (name, field) in [
            ("salt", &sealed.salt),
            ("iv", &sealed.iv),
            ("data", &sealed.data),
        ] {
            if base64_decode(field).is_none() {
                return Err(LoadError::Damaged(format!("encrypted.{name}")));
            }
        }
        return Ok(Opened::Encrypted(sealed));
    }
    let Some(case_version) = probe.case else {
        return Err(LoadError::Damaged("case".into()));
    };
    // Case version 1 is the first; migrations of older cases would go here.
    newer(case_version.version, CASE_VERSION)?;
    let plain: Plain = serde_json::from_str(text).map_err(|_| LoadError::Damaged("case".into()))?;
    Ok(Opened::Plain(Box::new(Answers {
        case: plain.case,
        position: plain.position,
    })))
}

/// Steps as short strings for the saved position.
pub fn step_key(step: &Step) -> String {
    match step {
        Step::Start => "start".into(),
        Step::Category => "category".into(),
        Step::Exit => "exit".into(),
        Step::Who => "who".into(),
        Step::Patient => "patient".into(),
        Step::Question(id) => format!("question:{id}"),
        Step::Clinic => "clinic".into(),
        Step::Insurer => "insurer".into(),
        Step::Applicant => "applicant".into(),
        Step::Check => "check".into(),
    }
}

pub fn step_from_key(key: &str) -> Option<Step> {
    Some(match key {
        "start" => Step::Start,
        "category" => Step::Category,
        "exit" => Step::Exit,
        "who" => Step::Who,
        "patient" => Step::Patient,
        "clinic" => Step::Clinic,
        "insurer" => Step::Insurer,
        "applicant" => Step::Applicant,
        "check" => Step::Check,
        other => Step::Question(other.strip_prefix("question:")?.to_string()),
    })
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648 §4).
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if text.len() % 4 != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    for chunk in text.as_bytes().chunks(4) {
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 {
            return None;
        }
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = if i >= 4 - pad {
                0
            } else {
                ALPHABET.iter().position(|&a| a == c)? as u32
            };
            n = (n << 6) | v;
        }
        out.extend_from_slice(&n.to_be_bytes()[1..4 - pad]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
                step: step_key(&Step::Question("service".into())),
                history: vec!["start".into(), "category".into()],
            }),
        };
        assert_eq!(
            open(&to_json(&answers)),
            Ok(Opened::Plain(Box::new(answers.clone())))
        );
        assert_eq!(
            step_from_key(&answers.position.unwrap().step),
            Some(Step::Question("service".into()))
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
            open(r#"{"format": "zhaloba-answers", "version": 1, "case": {"version": 3}}"#),
            Err(LoadError::Newer(3))
        );
        assert!(matches!(
            open(r#"{"format": "zhaloba-answers", "version": 1, "case": {"version": 1, "facts": 5}}"#),
            Err(LoadError::Damaged(p)) if p == "case"
        ));
        let sealed = Sealed {
            cipher: CIPHER.into(),
            kdf: KDF.into(),
            iterations: ITERATIONS,
            salt: base64_encode(&[1; 16]),
            iv: base64_encode(&[2; 12]),
            data: base64_encode(b"ciphertext"),
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
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(base64_decode(&base64_encode(&all)).unwrap(), all);
    }
}
