//! Browser adapters, one job a file: the page around the widget (`dom`),
//! files in and out (`files`), local storage (`storage`), the browser's
//! history (`history`), a passphrase's encryption in the files worker
//! (`crypto`), the host page (`host`),
//! the clipboard and the share sheet (`hand_in`).
//! Nothing here knows the components; only `mount` and `ui` call in.
//! Each function the components call has a native twin that does nothing,
//! so components render in native tests (SSR).

#[cfg(target_arch = "wasm32")]
mod crypto;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod files;
#[cfg(target_arch = "wasm32")]
mod hand_in;
#[cfg(target_arch = "wasm32")]
mod history;
#[cfg(target_arch = "wasm32")]
pub mod host;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
pub use {crypto::*, dom::*, files::*, hand_in::*, history::*, storage::*};

mod request;
pub use request::FileRequest;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::FileRequest;
    use crate::domain::date::Date;
    use yew::{Callback, NodeRef};

    pub fn today() -> Date {
        Date::new(2026, 1, 1).expect("valid")
    }
    pub fn wide() -> bool {
        true
    }
    pub fn focus(_node: &NodeRef) {}
    pub fn focus_in(_anchor: &NodeRef, _id: &str) {}
    pub fn print_letter(_anchor: &NodeRef, _id: &str) {}
    pub fn set_title(_title: &str) {}
    pub fn set_style_vars(_root: &NodeRef, _vars: &[(&'static str, String)]) {}
    pub fn on_resize(_root: &NodeRef, _on_height: Callback<u32>) -> impl FnOnce() {
        || {}
    }
    pub fn download(_bytes: &[u8], _mime: &str, _file_name: &str) {}
    pub fn download_file(
        _request: FileRequest,
        _script: &str,
        _file_name: String,
        _on_error: Callback<String>,
    ) {
    }
    pub fn warm_files_worker(_script: &str) {}
    pub fn share_letter(
        _request: FileRequest,
        _script: &str,
        _file_name: String,
        _on_error: Callback<String>,
    ) {
    }
    pub fn copy_text(_text: String, _done: Callback<bool>) {}
    pub fn can_share_files() -> bool {
        false
    }
    pub fn read_file(_input: web_sys::HtmlInputElement, _done: Callback<Result<String, ()>>) {}
    pub fn storage_get(_key: &str) -> Option<String> {
        None
    }
    pub fn storage_set(_key: &str, _value: &str) -> bool {
        false
    }
    pub fn storage_remove(_key: &str) {}
    pub fn history_push(_depth: usize) {}
    pub fn history_depth() -> Option<usize> {
        None
    }
    pub fn history_back() {}
    pub fn on_history_pop(_on_pop: Callback<usize>) -> impl FnOnce() {
        || {}
    }
    pub fn on_leave_ask() -> impl FnOnce() {
        || {}
    }
    pub fn encrypt(
        _script: &str,
        _plain: String,
        _passphrase: String,
        _done: Callback<Result<crate::saved::Sealed, String>>,
    ) {
    }
    pub fn decrypt(
        _script: &str,
        _sealed: crate::saved::Sealed,
        _passphrase: String,
        _done: Callback<Result<Option<String>, String>>,
    ) {
    }
}
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
