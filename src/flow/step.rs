//! The pages of the wizard, as a type: [`Step`] and its codec for saved
//! positions. Which steps a case needs is [`super::route`]'s (after the
//! fields, which name their step).

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Category,
    /// A situation outside ОМС: where to go instead; no letter.
    Exit,
    /// Who is complaining: the patient, or someone for them.
    Who,
    /// The patient's details when someone else complains for them.
    Patient,
    /// One of the category's own questions, by id.
    Question(String),
    /// Did anything else happen: the problems related to the first one.
    Also,
    Clinic,
    Insurer,
    Applicant,
    Check,
}

/// Steps as short strings (`start`, `question:service`): the position kept
/// in saved answers.
impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = match self {
            Step::Question(id) => return write!(f, "question:{id}"),
            Step::Start => "start",
            Step::Category => "category",
            Step::Exit => "exit",
            Step::Also => "also",
            Step::Who => "who",
            Step::Patient => "patient",
            Step::Clinic => "clinic",
            Step::Insurer => "insurer",
            Step::Applicant => "applicant",
            Step::Check => "check",
        };
        f.write_str(key)
    }
}

impl FromStr for Step {
    type Err = ();
    fn from_str(key: &str) -> Result<Step, ()> {
        Ok(match key {
            "start" => Step::Start,
            "category" => Step::Category,
            "exit" => Step::Exit,
            "also" => Step::Also,
            "who" => Step::Who,
            "patient" => Step::Patient,
            "clinic" => Step::Clinic,
            "insurer" => Step::Insurer,
            "applicant" => Step::Applicant,
            "check" => Step::Check,
            other => Step::Question(other.strip_prefix("question:").ok_or(())?.to_string()),
        })
    }
}
