//! Writes content values as Rust expressions that build the same values in a
//! `static`: texts as `Text("…")`, lists as `List(&[…])`.
//! Each struct lists its fields once here; a field added to the model and not
//! here makes the generated code fail to compile, naming the field.

use crate::date::Date;
use crate::domain::content::model::*;

pub trait Bake {
    fn bake(&self) -> String;
}

pub fn bake<T: Bake>(value: &T) -> String {
    value.bake()
}

impl Bake for Text {
    fn bake(&self) -> String {
        // Debug of a str is a valid Rust string literal (escapes included).
        format!("Text({:?})", self.0)
    }
}

impl<T: Bake> Bake for List<T> {
    fn bake(&self) -> String {
        let items: Vec<String> = self.iter().map(Bake::bake).collect();
        format!("List(&[{}])", items.join(", "))
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self) -> String {
        match self {
            Some(v) => format!("Some({})", v.bake()),
            None => "None".into(),
        }
    }
}

macro_rules! bake_plain {
    ($($t:ty),*) => {$(
        impl Bake for $t {
            fn bake(&self) -> String {
                format!("{:?}", self)
            }
        }
    )*};
}
bake_plain!(bool, u32, i32, u8);

macro_rules! bake_struct {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl Bake for $t {
            fn bake(&self) -> String {
                let fields: Vec<String> = vec![$(format!("{}: {}", stringify!($f), self.$f.bake())),*];
                format!("{} {{ {} }}", stringify!($t), fields.join(", "))
            }
        }
    )*};
}

macro_rules! bake_enum {
    ($($t:ident { $($v:ident),* $(,)? })*) => {$(
        impl Bake for $t {
            fn bake(&self) -> String {
                match self {
                    $($t::$v => concat!(stringify!($t), "::", stringify!($v)).to_string(),)*
                }
            }
        }
    )*};
}

bake_struct! {
    Date { year, month, day }
    ContentData { calendar_years, grounds, addressees, programmes, regional, citations, exits, next_steps, voice, categories }
    CalendarYear { year, status, source, review, days_off, working_days }
    NextSteps { way, answer, escalation }
    HandIn { id, title, text, source, review, not_for }
    Explained { title, text, registered, source, review }
    Ground { id, text, source, review, confirmed, valid_from, valid_to }
    Addressee { id, kind, name, why, source, review, copy, head }
    Programme { id, year, covers_to, title, approved_by, source, review, limits, ambulance_minutes }
    Citations { waiting, ambulance, urgent, ambulance_rural }
    Voice { pronoun, my_male, my_female, noun, representation, joined_reply }
    Noun { id, gender, forms }
    Representation { relation, header, attachments, source, review }
    Variant { when, document_title, document_subtitle, explain }
    Limit { service, working_days, counted_from, confirmed }
    RegionalLimit { region, programme, service, working_days, source }
    Choice { value, label, letter, exit }
    Question { id, kind, label, hint, options, optional, when }
    Template { text, when, reply }
    GroundRef { id, when }
    EscalationWhen { when, addressees }
    WaitingSpec { service, suspicion, start, offered }
    Category {
        id, slug, oms, title, group, summary, examples, document_title, document_subtitle,
        addressees, copies, escalation, escalation_when, related, cautions, grounds, key_date, waiting, term, refund, for_deceased, clinic_title,
        questions, facts, demands, attachments, extra_documents, variants,
    }
    ExtraDocument { addressee, title, subtitle, grounds, demands, reply }
    Exit { id, title, summary, where_to_go, source, review, switch_to, switch_label, unlisted, group, oms }
    TermSpec { from, days }
}

bake_enum! {
    YearStatus { Official, Provisional, Unknown }
    AddresseeKind { Insurer, Clinic, Other }
    NounGender { Male, Female }
    QuestionKind { Text, Textarea, Date, Choice, Money, Time }
}
