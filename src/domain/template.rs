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
use super::words::capitalise;

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

#[cfg(test)]
mod tests {
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
}
