//! The case's fields as a case file writes them, read from a parsed
//! [`Value`]: each type's members, their defaults, which are required, and
//! the wrong one named by its path (`applicant.gender`, `also[1]`). The same
//! rules as the serde attributes on the types (`deny_unknown_fields`,
//! `default`), which stay as the reference: `tests/case_file.rs` reads every
//! example, fixture, generated and damaged case both ways and compares.

use super::{
    from_serde_name, Case, Facts, Gender, Kinship, Named, Patient, Person, Relation, Represented,
};
use crate::domain::json::Value;

/// A member that cannot be read, and why (for the CLI; the page names the part).
pub(super) struct Bad {
    pub path: String,
    pub message: &'static str,
}

fn bad<T>(path: &str, message: &'static str) -> Result<T, Bad> {
    Err(Bad {
        path: path.to_string(),
        message,
    })
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Calls `read` with each member of the object at `path` and the member's
/// path; `read` answers whether it knows the key. An unknown or repeated key
/// is an error, as serde's `deny_unknown_fields` and derived visitors make it.
/// One body for every object (`dyn`): a copy per type would cost the wasm.
fn members<'v>(
    value: &'v Value,
    path: &str,
    read: &mut dyn FnMut(&str, &'v Value, &str) -> Result<bool, Bad>,
) -> Result<(), Bad> {
    let Value::Object(list) = value else {
        return bad(path, "ожидается объект { … }");
    };
    for (i, (key, v)) in list.iter().enumerate() {
        // Named where serde names it: at the object, not the member.
        if list[..i].iter().any(|(k, _)| k == key) {
            return bad(path, "поле повторяется");
        }
        let at = child(path, key);
        if !read(key, v, &at)? {
            return bad(&at, "неизвестное поле");
        }
    }
    Ok(())
}

#[inline(never)]
fn string(value: &Value, path: &str) -> Result<String, Bad> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => bad(path, "ожидается строка"),
    }
}

fn strings(value: &Value, path: &str) -> Result<Vec<String>, Bad> {
    let Value::Array(items) = value else {
        return bad(path, "ожидается список строк [ … ]");
    };
    items
        .iter()
        .enumerate()
        .map(|(i, v)| string(v, &format!("{path}[{i}]")))
        .collect()
}

/// A unit variant by the name serde gives it.
fn variant<T: Named>(value: &Value, path: &str) -> Result<T, Bad> {
    let name = string(value, path)?;
    from_serde_name(&name).map_or_else(|| bad(path, "недопустимое значение"), Ok)
}

pub(super) fn case(value: &Value) -> Result<Case, Bad> {
    let mut c = Case::default();
    let mut version = None;
    members(value, "", &mut |key, v, at| {
        match key {
            "version" => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) => version = Some(n),
                None => return bad(at, "ожидается целое число"),
            },
            "category" => c.category = string(v, at)?,
            "applicant" => c.applicant = person(v, at)?,
            "represented" => {
                c.represented = match v {
                    Value::Null => None,
                    _ => Some(represented(v, at)?),
                };
            }
            "region" => c.region = string(v, at)?,
            "insurer" => {
                let i = &mut c.insurer;
                let slots = [
                    ("name", &mut i.name),
                    ("branch", &mut i.branch),
                    ("address", &mut i.address),
                    ("inn", &mut i.inn),
                    ("ogrn", &mut i.ogrn),
                ];
                texts(v, at, slots)?;
            }
            "clinic" => {
                let k = &mut c.clinic;
                let slots = [
                    ("name", &mut k.name),
                    ("address", &mut k.address),
                    ("inn", &mut k.inn),
                    ("ogrn", &mut k.ogrn),
                    ("branch", &mut k.branch),
                ];
                texts(v, at, slots)?;
            }
            "also" => c.also = strings(v, at)?,
            "facts" => c.facts = facts(v, at)?,
            "attachments" => c.attachments = strings(v, at)?,
            "signed_on" => c.signed_on = string(v, at)?,
            "registration" => {
                let r = &mut c.registration;
                texts(v, at, [("date", &mut r.date), ("number", &mut r.number)])?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    c.version = match version {
        Some(n) => n,
        None => return bad("version", "нет обязательного поля"),
    };
    Ok(c)
}

/// An object whose members are all texts, each read into its slot.
fn texts<const N: usize>(
    value: &Value,
    path: &str,
    mut slots: [(&str, &mut String); N],
) -> Result<(), Bad> {
    members(value, path, &mut |key, v, at| {
        let Some((_, slot)) = slots.iter_mut().find(|(name, _)| *name == key) else {
            return Ok(false);
        };
        **slot = string(v, at)?;
        Ok(true)
    })
}

fn facts(value: &Value, path: &str) -> Result<Facts, Bad> {
    let Value::Object(list) = value else {
        return bad(path, "ожидается объект { … }");
    };
    // As a map reads it: a repeated answer, the last one wins.
    list.iter()
        .map(|(k, v)| Ok((k.clone(), string(v, &child(path, k))?)))
        .collect()
}

/// A patient has the same members as an applicant (version 1 gave it the
/// contacts too), so one reader serves both.
fn person(value: &Value, path: &str) -> Result<Person, Bad> {
    let mut p = Person::default();
    members(value, path, &mut |key, v, at| {
        match key {
            "full_name" => p.full_name = string(v, at)?,
            "gender" => p.gender = variant::<Gender>(v, at)?,
            "birth_date" => p.birth_date = string(v, at)?,
            "postal_address" => p.postal_address = string(v, at)?,
            "phone" => p.phone = string(v, at)?,
            "email" => p.email = string(v, at)?,
            "policy_number" => p.policy_number = string(v, at)?,
            "forms" => {
                let f = &mut p.forms;
                let slots = [
                    ("gen", &mut f.gen),
                    ("dat", &mut f.dat),
                    ("acc", &mut f.acc),
                    ("ins", &mut f.ins),
                    ("pre", &mut f.pre),
                ];
                texts(v, at, slots)?;
            }
            "snils" => p.snils = string(v, at)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(p)
}

fn patient(value: &Value, path: &str) -> Result<Patient, Bad> {
    let p = person(value, path)?;
    Ok(Patient {
        full_name: p.full_name,
        gender: p.gender,
        birth_date: p.birth_date,
        policy_number: p.policy_number,
        forms: p.forms,
        postal_address: p.postal_address,
        phone: p.phone,
        email: p.email,
        snils: p.snils,
    })
}

fn represented(value: &Value, path: &str) -> Result<Represented, Bad> {
    let (mut relation, mut person) = (None, None);
    let mut r = Represented::default();
    members(value, path, &mut |key, v, at| {
        match key {
            "relation" => relation = Some(variant::<Relation>(v, at)?),
            "kinship" => r.kinship = variant::<Kinship>(v, at)?,
            "person" => person = Some(patient(v, at)?),
            "basis_document" => r.basis_document = string(v, at)?,
            "death_date" => r.death_date = string(v, at)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    let (Some(relation), Some(person)) = (relation, person) else {
        return bad(path, "нет обязательного поля relation или person");
    };
    Ok(Represented {
        relation,
        person,
        ..r
    })
}
