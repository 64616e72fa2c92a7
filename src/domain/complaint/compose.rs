//! Builds the letters a case calls for: the wording from the category's
//! content, the structure from 59-ФЗ ст. 7, the voice (who writes, about
//! whom) from `voice`, the dates and their tense from the assessment.

use super::join::Draft;
use super::voice::{patient_gender, Voice};
use super::{Complaint, Reminder};
use crate::domain::case::{Case, Gender};
use crate::domain::condition;
use crate::domain::content::GroundRef;
use crate::domain::content::{AddresseeKind, Category, Content, QuestionKind, Template};
use crate::domain::date::Date;
use crate::domain::names::{self, Case as Gram};
use crate::domain::rules::Assessment;
use crate::domain::template::{self, Vars};
use crate::domain::words::{
    duration_ru, format_money, minutes_ru, parse_clock, parse_money, working_days_ru,
};
use std::collections::BTreeSet;

/// The letters, and the cases the patient's name was used in.
pub struct Composed {
    pub letters: Vec<Complaint>,
    /// Each letter's addressee id, in the letters' order.
    pub addressees: Vec<String>,
    pub name_cases: BTreeSet<Gram>,
}

/// One letter being written: what its sentences may ask for.
struct Letter<'a> {
    c: &'a Content,
    case: &'a Case,
    category: &'a Category,
    a: &'a Assessment<'a>,
    voice: Voice<'a>,
}

/// An organisation's name as it reads after a word such as «медицинской
/// организации»: in quotes unless it already has them.
fn quoted(name: &str) -> String {
    let name = name.trim();
    if name.is_empty() || name.contains(['«', '"', '“']) {
        name.to_string()
    } else {
        format!("«{name}»")
    }
}

fn dotted(typed: &str) -> String {
    let typed = typed.trim();
    Date::parse(typed).map_or(typed.to_string(), Date::dotted)
}

impl Vars for Letter<'_> {
    fn value(&self, name: &str) -> String {
        if let Some(args) = name.strip_prefix("minutes:") {
            return self.minutes_between(args);
        }
        if let Some((kind, case)) = name.split_once(':') {
            let Some(case) = Gram::parse(case) else {
                return String::new();
            };
            return match kind {
                "p" => self.voice.patient(case),
                "kin" => self.voice.kin(case),
                "name" => self.voice.name(case),
                "role" => self.voice.role(case),
                _ => String::new(),
            };
        }
        self.computed(name).unwrap_or_else(|| self.fact(name))
    }
    fn gender(&self) -> Gender {
        self.voice.gender()
    }
    fn patient_gender(&self) -> Gender {
        self.voice.patient_gender()
    }
    fn is_self(&self) -> bool {
        self.voice.is_self()
    }
}

