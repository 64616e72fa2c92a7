//! An iCalendar (RFC 5545) reminder on the day the answer is due, saying what
//! to do if none comes. Deterministic: no clock, the UID is derived from the
//! letter, DTSTAMP is the letter's date.

use crate::domain::complaint::Complaint;

/// TEXT escaping (RFC 5545 §3.3.11).
fn text(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

fn compact(d: crate::domain::date::Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// Empty string when the letter has no due date (unknown category).
pub fn write(c: &Complaint) -> String {
    let Some(r) = &c.reminder else {
        return String::new();
    };
    let due = compact(r.due);
    let end = compact(r.due.add_days(1));
    let stamp = compact(c.date.unwrap_or(r.due));
    let uid = super::zip::crc32(super::text::write(c).as_bytes());
    // The document's name in the accusative, with a participle that agrees.
    let (title, sent) = match c.kind_title() {
        "ПРЕТЕНЗИЯ" => ("претензию", "отправленную"),
        "ЗАПРОС" => ("запрос", "отправленный"),
        _ => ("жалобу", "отправленную"),
    };
    let to =
        c.to.iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ");
    let summary = format!("Срок ответа на {title}: {to}");
    let mut description = format!(
        "Сегодня истекает 30-дневный срок ответа на {title}, {sent} {}.",
        c.date.map_or("вами".to_string(), |d| d.long_ru())
    );
    if let Some(next) = &r.next_addressee {
        description.push_str(&format!(
            " Если ответа нет или он вас не устраивает, следующий шаг — обратиться: {next}. Приложите копию первой жалобы и подтверждение её отправки."
        ));
    }
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//zhaloba//OMS complaint wizard//RU".into(),
        "CALSCALE:GREGORIAN".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{uid:08x}-{due}@zhaloba.invalid"),
        format!("DTSTAMP:{stamp}T000000Z"),
        format!("DTSTART;VALUE=DATE:{due}"),
        format!("DTEND;VALUE=DATE:{end}"),
        format!("SUMMARY:{}", text(&summary)),
        format!("DESCRIPTION:{}", text(&description)),
        "TRANSP:TRANSPARENT".into(),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", text(&summary)),
        "TRIGGER:PT9H".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ] {
        out.push_str(&fold(&line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_on_char_boundaries() {
        let long = format!("DESCRIPTION:{}", "ё".repeat(100));
        let folded = fold(&long);
        for l in folded.split("\r\n") {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    }

    #[test]
    fn escapes_text() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
