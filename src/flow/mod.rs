//! The wizard's flow as plain data, tested natively: which steps a case
//! needs ([`steps`]), the fields each step shows, each defined once
//! ([`fields`]), and what is wrong with them ([`validate`]). The Yew
//! components only render what this module says.

pub mod fields;
pub mod mailto;
pub mod steps;
pub mod validate;

pub use fields::{FieldId, Fixed};
pub use steps::{exit_of, next_step, steps, Step};
pub use validate::{check_case, validate, Problem, ProblemKind};
