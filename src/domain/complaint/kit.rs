//! What goes with a letter sent by post: the list of its contents (опись
//! вложения, Russian Post's form 107) and the envelope's two addresses.
//! Both are made from the letter as composed and the case, so they name
//! exactly what the letter encloses.

use super::Complaint;
use crate::domain::case::Case;
use crate::domain::content::AddresseeKind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kit {
    /// The addressee's lines of the letter's «Кому» block, its postal address
    /// left out (that goes on a line of its own).
    pub to: Vec<String>,
    /// The addressee's postal address, empty when the case has none.
    pub to_address: String,
    /// The applicant's full name and postal address.
    pub from: String,
    pub from_address: String,
    /// Each enclosed document and its sheets: the letter first (its pages
    /// as the PDF lays them out), then its attachments, whose sheets the
    /// person counts and writes in by hand (`None`).
    pub items: Vec<(String, Option<usize>)>,
    /// «А. С. Иванова», as under the letter.
    pub signer: String,
}

/// The kit for `letter`, addressed to a body of `kind`; `sheets` is the
/// letter's page count.
pub fn kit(case: &Case, letter: &Complaint, kind: AddresseeKind, sheets: usize) -> Kit {
    let to_address = match kind {
        AddresseeKind::Insurer => case.insurer.address.as_str(),
        AddresseeKind::Clinic => case.clinic.address.as_str(),
        AddresseeKind::Other => case.fact("addressee_address"),
    }
    .trim()
    .to_string();
    let mut items = vec![(document_name(letter), Some(sheets))];
    items.extend(letter.attachments.iter().map(|a| (a.clone(), None)));
    Kit {
        to: letter
            .to
            .iter()
            .filter(|l| to_address.is_empty() || **l != to_address)
            .cloned()
            .collect(),
        to_address,
        from: case.applicant.full_name.trim().to_string(),
        from_address: case.applicant.postal_address.trim().to_string(),
        items,
        signer: letter.signer.clone(),
    }
}

/// «Жалоба на нарушение сроков ожидания медицинской помощи»: the letter as
/// a list of contents (or an e-mail's subject) names it.
pub fn document_name(letter: &Complaint) -> String {
    match &letter.subtitle {
        Some(sub) => format!("{} {sub}", sentence_case(&letter.title)),
        None => sentence_case(&letter.title),
    }
}

/// «ЖАЛОБА» → «Жалоба»: the title as a list of contents names it. The
/// first letter is a capital already (no Unicode case tables needed).
fn sentence_case(title: &str) -> String {
    let mut chars = title.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    first + &crate::domain::words::lowercase_ru(chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Complaint {
        Complaint {
            slug: "waiting-time".into(),
            to: vec![
                "АО «СОГАЗ-Мед»".into(),
                "Костромской филиал".into(),
                "156000, г. Кострома, ул. Ленина, д. 1".into(),
            ],
            from: vec![],
            title: "ЖАЛОБА".into(),
            subtitle: Some("на нарушение срока ожидания".into()),
            facts: vec![],
            grounds: vec![],
            demands: vec![],
            attachments: vec!["Копия направления".into(), "Копия полиса ОМС".into()],
            copies: vec![],
            date: None,
            signer: "А. С. Иванова".into(),
            reminder: None,
        }
    }

    #[test]
    fn the_letter_comes_first_with_its_sheets_then_each_attachment() {
        let mut case = Case::default();
        case.insurer.address = "156000, г. Кострома, ул. Ленина, д. 1".into();
        case.applicant.full_name = " Иванова Анна Сергеевна ".into();
        let k = kit(&case, &letter(), AddresseeKind::Insurer, 2);
        assert_eq!(k.to, ["АО «СОГАЗ-Мед»", "Костромской филиал"]);
        assert_eq!(k.to_address, "156000, г. Кострома, ул. Ленина, д. 1");
        assert_eq!(k.from, "Иванова Анна Сергеевна");
        assert_eq!(
            k.items,
            [
                ("Жалоба на нарушение срока ожидания".to_string(), Some(2)),
                ("Копия направления".to_string(), None),
                ("Копия полиса ОМС".to_string(), None),
            ]
        );
    }

    #[test]
    fn without_an_address_every_line_of_the_addressee_stays() {
        let k = kit(&Case::default(), &letter(), AddresseeKind::Other, 1);
        assert_eq!(k.to.len(), 3);
        assert_eq!(k.to_address, "");
    }
}
