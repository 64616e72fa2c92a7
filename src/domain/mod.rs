//! The domain: plain Rust with no browser dependencies.
//!
//! Data flows one way: [`case::Case`] (answers) → [`rules::assess`]
//! (category, routing, deadlines) → [`complaint::compose`] (document model)
//! → [`review::Review`] (what the check page and the downloads read).

pub mod aftercare;
pub mod calendar;
pub mod case;
pub mod complaint;
pub mod content;
pub mod date;
pub mod ids;
pub mod json;
pub mod names;
pub mod review;
pub mod rules;
pub mod template;
