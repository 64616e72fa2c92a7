//! The host page's side of the widget: events out (DOM CustomEvents on the
//! host element, and postMessage to the parent page in iframe mode, only to
//! the origin the loader named), a reset from the parent, the shadow root.

use crate::embed::{Entry, Event, Value};
use wasm_bindgen::{JsCast, JsValue};

/// The options object the loader (or first-paint.js) hands over, already
/// flat (`"theme.accent": "#0b5cad"`), as entries: texts, lists of texts,
/// and anything else kept as a wrong type for `embed::parse` to name.
pub fn option_entries(options: &JsValue) -> Vec<Entry> {
    if !options.is_object() {
        return Vec::new();
    }
    let value = |v: JsValue| {
        if let Some(text) = v.as_string() {
            Value::Text(text)
        } else if js_sys::Array::is_array(&v) {
            let items: Vec<JsValue> = js_sys::Array::from(&v).iter().collect();
            let texts: Vec<String> = items.iter().filter_map(JsValue::as_string).collect();
            if texts.len() == items.len() {
                Value::List(texts)
            } else {
                Value::Other
            }
        } else {
            Value::Other
        }
    };
    js_sys::Object::entries(options.unchecked_ref())
        .iter()
        .filter_map(|pair| {
            let pair = js_sys::Array::from(&pair);
            let v = pair.get(1);
            (!v.is_undefined()).then(|| Entry {
                path: pair.get(0).as_string().unwrap_or_default(),
                value: value(v),
            })
        })
        .collect()
}

/// Tells the host page about `event`: a `zhaloba:<name>` CustomEvent on the
/// host element and, inside an iframe, a message to `parent_origin` only.
pub fn dispatch_event(host: &web_sys::Element, parent_origin: Option<&str>, event: &Event) {
    let detail = js_sys::JSON::parse(&event.detail_json()).unwrap_or(JsValue::NULL);
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(e) =
        web_sys::CustomEvent::new_with_event_init_dict(&format!("zhaloba:{}", event.name()), &init)
    {
        let _ = host.dispatch_event(&e);
    }
    // In an iframe: tell the loader on the parent page, and nobody else.
    let Some(origin) = parent_origin else { return };
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"source".into(), &"zhaloba".into());
    let _ = js_sys::Reflect::set(&message, &"type".into(), &event.name().into());
    let _ = js_sys::Reflect::set(&message, &"detail".into(), &detail);
    let _ = parent.post_message(&message, origin);
}

/// Calls `on_reset` when the parent page at `origin` asks for a reset
/// (iframe mode); the listener stops when the returned value drops.
pub fn on_parent_reset(
    origin: String,
    on_reset: impl Fn() + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "message",
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let data = e.data();
            let get = |k: &str| {
                js_sys::Reflect::get(&data, &k.into())
                    .ok()
                    .and_then(|v| v.as_string())
            };
            if e.origin() == origin
                && get("source").as_deref() == Some("zhaloba-host")
                && get("type").as_deref() == Some("reset")
            {
                on_reset();
            }
        },
    ))
}

/// The shadow root's container, with the widget's stylesheet inside it.
pub fn shadow_target(host: &web_sys::Element, assets: &str) -> Option<web_sys::Element> {
    let root = match host.shadow_root() {
        Some(r) => r,
        None => host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    let doc = web_sys::window()?.document()?;
    root.set_inner_html("");
    let link = doc.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    // Its rem are the loader's --zh-rem, not the host page's root size.
    link.set_attribute("href", &format!("{assets}zhaloba-inline.css"))
        .ok()?;
    root.append_child(&link).ok()?;
    let container = doc.create_element("div").ok()?;
    root.append_child(&container).ok()?;
    hide_until_styled(&link, &container);
    Some(container)
}

/// Until the stylesheet arrives the widget would show in the host page's
/// styles for a moment: it stays transparent (through the CSSOM, which the
/// CSP allows; still focusable) until the sheet loads, fails, or three
/// seconds pass — never longer, so the box is never left empty.
fn hide_until_styled(link: &web_sys::Element, container: &web_sys::Element) {
    let Some(el) = container.dyn_ref::<web_sys::HtmlElement>().cloned() else {
        return;
    };
    let _ = el.style().set_property("opacity", "0");
    let show = {
        let el = el.clone();
        move || {
            let _ = el.style().remove_property("opacity");
        }
    };
    for event in ["load", "error"] {
        let show = show.clone();
        gloo_events::EventListener::once(link, event, move |_| show()).forget();
    }
    gloo_timers::callback::Timeout::new(3_000, show).forget();
}

/// Empties the host's shadow root after an unmount.
pub fn clear_shadow(host: &web_sys::Element) {
    if let Some(root) = host.shadow_root() {
        root.set_inner_html("");
    }
}

pub fn console_error(message: &str) {
    web_sys::console::error_1(&message.into());
}
