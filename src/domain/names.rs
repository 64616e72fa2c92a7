//! Russian names in the grammatical cases a letter needs, by the petrovich
//! rules (the `petrovich` crate). A form the person corrected wins over the
//! rule; nothing is guessed for a name the rules cannot place.

use super::case::{Gender, NameForms};

/// The six grammatical cases, in the order of the word tables in content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Case {
    Nom,
    Gen,
    Dat,
    Acc,
    Ins,
    Pre,
}

impl Case {
    pub const ALL: [Case; 6] = [
        Case::Nom,
        Case::Gen,
        Case::Dat,
        Case::Acc,
        Case::Ins,
        Case::Pre,
    ];
    /// The cases a name can be corrected in (the nominative is typed).
    pub const OBLIQUE: [Case; 5] = [Case::Gen, Case::Dat, Case::Acc, Case::Ins, Case::Pre];

    /// `nom`, `gen`, … as templates write them.
    pub fn parse(s: &str) -> Option<Case> {
        Case::ALL.into_iter().find(|c| c.code() == s)
    }

    pub fn code(self) -> &'static str {
        ["nom", "gen", "dat", "acc", "ins", "pre"][self as usize]
    }

    fn petrovich(self) -> Option<petrovich::Case> {
        Some(match self {
            Case::Nom => return None,
            Case::Gen => petrovich::Case::Genitive,
            Case::Dat => petrovich::Case::Dative,
            Case::Acc => petrovich::Case::Accusative,
            Case::Ins => petrovich::Case::Instrumental,
            Case::Pre => petrovich::Case::Prepositional,
        })
    }
}

impl NameForms {
    /// The corrected form for `case`, if the person gave one.
    pub fn get(&self, case: Case) -> Option<&str> {
        let form = match case {
            Case::Nom => return None,
            Case::Gen => &self.gen,
            Case::Dat => &self.dat,
            Case::Acc => &self.acc,
            Case::Ins => &self.ins,
            Case::Pre => &self.pre,
        };
        Some(form.trim()).filter(|f| !f.is_empty())
    }

    pub fn set(&mut self, case: Case, value: String) {
        match case {
            Case::Nom => {}
            Case::Gen => self.gen = value,
            Case::Dat => self.dat = value,
            Case::Acc => self.acc = value,
            Case::Ins => self.ins = value,
            Case::Pre => self.pre = value,
        }
    }
}

/// The gender a patronymic tells («…вич», «…вна», «оглы», «кызы»).
pub fn gender_of(full_name: &str) -> Gender {
    let mut words = full_name.split_whitespace().skip(2);
    match (words.next(), words.next()) {
        (_, Some("оглы" | "улы" | "уулу")) => Gender::Male,
        (_, Some("кызы" | "гызы")) => Gender::Female,
        (Some(p), _) if p.ends_with("ич") => Gender::Male,
        (Some(p), _) if p.ends_with("вна") || p.ends_with("чна") || p.ends_with("шна") => {
            Gender::Female
        }
        _ => Gender::Unknown,
    }
}

/// The gender the rules need; unknown when neither the person nor the
/// patronymic says (then the name stays as typed).
fn rule_gender(full_name: &str, gender: Gender) -> Option<petrovich::Gender> {
    match if gender == Gender::Unknown {
        gender_of(full_name)
    } else {
        gender
    } {
        Gender::Male => Some(petrovich::Gender::Male),
        Gender::Female => Some(petrovich::Gender::Female),
        Gender::Unknown => None,
    }
}

