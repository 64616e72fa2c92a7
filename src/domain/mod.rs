//! The domain: plain Rust with no browser dependencies.
//!
//! Data flows one way: [`case::Case`] (answers) → [`rules::assess`]
//! (category, routing, deadlines) → [`complaint::build`] (document model).

pub mod calendar;
pub mod case;
pub mod catalog;
pub mod complaint;
pub mod content_model;
pub mod date;
pub mod ids;
pub mod rules;
pub mod template;
