//! The widget on a host page, as plain Rust: the host's options
//! ([`config`]) and what the widget tells the host ([`events`]).

pub mod config;
pub mod events;

pub use config::{parse, Config, ConfigError, Entry, Organisation, Value};
pub use events::Event;
