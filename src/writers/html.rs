//! The letter as HTML: a fragment for the on-screen preview and a standalone
//! document with print CSS for "print" and `--format html`. Every text is
//! escaped, so the fragment may be inserted as markup.

use super::xml::escape;
use super::{ATTACHMENTS_LEAD, DATE_BLANK, DEMANDS_LEAD, SIGNATURE_CAPTION, SIGNATURE_LINE};
use crate::domain::complaint::Complaint;

fn lines(class: &str, lines: &[String]) -> String {
    let inner: Vec<String> = lines.iter().map(|l| escape(l)).collect();
    format!("<p class=\"{class}\">{}</p>", inner.join("<br>"))
}

fn list(lead: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let li: String = items
        .iter()
        .map(|i| format!("<li>{}</li>", escape(i)))
        .collect();
    format!("<p class=\"zh-letter-lead\">{lead}</p><ol class=\"zh-letter-list\">{li}</ol>")
}

/// `<article>` with the letter; classes are styled by the widget's CSS.
pub fn write_fragment(c: &Complaint) -> String {
    let mut out = String::from("<article class=\"zh-letter\" lang=\"ru\">");
    out.push_str(&lines("zh-letter-to", &c.to));
    out.push_str(&lines("zh-letter-from", &c.from));
    out.push_str(&format!(
        "<h3 class=\"zh-letter-title\">{}",
        escape(&c.title)
    ));
    if let Some(s) = &c.subtitle {
        out.push_str(&format!(
            "<span class=\"zh-letter-subtitle\">{}</span>",
            escape(s)
        ));
    }
    out.push_str("</h3>");
    for p in c.facts.iter().chain(&c.grounds) {
        out.push_str(&format!(
            "<p class=\"zh-letter-p\">{}</p>",
            escape(p).replace('\n', "<br>")
        ));
    }
    out.push_str(&list(DEMANDS_LEAD, &c.demands));
    out.push_str(&list(ATTACHMENTS_LEAD, &c.attachments));
    for copy in &c.copies {
        out.push_str(&format!("<p class=\"zh-letter-copy\">{}</p>", escape(copy)));
    }
    let date = c.date.map_or(DATE_BLANK.to_string(), |d| d.long_ru());
    out.push_str(&format!(
        "<p class=\"zh-letter-sign\"><span>{}</span><span>{SIGNATURE_LINE} / {}<br><small>{SIGNATURE_CAPTION}</small></span></p>",
        escape(&date),
        escape(&c.signer)
    ));
    out.push_str("</article>");
    out
}

const PRINT_CSS: &str = "@page{size:A4;margin:20mm}\
body{margin:0;font:12pt/1.35 'Times New Roman','Liberation Serif',serif;color:#000;background:#fff}\
.zh-letter{max-width:170mm;margin:0 auto}\
.zh-letter-to,.zh-letter-from{margin:0 0 0 50%}\
.zh-letter-from{margin-top:1em}\
.zh-letter-title{font-size:12pt;text-align:center;margin:2em 0 1em}\
.zh-letter-subtitle{display:block;font-weight:400}\
.zh-letter-p,.zh-letter-lead{text-align:justify;text-indent:1.25cm;margin:0 0 .5em}\
.zh-letter-list{margin:0 0 .5em;padding-left:1.9cm;text-align:justify}\
.zh-letter-copy{margin:.5em 0 0}\
.zh-letter-sign{display:flex;justify-content:space-between;margin-top:2em}\
.zh-letter-sign small{display:block;text-align:center}";

/// A standalone HTML file (its own inline CSS: it is opened from disk, not
/// inside the widget's page).
pub fn write_document(c: &Complaint) -> String {
    let title = match &c.subtitle {
        Some(s) => format!("{} {s}", c.title),
        None => c.title.clone(),
    };
    format!(
        "<!doctype html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>{}</title><style>{PRINT_CSS}</style></head><body>{}</body></html>\n",
        escape(&title),
        write_fragment(c)
    )
}
