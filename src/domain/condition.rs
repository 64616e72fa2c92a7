//! The condition language of the letter's clauses (facts, grounds, demands,
//! enclosures, titles): the questions' language (`rules::condition_holds`)
//! and what only a letter needs, because a letter has a date and an
//! assessment. Only the letter engine reads it (the files worker); the
//! pages decide which questions to ask with the questions' language alone.
//!
//! Atoms are joined with `&`. Besides the questions' atoms (`fact`, `!fact`,
//! `fact=value`, `fact!=value`, `@flag`, `!@flag`, `@relation=…`):
//!
//! - `fact=a|b` — the answer is one of the values; `fact!=a|b` — it is none
//!   of them (an unanswered question is none of them, so a clause written
//!   with `!=` keeps today's wording for an old file that never asked);
//! - `fact<@letter`, `fact>=@letter`, `fact<2026-09-01` — a date answer
//!   against the letter's date or a fixed date (`<`, `<=`, `>`, `>=`);
//! - `amount>0`, `amount>=100000` — a money answer against an amount in
//!   roubles;
//!
//!   a comparison with an unanswered or unreadable answer never holds;
//! - `@limit_ahead` — a waiting limit was computed and its last day is not
//!   before the letter's date (`@limit_passed`: it is); `@limit_dated` — the
//!   limit is confirmed, so the letter may state its date; `@term_ahead` —
//!   the category's term (`@term_passed`'s) has not ended on the letter's
//!   date.
//!
//! No clock is read: the letter's date comes with the assessment.

use super::case::Case;
use super::date::Date;
use super::rules::assess::Assessment;
use super::rules::questions::condition_holds;
use super::words::parse_money;

/// Whether `cond` holds for the case on the letter's date of `a`.
pub fn holds(case: &Case, a: &Assessment, cond: &str) -> bool {
    cond.split('&')
        .map(str::trim)
        .all(|atom| atom_holds(case, a, atom))
}

/// The comparison operators, longest first so `<=` is not read as `<`.
const ORDER: [&str; 4] = ["<=", ">=", "<", ">"];

fn atom_holds(case: &Case, a: &Assessment, atom: &str) -> bool {
    if let Some(flag) = atom.strip_prefix("!@") {
        if let Some(v) = own_flag(a, flag) {
            return !v;
        }
    } else if let Some(flag) = atom.strip_prefix('@') {
        if let Some(v) = own_flag(a, flag) {
            return v;
        }
    }
    for op in ORDER {
        if let Some((k, v)) = atom.split_once(op) {
            return compare(case, a, k.trim(), op, v.trim());
        }
    }
    if let Some((k, v)) = atom.split_once("!=") {
        if v.contains('|') {
            let answer = case.fact(k.trim());
            return !v.split('|').any(|x| x.trim() == answer);
        }
    } else if let Some((k, v)) = atom.split_once('=') {
        if v.contains('|') {
            let k = k.trim();
            return v
                .split('|')
                .any(|x| condition_holds(case, &a.flags, &format!("{k}={}", x.trim())));
        }
    }
    condition_holds(case, &a.flags, atom)
}

/// The flags only a letter has (`None`: one of the questions' flags).
fn own_flag(a: &Assessment, name: &str) -> Option<bool> {
    let waiting = a.waiting();
    Some(match name {
        "limit_ahead" => waiting.is_some_and(|w| w.limit_date.date >= a.letter_date),
        "limit_dated" => waiting.is_some_and(|w| w.limit.confirmed),
        "term_ahead" => a.term.is_some_and(|t| t.date >= a.letter_date),
        _ => return None,
    })
}

/// A date or an amount compared; either side unreadable → false.
fn compare(case: &Case, a: &Assessment, key: &str, op: &str, right: &str) -> bool {
    let answer = case.fact(key).trim();
    if answer.is_empty() {
        return false;
    }
    let ordering = if right == "@letter" {
        Date::parse(answer).ok().map(|d| d.cmp(&a.letter_date))
    } else if let Ok(r) = Date::parse(right) {
        Date::parse(answer).ok().map(|d| d.cmp(&r))
    } else {
        parse_money(right).and_then(|r| parse_money(answer).map(|x| x.cmp(&r)))
    };
    let Some(o) = ordering else {
        return false;
    };
    match op {
        "<" => o.is_lt(),
        "<=" => o.is_le(),
        ">" => o.is_gt(),
        ">=" => o.is_ge(),
        _ => false,
    }
}

