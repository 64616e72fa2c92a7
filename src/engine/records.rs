//! The [`Summary`] as the files worker hands it to the page: its values one
//! after another, each as `<byte length>:<text>`, in the order the fields
//! are declared. Page and worker come from one build, so no names or types
//! travel; reading it takes a few hundred bytes of code where serde's
//! derived reader for the summary took 27 KB of the page. A test round-trips
//! the summary of every example case.

use super::summary::{LetterView, Serve, Served, Summary, Verdict, WaitingView};
use crate::domain::date::Date;

/// The summary's values in order.
pub fn write(s: &Summary) -> String {
    let mut w = Writer(String::new());
    w.len(s.letters.len());
    for l in &s.letters {
        for text in [
            &l.title,
            &l.html,
            &l.text,
            &l.subject,
            &l.addressee,
            &l.body,
        ] {
            w.text(text);
        }
        w.len(l.attachments.len());
        for a in &l.attachments {
            w.text(a);
        }
        w.text(&l.file_stem);
        w.text(&l.unprintable);
    }
    w.len(s.name_forms.len());
    for (case, form) in &s.name_forms {
        w.text(case);
        w.text(form);
    }
    w.flag(s.waiting.is_some());
    if let Some(v) = &s.waiting {
        w.number(match v.verdict {
            Verdict::Violated => 0,
            Verdict::OfferedLate => 1,
            Verdict::Kept => 2,
        });
        w.number(i64::from(v.limit_days));
        w.flag(v.limit_confirmed);
        w.date(Some(v.limit_date));
        w.date(Some(v.start));
        w.date(v.offered);
        w.number(i64::from(v.elapsed));
    }
    w.flag(s.no_programme.is_some());
    w.number(i64::from(s.no_programme.unwrap_or(0)));
    w.len(s.addressees.len());
    for a in &s.addressees {
        w.text(&a.id);
        w.number(match a.how {
            Serve::Letter => 0,
            Serve::Copy => 1,
            Serve::Document => 2,
        });
    }
    w.len(s.escalation.len());
    for e in &s.escalation {
        w.text(e);
    }
    for d in [s.letter_date, s.registered, s.answer_due, s.refund_due] {
        w.date(d);
    }
    w.flag(s.dates_uncertain);
    w.flag(s.planning.is_some());
    let (programme, event) = s.planning.unwrap_or((0, 0));
    w.number(i64::from(programme));
    w.number(i64::from(event));
    w.flag(s.variant.is_some());
    w.len(s.variant.unwrap_or(0));
    w.len(s.cautions.len());
    for (category, index) in &s.cautions {
        w.text(category);
        w.len(*index);
    }
    w.0
}

/// Reads what [`write`] wrote; `None` if it is not that.
pub fn read(text: &str) -> Option<Summary> {
    let mut r = Reader(text);
    let mut s = Summary::default();
    for _ in 0..r.len()? {
        let mut l = LetterView {
            title: r.text()?,
            html: r.text()?,
            text: r.text()?,
            subject: r.text()?,
            addressee: r.text()?,
            body: r.text()?,
            ..LetterView::default()
        };
        for _ in 0..r.len()? {
            l.attachments.push(r.text()?);
        }
        l.file_stem = r.text()?;
        l.unprintable = r.text()?;
        s.letters.push(l);
    }
    for _ in 0..r.len()? {
        s.name_forms.push((r.text()?, r.text()?));
    }
    if r.flag()? {
        s.waiting = Some(WaitingView {
            verdict: match r.number()? {
                0 => Verdict::Violated,
                1 => Verdict::OfferedLate,
                2 => Verdict::Kept,
                _ => return None,
            },
            limit_days: u32::try_from(r.number()?).ok()?,
            limit_confirmed: r.flag()?,
            limit_date: r.date()??,
            start: r.date()??,
            offered: r.date()?,
            elapsed: u32::try_from(r.number()?).ok()?,
        });
    }
    let has_no_programme = r.flag()?;
    let year = i32::try_from(r.number()?).ok()?;
    s.no_programme = has_no_programme.then_some(year);
    for _ in 0..r.len()? {
        s.addressees.push(Served {
            id: r.text()?,
            how: match r.number()? {
                0 => Serve::Letter,
                1 => Serve::Copy,
                2 => Serve::Document,
                _ => return None,
            },
        });
    }
    for _ in 0..r.len()? {
        s.escalation.push(r.text()?);
    }
    s.letter_date = r.date()?;
    s.registered = r.date()?;
    s.answer_due = r.date()?;
    s.refund_due = r.date()?;
    s.dates_uncertain = r.flag()?;
    let planned = r.flag()?;
    let pair = (
        i32::try_from(r.number()?).ok()?,
        i32::try_from(r.number()?).ok()?,
    );
    s.planning = planned.then_some(pair);
    let varied = r.flag()?;
    let variant = r.len()?;
    s.variant = varied.then_some(variant);
    for _ in 0..r.len()? {
        s.cautions.push((r.text()?, r.len()?));
    }
    r.0.is_empty().then_some(s)
}

