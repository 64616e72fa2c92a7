//! Writers: one complaint model in, one file format out. Plain Rust, no
//! browser APIs, so the CLI and the tests use exactly what the browser uses.

pub mod text;

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
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }
}

pub fn render(c: &crate::domain::complaint::Complaint, format: Format) -> Output {
    match format {
        Format::Text => Output {
            bytes: text::write(c).into_bytes(),
            mime: "text/plain;charset=utf-8",
            extension: "txt",
        },
    }
}
