//! PDF with the embedded Cyrillic serif font (Zhaloba Serif, a cut of
//! Liberation Serif that `scripts/subset-fonts.py` made and that is committed
//! in `assets/fonts/`; the test run checks it against a fresh cut) and a
//! ToUnicode map, so the text copies and extracts as typed (ё « » № —).
//! Own layout: greedy line breaking, justification through TJ adjustments,
//! pagination with page numbers. The font's bytes are passed in (the
//! browser fetches them from its own origin only when a PDF is asked for);
//! its metrics were read at build time (`build.rs`), so no font parser or
//! subsetter runs here. The title is set in the same face, stroked: a
//! second, bold font would double what a PDF costs to fetch.

use super::{ATTACHMENTS_LEAD, DATE_BLANK, DEMANDS_LEAD, SIGNATURE_CAPTION, SIGNATURE_LINE};
use crate::domain::complaint::Complaint;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, TextRenderingMode, UnicodeCmap};
use pdf_writer::{Buf, Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use std::collections::BTreeMap;

/// The registered-mail kit (list of contents, envelope), laid out with this
/// file's layout; this file does not name it back.
pub mod kit;

/// The font's metrics, read from `assets/fonts/ZhalobaSerif-Regular.ttf` at build time.
mod metrics {
    include!(concat!(env!("OUT_DIR"), "/font_metrics.rs"));
}

/// The font file the PDF embeds: `assets/fonts/ZhalobaSerif-Regular.ttf`.
#[derive(Clone, Copy)]
pub struct Font<'a>(pub &'a [u8]);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// The font passed in is not the one the metrics were read from.
    Font,
}

// Geometry in points: A4, 20 mm margins, 12 pt text.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.69;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
const SIZE: f32 = 12.0;
const LEADING: f32 = SIZE * 1.3;
const PARA_GAP: f32 = 5.0;
const FIRST_INDENT: f32 = 35.43;
const LIST_INDENT: f32 = 35.43;
const LIST_HANG: f32 = 18.0;
/// The title's stroke, in points: enough to read as bold at 12 pt.
const BOLD_STROKE: f32 = 0.45;
/// The most a justified line widens each space, in points (a space is 3).
const MAX_SPACE_EXTRA: f32 = 4.0;

/// FNV-1a over the font's bytes: what `build.rs` recorded for the file it read.
fn fingerprint(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The font and the glyphs the letter uses (for the widths and ToUnicode).
struct FontState<'a> {
    data: &'a [u8],
    /// Glyph id → the character it shows and its advance (font units).
    used: BTreeMap<u16, (char, u16)>,
}

fn mapped(c: char) -> Option<(char, u16, u16)> {
    metrics::CMAP
        .binary_search_by_key(&c, |&(k, _, _)| k)
        .ok()
        .map(|i| metrics::CMAP[i])
}

/// The characters of `text` the PDF would print as «?», each once, in order.
pub fn unprintable(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if !c.is_whitespace() && mapped(c).is_none() && !out.contains(c) {
            out.push(c);
        }
    }
    out
}

