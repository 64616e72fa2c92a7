//! Russian names in the grammatical cases a letter needs, by the petrovich
//! rules (`third_party/petrovich-rules/rules.json`, MIT, baked in by
//! `build.rs`) applied as petrovich-ruby applies them: exceptions (whole
//! words) before suffixes, the first rule in file order whose gender fits,
//! then a pass with androgynous rules only. A form the person corrected
//! wins over the rule; nothing is guessed for a name the rules cannot place.

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

    /// The index into a rule's modifiers (which start at the genitive).
    fn modifier(self) -> Option<usize> {
        (self as usize).checked_sub(1)
    }
}

/// Whose names a rule is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RuleGender {
    Male,
    Female,
    Androgynous,
}

/// One rule of the petrovich rules.
struct Rule {
    gender: RuleGender,
    /// Whole words (exceptions) or endings (suffixes), lower case.
    test: &'static [&'static str],
    /// Genitive … prepositional: `.` keeps the word; each leading `-` drops
    /// a letter, the rest is appended.
    mods: [&'static str; 5],
    /// Applies only to a word before a hyphen («Бонч-Бруевич»).
    first_word: bool,
}

struct RuleSet {
    exceptions: &'static [Rule],
    suffixes: &'static [Rule],
}

mod rules {
    use super::{Rule, RuleGender, RuleSet};
    include!(concat!(env!("OUT_DIR"), "/petrovich_rules.rs"));
}

/// petrovich-ruby's gender filter: a known gender takes only its own rules;
/// the androgynous pass takes every rule that is not for women.
fn gender_fits(rule: RuleGender, wanted: RuleGender, known: bool) -> bool {
    if known {
        rule == wanted
    } else {
        (rule == RuleGender::Female) == (wanted == RuleGender::Female)
    }
}

impl RuleSet {
    fn find(&self, lower: &str, gender: RuleGender, known: bool, last: bool) -> Option<&Rule> {
        self.exceptions
            .iter()
            .find(|r| {
                gender_fits(r.gender, gender, known)
                    && (!r.first_word || !last)
                    && r.test.contains(&lower)
            })
            .or_else(|| {
                self.suffixes.iter().find(|r| {
                    gender_fits(r.gender, gender, known)
                        && r.test.iter().any(|t| lower.ends_with(t))
                })
            })
    }

    /// One word of a name (each part of a hyphenated one on its own).
    fn inflect(&self, word: &str, gender: RuleGender, case: usize) -> String {
        let parts: Vec<&str> = word.split('-').collect();
        let last = parts.len() - 1;
        parts
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let lower = super::words::lowercase_ru(part);
                // A known gender counts as known for the last part only.
                let rule = self
                    .find(&lower, gender, i == last, i == last)
                    .or_else(|| self.find(&lower, RuleGender::Androgynous, false, i == last));
                rule.map_or_else(|| (*part).to_string(), |r| apply(part, r.mods[case]))
            })
            .collect::<Vec<_>>()
            .join("-")
    }
}

fn apply(word: &str, modifier: &str) -> String {
    if modifier == "." {
        return word.to_string();
    }
    let cut = modifier.chars().take_while(|&c| c == '-').count();
    let keep = word.chars().count().saturating_sub(cut);
    word.chars().take(keep).collect::<String>() + &modifier[cut..]
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
fn rule_gender(full_name: &str, gender: Gender) -> Option<RuleGender> {
    match if gender == Gender::Unknown {
        gender_of(full_name)
    } else {
        gender
    } {
        Gender::Male => Some(RuleGender::Male),
        Gender::Female => Some(RuleGender::Female),
        Gender::Unknown => None,
    }
}

/// «Петров Иван Сергеевич» in `case` by the rules: surname, first name,
/// patronymic (a fourth word such as «оглы» stays as it is).
pub fn decline(full_name: &str, gender: Gender, case: Case) -> String {
    let name = full_name.split_whitespace().collect::<Vec<_>>().join(" ");
    let (Some(g), Some(c)) = (rule_gender(&name, gender), case.modifier()) else {
        return name;
    };
    // «Ильхам оглы»: a Turkic patronymic keeps its form in every case.
    let turkic = name.split(' ').nth(3).is_some_and(is_patronymic_particle);
    name.split(' ')
        .enumerate()
        .map(|(i, word)| match i {
            0 => rules::LASTNAME.inflect(word, g, c),
            1 => rules::FIRSTNAME.inflect(word, g, c),
            2 if !turkic => rules::MIDDLENAME.inflect(word, g, c),
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
