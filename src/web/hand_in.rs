//! Handing a letter on from the device: the clipboard (only ever on a
//! click) and the phone's share sheet (Web Share with files). Neither
//! involves a server: the text or the file goes to the person's own apps.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

/// Puts `text` on the clipboard; `done` says whether the browser allowed it.
pub fn copy_text(text: String, done: Callback<bool>) {
    let Some(window) = web_sys::window() else {
        return done.emit(false);
    };
    let navigator = window.navigator();
    // Old browsers and insecure contexts have no `navigator.clipboard`.
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return done.emit(false);
    }
    let promise = navigator.clipboard().write_text(&text);
    spawn_local(async move { done.emit(JsFuture::from(promise).await.is_ok()) });
}

fn pdf_file(bytes: &[u8], name: &str, mime: &str) -> Option<web_sys::File> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).ok()
}

fn share_data(file: web_sys::File) -> web_sys::ShareData {
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    data
}

/// Whether this browser shares files (Web Share level 2): the «Отправить…»
/// button is shown only then.
pub fn can_share_files() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has = |name: &str| js_sys::Reflect::has(&navigator, &name.into()).unwrap_or(false);
    if !has("share") || !has("canShare") {
        return false;
    }
    pdf_file(b"%PDF-", "zhaloba.pdf", "application/pdf")
        .is_some_and(|f| navigator.can_share_with_data(&share_data(f)))
}

/// Opens the share sheet with one file; a cancelled sheet is not an error.
pub fn share_file(bytes: &[u8], name: &str, mime: &str, on_error: Callback<String>) {
    let Some(file) = pdf_file(bytes, name, mime) else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().share_with_data(&share_data(file));
    spawn_local(async move {
        if let Err(e) = JsFuture::from(promise).await {
            let name = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.name()))
                .unwrap_or_default();
            if name != "AbortError" {
                on_error.emit(format!("{e:?}"));
            }
        }
    });
}