/// «Петров Иван Сергеевич» in `case` by the rules: surname, first name,
/// patronymic (a fourth word such as «оглы» stays as it is).
pub fn decline(full_name: &str, gender: Gender, case: Case) -> String {
    let name = full_name.split_whitespace().collect::<Vec<_>>().join(" ");
    let (Some(g), Some(c)) = (rule_gender(&name, gender), case.petrovich()) else {
        return name;
    };
    // «Ильхам оглы»: a Turkic patronymic keeps its form in every case.
    let turkic = name.split(' ').nth(3).is_some_and(is_patronymic_particle);
    name.split(' ')
        .enumerate()
        .map(|(i, word)| match i {
            0 => petrovich::lastname(g, word, c),
            1 => petrovich::firstname(g, word, c),
            2 if !turkic => petrovich::middlename(g, word, c),
            _ => word.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The name in `case`: the person's correction, else the rules' form.
pub fn form(full_name: &str, gender: Gender, forms: &NameForms, case: Case) -> String {
    forms
        .get(case)
        .map_or_else(|| decline(full_name, gender, case), str::to_string)
}

/// The word after a Turkic patronymic: «оглы» (son of), «кызы» (daughter of).
fn is_patronymic_particle(word: &str) -> bool {
    matches!(word, "оглы" | "улы" | "уулу" | "кызы" | "гызы")
}

/// «Иванова Алёна Сергеевна» → «А. С. Иванова»; «Мамедов Рауф Ильхам оглы»
/// → «Р. И. Мамедов».
pub fn initials(full_name: &str) -> String {
    let parts: Vec<&str> = full_name
        .split_whitespace()
        .filter(|w| !is_patronymic_particle(w))
        .collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_turkic_patronymic_keeps_its_form() {
        assert_eq!(initials("Мамедов Рауф Ильхам оглы"), "Р.\u{a0}И. Мамедов");
        assert_eq!(
            decline("Мамедов Рауф Ильхам оглы", Gender::Male, Case::Gen),
            "Мамедова Рауфа Ильхам оглы"
        );
        assert_eq!(
            decline("Алиева Лейла Вагиф кызы", Gender::Female, Case::Dat),
            "Алиевой Лейле Вагиф кызы"
        );
    }

    #[test]
    fn the_cases_of_a_name() {
        let m = |c| decline("Петров Иван Сергеевич", Gender::Male, c);
        assert_eq!(m(Case::Gen), "Петрова Ивана Сергеевича");
        assert_eq!(m(Case::Dat), "Петрову Ивану Сергеевичу");
        assert_eq!(m(Case::Ins), "Петровым Иваном Сергеевичем");
        assert_eq!(m(Case::Nom), "Петров Иван Сергеевич");
        let f = |c| decline("Хабибуллина Гульнара Рашитовна", Gender::Female, c);
        assert_eq!(f(Case::Dat), "Хабибуллиной Гульнаре Рашитовне");
        assert_eq!(f(Case::Acc), "Хабибуллину Гульнару Рашитовну");
        // The patronymic tells the gender when nobody did.
        assert_eq!(
            decline("Сидорова Ольга Петровна", Gender::Unknown, Case::Gen),
            "Сидоровой Ольги Петровны"
        );
        // Nothing to go by: the name as typed.
        assert_eq!(decline("Ли Мин", Gender::Unknown, Case::Dat), "Ли Мин");
        assert_eq!(
            decline("  Петров   Иван ", Gender::Male, Case::Gen),
            "Петрова Ивана"
        );
    }

    #[test]
    fn a_correction_wins() {
        let mut forms = NameForms::default();
        forms.set(Case::Dat, "Коваль Ивану".into());
        assert_eq!(
            form("Коваль Иван", Gender::Male, &forms, Case::Dat),
            "Коваль Ивану"
        );
        assert_eq!(
            form("Коваль Иван", Gender::Male, &forms, Case::Gen),
            decline("Коваль Иван", Gender::Male, Case::Gen)
        );
    }

    #[test]
    fn initials_forms() {
        assert_eq!(initials("Иванова Алёна Сергеевна"), "А.\u{a0}С. Иванова");
        assert_eq!(initials("Петров Пётр"), "П. Петров");
        assert_eq!(initials("  "), "");
        assert_eq!(initials("Мадонна"), "Мадонна");
    }
}
