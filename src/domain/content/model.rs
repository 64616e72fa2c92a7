//! The shape of the legal content (`content/**/*.toml`). The same types serve
//! three readers: `build.rs` reads the TOML into them (a wrong field stops the
//! build, naming file and field) and bakes them into Rust statics, so the
//! wasm carries no parser and does no work at start-up; the library reads
//! those statics; `load.rs` reads a content directory into them for
//! `build.rs` (nothing else calls it).
//!
//! Texts and lists are `&'static` (8 bytes a reference in the wasm, `Copy`,
//! no branch on every read): the baked ones point into the statics; one read
//! from a file or translated is leaked once, as content lives as long as the
//! program.
//!
//! Only serde, the date type and (natively) databake's `Bake` derive here,
//! so `build.rs` can include this file and bake the content by the derive.

use crate::domain::date::Date;
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::ops::Deref;

/// A text of the content.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Text(pub &'static str);

impl Text {
    /// A text made at run time (a translation, a file): kept for good.
    pub fn leak(s: String) -> Text {
        Text(Box::leak(s.into_boxed_str()))
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &'static str {
        self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.0 == other
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        String::deserialize(d).map(Text::leak)
    }
}

/// A list of the content.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct List<T: 'static>(pub &'static [T]);

impl<T> List<T> {
    /// A list made at run time: kept for good.
    pub fn leak(v: Vec<T>) -> List<T> {
        List(Box::leak(v.into_boxed_slice()))
    }
}

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(&[])
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &'static [T] {
        self.0
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(v: Vec<T>) -> List<T> {
        List::leak(v)
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<List<T>, D::Error> {
        Vec::<T>::deserialize(d).map(List::leak)
    }
}

/// Everything in `content/`, as the library embeds it.
#[derive(Clone, Copy, Debug, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct ContentData {
    pub calendar_years: List<CalendarYear>,
    pub grounds: List<Ground>,
    pub addressees: List<Addressee>,
    pub programmes: List<Programme>,
    pub regional: List<RegionalLimit>,
    pub citations: Citations,
    pub exits: List<Exit>,
    pub next_steps: NextSteps,
    pub voice: Voice,
    pub categories: List<Category>,
}

/// The words for the patient and the applicant (`content/voice.toml`).
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Voice {
    /// «я», «меня», «мне», … in the six cases.
    pub pronoun: List<Text>,
    pub my_male: List<Text>,
    pub my_female: List<Text>,
    pub noun: List<Noun>,
    pub representation: List<Representation>,
    /// The demand for a written answer that closes a letter joining
    /// several problems (each problem's own one speaks of it alone).
    pub joined_reply: Text,
    /// The words before the answers the letter prints as given.
    pub labels: LetterLabels,
}

/// What the letter calls the answers it prints as given: the sender's
/// («Заявитель: …», «телефон: …») and the clinic's numbers («ИНН …»).
#[derive(Clone, Copy, Debug, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
#[serde(deny_unknown_fields)]
pub struct LetterLabels {
    pub applicant: Text,
    pub birth_date: Text,
    pub postal_address: Text,
    pub phone: Text,
    pub email: Text,
    /// «полис ОМС», before «№ …» (the patient's: with the word for them).
    pub policy: Text,
    pub inn: Text,
    pub ogrn: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub enum NounGender {
    Male,
    Female,
}

/// A word for the patient («сын», «подопечная», «доверитель») in six cases.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Noun {
    pub id: Text,
    pub gender: NounGender,
    pub forms: List<Text>,
}

/// How the header says who the applicant is to the patient, and the
/// documents that prove it, for one relation.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Representation {
    pub relation: Text,
    pub header: Text,
    pub attachments: List<Text>,
    pub source: Text,
    /// For reviewers only: never shown, not in the wasm.
    pub review: Text,
}