struct Writer(String);

impl Writer {
    fn text(&mut self, t: &str) {
        self.0.push_str(&t.len().to_string());
        self.0.push(':');
        self.0.push_str(t);
    }
    fn number(&mut self, n: i64) {
        self.text(&n.to_string());
    }
    fn len(&mut self, n: usize) {
        self.text(&n.to_string());
    }
    fn flag(&mut self, b: bool) {
        self.text(if b { "1" } else { "" });
    }
    fn date(&mut self, d: Option<Date>) {
        self.text(&d.map(|d| d.to_string()).unwrap_or_default());
    }
}

struct Reader<'a>(&'a str);

impl Reader<'_> {
    fn text(&mut self) -> Option<String> {
        let (len, rest) = self.0.split_once(':')?;
        let len: usize = len.parse().ok()?;
        let value = rest.get(..len)?;
        self.0 = &rest[len..];
        Some(value.to_string())
    }
    fn number(&mut self) -> Option<i64> {
        self.text()?.parse().ok()
    }
    fn len(&mut self) -> Option<usize> {
        self.text()?.parse().ok()
    }
    fn flag(&mut self) -> Option<bool> {
        Some(!self.text()?.is_empty())
    }
    /// `None` when the text is not a date; `Some(None)` for no date.
    fn date(&mut self) -> Option<Option<Date>> {
        let t = self.text()?;
        if t.is_empty() {
            return Some(None);
        }
        Date::parse(&t).ok().map(Some)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::case::Case;
    use crate::domain::content::content;

    /// Every example case's summary, on a few days, comes back as it went.
    #[test]
    fn every_example_summary_round_trips() {
        let mut seen = 0;
        for dir in ["examples/cases", "tests/golden"] {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "json") {
                    continue;
                }
                let Ok(case) = Case::from_json(&std::fs::read_to_string(&path).unwrap()) else {
                    continue;
                };
                for day in ["2026-06-01", "2026-12-30", "2027-03-15"] {
                    let summary =
                        super::super::summarise(content(), &case, Date::parse(day).unwrap());
                    let text = write(&summary);
                    assert_eq!(read(&text).as_ref(), Some(&summary), "{}", path.display());
                    seen += 1;
                }
            }
        }
        assert!(seen > 100, "only {seen} summaries");
    }

    /// Texts with the separators, control characters and other scripts
    /// inside, and a wrong or cut record.
    #[test]
    fn any_text_survives_and_damage_is_refused() {
        let odd = "1:2:\u{1e}\u{0}\n«Жалоба» — 😀 مرحبا";
        let summary = Summary {
            letters: vec![LetterView {
                title: odd.into(),
                body: "9:".into(),
                attachments: vec![String::new(), odd.into()],
                ..LetterView::default()
            }],
            escalation: vec![odd.into()],
            no_programme: Some(2031),
            planning: Some((2026, 2027)),
            variant: Some(0),
            cautions: vec![("paid-care".into(), 1)],
            ..Summary::default()
        };
        let text = write(&summary);
        assert_eq!(read(&text), Some(summary));
        assert_eq!(read(&text[..text.len() - 1]), None, "cut");
        assert_eq!(read(&format!("{text}1:x")), None, "too long");
        assert_eq!(read("x"), None);
    }
}
