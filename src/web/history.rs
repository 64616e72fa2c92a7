//! The browser's history: a same-URL entry per wizard step, so the
//! browser's Back walks the wizard and the host's address never changes.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsCast;
use yew::Callback;

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

const HISTORY_KEY: &str = "zhalobaDepth";

/// While it lives, leaving or reloading the page asks first (the browser's
/// own «Leave site?» prompt): answers not kept on the device would be lost.
pub fn on_leave_ask() -> impl FnOnce() {
    let listener = web_sys::window().map(|w| {
        gloo_events::EventListener::new_with_options(
            &w,
            "beforeunload",
            gloo_events::EventListenerOptions::enable_prevent_default(),
            |e| {
                e.prevent_default();
                // Older engines read the prompt from returnValue.
                let _ = Reflect::set(e, &"returnValue".into(), &"".into());
            },
        )
    });
    move || drop(listener)
}

/// Adds an entry to the browser's history for wizard depth `depth`, with
/// the current URL unchanged (the third argument of pushState is omitted).
pub fn history_push(depth: usize) {
    let state = Object::new();
    let _ = Reflect::set(&state, &HISTORY_KEY.into(), &(depth as f64).into());
    if let Some(h) = history() {
        let _ = h.push_state(&state, "");
    }
}

/// The wizard depth of the current browser history entry, if it is ours.
pub fn history_depth() -> Option<usize> {
    let state = history()?.state().ok()?;
    Reflect::get(&state, &HISTORY_KEY.into())
        .ok()?
        .as_f64()
        .map(|d| d as usize)
}

pub fn history_back() {
    if let Some(h) = history() {
        let _ = h.back();
    }
}

/// Calls `on_pop` with the depth of the entry the browser went to
/// (0 for an entry that is not ours: the page as it was before the wizard).
/// The listener is removed when the returned guard is dropped.
pub fn on_history_pop(on_pop: Callback<usize>) -> impl FnOnce() {
    let listener = web_sys::window().map(|w| {
        gloo_events::EventListener::new(&w, "popstate", move |e| {
            let state = e
                .dyn_ref::<web_sys::PopStateEvent>()
                .map(web_sys::PopStateEvent::state)
                .unwrap_or_default();
            let depth = Reflect::get(&state, &HISTORY_KEY.into())
                .ok()
                .and_then(|d| d.as_f64())
                .map_or(0, |d| d as usize);
            on_pop.emit(depth);
        })
    });
    // Dropping the listener removes it.
    move || drop(listener)
}
