//! The case as a case file writes it: each type's members in order, and what
//! is left out (empty optional parts, the fields a migration dropped). The
//! same as the serde attributes on the types say; `tests/case_file.rs`
//! compares the text with serde_json's byte for byte.

use super::{serde_name, Case, NameForms, Patient, Person, Represented};
use crate::domain::json::{Object, Value};

fn texts(values: &[String]) -> Value {
    Value::Array(values.iter().map(Value::from).collect())
}

pub(super) fn case(c: &Case) -> Value {
    let mut m = Object::default()
        .put("version", c.version)
        .put("category", &c.category)
        .put("applicant", person(&c.applicant));
    if let Some(r) = &c.represented {
        m = m.put("represented", represented(r));
    }
    m = m
        .put("region", &c.region)
        .put(
            "insurer",
            Object::default()
                .put("name", &c.insurer.name)
                .put("branch", &c.insurer.branch)
                .put("address", &c.insurer.address)
                .done(),
        )
        .put(
            "clinic",
            Object::default()
                .put("name", &c.clinic.name)
                .put("address", &c.clinic.address)
                .put("inn", &c.clinic.inn)
                .put("ogrn", &c.clinic.ogrn)
                .done(),
        );
    if !c.also.is_empty() {
        m = m.put("also", texts(&c.also));
    }
    m = m.put(
        "facts",
        Value::Object(c.facts.iter().map(|(k, v)| (k.clone(), v.into())).collect()),
    );
    if !c.attachments.is_empty() {
        m = m.put("attachments", texts(&c.attachments));
    }
    m = m.put("signed_on", &c.signed_on);
    if !c.registration.is_empty() {
        m = m.put(
            "registration",
            Object::default()
                .put("date", &c.registration.date)
                .put("number", &c.registration.number)
                .done(),
        );
    }
    m.done()
}

fn with_forms(m: Object, forms: &NameForms) -> Value {
    if forms.is_empty() {
        return m.done();
    }
    m.put(
        "forms",
        Object::default()
            .put_if_any("gen", &forms.gen)
            .put_if_any("dat", &forms.dat)
            .put_if_any("acc", &forms.acc)
            .put_if_any("ins", &forms.ins)
            .put_if_any("pre", &forms.pre)
            .done(),
    )
    .done()
}

fn person(p: &Person) -> Value {
    let m = Object::default()
        .put("full_name", &p.full_name)
        .put("gender", serde_name(p.gender))
        .put("birth_date", &p.birth_date)
        .put("postal_address", &p.postal_address)
        .put("phone", &p.phone)
        .put("email", &p.email)
        .put("policy_number", &p.policy_number);
    with_forms(m, &p.forms)
}

fn patient(p: &Patient) -> Value {
    let m = Object::default()
        .put("full_name", &p.full_name)
        .put("gender", serde_name(p.gender))
        .put("birth_date", &p.birth_date)
        .put("policy_number", &p.policy_number);
    with_forms(m, &p.forms)
}

fn represented(r: &Represented) -> Value {
    Object::default()
        .put("relation", serde_name(r.relation))
        .put("kinship", serde_name(r.kinship))
        .put("person", patient(&r.person))
        .put("basis_document", &r.basis_document)
        .put_if_any("death_date", &r.death_date)
        .done()
}
