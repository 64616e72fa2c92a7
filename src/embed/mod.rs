//! The widget on a host page, as plain Rust: the host's options
//! ([`config`]) and what the widget tells the host ([`events`]), each one
//! table that the loader, the types and the guides follow.

/// A column only the generators read (`tests/host_api.rs`): the value
/// natively, nothing in the wasm, which never reads it (so its rows stay
/// small: the table is part of the first screen).
#[cfg(not(target_arch = "wasm32"))]
pub type Meta<T> = T;
#[cfg(target_arch = "wasm32")]
pub type Meta<T> = core::marker::PhantomData<T>;
#[cfg(not(target_arch = "wasm32"))]
macro_rules! meta {
    ($value:expr) => {
        $value
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! meta {
    ($value:expr) => {
        core::marker::PhantomData
    };
}

pub mod config;
pub mod events;

pub use config::{
    parse, Config, ConfigError, Entry, HostOption, Kind, Lands, Organisation, Value, OPTIONS,
};
pub use events::{Event, HostEvent, EVENTS};
