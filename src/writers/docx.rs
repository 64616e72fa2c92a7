//! DOCX (WordprocessingML) written by hand: eight small parts in a ZIP.
//! Chosen over docx-rs by measured wasm size (see docs/decisions.md).
//! Layout: A4, 2 cm margins, Times New Roman 12 pt (LibreOffice substitutes
//! the metric-compatible Liberation Serif), addressee block in the right
//! half, bold centred title, justified paragraphs with a first-line indent,
//! numbered demands and attachments each starting at 1, date left and
//! signature right.

use super::xml::escape;
use super::zip::ZipWriter;
use super::{ATTACHMENTS_LEAD, DATE_BLANK, DEMANDS_LEAD, SIGNATURE_CAPTION, SIGNATURE_LINE};
use crate::domain::complaint::Complaint;

/// Text width in twips: A4 (11906) minus 2 × 2 cm margins (1134 each).
const TEXT_WIDTH: u32 = 9638;
const HALF: u32 = TEXT_WIDTH / 2;
const DEMANDS_LIST: u32 = 1;
const ATTACHMENTS_LIST: u32 = 2;

fn run(text: &str, bold: bool) -> String {
    // Line breaks typed inside an answer become <w:br/>, tabs <w:tab/>.
    let mut out = String::new();
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:r><w:br/></w:r>");
        }
        out.push_str(&format!(
            "<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
            escape(line.trim_end_matches('\r'))
                .replace('\t', "</w:t><w:tab/><w:t xml:space=\"preserve\">")
        ));
    }
    out
}

fn para(props: &str, runs: &str) -> String {
    format!("<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>")
}

fn document_xml(c: &Complaint) -> String {
    let mut body = String::new();
    let block = |lines: &[String], body: &mut String| {
        for l in lines {
            body.push_str(&para(
                &format!("<w:spacing w:after=\"0\"/><w:ind w:left=\"{HALF}\"/>"),
                &run(l, false),
            ));
        }
    };
    block(&c.to, &mut body);
    body.push_str(&para("<w:spacing w:after=\"0\"/>", ""));
    block(&c.from, &mut body);
    body.push_str(&para(
        "<w:jc w:val=\"center\"/><w:spacing w:before=\"480\" w:after=\"0\"/>",
        &run(&c.title, true),
    ));
    if let Some(sub) = &c.subtitle {
        body.push_str(&para(
            "<w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/>",
            &run(sub, false),
        ));
    }
    for p in c.facts.iter().chain(&c.grounds) {
        body.push_str(&para(
            "<w:jc w:val=\"both\"/><w:ind w:firstLine=\"709\"/>",
            &run(p, false),
        ));
    }
    let list = |lead: &str, items: &[String], num: u32, body: &mut String| {
        if items.is_empty() {
            return;
        }
        body.push_str(&para(
            "<w:keepNext/><w:ind w:firstLine=\"709\"/>",
            &run(lead, false),
        ));
        for item in items {
            body.push_str(&para(
                &format!("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{num}\"/></w:numPr><w:jc w:val=\"both\"/>"),
                &run(item, false),
            ));
        }
    };
    list(DEMANDS_LEAD, &c.demands, DEMANDS_LIST, &mut body);
    list(
        ATTACHMENTS_LEAD,
        &c.attachments,
        ATTACHMENTS_LIST,
        &mut body,
    );
    for copy in &c.copies {
        body.push_str(&para(
            "<w:spacing w:before=\"120\" w:after=\"0\"/>",
            &run(copy, false),
        ));
    }
    let date = c.date.map_or(DATE_BLANK.to_string(), |d| d.long_ru());
    body.push_str(&para(
        &format!("<w:keepNext/><w:tabs><w:tab w:val=\"right\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs><w:spacing w:before=\"480\" w:after=\"0\"/>"),
        &format!(
            "{}<w:r><w:tab/></w:r>{}",
            run(&date, false),
            run(&format!("{SIGNATURE_LINE} / {}", c.signer), false)
        ),
    ));
    body.push_str(&para(
        &format!("<w:tabs><w:tab w:val=\"right\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs>"),
        &format!("<w:r><w:tab/></w:r><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t>{SIGNATURE_CAPTION}</w:t></w:r>"),
    ));
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}\
<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>\
</w:sectPr></w:body></w:document>"
    )
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>\
<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>\
</Relationships>";

const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>\
<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"ru-RU\" w:eastAsia=\"ru-RU\" w:bidi=\"ar-SA\"/>\
</w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
</w:styles>";

const NUMBERING: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>\
<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/>\
<w:pPr><w:ind w:left=\"1069\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>\
<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>\
<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>\
</w:numbering>";

const FONT_TABLE: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:font w:name=\"Times New Roman\"><w:altName w:val=\"Liberation Serif\"/><w:charset w:val=\"CC\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>\
</w:fonts>";

fn core_xml(c: &Complaint) -> String {
    let title = match &c.subtitle {
        Some(s) => format!("{} {}", c.title, s),
        None => c.title.clone(),
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:language>ru-RU</dc:language></cp:coreProperties>",
        escape(&title)
    )
}

pub fn write(c: &Complaint) -> Vec<u8> {
    let mut zip = ZipWriter::new();
    zip.add("[Content_Types].xml", CONTENT_TYPES.as_bytes());
    zip.add("_rels/.rels", ROOT_RELS.as_bytes());
    zip.add("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes());
    zip.add("word/document.xml", document_xml(c).as_bytes());
    zip.add("word/styles.xml", STYLES.as_bytes());
    zip.add("word/numbering.xml", NUMBERING.as_bytes());
    zip.add("word/fontTable.xml", FONT_TABLE.as_bytes());
    zip.add("docProps/core.xml", core_xml(c).as_bytes());
    zip.finish()
}
