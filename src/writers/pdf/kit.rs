//! The registered-mail kit as PDF: the list of contents (form 107, two
//! identical copies, one per page, as the post office keeps one) and a DL
//! envelope (220 × 110 mm) with the sender top left and the addressee
//! bottom right, as Russian envelopes have them.

use super::{
    assemble, Align, Face, Font, FontState, Layout, Line, PdfError, LEADING, MARGIN, SIZE, TEXT_W,
};
use crate::domain::complaint::kit::Kit;
use crate::writers::kit::{self as words, or_blank};
use crate::writers::{SIGNATURE_CAPTION, SIGNATURE_LINE};

/// Column widths of the table, in points (they fill the text width).
const COLUMNS: [f32; 4] = [40.0, 271.9, 80.0, 90.0];
const CELL_PAD: f32 = 4.0;
/// A DL envelope, 220 × 110 mm, in points.
const DL: (f32, f32) = (623.62, 311.81);

pub fn write_inventory(k: &Kit, font: Font) -> Result<Vec<u8>, PdfError> {
    let mut l = Layout::with(FontState::new(font)?);
    for copy in 0..2 {
        if copy > 0 {
            l.new_page();
        }
        l.inventory(k);
    }
    let contents = l.draw();
    let title = format!("{} {}", words::INVENTORY_TITLE, words::INVENTORY_KIND);
    Ok(assemble(&title, &words::text(k), &l, &contents))
}

pub fn write_envelope(k: &Kit, font: Font) -> Result<Vec<u8>, PdfError> {
    let mut l = Layout::sized(FontState::new(font)?, DL);
    let half = DL.0 / 2.0 - 30.0;
    l.y = DL.1 - 40.0;
    for (label, value) in [
        (words::FROM_WHOM, &k.from),
        (words::FROM_WHERE, &k.from_address),
    ] {
        let text = format!("{label} {}", or_blank(value));
        l.paragraph(&text, Face::Regular, Align::Left, 28.0, half, 0.0);
    }
    l.y = DL.1 / 2.0 + 10.0;
    let x = DL.0 / 2.0 - 10.0;
    let whom = words::whom(k);
    for (label, value) in [(words::WHOM, &whom), (words::WHERE, &k.to_address)] {
        let text = format!("{label} {}", or_blank(value));
        l.paragraph(&text, Face::Regular, Align::Left, x, DL.0 - x - 28.0, 0.0);
    }
    if let Some(index) = words::postal_index(&k.to_address) {
        let text = format!("{} {index}", words::INDEX);
        l.paragraph(&text, Face::Bold, Align::Left, x, DL.0 - x - 28.0, 0.0);
    }
    let contents = l.draw();
    Ok(assemble(WHOLE_ENVELOPE, &whom, &l, &contents))
}

/// The envelope PDF's title.
const WHOLE_ENVELOPE: &str = "Конверт";

impl Layout<'_> {
    fn inventory(&mut self, k: &Kit) {
        self.paragraph(
            words::INVENTORY_TITLE,
            Face::Bold,
            Align::Center,
            MARGIN,
            TEXT_W,
            0.0,
        );
        self.paragraph(
            words::INVENTORY_KIND,
            Face::Regular,
            Align::Center,
            MARGIN,
            TEXT_W,
            0.0,
        );
        self.y -= LEADING / 2.0;
        let whom = words::whom(k);
        for (label, value) in [(words::WHERE, &k.to_address), (words::WHOM, &whom)] {
            let text = format!("{label} {}", or_blank(value));
            self.paragraph(&text, Face::Regular, Align::Left, MARGIN, TEXT_W, 0.0);
        }
        self.y -= LEADING / 2.0;
        let header = words::COLUMNS.map(str::to_string);
        self.row(&header);
        for row in words::rows(k) {
            self.row(&row);
        }
        self.y -= LEADING;
        self.paragraph(
            &words::total(k),
            Face::Regular,
            Align::Left,
            MARGIN,
            TEXT_W,
            0.0,
        );
        self.y -= LEADING;
        for (label, caption, name) in [
            (words::SENDER, SIGNATURE_CAPTION, k.signer.as_str()),
            (words::CHECKED, words::CHECKED_CAPTION, ""),
        ] {
            let line = if name.is_empty() {
                format!("{label} {SIGNATURE_LINE}")
            } else {
                format!("{label} {SIGNATURE_LINE} / {name}")
            };
            self.ensure(LEADING * 3.0);
            self.paragraph(&line, Face::Regular, Align::Left, MARGIN, TEXT_W, 0.0);
            let x = MARGIN + self.font.width(label, SIZE) + 4.0;
            let y = self.y + LEADING * 0.6;
            self.place(caption_line(x, caption), y);
            self.y -= LEADING;
        }
        self.paragraph(
            words::STAMP,
            Face::Regular,
            Align::Left,
            MARGIN,
            TEXT_W,
            0.0,
        );
    }

    /// One row of the table: each cell's text broken to its column, the
    /// row as tall as its longest cell, ruled all round.
    fn row(&mut self, cells: &[String; 4]) {
        let broken: Vec<Vec<String>> = cells
            .iter()
            .zip(COLUMNS)
            .map(|(text, w)| {
                self.break_lines(text, Face::Regular, w - 2.0 * CELL_PAD, w - 2.0 * CELL_PAD)
            })
            .collect();
        let n = broken.iter().map(Vec::len).max().unwrap_or(1).max(1);
        self.ensure(LEADING * n as f32);
        let top = self.y + LEADING - 2.0;
        let bottom = self.y - (n - 1) as f32 * LEADING - 5.0;
        let mut x = MARGIN;
        self.rule((MARGIN, top), (MARGIN + TEXT_W, top));
        self.rule((MARGIN, bottom), (MARGIN + TEXT_W, bottom));
        self.rule((MARGIN, top), (MARGIN, bottom));
        for (lines, w) in broken.into_iter().zip(COLUMNS) {
            for (i, text) in lines.into_iter().enumerate() {
                let y = self.y - i as f32 * LEADING;
                self.place(
                    Line {
                        x: x + CELL_PAD,
                        text,
                        face: Face::Regular,
                        size: SIZE,
                        space_extra: 0.0,
                    },
                    y,
                );
            }
            x += w;
            self.rule((x, top), (x, bottom));
        }
        self.y = bottom - LEADING + 2.0;
    }
}

fn caption_line(x: f32, text: &str) -> Line {
    Line {
        x,
        text: text.to_string(),
        face: Face::Regular,
        size: 9.0,
        space_extra: 0.0,
    }
}
