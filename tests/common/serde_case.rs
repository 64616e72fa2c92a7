//! The case reader's reference: the reader before it was replaced,
//! serde_json with the derived `Deserialize` of the case types and
//! serde_path_to_error (`tests/case_file.rs`, `tests/hostile_files.rs`).

use zhaloba::domain::case::{migrate, Case, CaseError, CASE_VERSION};

/// What serde made of a file, as the reader's result is compared.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Read(Box<Case>),
    NotJson,
    NotACase,
    Newer(u32),
    BadField(String),
}

/// The reader before it was replaced: serde_json with serde_path_to_error.
pub fn by_serde(text: &str) -> Outcome {
    #[derive(serde::Deserialize)]
    struct Probe {
        version: Option<u64>,
    }
    let probe: Probe = match serde_json::from_str(text) {
        Ok(p) => p,
        Err(e) if e.is_syntax() || e.is_eof() => return Outcome::NotJson,
        Err(_) => return Outcome::NotACase,
    };
    let Some(version) = probe.version else {
        return Outcome::NotACase;
    };
    if version > u64::from(CASE_VERSION) {
        return Outcome::Newer(u32::try_from(version).unwrap_or(u32::MAX));
    }
    let mut json = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, Case>(&mut json) {
        Ok(mut case) => {
            migrate(&mut case);
            Outcome::Read(Box::new(case))
        }
        // The old reader's name for the root.
        Err(e) if e.path().to_string() == "." => Outcome::BadField("(корень)".into()),
        Err(e) => Outcome::BadField(e.path().to_string()),
    }
}

pub fn by_reader(text: &str) -> Outcome {
    match Case::from_json(text) {
        Ok(case) => Outcome::Read(Box::new(case)),
        Err(CaseError::Invalid { path, .. }) if path.starts_with("строка") => {
            Outcome::NotJson
        }
        Err(CaseError::Invalid { path, .. }) => Outcome::BadField(path),
        Err(CaseError::NotACase) => Outcome::NotACase,
        Err(CaseError::NewerVersion(v)) => Outcome::Newer(v),
    }
}
