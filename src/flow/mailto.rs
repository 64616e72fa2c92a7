//! The «Написать письмо» link: a `mailto:` URL with the addressee's
//! address (where the host gave one), the subject and the letter's text.
//! The person's own mail program opens it; nothing passes through a server.

/// Longest `mailto:` URL that mail programs take whole: Windows hands
/// about 2 000 characters to the mail program, and some clients cut there.
pub const MAX_URL: usize = 2000;

/// The mail's body when the letter does not fit the link: the file goes
/// as an attachment instead (the page says so).
pub const ATTACHED: &str = "Здравствуйте!\n\nНаправляю обращение во вложении.";

pub struct Mailto {
    pub url: String,
    /// The letter's text is in the link (else [`ATTACHED`] is).
    pub whole: bool,
}

/// `to` may be empty (the mail program asks).
pub fn mailto(to: &str, subject: &str, text: &str) -> Mailto {
    let with = |body: &str| {
        format!(
            "mailto:{}?subject={}&body={}",
            encode(to.trim()),
            encode(subject),
            encode(body)
        )
    };
    let url = with(text);
    if url.len() <= MAX_URL {
        return Mailto { url, whole: true };
    }
    Mailto {
        url: with(ATTACHED),
        whole: false,
    }
}

/// Percent-encoding (RFC 6068, after RFC 3986): every byte but the
/// unreserved characters and, in the address, `@`; line breaks as CRLF,
/// as mail wants them.
fn encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 3);
    let crlf = s.replace("\r\n", "\n").replace('\n', "\r\n");
    for b in crlf.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An independent reading: percent-decoding of the query's values.
    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    fn part<'a>(url: &'a str, key: &str) -> &'a str {
        let query = url.split_once('?').unwrap().1;
        query
            .split('&')
            .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
            .unwrap()
    }

    #[test]
    fn a_short_letter_goes_in_the_body_with_crlf_line_breaks() {
        let text = "ЖАЛОБА\n\nПрошу: «срочно» & 100% №5?\n";
        let m = mailto("oms@insurer.ru", "Жалоба", text);
        assert!(m.whole);
        assert!(m.url.starts_with("mailto:oms@insurer.ru?subject="));
        assert_eq!(decode(part(&m.url, "body")), text.replace('\n', "\r\n"));
        assert_eq!(decode(part(&m.url, "subject")), "Жалоба");
        assert!(!part(&m.url, "body").contains(['&', '?', '#', ' ']));
    }

    #[test]
    fn a_long_letter_is_attached_instead() {
        let text = "Очень длинное письмо. ".repeat(100);
        let m = mailto("", "Жалоба", &text);
        assert!(!m.whole);
        assert!(m.url.starts_with("mailto:?subject="));
        assert_eq!(decode(part(&m.url, "body")), ATTACHED.replace('\n', "\r\n"));
        assert!(m.url.len() <= MAX_URL);
    }
}
