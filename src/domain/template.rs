//! Fills the sentences written in `content/` with the case's answers.
//!
//! Syntax (kept small so a lawyer can read the templates):
//! - `{name}`: a value; if it is empty the whole sentence is left out,
//!   so optional details never leave gaps in the letter;
//! - `{name?}`: a value that may be empty;
//! - `{g:обратился|обратилась}`: the applicant's grammatical gender;
//!   unknown gender gives «обратился(-ась)».

use super::case::Gender;

/// Renders `text`; `None` when a required value is empty.
pub fn render(text: &str, gender: Gender, lookup: &dyn Fn(&str) -> String) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            // An unclosed brace is literal text.
            out.push_str(&rest[open..]);
            return Some(out);
        };
        let token = &after[..close];
        if let Some(forms) = token.strip_prefix("g:") {
            out.push_str(&gendered(forms, gender));
        } else if let Some(name) = token.strip_suffix('?') {
            out.push_str(&lookup(name));
        } else {
            let value = lookup(token);
            if value.trim().is_empty() {
                return None;
            }
            out.push_str(&value);
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

fn gendered(forms: &str, gender: Gender) -> String {
    let (male, female) = forms.split_once('|').unwrap_or((forms, forms));
    match gender {
        Gender::Male => male.to_string(),
        Gender::Female => female.to_string(),
        Gender::Unknown => {
            // «обратился|обратилась» → «обратился(-ась)»: the common stem is shared.
            let common = male
                .chars()
                .zip(female.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let tail: String = female.chars().skip(common).collect();
            format!("{male}(-{tail})")
        }
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

    fn look(name: &str) -> String {
        match name {
            "a" => "альфа".into(),
            _ => String::new(),
        }
    }

    #[test]
    fn fills_and_skips() {
        assert_eq!(
            render("x {a} y", Gender::Unknown, &look).as_deref(),
            Some("x альфа y")
        );
        assert_eq!(render("x {b} y", Gender::Unknown, &look), None);
        assert_eq!(
            render("x {b?}y", Gender::Unknown, &look).as_deref(),
            Some("x y")
        );
        assert_eq!(
            render("x { y", Gender::Unknown, &look).as_deref(),
            Some("x { y")
        );
        let dated = |_: &str| "2026 г.".to_string();
        assert_eq!(
            render("до {d}.", Gender::Unknown, &dated).as_deref(),
            Some("до 2026 г.")
        );
    }

    #[test]
    fn gender_forms() {
        let t = "я {g:обратился|обратилась}";
        assert_eq!(render(t, Gender::Male, &look).unwrap(), "я обратился");
        assert_eq!(render(t, Gender::Female, &look).unwrap(), "я обратилась");
        assert_eq!(
            render(t, Gender::Unknown, &look).unwrap(),
            "я обратился(-ась)"
        );
        assert_eq!(
            render("{g:получил|получила}", Gender::Unknown, &look).unwrap(),
            "получил(-а)"
        );
    }

    #[test]
    fn numerals_agree() {
        assert_eq!(working_days_ru(1), "1 рабочий день");
        assert_eq!(working_days_ru(3), "3 рабочих дня");
        assert_eq!(working_days_ru(11), "11 рабочих дней");
        assert_eq!(working_days_ru(14), "14 рабочих дней");
        assert_eq!(working_days_ru(21), "21 рабочий день");
        assert_eq!(working_days_ru(0), "0 рабочих дней");
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
