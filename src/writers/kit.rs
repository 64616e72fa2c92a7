//! The registered-mail kit's fixed words and its table, shared by the PDF
//! and the print writers: the list of contents (опись вложения, form 107)
//! and the envelope's addresses.

use crate::domain::complaint::kit::Kit;

pub const INVENTORY_TITLE: &str = "ОПИСЬ ВЛОЖЕНИЯ";
pub const INVENTORY_KIND: &str = "в ценное письмо";
pub const WHERE: &str = "Куда:";
pub const WHOM: &str = "Кому:";
pub const FROM_WHOM: &str = "От кого:";
pub const FROM_WHERE: &str = "Откуда:";
pub const INDEX: &str = "Индекс:";
pub const COLUMNS: [&str; 4] = [
    "№ п/п",
    "Наименование предметов",
    "Количество предметов",
    "Объявленная ценность, руб.",
];
pub const SENDER: &str = "Отправитель:";
pub const CHECKED: &str = "Проверил:";
pub const CHECKED_CAPTION: &str = "(подпись работника почтовой связи)";
pub const STAMP: &str = "Оттиск календарного штемпеля";
/// What a handwritten blank looks like where a line is left to fill.
pub const BLANK: &str = "________";

/// The table's rows: number, name with its sheets, quantity, declared
/// value (left for the person to write, as the post office checks it).
pub fn rows(k: &Kit) -> Vec<[String; 4]> {
    k.items
        .iter()
        .enumerate()
        .map(|(i, (name, sheets))| {
            let sheets = sheets.map_or("___".to_string(), |n| n.to_string());
            [
                format!("{}", i + 1),
                format!("{} — на {sheets} л.", without_full_stop(name)),
                "1".to_string(),
                String::new(),
            ]
        })
        .collect()
}

/// An attachment line without its closing full stop (a row of a table is
/// not a sentence); the stop of «г.» after a date stays.
fn without_full_stop(name: &str) -> &str {
    match name.strip_suffix('.') {
        Some(head) if !head.ends_with(" г") => head,
        _ => name,
    }
}

/// «Общий итог предметов: 3; объявленная ценность: ____ руб.»
pub fn total(k: &Kit) -> String {
    format!(
        "Общий итог предметов: {}; объявленная ценность: {BLANK} руб.",
        k.items.len()
    )
}

/// The six-digit postal index at the start of an address, where given.
pub fn postal_index(address: &str) -> Option<&str> {
    let head = address.get(..6)?;
    (head.bytes().all(|b| b.is_ascii_digit())
        && !address[6..].starts_with(|c: char| c.is_ascii_digit()))
    .then_some(head)
}

/// The addressee as the envelope names it: the name lines joined.
pub fn whom(k: &Kit) -> String {
    k.to.join(", ")
}

/// A value or a blank line to fill by hand.
pub fn or_blank(s: &str) -> &str {
    if s.is_empty() {
        "______________________________"
    } else {
        s
    }
}

/// The list of contents as plain text, line by line as printed: what the
/// tests compare a reader's extraction with.
pub fn text(k: &Kit) -> String {
    let mut out = format!("{INVENTORY_TITLE}\n{INVENTORY_KIND}\n");
    out.push_str(&format!(
        "{WHERE} {}\n{WHOM} {}\n",
        or_blank(&k.to_address),
        or_blank(&whom(k))
    ));
    for row in rows(k) {
        out.push_str(&format!("{}. {}\n", row[0], row[1]));
    }
    out.push_str(&total(k));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_ends_without_a_full_stop_but_keeps_the_year_abbreviation() {
        assert_eq!(without_full_stop("Копия полиса ОМС."), "Копия полиса ОМС");
        assert_eq!(
            without_full_stop("Копия направления от 5 мая 2026 г."),
            "Копия направления от 5 мая 2026 г."
        );
        assert_eq!(without_full_stop("Чек"), "Чек");
    }

    #[test]
    fn an_index_is_six_digits_at_the_start() {
        assert_eq!(postal_index("156000, г. Кострома"), Some("156000"));
        assert_eq!(postal_index("1560001, г. Кострома"), None);
        assert_eq!(postal_index("г. Кострома, 156000"), None);
        assert_eq!(postal_index("15600"), None);
    }
}
