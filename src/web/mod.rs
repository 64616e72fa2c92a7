//! The only place that talks to the browser. Each function has a native
//! twin that does nothing, so components render in native tests (SSR).

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;
#[cfg(target_arch = "wasm32")]
mod host;
#[cfg(target_arch = "wasm32")]
pub use host::*;
#[cfg(target_arch = "wasm32")]
mod device;
#[cfg(target_arch = "wasm32")]
pub use device::*;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::domain::date::Date;
    use yew::NodeRef;

    pub fn today() -> Date {
        Date::new(2026, 1, 1).expect("valid")
    }
    pub fn focus(_node: &NodeRef) {}
    pub fn focus_in(_anchor: &NodeRef, _id: &str) {}
    pub fn print_letter(_anchor: &NodeRef, _id: &str) {}
    pub fn set_title(_title: &str) {}
    pub fn download(_bytes: &[u8], _mime: &str, _file_name: &str) {}
    pub fn download_file(
        _letter: crate::domain::complaint::Complaint,
        _format: &'static str,
        _assets: String,
        _file_name: String,
        _on_error: yew::Callback<String>,
    ) {
    }
    pub fn warm_files_worker(_assets: &str) {}
    pub fn set_style_vars(_root: &NodeRef, _vars: &[(&'static str, String)]) {}
    pub fn on_resize(_root: &NodeRef, _on_height: yew::Callback<u32>) -> impl FnOnce() {
        || {}
    }
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
    pub fn on_history_pop(_on_pop: yew::Callback<usize>) -> impl FnOnce() {
        || {}
    }
    pub fn read_file(_input: web_sys::HtmlInputElement, _done: yew::Callback<Result<String, ()>>) {}
    pub fn encrypt(
        _plain: String,
        _passphrase: String,
        _done: yew::Callback<Result<crate::saved::Sealed, String>>,
    ) {
    }
    pub fn decrypt(
        _sealed: crate::saved::Sealed,
        _passphrase: String,
        _done: yew::Callback<Result<Option<String>, String>>,
    ) {
    }
}
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
