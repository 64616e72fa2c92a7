//! Writers: one complaint model in, one file format out. Plain Rust, no
//! browser APIs, so the CLI and the tests use exactly what the browser uses,
//! and the same case gives the same bytes everywhere.

pub mod deflate;
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

/// Every file the widget makes, with its extension and MIME type in one table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Docx,
    Pdf,
    Html,
    Ics,
}

impl Format {
    /// (format, extension, MIME type).
    const TABLE: [(Format, &'static str, &'static str); 5] = [
        (Format::Text, "txt", "text/plain;charset=utf-8"),
        (
            Format::Docx,
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (Format::Pdf, "pdf", "application/pdf"),
        (Format::Html, "html", "text/html;charset=utf-8"),
        (Format::Ics, "ics", "text/calendar;charset=utf-8"),
    ];

    fn row(self) -> (Format, &'static str, &'static str) {
        Format::TABLE
            .into_iter()
            .find(|r| r.0 == self)
            .unwrap_or(Format::TABLE[0])
    }

    /// By extension (`txt`, `docx`, `pdf`, `html`, `ics`; also `text`).
    pub fn parse(s: &str) -> Option<Format> {
        let s = if s == "text" { "txt" } else { s };
        Format::TABLE.into_iter().find(|r| r.1 == s).map(|r| r.0)
    }

    pub fn extension(self) -> &'static str {
        self.row().1
    }

    pub fn mime(self) -> &'static str {
        self.row().2
    }
}

/// Why a file could not be made.
#[derive(Debug)]
pub enum RenderError {
    /// A PDF needs the font, which the browser loads only on demand.
    NoFonts,
    Pdf(pdf::PdfError),
    /// The case has fewer letters than the index asked for.
    NoLetter,
}

/// Renders one format; `font` is needed only for PDF.
pub fn render(
    c: &Complaint,
    format: Format,
    font: Option<pdf::Font>,
) -> Result<Vec<u8>, RenderError> {
    Ok(match format {
        Format::Text => text::write(c).into_bytes(),
        Format::Docx => docx::write(c),
        Format::Pdf => {
            pdf::write(c, font.ok_or(RenderError::NoFonts)?).map_err(RenderError::Pdf)?
        }
        Format::Html => html::write_document(c).into_bytes(),
        Format::Ics => ics::write(c).into_bytes(),
    })
}
