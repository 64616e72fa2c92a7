//! The wizard's flow as plain data, tested natively: which steps a case
//! needs ([`steps`]), the fields each step shows, each defined once
//! ([`fields`]), and what is wrong with them ([`validate`]). The Yew
//! components only render what this module says.

pub mod fields;
pub mod mailto;
pub mod plausible;
pub mod steps;
pub mod validate;

pub use fields::{FieldId, Fixed};

/// The groups «Что случилось?» shows the categories in, by what happened
/// (a category's or exit's `group` in `content/`); their titles are
/// `Strings::category_groups`, in this order.
pub const CATEGORY_GROUPS: [&str; 6] = [
    "refused",
    "waiting",
    "money",
    "quality",
    "documents",
    "other",
];
pub use steps::{exit_of, next_step, steps, Step};
pub use validate::{check_case, validate, Problem, ProblemKind};
