//! The interface's words: one `Strings` value per language (`ru.rs`,
//! `en.rs`). A text missing in one language does not compile. The letter is
//! always Russian and does not come from here.
//!
//! [`Visit`] walks every text in the order the fields are declared. The page
//! (wasm) has no `en.rs` compiled in: `build.rs` writes its texts in this
//! order into the English file the page loads (`content-en.txt`), and
//! `Lang::En.strings()` fills a copy of the Russian catalogue from it.

/// Every text of a catalogue value, in declaration order.
pub trait Visit {
    fn visit(&mut self, f: &mut dyn FnMut(&mut &'static str));
}

impl Visit for &'static str {
    fn visit(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        f(self)
    }
}

impl<const N: usize> Visit for [&'static str; N] {
    fn visit(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        self.iter_mut().for_each(f)
    }
}

impl Visit for super::lang::Lang {
    fn visit(&mut self, _: &mut dyn FnMut(&mut &'static str)) {}
}

/// The catalogue's structs, each with its [`Visit`].
macro_rules! catalogue {
    ($( $(#[$sdoc:meta])* pub struct $name:ident { $( $(#[$doc:meta])* pub $field:ident : $ty:ty, )* } )*) => {
        $(
            $(#[$sdoc])*
            #[derive(Clone, Copy)]
            pub struct $name { $( $(#[$doc])* pub $field: $ty, )* }

            impl Visit for $name {
                fn visit(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
                    $( self.$field.visit(f); )*
                }
            }
        )*
    };
}

catalogue! {
pub struct Strings {
    /// Whose words these are (for numbers with words: «18 лет», "18").
    pub lang: super::lang::Lang,
    pub app_name: &'static str,
    pub start_title: &'static str,
    pub start_lead: &'static str,
    pub start_need_title: &'static str,
    pub start_need: [&'static str; 4],
    pub privacy_link: &'static str,
    pub privacy: &'static str,
    pub start_button: &'static str,
    pub category_title: &'static str,
    pub category_hint: &'static str,
    /// Titles of `flow::CATEGORY_GROUPS`, in its order.
    pub category_groups: [&'static str; 6],
    pub step_of: &'static str,
    pub continue_button: &'static str,
    pub continue_anyway: &'static str,
    pub back: &'static str,
    pub optional: &'static str,
    pub day: &'static str,
    pub month: &'static str,
    pub year: &'static str,
    pub clinic_title: &'static str,
    pub insurer_title: &'static str,
    pub insurer_hint: &'static str,
    pub applicant_title: &'static str,
    pub check_title: &'static str,
    pub who_title: &'static str,
    /// Labels for `wizard::RELATIONS`, in the same order.
    pub relations: [&'static str; 5],
    pub patient_title: &'static str,
    pub patient_hint: &'static str,
    pub exit_lead: &'static str,
    /// The same for an ОМС matter that needs an application, not a complaint.
    pub exit_lead_oms: &'static str,
    /// «Случилось ли что-то ещё?»: the further problems of the incident.
    pub also_title: &'static str,
    pub also_hint: &'static str,
    /// Before the letters on the check page: what to know before sending.
    pub cautions_title: &'static str,
    pub source: &'static str,
    pub change: &'static str,
    pub not_provided: &'static str,
    pub preview_title: &'static str,
    pub download_txt: &'static str,
    pub download_docx: &'static str,
    pub download_pdf: &'static str,
    /// The check page's list of answers, below the downloads.
    pub answers_title: &'static str,
    /// Before the addressees' names, above the downloads.
    pub addressees_short: &'static str,
    /// The summary that unfolds a letter's preview.
    pub preview_show: &'static str,
    pub print: &'static str,
    pub pass_on_title: &'static str,
    pub copy_text: &'static str,
    pub copy_body: &'static str,
    pub copy_hint: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub mail: &'static str,
    pub mail_attach: &'static str,
    pub share: &'static str,
    pub post_kit: &'static str,
    pub inventory: &'static str,
    pub envelope: &'static str,
    pub file_failed: &'static str,
    pub download_ics: &'static str,
    pub document: &'static str,
    pub missing_title: &'static str,
    pub error_summary_title: &'static str,
    /// The summary's heading when it lists only warnings (the person may go on).
    pub warning_summary_title: &'static str,
    pub warning_prefix: &'static str,
    /// Under a free-text field where the interface is not Russian: the
    /// answer goes into the Russian letter as typed. Empty in Russian.
    pub typed_into_letter: &'static str,
    pub error_prefix: &'static str,
    pub gender_female: &'static str,
    pub gender_male: &'static str,
    pub gender_unset: &'static str,
    pub waiting_violated: &'static str,
    pub waiting_ok: &'static str,
    pub waiting_unconfirmed: &'static str,
    pub provisional_calendar: &'static str,
    pub addressee_title: &'static str,
    pub answer_due: &'static str,
    pub attach_title: &'static str,
    pub organisation_contacts: &'static str,
    pub config_problem: &'static str,
    pub attach_note: &'static str,
    pub device_title: &'static str,
    pub keep_label: &'static str,
    pub keep_hint: &'static str,
    pub keep_on: &'static str,
    pub keep_failed: &'static str,
    pub delete_all: &'static str,
    /// The confirmation before deleting: the question, what goes, the answers.
    pub delete_question: &'static str,
    pub delete_what: &'static str,
    pub delete_yes: &'static str,
    pub delete_no: &'static str,
    pub deleted: &'static str,
    pub transfer_title: &'static str,
    pub export_passphrase: &'static str,
    pub export_passphrase_hint: &'static str,
    pub export_button: &'static str,
    pub exported: &'static str,
    pub encrypt_failed: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    pub import_passphrase: &'static str,
    pub import_open: &'static str,
    pub imported: &'static str,
    pub read_failed: &'static str,
    pub unchanged: &'static str,
    pub passphrase_required: &'static str,
    pub what_next_title: &'static str,
    pub hand_in_title: &'static str,
    pub reminder_hint: &'static str,
    pub downloads_blocked: &'static str,
    /// `{chars}`: the letter's characters the PDF font lacks.
    pub pdf_unprintable: &'static str,
    /// Why an answers file could not be used; `{v}`/`{field}` are filled in.
    pub load_not_json: &'static str,
    pub load_foreign: &'static str,
    pub load_newer: &'static str,
    pub load_damaged: &'static str,
    pub load_unknown_cipher: &'static str,
    pub load_wrong_passphrase: &'static str,
    /// Labels of the fixed fields (see `flow::fields`).
    pub labels: FieldLabels,
    /// What is wrong with a field; `{label}` is the field's label.
    pub problems: ProblemTexts,
    /// The 59-ФЗ elements a letter still lacks.
    pub missing: MissingTexts,
    /// Identifier findings (`domain::ids::Finding`), each naming the fix.
    pub findings: FindingTexts,
    pub waiting_detail: &'static str,
    pub kin: KinLabels,
    /// The patient's name in each case, as the check page asks to confirm it.
    pub name_forms: NameFormLabels,
    pub patient_female: &'static str,
    pub patient_male: &'static str,
    pub document_of: &'static str,
    /// While the letter engine works on the latest answers.
    pub preparing: &'static str,
    /// A page whose texts (`content-ru.txt`) have not come yet.
    pub loading_texts: &'static str,
    pub engine_failed: &'static str,
    pub problems_title: &'static str,
    /// Like `waiting_detail`, counted to the offered date `{offered}`.
    pub waiting_offered: &'static str,
    pub waiting_offered_late: &'static str,
    /// No programme in the content covers the event's `{year}`.
    pub waiting_no_programme: &'static str,
    /// The event falls in a programme's planning period: `{programme}`, `{event}` years.
    pub planning_caveat: &'static str,
    /// How an addressee is served (`domain::review::Serve`).
    pub serve_letter: &'static str,
    pub serve_copy: &'static str,
    pub serve_document: &'static str,
    pub name_forms_title: &'static str,
    pub name_forms_hint: &'static str,
    pub registration_hint: &'static str,
}

pub struct FieldLabels {
    pub clinic_name: &'static str,
    pub clinic_address: &'static str,
    pub insurer_name: &'static str,
    pub insurer_branch: &'static str,
    pub insurer_address: &'static str,
    pub applicant_name: &'static str,
    pub applicant_gender: &'static str,
    pub applicant_address: &'static str,
    pub applicant_phone: &'static str,
    pub applicant_email: &'static str,
    pub applicant_policy: &'static str,
    pub category: &'static str,
    pub relation: &'static str,
    pub patient_name: &'static str,
    pub patient_birth_date: &'static str,
    pub patient_policy: &'static str,
    pub kinship: &'static str,
    pub patient_gender: &'static str,
    pub death_date: &'static str,
    pub basis_parent: &'static str,
    pub basis_guardian: &'static str,
    pub basis_attorney: &'static str,
    pub basis_deceased: &'static str,
    pub clinic_inn: &'static str,
    pub clinic_ogrn: &'static str,
    pub applicant_birth_date: &'static str,
    pub also: &'static str,
    pub attachments: &'static str,
    pub registration_date: &'static str,
    pub registration_number: &'static str,
}

/// What the patient is to the applicant, as the choices read.
pub struct KinLabels {
    pub son: &'static str,
    pub daughter: &'static str,
    pub father: &'static str,
    pub mother: &'static str,
    pub husband: &'static str,
    pub wife: &'static str,
    pub brother: &'static str,
    pub sister: &'static str,
    pub grandfather: &'static str,
    pub grandmother: &'static str,
    pub grandson: &'static str,
    pub granddaughter: &'static str,
    pub relative: &'static str,
}

pub struct ProblemTexts {
    pub required: &'static str,
    pub choose_one: &'static str,
    pub date_empty: &'static str,
    pub date_format: &'static str,
    pub date_day: &'static str,
    pub date_month: &'static str,
    pub date_year: &'static str,
    pub date_year_early: &'static str,
    pub date_year_late: &'static str,
    pub date_in_future: &'static str,
    /// A time of day outside 00:00–23:59.
    pub time: &'static str,
    /// Two answers that cannot both be true, one per `flow::plausible::Rule`
    /// in its order: `{earlier}` and `{later}` are the labels of the field
    /// that should come first and of the one that should not be before it.
    pub clashes: [&'static str; 16],
    /// After an arrival time earlier than the call's on the same date:
    /// `{date}`, the next day.
    pub next_day: &'static str,
    pub unknown_choice: &'static str,
    /// `{years}`: the patient's age on the event date.
    pub not_minor: &'static str,
}

pub struct MissingTexts {
    pub addressee: &'static str,
    pub full_name: &'static str,
    pub postal_address: &'static str,
    pub substance: &'static str,
    pub date: &'static str,
}

pub struct FindingTexts {
    pub policy_not_digits: &'static str,
    pub policy_checksum: &'static str,
    pub policy_temporary: &'static str,
    pub policy_old_style: &'static str,
    pub letter_for_zero: &'static str,
    pub not_digits: &'static str,
    pub inn_length: &'static str,
    pub inn_checksum: &'static str,
    pub ogrn_length: &'static str,
    pub ogrn_kind: &'static str,
    pub ogrn_checksum: &'static str,
    pub postal_index: &'static str,
    pub postal_index_missing: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
}

pub struct NameFormLabels {
    pub gen: &'static str,
    pub dat: &'static str,
    pub acc: &'static str,
    pub ins: &'static str,
    pub pre: &'static str,
}
}
