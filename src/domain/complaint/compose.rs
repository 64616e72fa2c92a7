//! Builds the letters a case calls for: the wording from the category's
//! content, the structure from 59-ФЗ ст. 7, the dates from the assessment.

use super::{Complaint, Reminder};
use crate::domain::case::{Case, Person, Relation};
use crate::domain::content::{AddresseeKind, Category, Content, QuestionKind, Template};
use crate::domain::date::Date;
use crate::domain::ids::format_snils;
use crate::domain::rules::{condition_holds, Assessment, WaitingOutcome};
use crate::domain::template::{format_money, parse_money, render, working_days_ru};

/// «Иванова Алёна Сергеевна» → «А. С. Иванова».
pub fn initials(full_name: &str) -> String {
    let parts: Vec<&str> = full_name.split_whitespace().collect();
    match parts.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [surname, rest @ ..] => {
            let ini: Vec<String> = rest
                .iter()
                .filter_map(|p| p.chars().next())
                .map(|c| format!("{c}."))
                .collect();
            format!("{} {surname}", ini.join("\u{a0}"))
        }
    }
}

fn person_lines(p: &Person, with_contacts: bool) -> Vec<String> {
    let mut v = Vec::new();
    if !p.birth_date.trim().is_empty() {
        let bd = Date::parse(&p.birth_date).map_or(p.birth_date.trim().to_string(), Date::dotted);
        v.push(format!("дата рождения: {bd}"));
    }
    if with_contacts && !p.postal_address.trim().is_empty() {
        v.push(format!("почтовый адрес: {}", p.postal_address.trim()));
    }
    if with_contacts && !p.phone.trim().is_empty() {
        v.push(format!("телефон: {}", p.phone.trim()));
    }
    if with_contacts && !p.email.trim().is_empty() {
        v.push(format!("эл. почта: {}", p.email.trim()));
    }
    if !p.policy_number.trim().is_empty() {
        v.push(format!("полис ОМС № {}", p.policy_number.trim()));
    }
    if !p.snils.trim().is_empty() {
        v.push(format!("СНИЛС {}", format_snils(&p.snils)));
    }
    v
}

fn addressee_lines(case: &Case, kind: AddresseeKind) -> Vec<String> {
    let org = match kind {
        AddresseeKind::Insurer => &case.insurer,
        AddresseeKind::Clinic => &case.clinic,
        AddresseeKind::Other => {
            return [case.fact("addressee_name"), case.fact("addressee_address")]
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string())
                .collect();
        }
    };
    let mut v = Vec::new();
    match kind {
        AddresseeKind::Clinic => {
            v.push("Главному врачу".to_string());
            v.push(org.name.trim().to_string());
        }
        _ => v.push(format!("В {}", org.name.trim())),
    }
    if !org.branch.trim().is_empty() {
        v.push(org.branch.trim().to_string());
    }
    if !org.address.trim().is_empty() {
        v.push(org.address.trim().to_string());
    }
    v.retain(|l| !l.trim().is_empty() && l.trim() != "В");
    v
}

fn sender_lines(case: &Case) -> Vec<String> {
    let a = &case.applicant;
    let mut v = vec![format!("Заявитель: {}", a.full_name.trim())];
    let Some(rep) = &case.represented else {
        v.extend(person_lines(a, true));
        return v;
    };
    let role = match rep.relation {
        Relation::Parent => "законный представитель (родитель) пациента",
        Relation::Guardian => "законный представитель (опекун, попечитель) пациента",
        Relation::Attorney => "представитель пациента по доверенности",
        Relation::RelativeOfDeceased => "родственник умершего пациента",
    };
    v.push(format!("({role})"));
    v.extend(
        person_lines(a, true)
            .into_iter()
            .filter(|l| !l.starts_with("полис") && !l.starts_with("СНИЛС")),
    );
    v.push(format!("Пациент: {}", rep.person.full_name.trim()));
    v.extend(person_lines(&rep.person, false));
    if !rep.basis_document.trim().is_empty() {
        v.push(format!("Основание: {}", rep.basis_document.trim()));
    }
    v
}

