//! Sentences built from the catalogue (`i18n`) for what the lower layers
//! report: problems with a field, identifier findings, missing 59-ФЗ
//! elements, the waiting-time verdict, refused files. Above `flow`,
//! `saved` and `engine`, whose codes it words; `ui` and the CLI call it
//! (as methods of [`Lang`]).

use crate::domain::completeness::Missing;
use crate::domain::date::DateError;
use crate::domain::ids::Finding;
use crate::flow::clash::{Clash, FieldRef};
use crate::flow::{Problem, ProblemKind};
use crate::i18n::{Lang, Strings};
use crate::saved::LoadError;

impl Lang {
    /// A field's label as messages name it: a fixed field's, a category
    /// question's, or the case of the patient's name.
    pub fn field_label(
        self,
        case: &crate::domain::case::Case,
        field: &crate::flow::FieldId,
    ) -> String {
        use crate::flow::FieldId;
        match field {
            FieldId::Fixed(f) => (f.spec().label)(&self.strings().labels, case).to_string(),
            FieldId::NameForm(g) => self.strings().name_form_label(*g).to_string(),
            FieldId::Fact(id) => self
                .content()
                .category(&case.category)
                .and_then(|c| c.question(id))
                .map_or_else(|| id.clone(), |q| q.label.to_string()),
        }
    }

    /// A problem's message, naming its field, and both fields of two
    /// answers that contradict each other.
    pub fn problem_message(self, case: &crate::domain::case::Case, p: &Problem) -> String {
        match p.kind {
            ProblemKind::Clash(c) => {
                let name = |r: FieldRef| {
                    crate::flow::plausible::field_of(r)
                        .map_or_else(String::new, |f| self.field_label(case, &f))
                };
                self.strings().clash(c, &name(c.earlier), &name(c.later))
            }
            kind => self
                .strings()
                .problem(kind, &self.field_label(case, &p.field)),
        }
    }
}

impl Strings {
    /// How an addressee is served, after its name.
    pub fn served(&self, how: crate::domain::content::Serve) -> &'static str {
        use crate::domain::content::Serve;
        match how {
            Serve::Letter => self.serve_letter,
            Serve::Copy => self.serve_copy,
            Serve::Document => self.serve_document,
        }
    }

    /// The waiting-time verdict as a heading.
    pub fn verdict(&self, v: crate::engine::summary::Verdict) -> &'static str {
        use crate::engine::summary::Verdict;
        match v {
            Verdict::Violated => self.waiting_violated,
            Verdict::OfferedLate => self.waiting_offered_late,
            Verdict::Kept => self.waiting_ok,
        }
    }

    /// A specific message for a problem with a field, naming the fix.
    pub fn problem(&self, kind: ProblemKind, label: &str) -> String {
        let p = &self.problems;
        let text = match kind {
            ProblemKind::Required => return p.required.replace("{label}", label),
            ProblemKind::ChooseOne => p.choose_one,
            ProblemKind::Date(DateError::Empty) => p.date_empty,
            ProblemKind::Date(DateError::Format) => p.date_format,
            ProblemKind::Date(DateError::Day) => p.date_day,
            ProblemKind::Date(DateError::Month) => p.date_month,
            ProblemKind::Date(DateError::Year) => p.date_year,
            ProblemKind::Date(DateError::YearTooEarly) => p.date_year_early,
            ProblemKind::Date(DateError::YearTooLate) => p.date_year_late,
            ProblemKind::DateInFuture => p.date_in_future,
            ProblemKind::Time => p.time,
            // Without the case only the field at hand is named
            // (`Lang::problem_message` names both).
            ProblemKind::Clash(c) => return self.clash(c, "", label),
            ProblemKind::UnknownChoice => p.unknown_choice,
            ProblemKind::NotMinor { years } => {
                let years = match self.lang {
                    crate::i18n::Lang::Ru => crate::domain::words::years_ru(u32::from(years)),
                    crate::i18n::Lang::En => years.to_string(),
                };
                return p.not_minor.replace("{years}", &years);
            }
            ProblemKind::Id(f) => self.finding(f),
        };
        text.to_string()
    }

    /// Two answers in the wrong order, each named by its label.
    pub fn clash(&self, c: Clash, earlier: &str, later: &str) -> String {
        let mut text = self.problems.clashes[c.rule as usize]
            .replace("{earlier}", earlier)
            .replace("{later}", later);
        if let Some(d) = c.next_day {
            text.push_str(&self.problems.next_day.replace("{date}", &self.lang.date(d)));
        }
        text
    }

    pub fn finding(&self, f: Finding) -> &'static str {
        let t = &self.findings;
        match f {
            Finding::PolicyNotDigits => t.policy_not_digits,
            Finding::PolicyChecksum => t.policy_checksum,
            Finding::PolicyTemporary => t.policy_temporary,
            Finding::PolicyOldStyle => t.policy_old_style,
            Finding::LetterForZero => t.letter_for_zero,
            Finding::NotDigits => t.not_digits,
            Finding::InnLength => t.inn_length,
            Finding::InnChecksum => t.inn_checksum,
            Finding::OgrnLength => t.ogrn_length,
            Finding::OgrnKind => t.ogrn_kind,
            Finding::OgrnChecksum => t.ogrn_checksum,
            Finding::PostalIndex => t.postal_index,
            Finding::PostalIndexMissing => t.postal_index_missing,
            Finding::Phone => t.phone,
            Finding::Email => t.email,
        }
    }

    /// A 59-ФЗ element the letter still lacks.
    pub fn missing(&self, m: Missing) -> &'static str {
        let t = &self.missing;
        match m {
            Missing::Addressee => t.addressee,
            Missing::FullName => t.full_name,
            Missing::PostalAddress => t.postal_address,
            Missing::Substance => t.substance,
            Missing::Date => t.date,
        }
    }

    /// Why an answers file was refused, ending with "answers unchanged".
    pub fn load_error(&self, e: &LoadError) -> String {
        let why = match e {
            LoadError::NotJson => self.load_not_json.to_string(),
            LoadError::Foreign => self.load_foreign.to_string(),
            LoadError::Newer(v) => self.load_newer.replace("{v}", &v.to_string()),
            LoadError::Damaged(field) => self.load_damaged.replace("{field}", field),
            LoadError::UnknownCipher => self.load_unknown_cipher.to_string(),
            LoadError::WrongPassphrase => self.load_wrong_passphrase.to_string(),
        };
        format!("{why} {}", self.unchanged)
    }

    /// A corrected form of the patient's name: «Имя пациента — кому?».
    pub fn name_form_label(&self, case: crate::domain::names::Case) -> &'static str {
        let f = &self.name_forms;
        match case {
            crate::domain::names::Case::Nom => self.labels.patient_name,
            crate::domain::names::Case::Gen => f.gen,
            crate::domain::names::Case::Dat => f.dat,
            crate::domain::names::Case::Acc => f.acc,
            crate::domain::names::Case::Ins => f.ins,
            crate::domain::names::Case::Pre => f.pre,
        }
    }

    /// «Шаг 3 из 9».
    pub fn step_count(&self, n: usize, m: usize) -> String {
        self.step_of
            .replace("{n}", &n.to_string())
            .replace("{m}", &m.to_string())
    }
}
