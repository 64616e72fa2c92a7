//! Fills the sentences written in `content/` with the case's answers.
//!
//! Syntax (kept small so a lawyer can read the templates):
//! - `{name}`: a value; if it is empty the whole sentence is left out, so
//!   optional details never leave gaps in the letter;
//! - `{name?}`: a value that may be empty;
//! - `[…]`: an optional part, left out when a value inside it is empty;
//! - `{g:обратился|обратилась}`: by the applicant's grammatical gender
//!   (unknown gender gives «обратился(-ась)»); `{pg:…|…}` the same by the
//!   patient's;
//! - `{me:…|…}`: the first text when the patient is the applicant, the
//!   second when the applicant writes for someone else; both may hold
//!   further tokens;
//! - `{p:dat}`: the patient in a grammatical case (`nom gen dat acc ins
//!   pre`): «мне», or «моему сыну Петрову Ивану Сергеевичу».
//!
//! A sentence starts with a capital letter whatever its first token gives.

use super::case::Gender;

/// What a template can ask of the letter it is written into.
pub trait Vars {
    /// A value by name (`referral_date`, `p:dat`, `name:gen`); empty if none.
    fn value(&self, name: &str) -> String;
    /// The applicant's grammatical gender.
    fn gender(&self) -> Gender;
    /// The patient's grammatical gender (the applicant's when they are the patient).
    fn patient_gender(&self) -> Gender;
    /// The patient is the applicant.
    fn is_self(&self) -> bool;
}

/// Renders `text`; `None` when a required value is empty.
pub fn render(text: &str, vars: &dyn Vars) -> Option<String> {
    let mut out = render_part(text, vars)?;
    capitalise(&mut out);
    Some(out)
}

/// Renders text that goes inside a sentence (a choice's wording): no capital.
pub fn render_inline(text: &str, vars: &dyn Vars) -> Option<String> {
    render_part(text, vars)
}

/// Renders a part of a template (the whole, a group or an alternative).
fn render_part(text: &str, vars: &dyn Vars) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(open) = rest.find(['{', '[']) {
        out.push_str(&rest[..open]);
        let opener = rest.as_bytes()[open];
        let after = &rest[open + 1..];
        let Some(close) = matching(after, opener) else {
            // An unclosed brace or bracket is literal text.
            out.push_str(&rest[open..]);
            return Some(out);
        };
        let inner = &after[..close];
        if opener == b'[' {
            out.push_str(&render_part(inner, vars).unwrap_or_default());
        } else {
            out.push_str(&token(inner, vars)?);
        }
        rest = &after[close + 1..];
        // «…2026 г.» followed by the sentence's own full stop: keep one.
        if out.ends_with('.') && rest.starts_with('.') && !rest.starts_with("..") {
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    Some(out)
}

/// The index of the bracket that closes one opened just before `text`.
fn matching(text: &str, opener: u8) -> Option<usize> {
    let closer = if opener == b'[' { b']' } else { b'}' };
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        if b == opener {
            depth += 1;
        } else if b == closer {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        }
    }
    None
}

/// One `{…}` token; `None` when it is a required value that is empty.
fn token(token: &str, vars: &dyn Vars) -> Option<String> {
    if let Some((kind, forms)) = token.split_once(':') {
        let (first, second) = split_alternatives(forms);
        let gendered = |g: Gender| match g {
            Gender::Male => render_part(first, vars),
            Gender::Female => render_part(second, vars),
            Gender::Unknown => Some(both_forms(first, second)),
        };
        match kind {
            "g" => return gendered(vars.gender()),
            "pg" => return gendered(vars.patient_gender()),
            "me" if vars.is_self() => return render_part(first, vars),
            "me" => return render_part(second, vars),
            _ => {}
        }
    }
    if let Some(name) = token.strip_suffix('?') {
        return Some(vars.value(name));
    }
    let value = vars.value(token);
    (!value.trim().is_empty()).then_some(value)
}

/// `a|b` at the top level (a `|` inside a nested token belongs to it).
fn split_alternatives(forms: &str) -> (&str, &str) {
    let mut depth = 0i32;
    for (i, b) in forms.bytes().enumerate() {
        match b {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth -= 1,
            b'|' if depth == 0 => return (&forms[..i], &forms[i + 1..]),
            _ => {}
        }
    }
    (forms, forms)
}

