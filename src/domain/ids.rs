//! Checks of identifiers a person types: policy, ИНН, ОГРН, postal index
//! and address, phone, e-mail. What people paste between digits (spaces of
//! every width, dashes, zero-width characters, full-width digits) is
//! normalised, not refused.
//!
//! Every check is total (never panics, whatever the string) and returns a
//! [`Finding`] code; the interface turns codes into Russian (or English)
//! sentences through `crate::messages`, so the wording lives in one catalogue.
//! Algorithms and test vectors: shared legal brief §4.

/// How strongly the interface should react.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Shown, but the person may go on: a legacy form, a note.
    Note,
    /// Probably a typo; the person may confirm and go on (they may still be right).
    Warning,
    /// Cannot be this kind of number at all; must be corrected.
    Error,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    /// Letters or other signs where only digits are allowed (a policy).
    PolicyNotDigits,
    /// 16-digit ЕНП whose check digit (Luhn) does not match.
    PolicyChecksum,
    /// 9 digits: a temporary certificate, valid but legacy.
    PolicyTemporary,
    /// Neither 16 nor 9 digits: an old-style policy; accepted, not checked.
    PolicyOldStyle,
    /// The letter O (Latin or Cyrillic) among the digits of a number: a zero, surely.
    LetterForZero,
    /// Letters or other signs in a number of digits only (ИНН, ОГРН).
    NotDigits,
    InnLength,
    InnChecksum,
    OgrnLength,
    /// The first digit says what was registered: never 0 for an organisation
    /// (13 digits); 3 or 4 for an individual entrepreneur (15 digits).
    OgrnKind,
    OgrnChecksum,
    PostalIndex,
    /// A postal address with no six-digit index in it.
    PostalIndexMissing,
    Phone,
    Email,
}

impl Finding {
    pub fn severity(self) -> Severity {
        use Finding::*;
        match self {
            PolicyTemporary | PolicyOldStyle => Severity::Note,
            PolicyChecksum | InnChecksum | OgrnKind | OgrnChecksum | Phone | Email
            | PostalIndexMissing => Severity::Warning,
            PolicyNotDigits | LetterForZero | NotDigits | InnLength | OgrnLength | PostalIndex => {
                Severity::Error
            }
        }
    }
}

/// What people paste between digits: spaces of every width, hyphens and
/// dashes, zero-width characters; full-width digits become ASCII ones.
pub fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(
                c,
                ' ' | '\t'
                    | '\u{a0}'
                    | '\u{2000}'..='\u{200d}'
                    | '\u{202f}'
                    | '\u{205f}'
                    | '\u{2060}'
                    | '\u{feff}'
                    | '-'
                    | '\u{2010}'..='\u{2015}'
                    | '\u{2212}'
            )
        })
        .map(|c| match c {
            '\u{ff10}'..='\u{ff19}' => char::from(b'0' + (c as u32 - 0xff10) as u8),
            c => c,
        })
        .collect()
}

/// The digits of a number as the letter prints it.
pub fn digits(s: &str) -> String {
    normalise(s)
}

/// The digits of `s`, or why it is not a number: the letter O where a zero
/// belongs, or anything else that is not a digit.
fn digits_only(s: &str) -> Result<Vec<u8>, Finding> {
    let n = normalise(s);
    let mut out = Vec::new();
    let mut letter_o = false;
    for c in n.chars() {
        match c {
            '0'..='9' => out.push(c as u8 - b'0'),
            'O' | 'o' | 'О' | 'о' => letter_o = true,
            _ => return Err(Finding::NotDigits),
        }
    }
    if letter_o {
        Err(Finding::LetterForZero)
    } else {
        Ok(out)
    }
}

/// The Luhn check used for the ЕНП (single policy number).
pub fn luhn_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    !digits.is_empty() && sum % 10 == 0
}

