//! Who writes and about whom. The applicant writes and signs; the patient
//! is the applicant («мне было выдано направление») or someone they act for
//! («моему сыну Петрову Ивану Сергеевичу было выдано направление»). The
//! words come from `content/voice.toml`; names are declined in `names`.

use crate::domain::case::{Case, Gender, Kinship, Relation, Represented};
use crate::domain::content::{Content, Noun, NounGender};
use crate::domain::names::{self, Case as Gram};
use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;

pub struct Voice<'a> {
    c: &'a Content,
    case: &'a Case,
    /// The patient when someone else writes: what they are to the applicant.
    other: Option<(&'a Represented, &'a Noun)>,
    /// The patient's full name was already given once in this letter.
    named: Cell<bool>,
    /// The cases the patient's name was used in (to show, and to correct).
    used: RefCell<BTreeSet<Gram>>,
}

/// The noun for the patient, by relation, kinship and gender.
fn noun_id(r: &Represented, gender: Gender) -> &'static str {
    let by_gender = |male, female| {
        if gender == Gender::Female {
            female
        } else {
            male
        }
    };
    match (r.relation, r.kinship) {
        (Relation::Parent, Kinship::Son) => "son",
        (Relation::Parent, Kinship::Daughter) => "daughter",
        (Relation::Parent, _) if gender == Gender::Unknown => "child",
        (Relation::Parent, _) => by_gender("son", "daughter"),
        (Relation::Guardian, _) => by_gender("ward-male", "ward-female"),
        (Relation::Attorney, _) => by_gender("principal", "principal-female"),
        (_, Kinship::Relative | Kinship::Unknown) => by_gender("relative-male", "relative-female"),
        (_, k) => kinship_noun(k),
    }
}

fn kinship_noun(k: Kinship) -> &'static str {
    match k {
        Kinship::Son => "son",
        Kinship::Daughter => "daughter",
        Kinship::Father => "father",
        Kinship::Mother => "mother",
        Kinship::Husband => "husband",
        Kinship::Wife => "wife",
        Kinship::Brother => "brother",
        Kinship::Sister => "sister",
        Kinship::Grandson => "grandson",
        Kinship::Granddaughter => "granddaughter",
        Kinship::Grandfather => "grandfather",
        Kinship::Grandmother => "grandmother",
        Kinship::Relative | Kinship::Unknown => "relative-male",
    }
}

/// A kinship's own gender: a son is male whatever the form says.
pub fn kinship_gender(k: Kinship) -> Gender {
    match k {
        Kinship::Son
        | Kinship::Father
        | Kinship::Husband
        | Kinship::Brother
        | Kinship::Grandson
        | Kinship::Grandfather => Gender::Male,
        Kinship::Daughter
        | Kinship::Mother
        | Kinship::Wife
        | Kinship::Sister
        | Kinship::Granddaughter
        | Kinship::Grandmother => Gender::Female,
        Kinship::Relative | Kinship::Unknown => Gender::Unknown,
    }
}

/// What the applicant is to a patient who died, by the applicant's gender.
fn role_ids(k: Kinship) -> (&'static str, &'static str) {
    match k {
        Kinship::Son | Kinship::Daughter => ("father", "mother"),
        Kinship::Father | Kinship::Mother => ("son", "daughter"),
        Kinship::Husband => ("wife", "wife"),
        Kinship::Wife => ("husband", "husband"),
        Kinship::Brother | Kinship::Sister => ("brother", "sister"),
        Kinship::Grandson | Kinship::Granddaughter => ("grandfather", "grandmother"),
        Kinship::Grandfather | Kinship::Grandmother => ("grandson", "granddaughter"),
        Kinship::Relative | Kinship::Unknown => ("relative-male", "relative-female"),
    }
}

