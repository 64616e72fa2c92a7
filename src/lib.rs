//! zhaloba: an ОМС complaint wizard that runs entirely in the browser.
//!
//! See ARCHITECTURE.md for the map. Data flows one way:
//! `ui` (answers) → `domain::case` → `domain::rules` → `domain::complaint`
//! → `writers` → `web` (Blob download). Layers, lowest first: `domain`,
//! `writers`; `engine` (both, as the page asks them); `flow`, `saved`,
//! `embed`, `i18n`; `web` (browser adapters);
//! `ui` (components); `mount` (the app on a host page). A layer imports only
//! from layers below it (tests/architecture.rs).

pub mod domain;
pub mod embed;
pub mod engine;
pub mod flow;
pub mod i18n;
/// Mounting the app on a page (the wasm entry's `mount`).
#[cfg(target_arch = "wasm32")]
pub mod mount;
pub mod saved;
pub mod ui;
pub mod web;
pub mod writers;
