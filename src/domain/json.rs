//! A small JSON reader: text → [`Value`], for the case file and the answers
//! file around it. serde_json's deserialiser with the derived visitors of
//! every case type cost the page and the files worker far more than this
//! tree and the hand-written field lists in `case/reader.rs`, `case/writer.rs`
//! and `saved.rs`; tests prove both read every example, migration fixture and
//! generated case alike.
//!
//! Strict where JSON is strict (RFC 8259: no trailing commas, no comments,
//! escapes and surrogate pairs checked, no control characters in strings);
//! numbers are kept as written and read by the field that wants one. Nesting
//! deeper than [`MAX_DEPTH`] is refused rather than risking the stack.

/// The deepest nesting read: serde_json's limit to the level (its counter
/// starts at 128 and refuses the bracket that would bring it to 0, so it
/// reads 127 levels; `tests/hostile_files.rs` compares the two).
pub const MAX_DEPTH: usize = 127;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// As written, already checked against JSON's number grammar.
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Members in file order; a repeated key is kept twice (readers decide).
    Object(Vec<(String, Value)>),
}

/// Where the text stops being JSON: line and column (from 1, in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
}

pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0).map_err(|()| p.error(text))?;
    p.space();
    if p.at == p.bytes.len() {
        Ok(value)
    } else {
        Err(p.error(text))
    }
}

impl Value {
    /// The value as a non-negative integer (`3`, not `3.0` or `"3"`).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The first member called `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl Value {
    /// As serde_json's `to_string` writes it.
    pub fn to_line(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// As serde_json's `to_string_pretty` writes it (two spaces).
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    /// `level`: the indentation depth when pretty, `None` on one line.
    fn write(&self, out: &mut String, level: Option<usize>) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n),
            Value::String(s) => quote(s, out),
            Value::Array(items) => write_list(out, level, "[]", items, |out, item, inner| {
                item.write(out, inner);
            }),
            Value::Object(members) => {
                write_list(out, level, "{}", members, |out, (key, value), inner| {
                    quote(key, out);
                    out.push_str(if inner.is_some() { ": " } else { ":" });
                    value.write(out, inner);
                });
            }
        }
    }
}

/// Items between `brackets`, comma-separated; when pretty, each on its own
/// line one level in, and an empty list as `[]`/`{}` (serde_json's layout).
fn write_list<T>(
    out: &mut String,
    level: Option<usize>,
    brackets: &str,
    items: &[T],
    mut write: impl FnMut(&mut String, &T, Option<usize>),
) {
    let newline = |out: &mut String, level: usize| {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    };
    let (open, close) = brackets.split_at(1);
    out.push_str(open);
    let inner = level.map(|l| l + 1);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if let Some(l) = inner {
            newline(out, l);
        }
        write(out, item, inner);
    }
    if let (Some(l), false) = (level, items.is_empty()) {
        newline(out, l);
    }
    out.push_str(close);
}

/// An object built member by member, in the order they are written.
#[derive(Default)]
pub struct Object(Vec<(String, Value)>);

impl Object {
    pub fn put(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.0.push((key.to_string(), value.into()));
        self
    }

    /// A member left out when it holds no text.
    pub fn put_if_any(self, key: &str, value: &str) -> Self {
        if value.is_empty() {
            self
        } else {
            self.put(key, value)
        }
    }

