//! The domain: plain Rust with no browser dependencies.
//!
//! Data flows one way: [`case::Case`] (answers) → [`rules::questions`]
//! (which apply: the page's) and [`rules::assess`](mod@rules::assess) (category, routing,
//! deadlines: the files worker's) → [`complaint::compose`] (document model)
//! → [`review::Review`] (what the check page and the downloads read).
//! Below them all, leaves: [`words`], [`date`], [`json`], [`ids`].

pub mod calendar;
pub mod case;
pub mod complaint;
pub mod completeness;
pub mod condition;
pub mod content;
pub mod date;
pub mod ids;
pub mod json;
pub mod names;
pub mod review;
pub mod rules;
pub mod template;
pub mod words;
