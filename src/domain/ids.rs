//! Checks of identifiers a person types: policy, СНИЛС, passport, ИНН, ОГРН,
//! postal index, phone, e-mail.
//!
//! Every check is total (never panics, whatever the string) and returns a
//! [`Finding`] code; the interface turns codes into Russian (or English)
//! sentences through `crate::i18n`, so the wording lives in one catalogue.
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
    /// Letters or other signs where only digits are allowed.
    PolicyNotDigits,
    /// 16-digit ЕНП whose check digit (Luhn) does not match.
    PolicyChecksum,
    /// 9 digits: a temporary certificate, valid but legacy.
    PolicyTemporary,
    /// Neither 16 nor 9 digits: an old-style policy; accepted, not checked.
    PolicyOldStyle,
    SnilsLength,
    SnilsChecksum,
    PassportLength,
    InnLength,
    InnChecksum,
    OgrnLength,
    OgrnChecksum,
    PostalIndex,
    Phone,
    Email,
}

impl Finding {
    pub fn severity(self) -> Severity {
        use Finding::*;
        match self {
            PolicyTemporary | PolicyOldStyle => Severity::Note,
            PolicyChecksum | SnilsChecksum | InnChecksum | OgrnChecksum | Phone | Email => {
                Severity::Warning
            }
            PolicyNotDigits | SnilsLength | PassportLength | InnLength | OgrnLength
            | PostalIndex => Severity::Error,
        }
    }
}

/// The digits of `s` if it holds only digits and the usual separators
/// (spaces, hyphens, non-breaking spaces); `None` if anything else is there.
fn digits_only(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for c in s.chars() {
        match c {
            '0'..='9' => out.push(c as u8 - b'0'),
            ' ' | '-' | '\u{a0}' | '\t' => {}
            _ => return None,
        }
    }
    Some(out)
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
    let trimmed = s.trim();
    let Some(d) = digits_only(trimmed) else {
        // Old-style policies may carry a letter series; the ЕНП never does.
        let digit_count = trimmed.chars().filter(char::is_ascii_digit).count();
        return if digit_count == 16 || trimmed.chars().count() == 16 {
            Some(Finding::PolicyNotDigits)
        } else {
            Some(Finding::PolicyOldStyle)
        };
    };
    match d.len() {
        16 if luhn_valid(&d) => None,
        16 => Some(Finding::PolicyChecksum),
        9 => Some(Finding::PolicyTemporary),
        0 => Some(Finding::PolicyNotDigits),
        _ => Some(Finding::PolicyOldStyle),
    }
}

/// СНИЛС check number per the Pension Fund algorithm; numbers up to
/// 001-001-998 were issued before the check existed and are not checked.
pub fn snils_check_number(first9: &[u8]) -> u32 {
    let sum: u32 = first9
        .iter()
        .zip((1..=9).rev())
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    match sum {
        s if s < 100 => s,
        100 | 101 => 0,
        s => match s % 101 {
            100 => 0,
            r => r,
        },
    }
}

pub fn check_snils(s: &str) -> Option<Finding> {
    let d = match digits_only(s) {
        Some(d) if d.len() == 11 => d,
        _ => return Some(Finding::SnilsLength),
    };
    let number: u64 = d[..9].iter().fold(0, |acc, &x| acc * 10 + u64::from(x));
    if number <= 1_001_998 {
        return None;
    }
    let given = u32::from(d[9]) * 10 + u32::from(d[10]);
    (given != snils_check_number(&d[..9])).then_some(Finding::SnilsChecksum)
}

/// «XXX-XXX-XXX YY» for display in the letter.
pub fn format_snils(s: &str) -> String {
    match digits_only(s) {
        Some(d) if d.len() == 11 => {
            let t: String = d.iter().map(|x| char::from(b'0' + x)).collect();
            format!("{}-{}-{} {}", &t[0..3], &t[3..6], &t[6..9], &t[9..11])
        }
        _ => s.trim().to_string(),
    }
}

/// Russian internal passport: 4-digit series and 6-digit number.
pub fn check_passport(s: &str) -> Option<Finding> {
    match digits_only(s) {
        Some(d) if d.len() == 10 => None,
        _ => Some(Finding::PassportLength),
    }
}

fn weighted_mod11(d: &[u8], weights: &[u32]) -> u8 {
    let sum: u32 = d.iter().zip(weights).map(|(&x, &w)| u32::from(x) * w).sum();
    (sum % 11 % 10) as u8
}

/// ИНН: 10 digits (organisation) or 12 (individual), with check digits.
pub fn check_inn(s: &str) -> Option<Finding> {
    let d = digits_only(s).unwrap_or_default();
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
/// is the remainder's last digit.
pub fn check_ogrn(s: &str) -> Option<Finding> {
    let d = digits_only(s).unwrap_or_default();
    let modulus = match d.len() {
        13 => 11,
        15 => 13,
        _ => return Some(Finding::OgrnLength),
    };
    let body = &d[..d.len() - 1];
    // Long division keeps this exact for any length without big integers.
    let rem = body
        .iter()
        .fold(0u64, |acc, &x| (acc * 10 + u64::from(x)) % modulus);
    ((rem % 10) as u8 != d[d.len() - 1]).then_some(Finding::OgrnChecksum)
}

/// Russian postal index: six digits, not starting with 0.
pub fn check_postal_index(s: &str) -> Option<Finding> {
    match digits_only(s) {
        Some(d) if d.len() == 6 && d[0] != 0 => None,
        _ => Some(Finding::PostalIndex),
    }
}

/// A Russian phone number: 10 digits after +7 or 8, written any usual way.
pub fn check_phone(s: &str) -> Option<Finding> {
    let t = s.trim();
    let plus = t.starts_with('+');
    let body: String = t
        .trim_start_matches('+')
        .chars()
        .filter(|c| !matches!(c, '(' | ')'))
        .collect();
    match digits_only(&body) {
        Some(d) if d.len() == 11 && (d[0] == 7 || (d[0] == 8 && !plus)) => None,
        Some(d) if d.len() == 10 && d[0] == 9 => None,
        _ => Some(Finding::Phone),
    }
}

/// A plain sanity check; deliverability is not ours to judge.
pub fn check_email(s: &str) -> Option<Finding> {
    let t = s.trim();
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
    fn snils_vectors_from_the_brief() {
        assert_eq!(check_snils("112-233-445 95"), None);
        assert_eq!(check_snils("087-654-303 00"), None);
        assert_eq!(check_snils("123-456-789 64"), None);
        assert_eq!(check_snils("112-233-445 96"), Some(Finding::SnilsChecksum));
        assert_eq!(check_snils("112-233-445"), Some(Finding::SnilsLength));
        // Old numbers are not checked.
        assert_eq!(check_snils("001-001-998 11"), None);
        assert_eq!(check_snils("001-001-999 11"), Some(Finding::SnilsChecksum));
        assert_eq!(format_snils("11223344595"), "112-233-445 95");
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
    fn contacts() {
        assert_eq!(check_postal_index("156005"), None);
        assert_eq!(check_postal_index("056005"), Some(Finding::PostalIndex));
        assert_eq!(check_postal_index("15600"), Some(Finding::PostalIndex));
        assert_eq!(check_passport("45 08 123456"), None);
        assert_eq!(check_passport("4508 12345"), Some(Finding::PassportLength));
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