/// Policy number: ЕНП (16 digits, Luhn), temporary certificate (9 digits),
/// or an old-style policy (series and number, region-specific; not checked).
pub fn check_policy(s: &str) -> Option<Finding> {
    let trimmed = normalise(s.trim());
    let d = match digits_only(&trimmed) {
        Ok(d) => d,
        Err(Finding::LetterForZero) if trimmed.chars().count() == 16 => {
            return Some(Finding::LetterForZero)
        }
        Err(_) => {
            // Old-style policies may carry a letter series; the ЕНП never does.
            let digit_count = trimmed.chars().filter(char::is_ascii_digit).count();
            return if digit_count == 16 || trimmed.chars().count() == 16 {
                Some(Finding::PolicyNotDigits)
            } else {
                Some(Finding::PolicyOldStyle)
            };
        }
    };
    match d.len() {
        16 if luhn_valid(&d) => None,
        16 => Some(Finding::PolicyChecksum),
        9 => Some(Finding::PolicyTemporary),
        0 => Some(Finding::PolicyNotDigits),
        _ => Some(Finding::PolicyOldStyle),
    }
}

fn weighted_mod11(d: &[u8], weights: &[u32]) -> u8 {
    let sum: u32 = d.iter().zip(weights).map(|(&x, &w)| u32::from(x) * w).sum();
    (sum % 11 % 10) as u8
}

