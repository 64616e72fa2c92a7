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

/// The document in the accusative and the genitive, and the possessive
/// that agrees with it: («жалобу», «жалобы», «её»).
fn noun(title: &str) -> (&'static str, &'static str, &'static str) {
    match title {
        "ПРЕТЕНЗИЯ" => ("претензию", "претензии", "её"),
        "ЗАПРОС" => ("запрос", "запроса", "его"),
        "ЗАЯВЛЕНИЕ" => ("заявление", "заявления", "его"),
        _ => ("жалобу", "жалобы", "её"),
    }
}

/// «Кому» in one line.
fn to_line(c: &Complaint) -> String {
    c.to.iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What ends today, by the document's law (`aftercare::Kind`): a sentence
/// with one full stop («… 5 мая 2026 г.», never «г..»).
fn what_ends(c: &Complaint, r: &crate::domain::complaint::Reminder) -> String {
    use crate::domain::aftercare::Kind;
    let sent = |participle: &str| match c.date {
        Some(d) => format!("{participle} {}", d.long_ru()),
        None => format!("{participle} вами"),
    };
    let (accusative, _, _) = noun(c.kind_title());
    let days = r.kind.days();
    let text = match r.kind {
        Kind::Complaint | Kind::Records => {
            let participle = match c.kind_title() {
                "ЗАПРОС" => "отправленный",
                "ЗАЯВЛЕНИЕ" => "отправленное",
                _ => "отправленную",
            };
            format!(
                "Сегодня истекает {days}-дневный срок ответа на {accusative}, {} (срок считается со дня регистрации)",
                sent(participle)
            )
        }
        Kind::ConsumerClaim => format!(
            "Сегодня истекает {days}-дневный срок, в который по Закону «О защите прав потребителей» (ст. 31) должны удовлетворить требования претензии, {} (срок считается со дня вручения)",
            sent("отправленной")
        ),
        Kind::RefundClaim => format!(
            "Сегодня истекают {days} дней со дня вручения претензии, {}: в такой срок обычно возвращают деньги (по аналогии с Законом «О защите прав потребителей»)",
            sent("отправленной")
        ),
    };
    end_sentence(text)
}

/// A full stop unless the text ends with one (a date's «г.»).
fn end_sentence(mut s: String) -> String {
    if !s.ends_with('.') {
        s.push('.');
    }
    s
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
    let summary = format!("Срок ответа на {}: {}", noun(c.kind_title()).0, to_line(c));
    let mut description = what_ends(c, r);
    if let Some(next) = &r.next_addressee {
        let (_, gen, its) = noun(c.kind_title());
        let unmet = if r.kind.is_claim() {
            "Если требования не удовлетворены или ответ вас не устраивает"
        } else {
            "Если ответа нет или он вас не устраивает"
        };
        description.push_str(&format!(
            " {unmet}, следующий шаг — обратиться: {next}. Приложите копию {gen} и подтверждение {its} отправки."
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
