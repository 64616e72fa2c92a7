//! The case as a case file writes it: each type's members in order, and what
//! is left out (empty optional parts, the fields a migration dropped). The
//! same as the serde attributes on the types say; `tests/case_reader.rs`
//! compares the text with serde_json's byte for byte.

use super::{name_of, Case, NameForms, Patient, Person, Represented};
use crate::domain::json::Value;

/// An object's members, added in the file's order.
#[derive(Default)]
struct Members(Vec<(String, Value)>);

impl Members {
    fn put(mut self, key: &str, value: Value) -> Self {
        self.0.push((key.to_string(), value));
        self
    }

    fn text(self, key: &str, value: &str) -> Self {
        self.put(key, text(value))
    }

    /// A member left out when it holds nothing.
    fn text_if_any(self, key: &str, value: &str) -> Self {
        if value.is_empty() {
            self
        } else {
            self.text(key, value)
        }
    }

    fn done(self) -> Value {
        Value::Object(self.0)
    }
}

fn text(value: &str) -> Value {
    Value::String(value.to_string())
}

fn texts(values: &[String]) -> Value {
    Value::Array(values.iter().map(|v| text(v)).collect())
}

pub(super) fn case(c: &Case) -> Value {
    let mut m = Members::default()
        .put("version", Value::Number(c.version.to_string()))
        .text("category", &c.category)
        .put("applicant", person(&c.applicant));
    if let Some(r) = &c.represented {
        m = m.put("represented", represented(r));
    }
    m = m
        .text("region", &c.region)
        .put(
            "insurer",
            Members::default()
                .text("name", &c.insurer.name)
                .text("branch", &c.insurer.branch)
                .text("address", &c.insurer.address)
                .done(),
        )
        .put(
            "clinic",
            Members::default()
                .text("name", &c.clinic.name)
                .text("address", &c.clinic.address)
                .text("inn", &c.clinic.inn)
                .text("ogrn", &c.clinic.ogrn)
                .done(),
        );
    if !c.also.is_empty() {
        m = m.put("also", texts(&c.also));
    }
    m = m.put(
        "facts",
        Value::Object(c.facts.iter().map(|(k, v)| (k.clone(), text(v))).collect()),
    );
    if !c.attachments.is_empty() {
        m = m.put("attachments", texts(&c.attachments));
    }
    m = m.text("signed_on", &c.signed_on);
    if !c.registration.is_empty() {
        m = m.put(
            "registration",
            Members::default()
                .text("date", &c.registration.date)
                .text("number", &c.registration.number)
                .done(),
        );
    }
    m.done()
}

fn with_forms(m: Members, forms: &NameForms) -> Value {
    if forms.is_empty() {
        return m.done();
    }
    m.put(
        "forms",
        Members::default()
            .text_if_any("gen", &forms.gen)
            .text_if_any("dat", &forms.dat)
            .text_if_any("acc", &forms.acc)
            .text_if_any("ins", &forms.ins)
            .text_if_any("pre", &forms.pre)
            .done(),
    )
    .done()
}

fn person(p: &Person) -> Value {
    let m = Members::default()
        .text("full_name", &p.full_name)
        .text("gender", name_of(p.gender))
        .text("birth_date", &p.birth_date)
        .text("postal_address", &p.postal_address)
        .text("phone", &p.phone)
        .text("email", &p.email)
        .text("policy_number", &p.policy_number);
    with_forms(m, &p.forms)
}

fn patient(p: &Patient) -> Value {
    let m = Members::default()
        .text("full_name", &p.full_name)
        .text("gender", name_of(p.gender))
        .text("birth_date", &p.birth_date)
        .text("policy_number", &p.policy_number);
    with_forms(m, &p.forms)
}

fn represented(r: &Represented) -> Value {
    Members::default()
        .text("relation", name_of(r.relation))
        .text("kinship", name_of(r.kinship))
        .put("person", patient(&r.person))
        .text("basis_document", &r.basis_document)
        .text_if_any("death_date", &r.death_date)
        .done()
}
