//! The only place that talks to the browser. Each function has a native
//! twin that does nothing, so components render in native tests (SSR).

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;

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
    pub fn download_pdf(
        _letter: crate::domain::complaint::Complaint,
        _assets: String,
        _file_name: String,
        _on_error: yew::Callback<String>,
    ) {
    }
}
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