/// ИНН: 10 digits (organisation) or 12 (individual), with check digits.
pub fn check_inn(s: &str) -> Option<Finding> {
    let d = match digits_only(s) {
        Ok(d) => d,
        Err(f) => return Some(f),
    };
    let ok = match d.len() {
        10 => weighted_mod11(&d, &[2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[9],
        12 => {
            weighted_mod11(&d, &[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[10]
                && weighted_mod11(&d, &[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[11]
        }
        _ => return Some(Finding::InnLength),
    };
    (!ok).then_some(Finding::InnChecksum)
}

/// ОГРН (13 digits, mod 11) or ОГРНИП (15 digits, mod 13); the last digit
/// is the remainder's last digit (the ФНС rule).
pub fn check_ogrn(s: &str) -> Option<Finding> {
    let d = match digits_only(s) {
        Ok(d) => d,
        Err(f) => return Some(f),
    };
    let modulus = match (d.len(), d.first()) {
        (13, Some(0)) => return Some(Finding::OgrnKind),
        (13, _) => 11,
        (15, Some(3 | 4)) => 13,
        (15, _) => return Some(Finding::OgrnKind),
        _ => return Some(Finding::OgrnLength),
    };
    let body = &d[..d.len() - 1];
    // The ФНС rule: the remainder's last digit (a remainder of 10–12 for an
    // ОГРНИП gives 0–2). Long division keeps this exact without big integers.
    let rem = body
        .iter()
        .fold(0u64, |acc, &x| (acc * 10 + u64::from(x)) % modulus);
    ((rem % 10) as u8 != d[d.len() - 1]).then_some(Finding::OgrnChecksum)
}

/// Russian postal index: six digits, not starting with 0.
pub fn check_postal_index(s: &str) -> Option<Finding> {
    match digits_only(s) {
        Ok(d) if d.len() == 6 && d[0] != 0 => None,
        _ => Some(Finding::PostalIndex),
    }
}

/// A postal address for the answer: it should carry its six-digit index.
pub fn check_postal_address(s: &str) -> Option<Finding> {
    let mut run = String::new();
    let mut runs = Vec::new();
    for c in s.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            run.push(c);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    match runs.iter().find(|r| r.len() == 6) {
        Some(index) => check_postal_index(index),
        None => Some(Finding::PostalIndexMissing),
    }
}

/// A Russian phone number: 10 digits after +7 or 8, written any usual way.
pub fn check_phone(s: &str) -> Option<Finding> {
    let t = normalise(s.trim());
    let plus = t.starts_with('+');
    let body: String = t
        .trim_start_matches('+')
        .chars()
        .filter(|c| !matches!(c, '(' | ')'))
        .collect();
    match digits_only(&body) {
        Ok(d) if d.len() == 11 && (d[0] == 7 || (d[0] == 8 && !plus)) => None,
        Ok(d) if d.len() == 10 && d[0] == 9 => None,
        _ => Some(Finding::Phone),
    }
}

/// A plain sanity check; deliverability is not ours to judge.
pub fn check_email(s: &str) -> Option<Finding> {
    let t: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, '\u{200b}' | '\u{feff}'))
        .collect();
    let ok = match t.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !t.chars().any(char::is_whitespace)
        }
        None => false,
    };
    (!ok).then_some(Finding::Email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_vectors_from_the_brief() {
        assert_eq!(check_policy("7700000000000016"), None);
        assert_eq!(check_policy("5260181590830164"), None);
        assert_eq!(check_policy("5260 1815 9083 0164"), None);
        assert_eq!(
            check_policy("5260181590830165"),
            Some(Finding::PolicyChecksum)
        );
        assert_eq!(check_policy("123456789"), Some(Finding::PolicyTemporary));
        assert_eq!(check_policy("ЯМ 1234567"), Some(Finding::PolicyOldStyle));
        assert_eq!(
            check_policy("52601815908301б4"),
            Some(Finding::PolicyNotDigits)
        );
        assert_eq!(check_policy(""), Some(Finding::PolicyNotDigits));
    }

    #[test]
    fn inn_and_ogrn_real_numbers() {
        assert_eq!(check_inn("4401017094"), None);
        assert_eq!(check_inn("4401017095"), Some(Finding::InnChecksum));
        assert_eq!(check_inn("500100732259"), None);
        assert_eq!(check_inn("500100732258"), Some(Finding::InnChecksum));
        assert_eq!(check_inn("12345"), Some(Finding::InnLength));
        assert_eq!(check_ogrn("1024400519330"), None);
        assert_eq!(check_ogrn("1027700220624"), None);
        assert_eq!(check_ogrn("1027739008440"), None);
        assert_eq!(check_ogrn("1027739008441"), Some(Finding::OgrnChecksum));
        assert_eq!(check_ogrn("304500116000157"), None);
        assert_eq!(check_ogrn("304500116000158"), Some(Finding::OgrnChecksum));
        assert_eq!(check_ogrn("1"), Some(Finding::OgrnLength));
    }

    #[test]
    fn pasted_numbers_are_normalised_and_the_letter_o_is_named() {
        // Full-width digits, thin and no-break spaces, a zero-width space, dashes.
        assert_eq!(check_inn("４４０１０１７０９４"), None);
        assert_eq!(check_inn("4401\u{2009}017\u{a0}094\u{200b}"), None);
        assert_eq!(check_ogrn("1024400519330\u{2013}"), None);
        assert_eq!(check_policy("5260–1815–9083–0164"), None);
        assert_eq!(
            check_phone("+7\u{202f}912\u{2011}345\u{2011}67\u{2011}89"),
            None
        );
        // The letter O for a zero, Latin or Cyrillic.
        assert_eq!(check_inn("44O1017094"), Some(Finding::LetterForZero));
        assert_eq!(check_ogrn("1О24400519330"), Some(Finding::LetterForZero));
        assert_eq!(
            check_policy("526018159O830164"),
            Some(Finding::LetterForZero)
        );
        assert_eq!(check_inn("44A1017094"), Some(Finding::NotDigits));
        assert_eq!(digits("4401 017 094"), "4401017094");
    }

    #[test]
    fn a_postal_address_carries_its_index() {
        assert_eq!(
            check_postal_address("156005, г. Кострома, ул. Советская, д. 1"),
            None
        );
        assert_eq!(
            check_postal_address("г. Кострома, ул. Советская, д. 1, кв. 2"),
            Some(Finding::PostalIndexMissing)
        );
        assert_eq!(
            check_postal_address("056005, г. Кострома"),
            Some(Finding::PostalIndex)
        );
    }

    #[test]
    fn contacts() {
        assert_eq!(check_postal_index("156005"), None);
        assert_eq!(check_postal_index("056005"), Some(Finding::PostalIndex));
        assert_eq!(check_postal_index("15600"), Some(Finding::PostalIndex));
        assert_eq!(check_phone("+7 (912) 345-67-89"), None);
        assert_eq!(check_phone("8 912 345 67 89"), None);
        assert_eq!(check_phone("9123456789"), None);
        assert_eq!(check_phone("+8 912 345 67 89"), Some(Finding::Phone));
        assert_eq!(check_phone("12-34"), Some(Finding::Phone));
        assert_eq!(check_email("ivanova@example.ru"), None);
        assert_eq!(check_email("ivanova@example"), Some(Finding::Email));
        assert_eq!(check_email("iva nova@example.ru"), Some(Finding::Email));
    }
}