/// The value of a placeholder in the category's sentences.
fn lookup(case: &Case, category: &Category, a: &Assessment, name: &str) -> String {
    let waiting = match &a.waiting {
        Some(WaitingOutcome::Assessed(w)) => Some(w),
        _ => None,
    };
    match name {
        "clinic_name" => return case.clinic.name.trim().to_string(),
        "insurer_name" => return case.insurer.name.trim().to_string(),
        "region" => return case.region.trim().to_string(),
        "limit_wd" => {
            // An unconfirmed limit is not stated as a number in the letter.
            return waiting
                .filter(|w| w.limit.confirmed)
                .map_or(String::new(), |w| working_days_ru(w.limit.working_days));
        }
        "limit_date" => {
            return waiting
                .filter(|w| w.limit.confirmed)
                .map_or(String::new(), |w| w.limit_date.date.long_ru());
        }
        "elapsed_wd" => {
            return waiting.map_or(String::new(), |w| working_days_ru(w.elapsed_working_days));
        }
        _ => {}
    }
    let raw = case.fact(name);
    if raw.is_empty() {
        return String::new();
    }
    match category.question(name).map(|q| (q.kind, q)) {
        Some((QuestionKind::Date, _)) => Date::parse(raw).map_or(raw.to_string(), Date::long_ru),
        // Choice wording may carry gender forms of its own.
        Some((QuestionKind::Choice, q)) => {
            q.options
                .iter()
                .find(|o| o.value == raw)
                .map_or(raw.to_string(), |o| {
                    render(&o.letter, case.applicant.gender, &|_| String::new())
                        .unwrap_or_else(|| o.letter.to_string())
                })
        }
        Some((QuestionKind::Money, _)) => parse_money(raw).map_or(raw.to_string(), format_money),
        _ => raw.to_string(),
    }
}

fn render_all(case: &Case, category: &Category, a: &Assessment, items: &[Template]) -> Vec<String> {
    let look = |n: &str| lookup(case, category, a, n);
    items
        .iter()
        .filter(|t| t.when.as_deref().is_none_or(|w| condition_holds(case, w)))
        .filter_map(|t| render(&t.text, case.applicant.gender, &look))
        .collect()
}

