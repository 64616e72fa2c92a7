//! The complaint as a document model: what every writer (text, DOCX, PDF,
//! print view) lays out. Built from the case and the rules' assessment; the
//! wording comes from `content/`, the structure from 59-ФЗ ст. 7.

use super::case::{Case, Person, Relation};
use super::catalog::{AddresseeKind, Category, QuestionKind};
use super::date::Date;
use super::ids::format_snils;
use super::rules::{assess, condition_holds, Assessment, WaitingOutcome};
use super::template::{format_money, parse_money, render, working_days_ru};
use serde::{Deserialize, Serialize};

/// Serialisable so the browser can hand it to the PDF worker (a separate wasm module).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Complaint {
    /// Latin category slug, used in file names (never personal data).
    pub slug: String,
    /// «Кому»: lines of the addressee block.
    pub to: Vec<String>,
    /// «От кого»: applicant (and patient) lines.
    pub from: Vec<String>,
    pub title: String,
    pub subtitle: Option<String>,
    /// What happened, in date order.
    pub facts: Vec<String>,
    pub grounds: Vec<String>,
    pub demands: Vec<String>,
    pub attachments: Vec<String>,
    /// `None`: the date line is left blank for the person to write by hand.
    pub date: Option<Date>,
    /// «А. С. Иванова» under the signature line.
    pub signer: String,
    /// When the answer is due and where to turn if none comes (for the .ics).
    pub reminder: Option<Reminder>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    pub due: Date,
    /// Name of the next body on the escalation ladder.
    pub next_addressee: Option<String>,
}

/// Elements a written обращение must contain (59-ФЗ ст. 7 ч. 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Addressee,
    FullName,
    PostalAddress,
    Substance,
    Date,
}

/// What the person still has to fill in before the letter is complete.
pub fn missing_elements(case: &Case) -> Vec<Missing> {
    let mut out = Vec::new();
    let to_ok = content_category(case).is_some_and(|cat| {
        let c = super::catalog::content();
        match cat
            .addressees
            .first()
            .and_then(|id| c.addressee(id))
            .map(|a| a.kind)
        {
            Some(AddresseeKind::Insurer) => !case.insurer.name.trim().is_empty(),
            Some(AddresseeKind::Clinic) => !case.clinic.name.trim().is_empty(),
            _ => !case
                .facts
                .get("addressee_name")
                .is_none_or(|s| s.trim().is_empty()),
        }
    });
    if !to_ok {
        out.push(Missing::Addressee);
    }
    if case.applicant.full_name.trim().is_empty() {
        out.push(Missing::FullName);
    }
    if case.applicant.postal_address.trim().is_empty() {
        out.push(Missing::PostalAddress);
    }
    let substance = content_category(case).is_some_and(|cat| {
        cat.questions
            .iter()
            .filter(|q| !q.optional)
            .filter(|q| q.when.as_deref().is_none_or(|w| condition_holds(case, w)))
            .all(|q| !case.fact(&q.id).is_empty())
    });
    if !substance {
        out.push(Missing::Substance);
    }
    if Date::parse(&case.signed_on).is_err() {
        out.push(Missing::Date);
    }
    out
}

fn content_category(case: &Case) -> Option<&'static Category> {
    super::catalog::content().category(&case.category)
}

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
                        .unwrap_or_else(|| o.letter.clone())
                })
        }
        Some((QuestionKind::Money, _)) => parse_money(raw).map_or(raw.to_string(), format_money),
        _ => raw.to_string(),
    }
}

fn render_all(
    case: &Case,
    category: &Category,
    a: &Assessment,
    items: &[super::catalog::Template],
) -> Vec<String> {
    let look = |n: &str| lookup(case, category, a, n);
    items
        .iter()
        .filter(|t| t.when.as_deref().is_none_or(|w| condition_holds(case, w)))
        .filter_map(|t| render(&t.text, case.applicant.gender, &look))
        .collect()
}

/// Every letter the case calls for: the main one to the first addressee,
/// then the category's extra documents. Empty if the category is unknown.
pub fn build_all(case: &Case, today: Date) -> Vec<Complaint> {
    let Some(a) = assess(case, today) else {
        return Vec::new();
    };
    let category = a.category;
    let c = super::catalog::content();
    let mut attachments = render_all(case, category, &a, &category.attachments);
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
        slug: category.slug.clone(),
        to: a
            .addressees
            .first()
            .map(|ad| addressee_lines(case, ad.kind))
            .unwrap_or_default(),
        from: sender_lines(case),
        title: category.document_title.to_uppercase(),
        subtitle: category.document_subtitle.clone(),
        facts: render_all(case, category, &a, &category.facts),
        grounds: a.grounds.iter().map(|g| g.text.clone()).collect(),
        demands: render_all(case, category, &a, &category.demands),
        attachments,
        date: Date::parse(&case.signed_on).ok(),
        signer: initials(&case.applicant.full_name),
        reminder: Some(Reminder {
            due: a.answer_due.date,
            next_addressee: a.escalation.first().map(|e| e.name.clone()),
        }),
    };
    let look = |n: &str| lookup(case, category, &a, n);
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
                    .map(|g| g.text.clone()),
            );
            Some(Complaint {
                slug: format!("{}-{}", category.slug, doc.addressee),
                to: addressee_lines(case, addressee.kind),
                title: doc.title.to_uppercase(),
                subtitle: doc.subtitle.clone(),
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

/// The main letter (to the first addressee). `None` if the category is unknown.
pub fn build(case: &Case, today: Date) -> Option<Complaint> {
    build_all(case, today).into_iter().next()
}

/// File name for a download: date and category only, never personal data.
pub fn file_name(complaint: &Complaint, today: Date, extension: &str) -> String {
    let d = complaint.date.unwrap_or(today);
    format!("zhaloba-{d}-{}.{extension}", complaint.slug)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::Gender;

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
            file_name(&c, today(), "txt"),
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
            missing_elements(&c),
            [
                Missing::Addressee,
                Missing::FullName,
                Missing::PostalAddress,
                Missing::Substance,
                Missing::Date
            ]
        );
        assert!(missing_elements(&sample()).is_empty());
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
