//! The wizard's flow as plain data, tested natively, in a line where no
//! file imports one after it: the pages ([`step`]), what can be wrong with
//! a value ([`problem`]), the fixed fields, each defined once ([`fields`]),
//! which steps a case needs and the fields each shows ([`route`]), and
//! what is wrong with the answers ([`validate`]). The Yew components only
//! render what this module says. The re-exports below are for the layers
//! above; the files here name each other directly.

pub mod clash;
pub mod fields;
pub mod mailto;
pub mod plausible;
pub mod problem;
pub mod route;
pub mod step;
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
pub use problem::ProblemKind;
pub use route::{exit_of, next_step, steps};
pub use step::Step;
pub use validate::{check_case, validate, Problem};