impl Letter<'_> {
    /// `{minutes:call_date,call_time,arrival_date,arrival_time}`: the time
    /// from one moment to another the person gave, across midnight too
    /// («23:40» to «00:35» the next day is 55 minutes); empty when a part is
    /// missing or the second moment is not after the first.
    fn minutes_between(&self, args: &str) -> String {
        let ids: Vec<&str> = args.split(',').map(str::trim).collect();
        let [d1, t1, d2, t2] = ids[..] else {
            return String::new();
        };
        let at = |d: &str, t: &str| -> Option<i64> {
            let date = Date::parse(self.case.fact(d)).ok()?;
            let clock = parse_clock(self.case.fact(t))?;
            Some(date.to_days() * 1440 + i64::from(clock))
        };
        match (at(d1, t1), at(d2, t2)) {
            (Some(a), Some(b)) if b > a => {
                u32::try_from(b - a).map_or_else(|_| String::new(), duration_ru)
            }
            _ => String::new(),
        }
    }

    /// Values the composer works out itself (see tests/content.rs COMPUTED).
    fn computed(&self, name: &str) -> Option<String> {
        let case = self.case;
        let rep = case.represented.as_ref();
        let waiting = self.a.waiting();
        Some(match name {
            "clinic" => quoted(&case.clinic.name),
            "clinic_name" => case.clinic.name.trim().to_string(),
            "insurer" => quoted(&case.insurer.name),
            "region" => case.region.trim().to_string(),
            "born" => rep.map_or_else(String::new, |r| dotted(&r.person.birth_date)),
            "died" => rep.map_or_else(String::new, |r| dotted(&r.death_date)),
            "basis" => rep.map_or_else(String::new, |r| r.basis_document.trim().to_string()),
            // An unconfirmed limit is not stated as a number in the letter.
            "limit_wd" => waiting
                .filter(|w| w.limit.confirmed)
                .map_or_else(String::new, |w| working_days_ru(w.limit.working_days)),
            "limit_date" => waiting
                .filter(|w| w.limit.confirmed)
                .map_or_else(String::new, |w| w.limit_date.date.long_ru()),
            "term_date" => self.a.term.map_or_else(String::new, |t| t.date.long_ru()),
            "elapsed_wd" => {
                waiting.map_or_else(String::new, |w| working_days_ru(w.elapsed_working_days))
            }
            _ => return None,
        })
    }

    /// A category's answer as it reads in the letter.
    fn fact(&self, name: &str) -> String {
        let raw = self.case.fact(name);
        if raw.is_empty() {
            return String::new();
        }
        let Some(q) = self.category.question(name) else {
            return raw.to_string();
        };
        match q.kind {
            QuestionKind::Date => Date::parse(raw).map_or(raw.to_string(), Date::long_ru),
            // A value that is not one of the choices is never printed: the
            // checks name it as an error instead.
            QuestionKind::Choice => q
                .options
                .iter()
                .find(|o| o.value == raw)
                .and_then(|o| template::render_inline(&o.letter, self))
                .unwrap_or_default(),
            QuestionKind::Money => parse_money(raw).map_or(raw.to_string(), format_money),
            _ => raw.to_string(),
        }
    }

    /// A clause's condition (see [`condition`]) on the letter's date.
    fn holds(&self, when: Option<&str>) -> bool {
        when.is_none_or(|w| condition::holds(self.case, self.a, w))
    }

    /// The paragraphs whose conditions hold; each ends as a sentence does,
    /// also when it ends with what the person typed.
    fn sentences<'t>(&self, items: impl IntoIterator<Item = &'t Template>) -> Vec<String> {
        items
            .into_iter()
            .filter(|t| self.holds(t.when.as_deref()))
            .filter_map(|t| template::render(&t.text, self))
            .map(end_sentence)
            .collect()
    }

    /// The demands apart from the demand for a written answer, and that one.
    fn demands(&self) -> (Vec<String>, Option<String>) {
        let (reply, rest): (Vec<&Template>, Vec<&Template>) =
            self.category.demands.iter().partition(|t| t.reply);
        (
            self.sentences(rest),
            self.sentences(reply).into_iter().next(),
        )
    }

    /// «Кому»: the organisation's name as typed (no preposition, so no case
    /// to get wrong), its branch and address.
    fn to_lines(&self, ad: &crate::domain::content::Addressee) -> Vec<String> {
        let case = self.case;
        let kind = ad.kind;
        let head = ad.head.map_or("", |h| h.0);
        let lines: Vec<&str> = match kind {
            AddresseeKind::Insurer => vec![
                &case.insurer.name,
                &case.insurer.branch,
                &case.insurer.address,
            ],
            AddresseeKind::Clinic => {
                vec![head, &case.clinic.name, &case.clinic.address]
            }
            AddresseeKind::Other => {
                vec![case.fact("addressee_name"), case.fact("addressee_address")]
            }
        };
        let mut out: Vec<String> = lines
            .into_iter()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        if kind == AddresseeKind::Clinic {
            out.extend(self.clinic_ids());
        }
        out
    }

    /// «ИНН …, ОГРН …» of the clinic, where the person gave them.
    fn clinic_ids(&self) -> Option<String> {
        let clinic = &self.case.clinic;
        let ids: Vec<String> = [("ИНН", &clinic.inn), ("ОГРН", &clinic.ogrn)]
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| format!("{k} {}", crate::domain::ids::digits(v)))
            .collect();
        (!ids.is_empty()).then(|| ids.join(", "))
    }

    /// A «Копия:» line for an addressee who gets no document of their own.
    fn copy_line(&self, ad: &crate::domain::content::Addressee) -> Option<String> {
        let case = self.case;
        if let Some(copy) = ad.copy {
            return template::render_inline(&copy, self).map(|l| format!("Копия: {l}"));
        }
        let line = match ad.kind {
            AddresseeKind::Insurer if !case.insurer.branch.trim().is_empty() => {
                format!(
                    "{}, {}",
                    case.insurer.name.trim(),
                    case.insurer.branch.trim()
                )
            }
            AddresseeKind::Insurer => case.insurer.name.trim().to_string(),
            AddresseeKind::Clinic => case.clinic.name.trim().to_string(),
            AddresseeKind::Other => case.fact("addressee_name").to_string(),
        };
        (!line.trim().is_empty()).then(|| format!("Копия: {}", line.trim()))
    }

    /// «От кого»: the applicant, who they are to the patient, how to answer them.
    fn sender_lines(&self) -> Vec<String> {
        let a = &self.case.applicant;
        let mut first = format!("Заявитель: {}", a.full_name.trim());
        let representation = self.case.represented.as_ref().and_then(|r| {
            let relation = crate::domain::case::serde_name(r.relation);
            self.c
                .voice
                .representation
                .iter()
                .find(|x| x.relation == relation)
        });
        if let Some(header) = representation.and_then(|x| template::render_inline(&x.header, self))
        {
            first.push_str(", ");
            first.push_str(&header);
        }
        let mut v = vec![first];
        let mut push = |label: &str, value: &str| {
            if !value.trim().is_empty() {
                v.push(format!("{label}: {}", value.trim()));
            }
        };
        push("дата рождения", &dotted(&a.birth_date));
        push("почтовый адрес", &a.postal_address);
        push("телефон", &a.phone);
        push("эл. почта", &a.email);
        // A claim outside ОМС (a paid service) names no policy.
        match &self.case.represented {
            _ if !self.category.oms => {}
            None if !a.policy_number.trim().is_empty() => {
                v.push(format!("полис ОМС № {}", a.policy_number.trim()))
            }
            Some(r) if !r.person.policy_number.trim().is_empty() => {
                v.push(format!(
                    "полис ОМС {} № {}",
                    self.voice.kin(Gram::Gen),
                    r.person.policy_number.trim()
                ));
            }
            _ => {}
        }
        v
    }

    /// The grounds whose conditions hold and that are in force on the event
    /// date; `programme:…` cites the programme in force then.
    fn grounds(&self, ids: &[GroundRef]) -> Vec<String> {
        ids.iter()
            .filter(|g| self.holds(g.when.as_deref()))
            .filter_map(|id| match id.strip_prefix("programme:") {
                Some(kind) => self.citation(kind),
                None => self
                    .c
                    .ground(id)
                    .filter(|g| g.applies_on(self.a.event_date))
                    .map(|g| g.text.to_string()),
            })
            .collect()
    }

    fn citation(&self, kind: &str) -> Option<String> {
        let p = self.a.programme?.programme;
        let (text, minutes) = match kind {
            "waiting" => (self.c.citations.waiting, String::new()),
            "ambulance" => (self.c.citations.ambulance, minutes_ru(p.ambulance_minutes?)),
            "urgent" => (self.c.citations.urgent, String::new()),
            "ambulance-rural" => (
                self.c.citations.ambulance_rural,
                minutes_ru(p.ambulance_minutes?),
            ),
            _ => return None,
        };
        Some(
            text.replace("{title}", &p.title)
                .replace("{approved_by}", &p.approved_by)
                .replace("{minutes}", &minutes),
        )
    }

    /// The category's checklist, the basis documents for the relation, and
    /// what the person added.
    fn attachments(&self) -> Vec<String> {
        let mut out = self.sentences(self.category.attachments.iter());
        if let Some(r) = &self.case.represented {
            let relation = crate::domain::case::serde_name(r.relation);
            if let Some(x) = self
                .c
                .voice
                .representation
                .iter()
                .find(|x| x.relation == relation)
            {
                out.extend(
                    x.attachments
                        .iter()
                        .filter_map(|t| template::render(t, self)),
                );
            }
        }
        out.extend(
            self.case
                .attachments
                .iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .map(end_sentence),
        );
        out
    }

    /// The title: a variant's when the rules call for another kind of letter.
    fn title(&self) -> (String, Option<String>) {
        let cat = self.category;
        match cat.variants.iter().find(|v| self.holds(Some(&v.when))) {
            Some(v) => (
                v.document_title.to_string(),
                v.document_subtitle.map(|s| s.to_string()),
            ),
            None => (
                cat.document_title.to_string(),
                cat.document_subtitle.map(|s| s.to_string()),
            ),
        }
    }

    fn main_letter(&self) -> Draft {
        let cat = self.category;
        let first = cat.addressees.first().and_then(|id| self.c.addressee(id));
        let (title, subtitle) = self.title();
        // The facts first: the patient is named in full where first mentioned.
        let from = self.sender_lines();
        let facts = self.sentences(cat.facts.iter());
        let grounds = self.grounds(&cat.grounds);
        let (demands, reply) = self.demands();
        Draft {
            addressee: first.map_or_else(String::new, |ad| ad.id.to_string()),
            when: self.a.event_date,
            reply,
            letter: Complaint {
                slug: cat.slug.to_string(),
                to: first.map(|ad| self.to_lines(ad)).unwrap_or_default(),
                from,
                title,
                subtitle,
                facts,
                grounds,
                demands,
                attachments: self.attachments(),
                copies: cat
                    .copies
                    .iter()
                    .filter_map(|id| self.c.addressee(id))
                    .filter_map(|ad| self.copy_line(ad))
                    .collect(),
                date: Date::parse(&self.case.signed_on).ok(),
                signer: names::initials(&self.case.applicant.full_name),
                reminder: Some(Reminder {
                    due: self.a.answer_due.date,
                    next_addressee: self.a.escalation.first().map(|e| e.name.to_string()),
                }),
            },
        }
    }

    /// A further document: the same facts to another addressee, with its own
    /// title, grounds and demands.
    fn extra(&self, main: &Draft, doc: &crate::domain::content::ExtraDocument) -> Option<Draft> {
        let addressee = self.c.addressee(&doc.addressee)?;
        let mut grounds = main.letter.grounds.clone();
        grounds.extend(self.grounds(&doc.grounds));
        let render = |d: &crate::domain::content::Text| template::render(d, self).map(end_sentence);
        Some(Draft {
            addressee: doc.addressee.to_string(),
            when: main.when,
            reply: doc.reply.as_ref().and_then(render),
            letter: Complaint {
                slug: format!("{}-{}", self.category.slug, doc.addressee),
                to: self.to_lines(addressee),
                title: doc.title.to_string(),
                subtitle: doc.subtitle.map(|s| s.to_string()),
                grounds,
                demands: self.sentences(doc.demands.iter()),
                copies: Vec::new(),
                ..main.letter.clone()
            },
        })
    }
}

