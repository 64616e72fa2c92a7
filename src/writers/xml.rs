//! Text into XML (DOCX, print HTML): escape the five specials and drop the
//! characters XML 1.0 forbids, which a person can paste by accident and which
//! make Word and LibreOffice refuse the whole file.

pub fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|&c| allowed(c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_forbidden() {
        assert_eq!(escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&apos;");
        assert_eq!(escape("x\u{0}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}y"), "xy");
        assert_eq!(escape("ё «» № — 😀\t\n"), "ё «» № — 😀\t\n");
    }
}
