//! Plain-text rendering (UTF-8): what the person can paste into an insurer's
//! web form or e-mail, and the reference every other writer is checked against.

use super::{ATTACHMENTS_LEAD, DATE_BLANK, DEMANDS_LEAD, SIGNATURE_CAPTION, SIGNATURE_LINE};
use crate::domain::complaint::Complaint;

/// Width of the right-hand block, in characters, for the header.
const HEADER_INDENT: usize = 36;

fn indent_block(lines: &[String], out: &mut String) {
    for line in lines {
        out.push_str(&" ".repeat(HEADER_INDENT));
        out.push_str(line);
        out.push('\n');
    }
}

pub fn write(c: &Complaint) -> String {
    let mut out = String::new();
    indent_block(&c.to, &mut out);
    out.push('\n');
    indent_block(&c.from, &mut out);
    out.push_str("\n\n");
    out.push_str(&write_body(c));
    out
}

/// The letter from its title on, without the «Кому» and «От кого» blocks:
/// for an insurer's web form, which asks for the addressee and the sender
/// in fields of its own.
pub fn write_body(c: &Complaint) -> String {
    let mut out = String::new();
    out.push_str(&c.title);
    out.push('\n');
    if let Some(sub) = &c.subtitle {
        out.push_str(sub);
        out.push('\n');
    }
    out.push('\n');
    for p in c.facts.iter().chain(&c.grounds) {
        out.push_str(p);
        out.push_str("\n\n");
    }
    for (lead, items) in [
        (DEMANDS_LEAD, &c.demands),
        (ATTACHMENTS_LEAD, &c.attachments),
    ] {
        if items.is_empty() {
            continue;
        }
        out.push_str(lead);
        out.push('\n');
        for (i, item) in items.iter().enumerate() {
            out.push_str(&format!("{}. {item}\n", i + 1));
        }
        out.push('\n');
    }
    for copy in &c.copies {
        out.push_str(copy);
        out.push('\n');
    }
    if !c.copies.is_empty() {
        out.push('\n');
    }
    let date = c.date.map_or(DATE_BLANK.to_string(), |d| d.long_ru());
    out.push_str(&format!("{date}\n\n"));
    out.push_str(&format!("{SIGNATURE_LINE} / {}\n", c.signer));
    out.push_str(&format!("     {SIGNATURE_CAPTION}\n"));
    out
}