    pub fn done(self) -> Value {
        Value::Object(self.0)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::String(text.to_string())
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Value {
        Value::String(text.clone())
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Number(n.to_string())
    }
}

/// `text` as a JSON string, escaped as serde_json escapes it: quote,
/// backslash and control characters only (the rest stays as it is).
fn quote(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                out.push_str("\\u00");
                out.push(char::from(HEX[c as usize >> 4]));
                out.push(char::from(HEX[c as usize & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, text: &str) -> SyntaxError {
        let before = &text.as_bytes()[..self.at.min(text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Count characters, not bytes: continuation bytes are not characters.
        let column = 1 + before[start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        SyntaxError { line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self, word: &[u8], value: Value) -> Result<Value, ()> {
        if self.bytes[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ()> {
        self.space();
        match self.peek().ok_or(())? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(Value::String),
            b't' => self.word(b"true", Value::Bool(true)),
            b'f' => self.word(b"false", Value::Bool(false)),
            b'n' => self.word(b"null", Value::Null),
            _ => self.number(),
        }
    }

    /// The items of an array or the members of an object, after the opening
    /// bracket: `item` reads one, the commas and the `close` are read here.
    fn list(
        &mut self,
        depth: usize,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<(), ()>,
    ) -> Result<(), ()> {
        if depth > MAX_DEPTH {
            return Err(());
        }
        self.at += 1;
        self.space();
        if self.eat(close) {
            return Ok(());
        }
        loop {
            self.space();
            item(self)?;
            self.space();
            if self.eat(close) {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(());
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ()> {
        let mut members = Vec::new();
        self.list(depth, b'}', |p| {
            if p.peek() != Some(b'"') {
                return Err(());
            }
            let key = p.string()?;
            p.space();
            if !p.eat(b':') {
                return Err(());
            }
            members.push((key, p.value(depth)?));
            Ok(())
        })?;
        Ok(Value::Object(members))
    }

    fn array(&mut self, depth: usize) -> Result<Value, ()> {
        let mut items = Vec::new();
        self.list(depth, b']', |p| {
            items.push(p.value(depth)?);
            Ok(())
        })?;
        Ok(Value::Array(items))
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, ()> {
        let start = self.at;
        self.eat(b'-');
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(()),
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(());
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(());
            }
        }
        // Only ASCII was consumed, so this is a character boundary.
        let text = std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| ())?;
        Ok(Value::Number(text.to_string()))
    }

    fn hex4(&mut self) -> Result<u32, ()> {
        let hex = self.bytes.get(self.at..self.at + 4).ok_or(())?;
        let mut n = 0;
        for &b in hex {
            n = n * 16 + char::from(b).to_digit(16).ok_or(())?;
        }
        self.at += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, ()> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control
            // character whole: the input is a `str`, so the run is UTF-8.
            let start = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| ())?);
            match self.peek().ok_or(())? {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = self.peek().ok_or(())?;
                    self.at += 1;
                    out.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return Err(()),
                    });
                }
                _ => return Err(()),
            }
        }
    }

    /// After `\u`: one code point, a surrogate pair taken together.
    fn escaped_char(&mut self) -> Result<char, ()> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !(self.eat(b'\\') && self.eat(b'u')) {
                    return Err(());
                }
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(());
                }
                0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(()),
            _ => first,
        };
        char::from_u32(code).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Value {
        Value::String(text.into())
    }

    #[test]
    fn reads_what_json_allows() {
        assert_eq!(parse(" null "), Ok(Value::Null));
        assert_eq!(
            parse("[true,false]"),
            Ok(Value::Array(vec![Value::Bool(true), Value::Bool(false)]))
        );
        assert_eq!(
            parse(r#"{"a": "x", "a": -1.5e+3}"#),
            Ok(Value::Object(vec![
                ("a".into(), s("x")),
                ("a".into(), Value::Number("-1.5e+3".into()))
            ]))
        );
        assert_eq!(
            parse(r#""\"\\\/\b\f\n\r\t\u0416\ud83d\ude00Ж""#),
            Ok(s("\"\\/\u{8}\u{c}\n\r\tЖ😀Ж"))
        );
        assert_eq!(parse("{}"), Ok(Value::Object(vec![])));
        assert_eq!(parse("[ ]"), Ok(Value::Array(vec![])));
    }

    #[test]
    fn refuses_what_json_does_not_and_says_where() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "1e",
            "+1",
            "'a'",
            "tru",
            "nul",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"a\u{1}\"",
            "\"abc",
            "{\"a\" 1}",
            "{1:2}",
            "[1 2]",
            "1 2",
            "// c\n1",
            "NaN",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was read");
        }
        assert_eq!(
            parse("{\n  \"имя\": nope}"),
            Err(SyntaxError {
                line: 2,
                column: 10
            })
        );
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(parse(&deep).is_err());
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn numbers_as_integers_only_when_written_so() {
        assert_eq!(parse("3").unwrap().as_u64(), Some(3));
        for not in ["3.0", "-3", "3e0", "\"3\"", "99999999999999999999999"] {
            assert_eq!(parse(not).unwrap().as_u64(), None, "{not}");
        }
    }

    /// Every string serde_json writes, this reads back to the same text.
    #[test]
    fn reads_back_what_serde_json_writes() {
        let mut texts: Vec<String> = (0u32..0x800)
            .chain(0xFFF0..0x10010)
            .filter_map(char::from_u32)
            .map(|c| format!("a{c}b"))
            .collect();
        texts.push("Иванова «Алёна» \"Сергеевна\"\n\t\\".into());
        for text in texts {
            let json = serde_json::to_string(&text).unwrap();
            assert_eq!(parse(&json), Ok(Value::String(text.clone())), "{json}");
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert_eq!(value.as_str(), Some(text.as_str()));
        }
    }
}