impl<'a> FontState<'a> {
    fn new(font: Font<'a>) -> Result<FontState<'a>, PdfError> {
        if font.0.len() != metrics::FONT_LEN || fingerprint(font.0) != metrics::FONT_FNV {
            return Err(PdfError::Font);
        }
        Ok(FontState {
            data: font.0,
            used: BTreeMap::new(),
        })
    }

    /// The glyph and advance for `c`: missing characters (emoji…) show as
    /// «?» — the page has named them beforehand ([`unprintable`]).
    fn glyph(c: char) -> (char, u16, u16) {
        mapped(c).or_else(|| mapped('?')).unwrap_or(('?', 0, 0))
    }

    /// Advance of a character in thousandths of the font size.
    fn advance(c: char) -> f32 {
        f32::from(FontState::glyph(c).2) * 1000.0 / f32::from(metrics::UNITS_PER_EM)
    }

    fn width(&self, s: &str, size: f32) -> f32 {
        s.chars().map(FontState::advance).sum::<f32>() * size / 1000.0
    }

    /// Encodes text as 2-byte glyph ids (Identity-H), recording glyphs used.
    fn encode(&mut self, s: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(s.len() * 2);
        for c in s.chars() {
            let (shown, glyph, advance) = FontState::glyph(c);
            self.used.entry(glyph).or_insert((shown, advance));
            out.extend_from_slice(&glyph.to_be_bytes());
        }
        out
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Face {
    Regular,
    Bold,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Center,
    Justify,
}

/// A laid-out line waiting to be drawn.
struct Line {
    x: f32,
    text: String,
    face: Face,
    size: f32,
    /// Extra points to add after each space (justification).
    space_extra: f32,
}

struct Layout<'a> {
    font: FontState<'a>,
    pages: Vec<Vec<Line>>,
    /// Baseline positions for each page's lines, parallel to `pages`.
    ys: Vec<Vec<f32>>,
    /// Ruled lines per page, parallel to `pages`.
    rules: Vec<Vec<Rule>>,
    y: f32,
    /// The page's width and height: A4, or a DL envelope.
    size: (f32, f32),
}

/// A straight line drawn on the page: a table's border.
#[derive(Clone, Copy)]
struct Rule {
    from: (f32, f32),
    to: (f32, f32),
}

impl<'a> Layout<'a> {
    /// A4 pages.
    fn with(font: FontState<'a>) -> Layout<'a> {
        Layout::sized(font, (PAGE_W, PAGE_H))
    }

    fn sized(font: FontState<'a>, size: (f32, f32)) -> Layout<'a> {
        let mut l = Layout {
            font,
            pages: Vec::new(),
            ys: Vec::new(),
            rules: Vec::new(),
            y: 0.0,
            size,
        };
        l.new_page();
        l
    }

    fn rule(&mut self, from: (f32, f32), to: (f32, f32)) {
        self.rules
            .last_mut()
            .expect("a page")
            .push(Rule { from, to });
    }
}

impl<'a> Layout<'a> {
    /// Both faces are the one font; a bold line is stroked as well as
    /// filled, which widens it by about the stroke.
    fn font(&self, _face: Face) -> &FontState<'a> {
        &self.font
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.ys.push(Vec::new());
        self.rules.push(Vec::new());
        self.y = self.size.1 - MARGIN - SIZE;
    }

    fn ensure(&mut self, height: f32) {
        if self.y - height < MARGIN + LEADING {
            self.new_page();
        }
    }

    fn put(&mut self, line: Line) {
        self.ensure(0.0);
        let y = self.y;
        self.pages.last_mut().expect("a page").push(line);
        self.ys.last_mut().expect("a page").push(y);
        self.y -= LEADING;
    }

    /// Breaks `text` into lines no wider than `width` (the first `first_width`).
    fn break_lines(&self, text: &str, face: Face, first_width: f32, width: f32) -> Vec<String> {
        let font = self.font(face);
        let mut lines = Vec::new();
        for hard in text.split('\n') {
            let mut line = String::new();
            let limit = |lines: &Vec<String>| if lines.is_empty() { first_width } else { width };
            for word in hard.split(' ').filter(|w| !w.is_empty()) {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if font.width(&candidate, SIZE) <= limit(&lines) {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    // A one-letter word («в», «и», «к») does not end a line,
                    // as Russian typesetting asks: it moves on with the next.
                    let carried = match line.rsplit_once(' ') {
                        Some((head, tail)) if is_one_letter(tail) => {
                            let tail = tail.to_string();
                            line.truncate(head.len());
                            Some(tail)
                        }
                        _ => None,
                    };
                    lines.push(std::mem::take(&mut line));
                    if let Some(tail) = carried {
                        let candidate = format!("{tail} {word}");
                        if font.width(&candidate, SIZE) <= limit(&lines) {
                            line = candidate;
                            continue;
                        }
                        if let Some(last) = lines.last_mut() {
                            last.push(' ');
                            last.push_str(&tail);
                        }
                    }
                }
                // A word longer than a line: split it, after a hyphen if possible.
                let mut rest = word.to_string();
                while font.width(&rest, SIZE) > limit(&lines) {
                    let mut cut = 0;
                    let mut last_hyphen = None;
                    for (i, c) in rest.char_indices() {
                        let end = i + c.len_utf8();
                        if font.width(&rest[..end], SIZE) > limit(&lines) {
                            break;
                        }
                        cut = end;
                        if c == '-' {
                            last_hyphen = Some(end);
                        }
                    }
                    let cut = last_hyphen
                        .unwrap_or(cut.max(rest.chars().next().map_or(1, char::len_utf8)));
                    lines.push(rest[..cut].to_string());
                    rest = rest[cut..].to_string();
                }
                line = rest;
            }
            lines.push(line);
        }
        lines
    }

    /// Extra points per space that make `text` fill `avail`; 0 for the last
    /// line, a line without spaces, or a very loose line (a long unbreakable
    /// word), which stay ragged.
    fn space_extra(&self, text: &str, face: Face, avail: f32, last: bool) -> f32 {
        let spaces = text.matches(' ').count();
        if last || spaces == 0 {
            return 0.0;
        }
        // Gaps much wider than a word space read as columns (to a person
        // and to text extraction): such a line stays ragged instead.
        let extra = (avail - self.font(face).width(text, SIZE)) / spaces as f32;
        if extra <= MAX_SPACE_EXTRA {
            extra
        } else {
            0.0
        }
    }

    fn paragraph(
        &mut self,
        text: &str,
        face: Face,
        align: Align,
        x: f32,
        width: f32,
        first_indent: f32,
    ) {
        let lines = self.break_lines(text, face, width - first_indent, width);
        let last = lines.len().saturating_sub(1);
        for (i, text) in lines.into_iter().enumerate() {
            let indent = if i == 0 { first_indent } else { 0.0 };
            let avail = width - indent;
            let (lx, space_extra) = match align {
                Align::Center => (x + (avail - self.font(face).width(&text, SIZE)) / 2.0, 0.0),
                Align::Justify => (x + indent, self.space_extra(&text, face, avail, i == last)),
                Align::Left => (x + indent, 0.0),
            };
            self.put(Line {
                x: lx,
                text,
                face,
                size: SIZE,
                space_extra,
            });
        }
        self.y -= PARA_GAP;
    }

    fn numbered(&mut self, items: &[String]) {
        for (i, item) in items.iter().enumerate() {
            let x = MARGIN + LIST_INDENT;
            let lines = self.break_lines(
                item,
                Face::Regular,
                TEXT_W - LIST_INDENT - LIST_HANG,
                TEXT_W - LIST_INDENT - LIST_HANG,
            );
            let last = lines.len().saturating_sub(1);
            for (j, text) in lines.into_iter().enumerate() {
                if j == 0 {
                    self.ensure(0.0);
                    let y = self.y;
                    self.pages.last_mut().expect("page").push(Line {
                        x,
                        text: format!("{}.", i + 1),
                        face: Face::Regular,
                        size: SIZE,
                        space_extra: 0.0,
                    });
                    self.ys.last_mut().expect("page").push(y);
                }
                let avail = TEXT_W - LIST_INDENT - LIST_HANG;
                let extra = self.space_extra(&text, Face::Regular, avail, j == last);
                self.put(Line {
                    x: x + LIST_HANG,
                    text,
                    face: Face::Regular,
                    size: SIZE,
                    space_extra: extra,
                });
            }
            self.y -= PARA_GAP / 2.0;
        }
        self.y -= PARA_GAP;
    }
}

/// «в», «к», «и», «я»: a word of one letter.
fn is_one_letter(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Six capital letters naming the font as a subset (PDF 32000 § 9.6.4): it
/// is one, cut from Liberation Serif by `scripts/subset-fonts.py`; derived
/// from its bytes.
fn subset_tag() -> String {
    let h = metrics::FONT_FNV;
    (0..6)
        .map(|i| char::from(b'A' + ((h >> (i * 5)) % 26) as u8))
        .collect()
}

/// Writes the font objects (Type0 over a CIDFontType2, Identity-H): the
/// widths and ToUnicode entries of the glyphs used, the whole font file.
fn write_font(pdf: &mut Pdf, font: &FontState, refs: [Ref; 5]) {
    let [type0, cid, descriptor, file, cmap_ref] = refs;
    let base = format!("{}+{}", subset_tag(), metrics::POSTSCRIPT_NAME);
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(type0)
        .base_font(Name(base.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap_ref);
    let scale = 1000.0 / f32::from(metrics::UNITS_PER_EM);
    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(CidFontType::Type2)
        .base_font(Name(base.as_bytes()))
        .system_info(system)
        .font_descriptor(descriptor)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    let mut widths = cid_font.widths();
    for (&glyph, &(_, advance)) in &font.used {
        widths.consecutive(glyph, [f32::from(advance) * scale]);
    }
    widths.finish();
    cid_font.finish();
    let [x_min, y_min, x_max, y_max] = metrics::BBOX.map(|v| f32::from(v) * scale);
    pdf.font_descriptor(descriptor)
        .name(Name(base.as_bytes()))
        .flags(FontFlags::SERIF | FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(x_min, y_min, x_max, y_max))
        .italic_angle(0.0)
        .ascent(f32::from(metrics::ASCENDER) * scale)
        .descent(f32::from(metrics::DESCENDER) * scale)
        .cap_height(f32::from(metrics::CAP_HEIGHT) * scale)
        .stem_v(80.0)
        .font_file2(file);
    let packed = super::deflate::zlib(font.data);
    let mut stream = pdf.stream(file, &packed);
    stream.filter(Filter::FlateDecode);
    stream.pair(Name(b"Length1"), font.data.len() as i32);
    stream.finish();
    let mut cmap = UnicodeCmap::new(Name(b"Custom"), system);
    for (&glyph, &(c, _)) in &font.used {
        cmap.pair(glyph, c);
    }
    let cmap_bytes = cmap.finish();
    let packed = super::deflate::zlib(&cmap_bytes);
    pdf.stream(cmap_ref, &packed).filter(Filter::FlateDecode);
}

impl Layout<'_> {
    /// A line at height `y` on the current page, without moving down.
    fn place(&mut self, line: Line, y: f32) {
        self.pages.last_mut().expect("a page").push(line);
        self.ys.last_mut().expect("a page").push(y);
    }

    /// The address blocks, the title, the facts and grounds, the numbered lists.
    fn body(&mut self, c: &Complaint) {
        let half = TEXT_W / 2.0;
        for (i, block) in [&c.to, &c.from].into_iter().enumerate() {
            if i > 0 {
                self.y -= LEADING / 2.0;
            }
            for line in block {
                self.paragraph(line, Face::Regular, Align::Left, MARGIN + half, half, 0.0);
                self.y += PARA_GAP;
            }
        }
        self.y -= LEADING * 1.5;
        self.ensure(LEADING * 4.0);
        self.paragraph(&c.title, Face::Bold, Align::Center, MARGIN, TEXT_W, 0.0);
        self.y += PARA_GAP;
        if let Some(sub) = &c.subtitle {
            self.paragraph(sub, Face::Regular, Align::Center, MARGIN, TEXT_W, 0.0);
        }
        self.y -= LEADING / 2.0;
        for p in c.facts.iter().chain(&c.grounds) {
            self.paragraph(
                p,
                Face::Regular,
                Align::Justify,
                MARGIN,
                TEXT_W,
                FIRST_INDENT,
            );
        }
        for (lead, items) in [
            (DEMANDS_LEAD, &c.demands),
            (ATTACHMENTS_LEAD, &c.attachments),
        ] {
            if items.is_empty() {
                continue;
            }
            self.ensure(LEADING * 2.0);
            self.paragraph(
                lead,
                Face::Regular,
                Align::Left,
                MARGIN,
                TEXT_W,
                FIRST_INDENT,
            );
            self.numbered(items);
        }
        if !c.copies.is_empty() {
            self.y -= PARA_GAP;
            for copy in &c.copies {
                self.paragraph(copy, Face::Regular, Align::Left, MARGIN, TEXT_W, 0.0);
            }
        }
    }

    /// Date on the left, signature on the right, caption under it: kept together.
    fn signature(&mut self, c: &Complaint) {
        self.y -= LEADING;
        self.ensure(LEADING * 3.0);
        let date = c.date.map_or(DATE_BLANK.to_string(), |d| d.long_ru());
        let sign = format!("{SIGNATURE_LINE} / {}", c.signer);
        let sign_w = self.font.width(&sign, SIZE);
        let y = self.y;
        self.put(Line {
            x: MARGIN,
            text: date,
            face: Face::Regular,
            size: SIZE,
            space_extra: 0.0,
        });
        let line = |x: f32, text: String, size: f32| Line {
            x,
            text,
            face: Face::Regular,
            size,
            space_extra: 0.0,
        };
        self.place(line(MARGIN + TEXT_W - sign_w, sign, SIZE), y);
        let caption_w = self.font.width(SIGNATURE_CAPTION, 9.0);
        let cy = self.y + LEADING * 0.35;
        let x = MARGIN + TEXT_W - sign_w / 2.0 - caption_w / 2.0;
        self.place(line(x, SIGNATURE_CAPTION.to_string(), 9.0), cy);
    }

    /// Page numbers on every page when there is more than one.
    fn page_numbers(&mut self) {
        let total = self.pages.len();
        if total < 2 {
            return;
        }
        for (i, (page, ys)) in self.pages.iter_mut().zip(self.ys.iter_mut()).enumerate() {
            let label = format!("{} из {total}", i + 1);
            let w = self.font.width(&label, 10.0);
            page.push(Line {
                x: (PAGE_W - w) / 2.0,
                text: label,
                face: Face::Regular,
                size: 10.0,
                space_extra: 0.0,
            });
            ys.push(MARGIN / 2.0);
        }
    }

    /// Each page's content stream; justified lines widen their spaces.
    fn draw(&mut self) -> Vec<Buf> {
        let (pages, ys, rules) = (
            std::mem::take(&mut self.pages),
            std::mem::take(&mut self.ys),
            std::mem::take(&mut self.rules),
        );
        let mut contents = Vec::new();
        for ((page, ys), rules) in pages.iter().zip(&ys).zip(&rules) {
            let mut content = Content::new();
            if !rules.is_empty() {
                content.set_line_width(0.6);
                for r in rules {
                    content.move_to(r.from.0, r.from.1);
                    content.line_to(r.to.0, r.to.1);
                    content.stroke();
                }
            }
            content.begin_text();
            content.set_line_width(BOLD_STROKE);
            let mut stroked = false;
            let font = &mut self.font;
            for (line, &y) in page.iter().zip(ys) {
                let bold = line.face == Face::Bold;
                if bold != stroked {
                    content.set_text_rendering_mode(if bold {
                        TextRenderingMode::FillStroke
                    } else {
                        TextRenderingMode::Fill
                    });
                    stroked = bold;
                }
                content.set_font(Name(b"F1"), line.size);
                content.set_text_matrix([1.0, 0.0, 0.0, 1.0, line.x, y]);
                if line.space_extra > 0.0 {
                    let adjust = -line.space_extra * 1000.0 / line.size;
                    let mut shown = content.show_positioned();
                    let mut items = shown.items();
                    let words: Vec<&str> = line.text.split(' ').collect();
                    for (i, word) in words.iter().enumerate() {
                        let mut chunk = (*word).to_string();
                        if i + 1 < words.len() {
                            chunk.push(' ');
                        }
                        items.show(Str(&font.encode(&chunk)));
                        if i + 1 < words.len() {
                            items.adjust(adjust);
                        }
                    }
                } else {
                    content.show(Str(&font.encode(&line.text)));
                }
            }
            content.end_text();
            contents.push(content.finish());
        }
        contents
    }
}

pub fn write(c: &Complaint, font: Font) -> Result<Vec<u8>, PdfError> {
    let mut l = Layout::with(FontState::new(font)?);
    l.letter(c);
    let contents = l.draw();
    let title = match &c.subtitle {
        Some(s) => format!("{} {s}", c.title),
        None => c.title.clone(),
    };
    Ok(assemble(&title, &super::text::write(c), &l, &contents))
}

/// The pages the letter takes as a PDF (for the list of contents): laid
/// out by the font's baked metrics, so no font file is needed.
pub fn pages(c: &Complaint) -> usize {
    let mut l = Layout::with(FontState {
        data: &[],
        used: BTreeMap::new(),
    });
    l.letter(c);
    l.pages.len()
}

impl Layout<'_> {
    fn letter(&mut self, c: &Complaint) {
        self.body(c);
        self.signature(c);
        self.page_numbers();
    }
}

/// The PDF's objects: catalogue, pages, document info, the font. `text`
/// (the document as plain text) seeds the file identifier.
fn assemble(title: &str, text: &str, l: &Layout, contents: &[Buf]) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut next = 1;
    let mut alloc = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog = alloc();
    let page_tree = alloc();
    let info = alloc();
    let font_refs = [alloc(), alloc(), alloc(), alloc(), alloc()];
    let page_refs: Vec<(Ref, Ref)> = contents.iter().map(|_| (alloc(), alloc())).collect();

    pdf.catalog(catalog).pages(page_tree).lang(TextStr("ru-RU"));
    pdf.pages(page_tree)
        .kids(page_refs.iter().map(|(p, _)| *p))
        .count(page_refs.len() as i32);
    pdf.document_info(info).title(TextStr(title));
    for ((page, content_ref), content) in page_refs.iter().zip(contents) {
        let mut p = pdf.page(*page);
        p.parent(page_tree)
            .media_box(Rect::new(0.0, 0.0, l.size.0, l.size.1))
            .contents(*content_ref);
        let mut resources = p.resources();
        let mut fonts_dict = resources.fonts();
        fonts_dict.pair(Name(b"F1"), font_refs[0]);
        fonts_dict.finish();
        resources.finish();
        p.finish();
        let packed = super::deflate::zlib(content);
        pdf.stream(*content_ref, &packed)
            .filter(Filter::FlateDecode);
    }
    write_font(&mut pdf, &l.font, font_refs);
    let id = super::zip::crc32(text.as_bytes()).to_be_bytes().repeat(4);
    pdf.set_file_id((id.clone(), id));
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::unprintable;

    #[test]
    fn the_font_has_every_letter_of_russias_peoples() {
        let letters: String = (0x0400..=0x052F).filter_map(char::from_u32).collect();
        assert_eq!(unprintable(&letters), "");
        assert_eq!(unprintable("№ «» — … ‑ ₽"), "");
    }

    #[test]
    fn what_the_font_lacks_is_named_once() {
        assert_eq!(unprintable("Хәбибуллина ☺ 世界 ☺\n\t"), "☺世界");
    }
}
