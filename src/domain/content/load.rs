//! Reads a content directory (`content/`: TOML written for lawyers) into
//! [`ContentData`]. `build.rs` uses it to bake the content into the library;
//! no test or binary calls it. Never in the wasm.

use crate::domain::content::model::*;
use serde::Deserialize;
use std::path::{Path, PathBuf};

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
    citations: Citations,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExitsFile {
    exit: Vec<Exit>,
}

/// The files a content directory is made of, for `cargo:rerun-if-changed`.
pub fn files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out: Vec<PathBuf> = [
        "calendar.toml",
        "grounds.toml",
        "addressees.toml",
        "waiting-times.toml",
        "exits.toml",
        "next-steps.toml",
        "voice.toml",
    ]
    .iter()
    .map(|f| dir.join(f))
    .collect();
    out.extend(category_files(dir)?);
    Ok(out)
}

fn category_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let at = dir.join("categories");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&at)
        .map_err(|e| format!("{}: {e}", at.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

fn read<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads every file of a content directory; the first error names its file and field.
pub fn load_dir(dir: &Path) -> Result<ContentData, String> {
    let waiting: WaitingFile = read(&dir.join("waiting-times.toml"))?;
    let mut categories = category_files(dir)?
        .iter()
        .map(|p| read(p))
        .collect::<Result<Vec<Category>, String>>()?;
    // Letters print their titles in capitals; made so here, once, so the
    // widget carries no Unicode case tables for it.
    for c in &mut categories {
        c.document_title = Text::leak(c.document_title.to_uppercase());
        let mut extras = c.extra_documents.to_vec();
        for d in &mut extras {
            d.title = Text::leak(d.title.to_uppercase());
        }
        c.extra_documents = List::leak(extras);
        let mut variants = c.variants.to_vec();
        for v in &mut variants {
            v.document_title = Text::leak(v.document_title.to_uppercase());
        }
        c.variants = List::leak(variants);
    }
    Ok(ContentData {
        calendar_years: read::<CalendarFile>(&dir.join("calendar.toml"))?
            .year
            .into(),
        grounds: read::<GroundsFile>(&dir.join("grounds.toml"))?
            .ground
            .into(),
        addressees: read::<AddresseesFile>(&dir.join("addressees.toml"))?
            .addressee
            .into(),
        programmes: waiting.programme.into(),
        regional: waiting.regional.into(),
        citations: waiting.citations,
        voice: read(&dir.join("voice.toml"))?,
        exits: read::<ExitsFile>(&dir.join("exits.toml"))?.exit.into(),
        next_steps: read(&dir.join("next-steps.toml"))?,
        categories: categories.into(),
    })
}
