//! Russian words and typed amounts, below every module that writes or
//! reads them: numerals agreeing with their noun («3 рабочих дня»), lower
//! case without the Unicode tables, a delay in hours and minutes, money
//! and times of day as people type them. A leaf: it imports nothing of
//! the crate.

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
    use super::*;

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
