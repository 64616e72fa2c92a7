//! Which file: the one table of formats the page asks the files worker
//! for and the writers make. A leaf the page may name (the writers
//! themselves it may not: `tests/architecture.rs`).

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