/// The sentences that cite the programme in force on the event date.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Citations {
    pub waiting: Text,
    pub ambulance: Text,
    /// Urgent primary care's waiting limit (`programme:urgent`).
    pub urgent: Text,
    /// The same for a call outside a town, where the programme lets the
    /// regional programme adjust the time for distance and roads.
    pub ambulance_rural: Text,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct CalendarYear {
    pub year: i32,
    pub status: YearStatus,
    pub source: Text,
    #[serde(default)]
    pub review: Text,
    pub days_off: List<Date>,
    pub working_days: List<Date>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub enum YearStatus {
    Official,
    Provisional,
    /// Not in the data at all: weekends only.
    Unknown,
}

/// After the letter: ways to hand it in, the answer term, the next bodies.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct NextSteps {
    pub way: List<HandIn>,
    /// The answer term of an appeal under 59-ФЗ (a complaint, an application).
    pub answer: Explained,
    /// Of a request for copies of medical records (789н).
    pub records: Explained,
    /// Of a consumer's claim (ЗоЗПП ст. 31).
    pub consumer_claim: Explained,
    /// Of a refund claim for care the programme covers (by analogy ⚠).
    pub refund_claim: Explained,
    pub escalation: Explained,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct HandIn {
    pub id: Text,
    pub title: Text,
    pub text: Text,
    pub source: Text,
    #[serde(default)]
    pub review: Text,
    /// Categories this way does not apply to.
    #[serde(default)]
    pub not_for: List<Text>,
    /// The kinds of document it fits (`aftercare::Kind::key`); empty: all.
    #[serde(default)]
    pub kinds: List<Text>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Explained {
    pub title: Text,
    pub text: Text,
    /// The same once the person has entered the registration date (answer term).
    #[serde(default)]
    pub registered: Text,
    pub source: Text,
    #[serde(default)]
    pub review: Text,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Ground {
    pub id: Text,
    pub text: Text,
    /// The act (and article, when confirmed), as a person may be shown it.
    pub source: Text,
    /// For reviewers only: where it was checked, what is unconfirmed. Never
    /// shown, not in the wasm.
    pub review: Text,
    pub confirmed: bool,
    #[serde(default)]
    pub valid_from: Option<Date>,
    #[serde(default)]
    pub valid_to: Option<Date>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub enum AddresseeKind {
    Insurer,
    Clinic,
    Other,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Addressee {
    pub id: Text,
    pub kind: AddresseeKind,
    pub name: Text,
    pub why: Text,
    pub source: Text,
    /// For reviewers only.
    #[serde(default)]
    pub review: Text,
    /// How a letter's «Копия:» line names a body of kind `other` (after
    /// «Копия: »), e.g. «в территориальный фонд … ({region})».
    #[serde(default)]
    pub copy: Option<Text>,
    /// The first line of the «Кому» block for a kind `clinic` addressee
    /// («Главному врачу», «Руководителю»).
    #[serde(default)]
    pub head: Option<Text>,
}

/// A programme of state guarantees: approved for `year` and a planning
/// period that runs to `covers_to`. An event is judged by the newest
/// programme whose period holds its date.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Programme {
    pub id: Text,
    pub year: i32,
    pub covers_to: Date,
    /// As the letter names it: «Программа … на 2026 год и на плановый период …».
    pub title: Text,
    /// The act, as cited after «утверждённая»: «постановлением Правительства …».
    pub approved_by: Text,
    pub source: Text,
    /// For reviewers only.
    pub review: Text,
    pub limits: List<Limit>,
    /// Ambulance arrival in an emergency, in minutes.
    #[serde(default)]
    pub ambulance_minutes: Option<u32>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Limit {
    pub service: Text,
    pub working_days: u32,
    pub counted_from: Text,
    pub confirmed: bool,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct RegionalLimit {
    pub region: Text,
    pub programme: Text,
    pub service: Text,
    pub working_days: u32,
    pub source: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub enum QuestionKind {
    Text,
    Textarea,
    Date,
    Choice,
    Money,
    /// A time of day, 00:00–23:59, as typed («21:40»).
    Time,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Choice {
    pub value: Text,
    pub label: Text,
    /// How the answer reads inside the letter.
    pub letter: Text,
    /// This answer takes the case out of the category: the wizard shows
    /// this exit (`exits.toml`) and no letter of the category is written.
    #[serde(default)]
    pub exit: Option<Text>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Question {
    pub id: Text,
    pub kind: QuestionKind,
    pub label: Text,
    #[serde(default)]
    pub hint: Option<Text>,
    #[serde(default)]
    pub options: List<Choice>,
    #[serde(default)]
    pub optional: bool,
    /// Condition on earlier answers (see `rules::condition_holds`).
    #[serde(default)]
    pub when: Option<Text>,
}

/// A sentence of the letter with `{placeholders}`; see `template.rs`. In a
/// list it may be a plain string (no condition) or a table with `when`, the
/// condition over the answers (`domain::condition`) under which the clause
/// is written.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(from = "TemplateToml")]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Template {
    pub text: Text,
    #[serde(default)]
    pub when: Option<Text>,
    /// The demand for a written answer: when letters of several problems
    /// are joined, one such demand closes the list.
    #[serde(default)]
    pub reply: bool,
}

/// A template as written in TOML: a string, or the table.
#[derive(Deserialize)]
#[serde(untagged, deny_unknown_fields)]
enum TemplateToml {
    Plain(Text),
    Table {
        text: Text,
        #[serde(default)]
        when: Option<Text>,
        #[serde(default)]
        reply: bool,
    },
}

impl From<TemplateToml> for Template {
    fn from(t: TemplateToml) -> Template {
        match t {
            TemplateToml::Plain(text) => Template {
                text,
                when: None,
                reply: false,
            },
            TemplateToml::Table { text, when, reply } => Template { text, when, reply },
        }
    }
}

/// A ground a category cites: its id (`grounds.toml`, or `programme:…`) and
/// the condition over the answers under which it is cited.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(from = "GroundRefToml")]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct GroundRef {
    pub id: Text,
    pub when: Option<Text>,
}

impl Deref for GroundRef {
    type Target = str;
    fn deref(&self) -> &'static str {
        self.id.0
    }
}

impl fmt::Display for GroundRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id.0)
    }
}

#[derive(Deserialize)]
#[serde(untagged, deny_unknown_fields)]
enum GroundRefToml {
    Plain(Text),
    Table {
        id: Text,
        #[serde(default)]
        when: Option<Text>,
    },
}

impl From<GroundRefToml> for GroundRef {
    fn from(g: GroundRefToml) -> GroundRef {
        match g {
            GroundRefToml::Plain(id) => GroundRef { id, when: None },
            GroundRefToml::Table { id, when } => GroundRef { id, when },
        }
    }
}

/// Bodies to turn to next when a condition holds (serious harm: the
/// prosecutor, the investigative committee).
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct EscalationWhen {
    pub when: Text,
    pub addressees: List<Text>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct WaitingSpec {
    pub service: Text,
    pub suspicion: Text,
    pub start: Text,
    pub offered: Text,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct TermSpec {
    /// The fact the term runs from.
    pub from: Text,
    /// Calendar days (a last day off moves to the next working day).
    pub days: u32,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Category {
    pub id: Text,
    /// Latin name for file names: never personal data.
    pub slug: Text,
    pub oms: bool,
    pub title: Text,
    /// Where «Что случилось?» lists it: one of `flow::CATEGORY_GROUPS`
    /// (`refused`, `waiting`, `money`, `quality`, `documents`, `other`); none: after
    /// the groups.
    #[serde(default)]
    pub group: Option<Text>,
    pub summary: Text,
    pub examples: List<Text>,
    /// The letter's title, in capitals as printed (`load.rs` makes it so).
    pub document_title: Text,
    #[serde(default)]
    pub document_subtitle: Option<Text>,
    /// Who receives the letter: the first gets it; each other one either a
    /// «Копия:» line (`copies`) or a document of its own (`extra_documents`).
    pub addressees: List<Text>,
    #[serde(default)]
    pub copies: List<Text>,
    pub escalation: List<Text>,
    /// Further steps of the ladder that depend on the answers.
    #[serde(default)]
    pub escalation_when: List<EscalationWhen>,
    /// Problems that often come with this one in a single incident: the
    /// wizard offers them after this category's questions.
    #[serde(default)]
    pub related: List<Text>,
    /// What the person should know before sending (a refund is unlikely,
    /// …), shown on the check page, never printed in the letter.
    #[serde(default)]
    pub cautions: List<Template>,
    /// Ground ids, each with an optional condition over the answers
    /// (`grounds = ["id", { id = "…", when = "…" }]`); `programme:waiting`,
    /// `programme:ambulance` and `programme:ambulance-rural` cite the
    /// programme in force on the event date.
    pub grounds: List<GroundRef>,
    #[serde(default)]
    pub key_date: Option<Text>,
    #[serde(default)]
    pub waiting: Option<WaitingSpec>,
    /// A term the addressee had, counted from a date the person gives (a
    /// records request: 30 days from it): `{term_date}`, `@term_passed`.
    #[serde(default)]
    pub term: Option<TermSpec>,
    /// The person claims money back: the refund term is computed and shown.
    #[serde(default)]
    pub refund: bool,
    /// A relative may write about a patient who has died (the letter's
    /// facts and demands read right for one); otherwise the wizard does not
    /// offer that relation.
    #[serde(default)]
    pub for_deceased: bool,
    /// Heading of the organisation step when it is not a clinic (ambulance).
    #[serde(default)]
    pub clinic_title: Option<Text>,
    pub questions: List<Question>,
    pub facts: List<Template>,
    pub demands: List<Template>,
    #[serde(default)]
    pub attachments: List<Template>,
    /// Further letters built from the same facts (e.g. a refund claim to the
    /// clinic and a complaint to the insurer).
    #[serde(default)]
    pub extra_documents: List<ExtraDocument>,
    /// Another kind of letter when the rules find no violation (a request
    /// instead of a complaint): the first whose condition holds.
    #[serde(default)]
    pub variants: List<Variant>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Variant {
    pub when: Text,
    /// In capitals, as printed.
    pub document_title: Text,
    #[serde(default)]
    pub document_subtitle: Option<Text>,
    /// Why this letter and not a complaint, on the check page.
    pub explain: Text,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct ExtraDocument {
    pub addressee: Text,
    /// In capitals, as printed.
    pub title: Text,
    #[serde(default)]
    pub subtitle: Option<Text>,
    /// Grounds added to the category's own for this letter.
    #[serde(default)]
    pub grounds: List<GroundRef>,
    /// Each a sentence, or a table with a condition (`{ text, when }`).
    pub demands: List<Template>,
    /// The demand for a written answer, last (one closes joined letters).
    #[serde(default)]
    pub reply: Option<Text>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::domain::content::model))]
pub struct Exit {
    pub id: Text,
    pub title: Text,
    pub summary: Text,
    pub where_to_go: Text,
    pub source: Text,
    #[serde(default)]
    pub review: Text,
    /// A category that writes what this situation does call for (a
    /// consumer claim for a paid service), offered as a button.
    #[serde(default)]
    pub switch_to: Option<Text>,
    #[serde(default)]
    pub switch_label: Option<Text>,
    /// Reached only from an answer (`Choice::exit`), not offered on «Что случилось?».
    #[serde(default)]
    pub unlisted: bool,
    /// Where «Что случилось?» lists it, as a category's `group`.
    #[serde(default)]
    pub group: Option<Text>,
    /// An ОМС matter all the same, settled by an application, not a complaint.
    #[serde(default)]
    pub oms: bool,
}

/// Which build reads which part of the content, marked here beside the
/// types: the page's wasm (`screens`, no `engine`) and the files worker's
/// (`engine`, no `screens`) each bake only their side (`build.rs` calls
/// these before baking; native only, so neither wasm carries them). A field named in neither method is read by both:
/// ids, kinds, conditions, the addressees' names, what routes a case.
#[cfg(not(target_arch = "wasm32"))]
impl ContentData {
    /// Engine side: what only the letter engine reads (in the files
    /// worker), blanked in the page's build (no `engine` feature), which
    /// keeps what the screens read — categories, questions, addressees,
    /// next steps.
    pub fn drop_engine_side(&mut self) {
        self.calendar_years = List(&[]);
        self.grounds = List(&[]);
        self.programmes = List(&[]);
        self.regional = List(&[]);
        self.citations = Citations {
            waiting: Text(""),
            ambulance: Text(""),
            urgent: Text(""),
            ambulance_rural: Text(""),
        };
        self.voice.pronoun = List(&[]);
        self.voice.my_male = List(&[]);
        self.voice.my_female = List(&[]);
        self.voice.noun = List(&[]);
        self.voice.representation = List(&[]);
        self.voice.joined_reply = Text("");
        self.voice.labels = LetterLabels::default();
        each(&mut self.addressees, |a| {
            a.copy = None;
            a.head = None;
        });
        each(&mut self.categories, |c| {
            c.document_title = Text("");
            c.document_subtitle = None;
            c.grounds = List(&[]);
            c.facts = List(&[]);
            c.demands = List(&[]);
            c.attachments = List(&[]);
            c.extra_documents = List(&[]);
            c.escalation_when = List(&[]);
            each(&mut c.variants, |v| {
                v.document_title = Text("");
                v.document_subtitle = None;
            });
            each(&mut c.questions, |q| {
                each(&mut q.options, |o| o.letter = Text(""));
            });
        });
    }

    /// Page side: what only the pages show, blanked in the files worker's
    /// build (no `screens` feature), which keeps what the letter engine reads.
    pub fn drop_screen_side(&mut self) {
        let blank = Explained {
            title: Text(""),
            text: Text(""),
            registered: Text(""),
            source: Text(""),
            review: Text(""),
        };
        self.next_steps.way = List(&[]);
        self.next_steps.answer = blank;
        self.next_steps.records = blank;
        self.next_steps.consumer_claim = blank;
        self.next_steps.refund_claim = blank;
        self.next_steps.escalation = blank;
        each(&mut self.exits, |e| {
            e.title = Text("");
            e.summary = Text("");
            e.where_to_go = Text("");
            e.source = Text("");
            e.switch_label = None;
        });
        each(&mut self.addressees, |a| {
            a.why = Text("");
            a.source = Text("");
        });
        each(&mut self.categories, |c| {
            c.title = Text("");
            c.summary = Text("");
            c.clinic_title = None;
            c.related = List(&[]);
            each(&mut c.cautions, |x| x.text = Text(""));
            each(&mut c.variants, |v| v.explain = Text(""));
            each(&mut c.questions, |q| {
                q.label = Text("");
                q.hint = None;
                each(&mut q.options, |o| o.label = Text(""));
            });
        });
    }
}

/// A list of the content with each item changed by `f` (a new list).
#[cfg(not(target_arch = "wasm32"))]
pub fn each<T: Copy>(list: &mut List<T>, f: impl Fn(&mut T)) {
    let mut items = list.to_vec();
    items.iter_mut().for_each(f);
    *list = List::leak(items);
}
