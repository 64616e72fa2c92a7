//! The page around the widget: today's date, focus, the document title,
//! printing, the theme and the widget's height.

use crate::domain::date::Date;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::{Callback, NodeRef};

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

/// Whether the window is wider than a phone's (40em at the default 16 px):
/// the letter's preview starts open there, folded on a phone.
pub fn wide() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 640.0)
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

/// The element with `id` inside the widget that holds `anchor` (found in a
/// shadow root too, where `document.getElementById` cannot see).
fn in_widget(anchor: &NodeRef, id: &str) -> Option<web_sys::Element> {
    let root = anchor
        .cast::<web_sys::Element>()?
        .closest(".zh-app")
        .ok()??;
    root.query_selector(&format!("#{id}")).ok()?
}

pub fn focus_in(anchor: &NodeRef, id: &str) {
    if let Some(el) = in_widget(anchor, id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Prints one letter: the print CSS shows only the element marked
/// `zh-print-target` (the same HTML as the preview and the .html file).
pub fn print_letter(anchor: &NodeRef, id: &str) {
    let Some(target) = in_widget(anchor, id) else {
        return;
    };
    let _ = target.class_list().add_1("zh-print-target");
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
    let _ = target.class_list().remove_1("zh-print-target");
}

/// Sets CSS custom properties on the widget's root through the CSSOM
/// (values were checked by `embed::parse`), in place of any set before (a
/// host's update() with another theme, or none).
pub fn set_style_vars(root: &NodeRef, vars: &[(&'static str, String)]) {
    if let Some(el) = root.cast::<web_sys::HtmlElement>() {
        el.style().set_css_text("");
        for (name, value) in vars {
            let _ = el.style().set_property(name, value);
        }
    }
}

/// Calls `on_height` with the element's height whenever it changes; the
/// returned closure stops watching.
pub fn on_resize(root: &NodeRef, on_height: Callback<u32>) -> impl FnOnce() {
    let el = root.cast::<web_sys::Element>();
    let last = Rc::new(RefCell::new(0u32));
    let watched = el.clone();
    let handler = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        if let Some(el) = &watched {
            let height = el.get_bounding_client_rect().height().ceil() as u32;
            if *last.borrow() != height {
                *last.borrow_mut() = height;
                on_height.emit(height);
            }
        }
    });
    let observer = web_sys::ResizeObserver::new(handler.as_ref().unchecked_ref()).ok();
    if let (Some(o), Some(el)) = (&observer, &el) {
        o.observe(el);
    }
    move || {
        if let Some(o) = observer {
            o.disconnect();
        }
        drop(handler);
    }
}
