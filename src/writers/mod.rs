//! Writers: one complaint model in, one file format out. Plain Rust, no
//! browser APIs, so the CLI and the tests use exactly what the browser uses,
//! and the same case gives the same bytes everywhere.

pub mod docx;
pub mod html;
pub mod ics;
pub mod pdf;
pub mod text;
pub mod xml;
pub mod zip;

use crate::domain::complaint::Complaint;

// Fixed wording of the letter's frame, shared by every format.
pub const DEMANDS_LEAD: &str = "На основании изложенного прошу:";
pub const ATTACHMENTS_LEAD: &str = "Приложения:";
pub const DATE_BLANK: &str = "«___» ____________ 20___ г.";
pub const SIGNATURE_LINE: &str = "_______________";
pub const SIGNATURE_CAPTION: &str = "(подпись)";

/// A rendered file ready to be saved or downloaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub bytes: Vec<u8>,
    pub mime: &'static str,
    pub extension: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Docx,
    Html,
    Ics,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "txt" | "text" => Some(Format::Text),
            "docx" => Some(Format::Docx),
            "html" => Some(Format::Html),
            "ics" => Some(Format::Ics),
            _ => None,
        }
    }
}

/// The PDF needs font files, which the browser loads only on demand.
pub fn render_pdf(c: &Complaint, fonts: &pdf::Fonts) -> Result<Output, pdf::PdfError> {
    Ok(Output {
        bytes: pdf::write(c, fonts)?,
        mime: "application/pdf",
        extension: "pdf",
    })
}

/// File extension of a format, without rendering anything.
pub fn render_extension(format: Format) -> &'static str {
    match format {
        Format::Text => "txt",
        Format::Docx => "docx",
        Format::Html => "html",
        Format::Ics => "ics",
    }
}

pub fn render(c: &Complaint, format: Format) -> Output {
    let (bytes, mime) = match format {
        Format::Text => (text::write(c).into_bytes(), "text/plain;charset=utf-8"),
        Format::Docx => (
            docx::write(c),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        Format::Html => (
            html::write_document(c).into_bytes(),
            "text/html;charset=utf-8",
        ),
        Format::Ics => (ics::write(c).into_bytes(), "text/calendar;charset=utf-8"),
    };
    Output {
        bytes,
        mime,
        extension: render_extension(format),
    }
}