impl<'a> Voice<'a> {
    pub fn new(c: &'a Content, case: &'a Case) -> Voice<'a> {
        let other = case.represented.as_ref().and_then(|r| {
            let id = noun_id(r, patient_gender(case));
            c.voice.noun.iter().find(|n| n.id == id).map(|n| (r, n))
        });
        Voice {
            c,
            case,
            other,
            named: Cell::new(false),
            used: RefCell::new(BTreeSet::new()),
        }
    }

    pub fn is_self(&self) -> bool {
        self.other.is_none()
    }

    pub fn gender(&self) -> Gender {
        applicant_gender(self.case)
    }

    pub fn patient_gender(&self) -> Gender {
        patient_gender(self.case)
    }

    fn word(forms: &[crate::domain::content::Text], case: Gram) -> String {
        forms
            .get(case as usize)
            .map_or_else(String::new, |f| f.to_string())
    }

    fn my(&self, noun: &Noun, case: Gram) -> String {
        let v = &self.c.voice;
        let forms = match noun.gender {
            NounGender::Male => &v.my_male,
            NounGender::Female => &v.my_female,
        };
        Voice::word(forms, case)
    }

    /// `{p:…}`: «мне»; or «моему сыну Петрову Ивану Сергеевичу» the first
    /// time the letter names the patient and «моему сыну» after that.
    pub fn patient(&self, case: Gram) -> String {
        let Some((_, noun)) = self.other else {
            return Voice::word(&self.c.voice.pronoun, case);
        };
        let phrase = format!("{} {}", self.my(noun, case), Voice::word(&noun.forms, case));
        if self.named.replace(true) {
            phrase
        } else {
            format!("{phrase} {}", self.name(case))
        }
    }

    /// `{kin:…}`: the noun alone («сына», «подопечной»).
    pub fn kin(&self, case: Gram) -> String {
        self.other
            .map_or_else(String::new, |(_, noun)| Voice::word(&noun.forms, case))
    }

    /// `{name:…}`: the patient's name in `case` (corrected if the person did).
    pub fn name(&self, case: Gram) -> String {
        let Some((r, _)) = self.other else {
            return String::new();
        };
        self.used.borrow_mut().insert(case);
        let p = &r.person;
        names::form(&p.full_name, self.patient_gender(), &p.forms, case)
    }

    /// `{role:…}`: what the applicant is to a patient who died («дочь»).
    pub fn role(&self, case: Gram) -> String {
        let Some((r, _)) = self.other else {
            return String::new();
        };
        let (male, female) = role_ids(r.kinship);
        let form = |id: &str| {
            self.c
                .voice
                .noun
                .iter()
                .find(|n| n.id == id)
                .map_or_else(String::new, |n| Voice::word(&n.forms, case))
        };
        match self.gender() {
            Gender::Male => form(male),
            Gender::Female => form(female),
            Gender::Unknown if male == female => form(male),
            Gender::Unknown => format!("{} ({})", form(male), form(female)),
        }
    }

    /// The cases the patient's name appeared in.
    pub fn used(&self) -> BTreeSet<Gram> {
        self.used.borrow().clone()
    }
}

/// The applicant's grammatical gender: as given, else by the patronymic
/// («Иванова Мария Петровна» writes «обратилась», not «обратился(-ась)»).
/// The check page says when it was inferred, and the person may change it.
pub fn applicant_gender(case: &Case) -> Gender {
    match case.applicant.gender {
        Gender::Unknown => names::gender_of(&case.applicant.full_name),
        given => given,
    }
}

/// The patient's grammatical gender: as given, else by kinship, else by the
/// patronymic; the applicant's when they are the patient.
pub fn patient_gender(case: &Case) -> Gender {
    let Some(r) = &case.represented else {
        return applicant_gender(case);
    };
    [
        r.person.gender,
        kinship_gender(r.kinship),
        names::gender_of(&r.person.full_name),
    ]
    .into_iter()
    .find(|g| *g != Gender::Unknown)
    .unwrap_or(Gender::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applicant(name: &str, gender: Gender) -> Case {
        let mut c = Case::new();
        c.applicant.full_name = name.into();
        c.applicant.gender = gender;
        c
    }

    #[test]
    fn an_unset_gender_is_the_patronymics_and_a_chosen_one_wins() {
        let female = applicant("Иванова Мария Петровна", Gender::Unknown);
        assert_eq!(applicant_gender(&female), Gender::Female);
        // The patient is the applicant: the same gender.
        assert_eq!(patient_gender(&female), Gender::Female);
        let turkic = applicant("Мамедов Рауф Ильхам Оглы", Gender::Unknown);
        assert_eq!(applicant_gender(&turkic), Gender::Male);
        // A choice the person made is never overruled.
        let chosen = applicant("Иванова Мария Петровна", Gender::Male);
        assert_eq!(applicant_gender(&chosen), Gender::Male);
        // Without a patronymic the letter keeps «обратился(-ась)».
        let none = applicant("Иванова Мария", Gender::Unknown);
        assert_eq!(applicant_gender(&none), Gender::Unknown);
    }
}