/// Every letter the case calls for: the main one to the first addressee,
/// then the category's extra documents.
pub fn compose(c: &Content, case: &Case, a: &Assessment) -> Vec<Complaint> {
    let category = a.category;
    let mut attachments = render_all(case, category, a, &category.attachments);
    attachments.extend(
        case.attachments
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
    );
    // A relative of a deceased patient acts in their own right, not as a representative.
    if case.represented.as_ref().is_some_and(|r| {
        r.relation != Relation::RelativeOfDeceased && !r.basis_document.trim().is_empty()
    }) {
        attachments.push("Копия документа, подтверждающего полномочия представителя.".into());
    }
    let main = Complaint {
        slug: category.slug.to_string(),
        to: a
            .addressees
            .first()
            .map(|ad| addressee_lines(case, ad.kind))
            .unwrap_or_default(),
        from: sender_lines(case),
        title: category.document_title.to_string(),
        subtitle: category.document_subtitle.as_deref().map(str::to_string),
        facts: render_all(case, category, a, &category.facts),
        grounds: a.grounds.iter().map(|g| g.text.to_string()).collect(),
        demands: render_all(case, category, a, &category.demands),
        attachments,
        date: Date::parse(&case.signed_on).ok(),
        signer: initials(&case.applicant.full_name),
        reminder: Some(Reminder {
            due: a.answer_due.date,
            next_addressee: a.escalation.first().map(|e| e.name.to_string()),
        }),
    };
    let look = |n: &str| lookup(case, category, a, n);
    let extras: Vec<Complaint> = category
        .extra_documents
        .iter()
        .filter_map(|doc| {
            let addressee = c.addressee(&doc.addressee)?;
            let mut grounds = main.grounds.clone();
            grounds.extend(
                doc.grounds
                    .iter()
                    .filter_map(|id| c.ground(id))
                    .filter(|g| g.applies_on(a.event_date))
                    .map(|g| g.text.to_string()),
            );
            Some(Complaint {
                slug: format!("{}-{}", category.slug, doc.addressee),
                to: addressee_lines(case, addressee.kind),
                title: doc.title.to_string(),
                subtitle: doc.subtitle.as_deref().map(str::to_string),
                grounds,
                demands: doc
                    .demands
                    .iter()
                    .filter_map(|d| render(d, case.applicant.gender, &look))
                    .collect(),
                ..main.clone()
            })
        })
        .collect();
    std::iter::once(main).chain(extras).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::Gender;
    use crate::domain::complaint::{missing_elements, Missing};
    use crate::domain::content::content;
    use crate::domain::review::Review;

    fn build(case: &Case, today: Date) -> Option<Complaint> {
        Review::new(content(), case, today)
            .letters
            .into_iter()
            .next()
    }

    pub(crate) fn sample() -> Case {
        let mut c = Case::new();
        c.category = "waiting-time".into();
        c.applicant.full_name = "Иванова Алёна Сергеевна".into();
        c.applicant.gender = Gender::Female;
        c.applicant.postal_address = "156005, г. Кострома, ул. Советская, д. 1, кв. 2".into();
        c.applicant.policy_number = "5260181590830164".into();
        c.insurer.name = "АО «СОГАЗ-Мед»".into();
        c.insurer.branch = "Костромской филиал".into();
        c.clinic.name = "ОГБУЗ «Городская поликлиника № 1»".into();
        for (k, v) in [
            ("service", "ct-mri"),
            ("suspicion", "none"),
            ("service_name", "МРТ коленного сустава"),
            ("referral_date", "2026-05-05"),
            ("offered_date", "2026-06-15"),
        ] {
            c.facts.insert(k.into(), v.into());
        }
        c.signed_on = "2026-06-01".into();
        c
    }

    fn today() -> Date {
        Date::parse("2026-06-01").unwrap()
    }

    #[test]
    fn builds_a_complete_letter() {
        let c = build(&sample(), today()).unwrap();
        assert_eq!(c.to, ["В АО «СОГАЗ-Мед»", "Костромской филиал"]);
        assert_eq!(c.from[0], "Заявитель: Иванова Алёна Сергеевна");
        assert!(c.from.contains(&"полис ОМС № 5260181590830164".to_string()));
        assert_eq!(c.title, "ЖАЛОБА");
        assert!(
            c.facts[0].starts_with("5 мая 2026 г. мне было выдано направление"),
            "{:?}",
            c.facts
        );
        assert!(c
            .facts
            .iter()
            .any(|f| f.contains("15 июня 2026 г.") && f.contains("27 рабочих дней")));
        assert!(c
            .facts
            .iter()
            .any(|f| f.ends_with("14 рабочих дней и истёк 26 мая 2026 г.")));
        // The "never offered" sentence is left out because a date was offered.
        assert!(!c.facts.iter().any(|f| f.contains("так и не предложена")));
        assert!(c.grounds.iter().any(|g| g.contains("№ 2188")));
        assert_eq!(c.demands.len(), 3);
        assert!(c.demands[0].contains("ОГБУЗ «Городская поликлиника № 1»"));
        assert_eq!(c.signer, "А.\u{a0}С. Иванова");
        assert_eq!(
            c.file_name(today(), "txt"),
            "zhaloba-2026-06-01-ozhidanie.txt"
        );
    }

    #[test]
    fn reports_what_59_fz_requires() {
        let mut c = sample();
        c.applicant.full_name.clear();
        c.applicant.postal_address = "  ".into();
        c.insurer.name.clear();
        c.signed_on.clear();
        c.facts.remove("referral_date");
        assert_eq!(
            missing_elements(content(), &c),
            [
                Missing::Addressee,
                Missing::FullName,
                Missing::PostalAddress,
                Missing::Substance,
                Missing::Date
            ]
        );
        assert!(missing_elements(content(), &sample()).is_empty());
    }

    #[test]
    fn representative_wording() {
        let mut c = sample();
        c.represented = Some(crate::domain::case::Represented {
            relation: Relation::Parent,
            person: Person {
                full_name: "Иванов Михаил Петрович".into(),
                birth_date: "2019-03-12".into(),
                policy_number: "7700000000000016".into(),
                ..Person::default()
            },
            basis_document: "свидетельство о рождении II-ГО № 123456".into(),
        });
        let l = build(&c, today()).unwrap();
        assert!(l
            .from
            .contains(&"(законный представитель (родитель) пациента)".to_string()));
        assert!(l
            .from
            .contains(&"Пациент: Иванов Михаил Петрович".to_string()));
        assert!(l.from.contains(&"дата рождения: 12.03.2019".to_string()));
        // The policy shown is the patient's, not the parent's.
        assert!(!l.from.contains(&"полис ОМС № 5260181590830164".to_string()));
        assert!(l
            .attachments
            .last()
            .unwrap()
            .contains("полномочия представителя"));
    }

    #[test]
    fn initials_forms() {
        assert_eq!(initials("Петров Пётр"), "П. Петров");
        assert_eq!(initials("  "), "");
        assert_eq!(initials("Мадонна"), "Мадонна");
    }
}
