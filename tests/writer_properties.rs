//! Property test of the writers: 1 000 random cases (long texts, emoji,
//! control characters, RTL, 10 000-character statements) into DOCX and PDF.
//! Every DOCX must be a well-formed ZIP of well-formed XML (read back with
//! the `zip` and `quick-xml` crates); every PDF must start and end as a PDF.
//! A sample is written to target/property-sample/ for LibreOffice and qpdf
//! (scripts/check_documents.py --sample).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::io::Read;
use zhaloba::domain::date::Date;
use zhaloba::writers::{docx, pdf};

/// Every letter the case calls for.
fn build_all(
    case: &zhaloba::domain::case::Case,
    today: Date,
) -> Vec<zhaloba::domain::complaint::Complaint> {
    zhaloba::domain::review::Review::new(zhaloba::domain::content::content(), case, today).letters
}

const FONT: pdf::Font = pdf::Font(include_bytes!("../assets/fonts/ZhalobaSerif-Regular.ttf"));

fn check_docx(bytes: &[u8]) -> Result<(), String> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).map_err(|e| e.to_string())?;
        let mut xml = String::new();
        part.read_to_string(&mut xml)
            .map_err(|e| format!("{}: {e}", part.name()))?;
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Text(t)) => {
                    let text = t.unescape().map_err(|e| format!("{}: {e}", part.name()))?;
                    if let Some(c) = text.chars().find(|&c| !zhaloba::writers::xml::allowed(c)) {
                        return Err(format!("{}: forbidden U+{:04X}", part.name(), c as u32));
                    }
                }
                Ok(_) => {}
                Err(e) => return Err(format!("{}: {e}", part.name())),
            }
        }
    }
    Ok(())
}

#[test]
fn a_thousand_random_cases_render_to_valid_docx_and_pdf() {
    let sample_dir = std::path::Path::new("target/property-sample");
    let _ = std::fs::remove_dir_all(sample_dir);
    std::fs::create_dir_all(sample_dir).unwrap();
    let today = Date::parse("2026-11-22").unwrap();
    let mut runner = TestRunner::new(Config {
        cases: 1000,
        ..Config::default()
    });
    let counter = std::cell::Cell::new(0usize);
    let rendered = std::cell::Cell::new(0usize);
    runner
        .run(&common::any_case(), |case| {
            let n = counter.get();
            counter.set(n + 1);
            for (i, letter) in build_all(&case, today).iter().enumerate() {
                let d = docx::write(letter);
                prop_assert!(check_docx(&d).is_ok(), "{:?}", check_docx(&d));
                let p = pdf::write(letter, FONT).expect("fonts are valid");
                prop_assert!(p.starts_with(b"%PDF-") && p.trim_ascii_end().ends_with(b"%%EOF"));
                rendered.set(rendered.get() + 1);
                // Every 40th case goes to the external readers.
                if n % 40 == 0 {
                    std::fs::write(sample_dir.join(format!("case-{n:04}-{i}.docx")), &d).unwrap();
                    std::fs::write(sample_dir.join(format!("case-{n:04}-{i}.pdf")), &p).unwrap();
                }
            }
            Ok(())
        })
        .unwrap();
    assert!(counter.get() >= 1000, "{} cases", counter.get());
    assert!(
        rendered.get() >= 900,
        "only {} letters rendered",
        rendered.get()
    );
}

#[test]
fn a_long_statement_spans_pages_with_page_numbers() {
    let mut case = zhaloba::domain::case::Case::from_json(
        &std::fs::read_to_string("examples/cases/quality.json").unwrap(),
    )
    .unwrap();
    let statement =
        "Врач не назначил обследование, несмотря на мои жалобы на боль и температуру. ".repeat(130);
    assert!(statement.chars().count() >= 10_000);
    case.facts.insert("what_happened".into(), statement);
    let letter = &build_all(&case, Date::parse("2026-11-22").unwrap())[0];
    let bytes = pdf::write(letter, FONT).unwrap();
    std::fs::create_dir_all("target/property-sample").unwrap();
    std::fs::write("target/property-sample/long-statement.pdf", &bytes).unwrap();
    // Page objects are written uncompressed: count them. The page numbers
    // themselves are checked with pdftotext by scripts/check_documents.py.
    let pages = String::from_utf8_lossy(&bytes)
        .matches("/Type /Page\n")
        .count();
    assert!(pages >= 3, "{pages} pages for a 10 000-character statement");
}