/// The ids of the answers and flags a condition reads, with the values it
/// names (`fact=a|b` → `fact`, `[a, b]`; `@flag` → `@flag`, `[]`; a
/// comparison → `fact`, `[]`), for the content's tests and reports.
pub fn reads(cond: &str) -> Vec<(String, Vec<String>)> {
    cond.split('&')
        .map(|c| {
            let c = c.trim().trim_start_matches('!');
            if let Some((k, _)) = ORDER.iter().find_map(|op| c.split_once(op)) {
                return (k.trim().to_string(), Vec::new());
            }
            match c.split_once("!=").or_else(|| c.split_once('=')) {
                Some((k, v)) => (
                    k.trim().to_string(),
                    v.split('|').map(|x| x.trim().to_string()).collect(),
                ),
                None => (c.to_string(), Vec::new()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::content;
    use crate::domain::rules::assess::assess;

    fn case(facts: &[(&str, &str)]) -> Case {
        let mut c = Case::new();
        c.category = "waiting-time".into();
        c.signed_on = "2026-03-20".into();
        for (k, v) in facts {
            c.facts.insert((*k).into(), (*v).into());
        }
        c
    }

    fn check(c: &Case, cond: &str) -> bool {
        let today = Date::parse("2026-03-20").unwrap();
        holds(c, &assess(content(), c, today).unwrap(), cond)
    }

    #[test]
    fn alternatives() {
        let c = case(&[("care_kind", "urgent")]);
        assert!(check(&c, "care_kind=emergency|urgent"));
        assert!(!check(&c, "care_kind!=emergency|urgent"));
        assert!(check(&c, "care_kind!=planned"));
        // Unanswered: none of the values.
        assert!(check(&c, "setting!=inpatient|day-hospital"));
        assert!(!check(&c, "setting=inpatient|day-hospital"));
    }

    #[test]
    fn dates_against_the_letter_and_fixed_dates() {
        let c = case(&[("event_date", "2026-03-19"), ("paid", "1 500,50")]);
        assert!(check(&c, "event_date<@letter"));
        assert!(!check(&c, "event_date>=@letter"));
        assert!(check(&c, "event_date>=2026-03-19 & event_date<2026-03-20"));
        assert!(!check(&c, "missing<@letter") && !check(&c, "missing>=@letter"));
        assert!(check(&c, "paid>1500") && !check(&c, "paid>=2000"));
        assert!(!check(&c, "event_date>100"));
    }

    #[test]
    fn the_limit_ahead_or_passed_on_the_letters_date() {
        // Referral 2 March 2026: 14 working days end on 23 March.
        let mut c = case(&[
            ("service", "specialist"),
            ("suspicion", "none"),
            ("referral_date", "2026-03-02"),
        ]);
        assert!(check(&c, "@limit_ahead & !@limit_passed & @limit_dated"));
        c.signed_on = "2026-03-24".into();
        let today = Date::parse("2026-03-24").unwrap();
        let a = assess(content(), &c, today).unwrap();
        assert!(holds(&c, &a, "!@limit_ahead & @limit_passed"));
        // No waiting assessment at all: neither ahead nor passed.
        let none = case(&[]);
        assert!(check(
            &none,
            "!@limit_ahead & !@limit_passed & !@limit_dated"
        ));
    }

    #[test]
    fn what_a_condition_reads() {
        assert_eq!(
            reads("a=x|y & !@f & b<@letter & !c"),
            vec![
                ("a".to_string(), vec!["x".to_string(), "y".to_string()]),
                ("@f".to_string(), vec![]),
                ("b".to_string(), vec![]),
                ("c".to_string(), vec![]),
            ]
        );
    }
}
