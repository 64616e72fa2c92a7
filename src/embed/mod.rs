//! The widget on a host page, as plain Rust: the host's options
//! ([`config`]) and what the widget tells the host ([`events`]), each one
//! table that the loader, the types and the guides follow.

/// A column only the generators read (`tests/host_api.rs`): the text
/// natively, nothing in the wasm, which never reads it.
#[cfg(not(target_arch = "wasm32"))]
pub type Doc = &'static str;
#[cfg(target_arch = "wasm32")]
pub type Doc = ();
#[cfg(not(target_arch = "wasm32"))]
macro_rules! doc {
    ($text:literal) => {
        $text
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! doc {
    ($text:literal) => {
        ()
    };
}

pub mod config;
pub mod events;

pub use config::{
    parse, Config, ConfigError, Entry, HostOption, Kind, Lands, Organisation, Value, OPTIONS,
};
pub use events::{Event, HostEvent, EVENTS};