/// «обратился|обратилась» → «обратился(-ась)»: the common stem is shared.
fn both_forms(male: &str, female: &str) -> String {
    let common = male
        .chars()
        .zip(female.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let tail: String = female.chars().skip(common).collect();
    format!("{male}(-{tail})")
}

/// Upper case of a first letter: Russian and Latin letters are enough for
/// a sentence of the letter (no Unicode case tables in the wasm).
pub fn capitalise(s: &mut String) {
    let Some(first) = s.chars().next() else {
        return;
    };
    let upper = match first {
        'а'..='я' => char::from_u32(first as u32 - 0x20),
        'ё' => Some('Ё'),
        'a'..='z' => Some(first.to_ascii_uppercase()),
        _ => None,
    };
    if let Some(u) = upper {
        s.replace_range(..first.len_utf8(), u.encode_utf8(&mut [0; 4]));
    }
}

/// «1 рабочий день», «3 рабочих дня», «14 рабочих дней».
pub fn working_days_ru(n: u32) -> String {
    let form = match (n % 10, n % 100) {
        (_, 11..=14) => "рабочих дней",
        (1, _) => "рабочий день",
        (2..=4, _) => "рабочих дня",
        _ => "рабочих дней",
    };
    format!("{n} {form}")
}

/// «21 год», «22 года», «35 лет».
pub fn years_ru(n: u32) -> String {
    let form = match (n % 10, n % 100) {
        (_, 11..=14) => "лет",
        (1, _) => "год",
        (2..=4, _) => "года",
        _ => "лет",
    };
    format!("{n} {form}")
}

/// «1 минута», «3 минуты», «20 минут».
pub fn minutes_ru(n: u32) -> String {
    let form = match (n % 10, n % 100) {
        (_, 11..=14) => "минут",
        (1, _) => "минута",
        (2..=4, _) => "минуты",
        _ => "минут",
    };
    format!("{n} {form}")
}

/// Lower case for Cyrillic (Russian, Tatar, Bashkir, Kazakh …) and Latin
/// letters without the Unicode case tables (about 13 KB of wasm); anything
/// else is kept as it is. Agrees with `str::to_lowercase` on U+0000–U+04FF's
/// ASCII and Cyrillic (a test checks every one).
pub fn lowercase_ru(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

fn lower_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x0400..=0x040F => u + 0x50,
        0x0410..=0x042F => u + 0x20,
        // Pairs: capital at an even code point, small right after it.
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x04FF if u % 2 == 0 => u + 1,
        0x04C1..=0x04CE if u % 2 == 1 => u + 1,
        0x04C0 => 0x04CF,
        _ => return c.to_ascii_lowercase(),
    };
    char::from_u32(lower).unwrap_or(c)
}

/// «55 минут», «1 час 35 минут», «2 часа»: a delay as a letter states it.
pub fn duration_ru(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    if h == 0 {
        return minutes_ru(m);
    }
    let hours = match (h % 10, h % 100) {
        (_, 11..=14) => "часов",
        (1, _) => "час",
        (2..=4, _) => "часа",
        _ => "часов",
    };
    if m == 0 {
        format!("{h} {hours}")
    } else {
        format!("{h} {hours} {}", minutes_ru(m))
    }
}

