//! Browser side: clock, focus, title, Blob download. No network APIs here
//! or anywhere else — the privacy promise (see README).

use crate::domain::date::Date;
use wasm_bindgen::JsCast;
use yew::NodeRef;

/// Today's date in the person's own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}

pub fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Saves bytes as a file through a Blob and an object URL; nothing leaves the device.
pub fn download(bytes: &[u8], mime: &str, file_name: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        // Not attached to the document: a detached anchor's click still
        // downloads in current browsers and leaves the host page untouched.
        a.click();
    }
    // Revoke later, not at once: some browsers start reading the URL after click().
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
}

/// Focuses the element with `id` inside the widget that holds `anchor`
/// (works in a shadow root too, where `document.getElementById` cannot see).
pub fn focus_in(anchor: &NodeRef, id: &str) {
    let root = anchor
        .cast::<web_sys::Element>()
        .and_then(|el| el.closest(".zh-app").ok().flatten());
    let target = root.and_then(|r| r.query_selector(&format!("#{id}")).ok().flatten());
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Mounts the wizard into `element` (any element of the host page).
pub fn mount(element: web_sys::Element, lang: crate::i18n::Lang) {
    let props = crate::ui::AppProps {
        lang,
        today: today(),
        initial: None,
    };
    yew::Renderer::<crate::ui::App>::with_root_and_props(element, props).render();
}
