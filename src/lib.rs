//! zhaloba: an ОМС complaint wizard that runs entirely in the browser.
//!
//! See ARCHITECTURE.md for the map. In short:
//! `ui` (answers) → `domain::case` → `domain::rules` → `domain::complaint`
//! → `writers` → `web::download`. `domain`, `wizard` and `writers` are plain
//! Rust; only `web` touches browser APIs.

pub mod domain;
pub mod embed;
pub mod i18n;
pub mod saved;
pub mod ui;
pub mod web;
pub mod wizard;
pub mod writers;
