//! The rules, in two halves the module tree keeps apart: [`questions`]
//! (the page's: the incident's problems, which questions apply, `when`
//! conditions, exits) and [`assess`](mod@assess) (the files worker's: the programme in
//! force, addressees and the ladder, grounds valid on the date, the
//! waiting-time assessment, terms). `tests/architecture.rs` proves the
//! page never imports `assess`.
//!
//! The re-exports are for the worker's side and the tests; the page names
//! `rules::questions` itself.

pub mod assess;
pub mod questions;

pub use assess::{
    assess, assess_all, assess_problem, programme_for, service_key, Assessment, InForce,
    WaitingAssessment, WaitingOutcome, ANSWER_DAYS, REFUND_DAYS,
};
pub use questions::{all_questions, condition_holds, left_out, problems, question, related, Flags};
