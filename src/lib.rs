//! zhaloba: an ОМС complaint wizard that runs entirely in the browser.
//!
//! See ARCHITECTURE.md for the map. Data flows one way:
//! `ui` (answers) → `domain::case` → `domain::rules` → `domain::complaint`
//! → `writers` → `web` (Blob download). Layers, lowest first: `domain`,
//! `writers`; `engine` (both, as the page asks them); `i18n` (words as
//! data), `embed`, `flow`, `saved`; `messages` (the lower layers' codes in
//! words); `web` (browser adapters); `ui` (components); `mount` (the app on
//! a host page). A layer imports only from layers below it, and no files
//! import each other round a circle (tests/architecture.rs, whose `LAYERS`
//! is the full order).

pub mod domain;
pub mod embed;
pub mod engine;
pub mod flow;
pub mod i18n;
pub mod messages;
/// Mounting the app on a page (the wasm entry's `mount`).
#[cfg(target_arch = "wasm32")]
pub mod mount;
pub mod saved;
pub mod ui;
pub mod web;
pub mod writers;