/// Every letter the case calls for: for each problem the main one to its
/// first addressee and the category's extra documents, then joined into one
/// letter per addressee and kind of document (see [`super::join`]).
pub fn compose(c: &Content, case: &Case, assessments: &[Assessment]) -> Composed {
    let mut drafts = Vec::new();
    let mut name_cases = BTreeSet::new();
    for a in assessments {
        let letter = Letter {
            c,
            case,
            category: a.category,
            a,
            voice: Voice::new(c, case),
        };
        let main = letter.main_letter();
        let extras: Vec<Draft> = a
            .category
            .extra_documents
            .iter()
            .filter_map(|doc| letter.extra(&main, doc))
            .collect();
        drafts.push(main);
        drafts.extend(extras);
        name_cases.extend(letter.voice.used());
    }
    let (addressees, letters) = super::join::join(drafts, &c.voice.joined_reply)
        .into_iter()
        .unzip();
    Composed {
        letters,
        addressees,
        name_cases,
    }
}

/// One clause of a problem's letters as the letter would write it, whether
/// or not its condition holds (for the content's tests: a clause must be in
/// the letter exactly when its condition holds): as where the patient is
/// first named, then as after; empty when a placeholder it needs is empty.
pub fn render_clause(c: &Content, case: &Case, a: &Assessment, text: &str) -> Vec<String> {
    let letter = Letter {
        c,
        case,
        category: a.category,
        a,
        voice: Voice::new(c, case),
    };
    let first = template::render(text, &letter).map(end_sentence);
    letter.voice.patient(Gram::Nom);
    let later = template::render(text, &letter).map(end_sentence);
    first.into_iter().chain(later).collect()
}

/// A ground as the letter cites it (an id of `grounds.toml` or
/// `programme:…`), whatever its condition; `None` when it is not in force on
/// the event date (for the content's tests).
pub fn render_ground(c: &Content, case: &Case, a: &Assessment, id: &str) -> Option<String> {
    let letter = Letter {
        c,
        case,
        category: a.category,
        a,
        voice: Voice::new(c, case),
    };
    let id = crate::domain::content::Text::leak(id.to_string());
    letter
        .grounds(&[GroundRef { id, when: None }])
        .into_iter()
        .next()
}

/// A clause's condition, as the composer reads it (for the content's tests).
pub fn clause_holds(case: &Case, a: &Assessment, when: Option<&str>) -> bool {
    when.is_none_or(|w| condition::holds(case, a, w))
}

/// The patient's grammatical gender (re-exported for the check page).
pub fn patient_gender_of(case: &Case) -> Gender {
    patient_gender(case)
}

/// A full stop after a paragraph that ends without one («… не сняли»).
pub(super) fn end_sentence(mut s: String) -> String {
    let trimmed = s.trim_end().len();
    s.truncate(trimmed);
    if !s.ends_with(['.', '!', '?', '…', ':']) {
        s.push('.');
    }
    s
}
