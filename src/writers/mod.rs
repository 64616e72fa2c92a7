//! Writers: one complaint model in, one file format out. Plain Rust, no
//! browser APIs, so the CLI and the tests use exactly what the browser uses,
//! and the same case gives the same bytes everywhere.

pub mod deflate;
pub mod docx;
pub mod html;
pub mod ics;
pub mod kit;
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

/// Every file the widget makes, with its name, file ending and MIME type
/// in one table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Docx,
    Pdf,
    Html,
    Ics,
    /// The list of contents for a valued letter (form 107), as PDF.
    Inventory,
    /// A DL envelope with both addresses, as PDF.
    Envelope,
}

impl Format {
    /// (format, key, file ending, MIME type).
    const TABLE: [(Format, &'static str, &'static str, &'static str); 7] = [
        (Format::Text, "txt", ".txt", "text/plain;charset=utf-8"),
        (
            Format::Docx,
            "docx",
            ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (Format::Pdf, "pdf", ".pdf", "application/pdf"),
        (Format::Html, "html", ".html", "text/html;charset=utf-8"),
        (Format::Ics, "ics", ".ics", "text/calendar;charset=utf-8"),
        (
            Format::Inventory,
            "inventory",
            "-opis.pdf",
            "application/pdf",
        ),
        (
            Format::Envelope,
            "envelope",
            "-konvert.pdf",
            "application/pdf",
        ),
    ];

    fn row(self) -> (Format, &'static str, &'static str, &'static str) {
        Format::TABLE
            .into_iter()
            .find(|r| r.0 == self)
            .unwrap_or(Format::TABLE[0])
    }

    /// By key (`txt`, `docx`, `pdf`, `html`, `ics`, `inventory`,
    /// `envelope`; also `text`).
    pub fn parse(s: &str) -> Option<Format> {
        let s = if s == "text" { "txt" } else { s };
        Format::TABLE.into_iter().find(|r| r.1 == s).map(|r| r.0)
    }

    /// What the worker, the element ids and the host's events call it.
    pub fn key(self) -> &'static str {
        self.row().1
    }

    /// What follows the file's stem: `.pdf`, `-opis.pdf`.
    pub fn ending(self) -> &'static str {
        self.row().2
    }

    pub fn mime(self) -> &'static str {
        self.row().3
    }

    /// Made with the PDF's font (which the browser fetches on first use).
    pub fn needs_font(self) -> bool {
        self.mime() == "application/pdf"
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
    /// The registered-mail kit is made from the case ([`render_kit`]).
    NotALetter,
    /// The envelope and the list of contents need the addressee's postal
    /// address, which the case does not have: its path in the case.
    NoAddress(&'static str),
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
        Format::Inventory | Format::Envelope => return Err(RenderError::NotALetter),
    })
}

/// Renders the registered-mail kit: the list of contents or the envelope.
pub fn render_kit(
    k: &crate::domain::complaint::kit::Kit,
    format: Format,
    font: Option<pdf::Font>,
) -> Result<Vec<u8>, RenderError> {
    if !k.printable() {
        return Err(RenderError::NoAddress(""));
    }
    let font = font.ok_or(RenderError::NoFonts)?;
    match format {
        Format::Inventory => pdf::write_inventory(k, font),
        Format::Envelope => pdf::write_envelope(k, font),
        _ => return Err(RenderError::NotALetter),
    }
    .map_err(RenderError::Pdf)
}
