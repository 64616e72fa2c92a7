//! The widget on a host page: mounting (into an element, or into an open
//! shadow root under it), the host's options, events out (DOM CustomEvents on
//! the host element, and postMessage to the parent page in iframe mode, only
//! to the origin the loader named), reset from the parent, theme and height.

use crate::embed::{self, Config, Event};
use crate::ui::{App, AppProps};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::{AppHandle, Callback, NodeRef};

/// Sets CSS custom properties on the widget's root through the CSSOM
/// (values were checked by `embed::parse`).
pub fn set_style_vars(root: &NodeRef, vars: &[(&'static str, String)]) {
    if let Some(el) = root.cast::<web_sys::HtmlElement>() {
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

struct Mounted {
    handle: AppHandle<App>,
    props: AppProps,
    host: web_sys::Element,
    /// The message listener for the parent's reset (iframe mode).
    listener: Option<wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>>,
}

thread_local! {
    static MOUNTED: RefCell<HashMap<u32, Mounted>> = RefCell::new(HashMap::new());
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

fn dispatch(host: &web_sys::Element, parent_origin: Option<&str>, event: &Event) {
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

fn show_problems(
    target: &web_sys::Element,
    errors: &[embed::ConfigError],
    lang: crate::i18n::Lang,
) {
    for e in errors {
        web_sys::console::error_1(&format!("zhaloba: {}", e.message()).into());
    }
    let props = AppProps {
        set_title: false,
        config_problems: errors.iter().map(|e| e.message()).collect(),
        ..AppProps::new(lang, super::today())
    };
    yew::Renderer::<App>::with_root_and_props(target.clone(), props).render();
}

/// Mounts a widget into `host` (inside an open shadow root when `shadow`),
/// with the host's options as JSON. Returns the widget's id for reset/unmount.
pub fn mount(host: web_sys::Element, options_json: &str, shadow: bool) -> u32 {
    let config = embed::parse(options_json);
    let lang = config.as_ref().map(|c| c.lang).unwrap_or_default();
    let assets = config
        .as_ref()
        .ok()
        .and_then(|c| c.assets.clone())
        .or_else(|| host.get_attribute("data-assets"))
        .unwrap_or_else(|| "./".into());
    let target = if shadow {
        shadow_target(&host, &assets)
    } else {
        Some(host.clone())
    };
    let Some(target) = target else { return 0 };
    let config: Config = match config {
        Ok(c) => c,
        Err(errors) => {
            show_problems(&target, &errors, lang);
            return 0;
        }
    };
    let id = NEXT_ID.with(|n| {
        *n.borrow_mut() += 1;
        *n.borrow()
    });
    let parent_origin = config.parent_origin.clone();
    let on_event = {
        let host = host.clone();
        let origin = parent_origin.clone();
        Callback::from(move |e: Event| dispatch(&host, origin.as_deref(), &e))
    };
    let props = AppProps {
        assets: assets.into(),
        config: Rc::new(config),
        on_event: Some(on_event),
        set_title: !shadow,
        ..AppProps::new(lang, super::today())
    };
    let handle = yew::Renderer::<App>::with_root_and_props(target, props.clone()).render();
    // iframe mode: the loader may ask for a reset, from the parent's origin only.
    let listener = parent_origin.map(|origin| {
        let l = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |e: web_sys::MessageEvent| {
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
                    reset(id);
                }
            },
        );
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("message", l.as_ref().unchecked_ref());
        }
        l
    });
    MOUNTED.with(|m| {
        m.borrow_mut().insert(
            id,
            Mounted {
                handle,
                props,
                host,
                listener,
            },
        )
    });
    id
}

/// The shadow root's container, with the widget's stylesheet inside it.
fn shadow_target(host: &web_sys::Element, assets: &str) -> Option<web_sys::Element> {
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
    link.set_attribute("href", &format!("{assets}zhaloba.css"))
        .ok()?;
    root.append_child(&link).ok()?;
    let container = doc.create_element("div").ok()?;
    root.append_child(&container).ok()?;
    Some(container)
}

pub fn reset(id: u32) {
    MOUNTED.with(|m| {
        if let Some(w) = m.borrow_mut().get_mut(&id) {
            w.props.reset_epoch += 1;
            w.handle.update(w.props.clone());
        }
    });
}

pub fn unmount(id: u32) {
    let Some(w) = MOUNTED.with(|m| m.borrow_mut().remove(&id)) else {
        return;
    };
    if let (Some(l), Some(win)) = (&w.listener, web_sys::window()) {
        let _ = win.remove_event_listener_with_callback("message", l.as_ref().unchecked_ref());
    }
    w.handle.destroy();
    if let Some(root) = w.host.shadow_root() {
        root.set_inner_html("");
    }
}