/// A time of day as typed («21:40», «21.40», «9 40», «21ч40»): minutes after midnight.
pub fn parse_clock(s: &str) -> Option<u32> {
    let s = s.trim();
    let (h, m) = s.split_once([':', '.', ' ', 'ч', '-'])?;
    let m = m
        .trim_start_matches(['ч', ' '])
        .trim_end_matches([' ', 'м', 'и', 'н', '.']);
    let (h, m): (u32, u32) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Parses a typed amount («1500», «1 500,50», «1500.5 руб.») into kopecks.
pub fn parse_money(s: &str) -> Option<u64> {
    let cleaned: String = s
        .trim()
        .trim_end_matches("руб.")
        .trim_end_matches("руб")
        .trim_end_matches('₽')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (whole, frac) = match cleaned.split_once([',', '.']) {
        Some((w, f)) => (w, f),
        None => (cleaned.as_str(), ""),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 12 {
        return None;
    }
    if frac.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let kop = match frac.len() {
        0 => 0,
        1 => frac.parse::<u64>().ok()? * 10,
        _ => frac.parse::<u64>().ok()?,
    };
    Some(whole.parse::<u64>().ok()? * 100 + kop)
}

/// «1 500 руб.», «1 500 руб. 50 коп.»
pub fn format_money(kopecks: u64) -> String {
    let rub = (kopecks / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in rub.chars().enumerate() {
        if i > 0 && (rub.len() - i) % 3 == 0 {
            grouped.push('\u{a0}');
        }
        grouped.push(c);
    }
    match kopecks % 100 {
        0 => format!("{grouped}\u{a0}руб."),
        k => format!("{grouped}\u{a0}руб. {k:02}\u{a0}коп."),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn lowercase_without_case_tables_agrees_with_the_standard_one() {
        for s in [
            "ЖАЛОБА",
            "ЗАПРОС",
            "Ёлка ЁЖ",
            "Доверенность от 01.02.2026 № 77 АА",
            "Mixed ABC Ъ",
            "ӘХМӘТОВА Җәүһәр",
        ] {
            assert_eq!(lowercase_ru(s), s.to_lowercase(), "{s}");
        }
        for u in (0..0x80).chain(0x0400..0x0500) {
            let c = char::from_u32(u).unwrap();
            assert_eq!(
                lowercase_ru(&c.to_string()),
                c.to_lowercase().to_string(),
                "U+{u:04X}"
            );
        }
    }
    use super::*;

    struct Test {
        gender: Gender,
        patient: Gender,
        me: bool,
    }

    impl Vars for Test {
        fn value(&self, name: &str) -> String {
            match name {
                "a" => "альфа".into(),
                "d" => "2026 г.".into(),
                "p:dat" if self.me => "мне".into(),
                "p:dat" => "моему сыну Петрову Ивану".into(),
                _ => String::new(),
            }
        }
        fn gender(&self) -> Gender {
            self.gender
        }
        fn patient_gender(&self) -> Gender {
            self.patient
        }
        fn is_self(&self) -> bool {
            self.me
        }
    }

    const ME: Test = Test {
        gender: Gender::Female,
        patient: Gender::Female,
        me: true,
    };
    const SON: Test = Test {
        gender: Gender::Female,
        patient: Gender::Male,
        me: false,
    };

    #[test]
    fn fills_and_skips() {
        assert_eq!(render("x {a} y", &ME).as_deref(), Some("X альфа y"));
        assert_eq!(render("x {b} y", &ME), None);
        assert_eq!(render("x {b?}y", &ME).as_deref(), Some("X y"));
        assert_eq!(render("x { y", &ME).as_deref(), Some("X { y"));
        assert_eq!(render("до {d}.", &ME).as_deref(), Some("До 2026 г."));
        assert_eq!(
            render("{a}[, {b} г.] и[ {a}]", &ME).as_deref(),
            Some("Альфа и альфа")
        );
    }

    #[test]
    fn gender_forms() {
        let t = "я {g:обратился|обратилась}";
        let male = Test {
            gender: Gender::Male,
            ..ME
        };
        let unknown = Test {
            gender: Gender::Unknown,
            ..ME
        };
        assert_eq!(render(t, &male).unwrap(), "Я обратился");
        assert_eq!(render(t, &ME).unwrap(), "Я обратилась");
        assert_eq!(render(t, &unknown).unwrap(), "Я обратился(-ась)");
        assert_eq!(
            render("{g:получил|получила}", &unknown).unwrap(),
            "Получил(-а)"
        );
        assert_eq!(
            render("{pg:находился|находилась}", &SON).unwrap(),
            "Находился"
        );
    }

    #[test]
    fn the_patient_speaks_or_is_spoken_of() {
        let t = "{p:dat} было выдано направление; {me:я нуждаюсь|{p:dat} нужна} помощь";
        assert_eq!(
            render(t, &ME).unwrap(),
            "Мне было выдано направление; я нуждаюсь помощь"
        );
        assert_eq!(
            render(t, &SON).unwrap(),
            "Моему сыну Петрову Ивану было выдано направление; моему сыну Петрову Ивану нужна помощь"
        );
        // A required value inside the chosen alternative still drops the sentence.
        assert_eq!(render("{me:x|{b}}", &SON), None);
        assert_eq!(render("{me:x|{b}}", &ME).as_deref(), Some("X"));
    }

    #[test]
    fn capitals() {
        for (from, to) in [
            ("ёж", "Ёж"),
            ("яма", "Яма"),
            ("abc", "Abc"),
            ("5 мая", "5 мая"),
            ("", ""),
        ] {
            let mut s = from.to_string();
            capitalise(&mut s);
            assert_eq!(s, to);
        }
    }

    #[test]
    fn numerals_agree() {
        assert_eq!(working_days_ru(1), "1 рабочий день");
        assert_eq!(working_days_ru(3), "3 рабочих дня");
        assert_eq!(working_days_ru(11), "11 рабочих дней");
        assert_eq!(working_days_ru(14), "14 рабочих дней");
        assert_eq!(working_days_ru(21), "21 рабочий день");
        assert_eq!(working_days_ru(0), "0 рабочих дней");
        assert_eq!(minutes_ru(20), "20 минут");
        assert_eq!(minutes_ru(21), "21 минута");
        assert_eq!(minutes_ru(55), "55 минут");
        assert_eq!(minutes_ru(3), "3 минуты");
    }

    #[test]
    fn money() {
        assert_eq!(parse_money("1 500,50"), Some(150_050));
        assert_eq!(parse_money("1500 руб."), Some(150_000));
        assert_eq!(parse_money("12.5"), Some(1_250));
        assert_eq!(parse_money("abc"), None);
        assert_eq!(parse_money("1,234"), None);
        assert_eq!(format_money(150_050), "1\u{a0}500\u{a0}руб. 50\u{a0}коп.");
        assert_eq!(format_money(99_900), "999\u{a0}руб.");
        assert_eq!(format_money(123_456_700), "1\u{a0}234\u{a0}567\u{a0}руб.");
    }
}
