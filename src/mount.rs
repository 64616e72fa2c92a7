//! The top floor: the app mounted on a page. Reads the host's options
//! (`embed`), renders [`App`] into an element or an open shadow root under it,
//! wires its events to the host page (`web::host`), and keeps each mounted
//! widget for the host's `reset()`, `update()` and `unmount()`.

use crate::embed::{self, Config, Event};
use crate::ui::{App, AppProps};
use crate::web::host;
use std::cell::RefCell;
use std::rc::Rc;
use yew::{AppHandle, Callback};

struct Mounted {
    handle: AppHandle<App>,
    props: AppProps,
    host: web_sys::Element,
    /// Listens for the parent's reset (iframe mode); dropped on unmount.
    _reset: Option<gloo_events::EventListener>,
}

thread_local! {
    // A page has a widget or two: a list, not a hash map (whose code costs the page).
    static MOUNTED: RefCell<Vec<(u32, Mounted)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// Wrong options: a message in the element instead of the wizard, and on
/// the console (never an empty box).
fn show_problems(target: &web_sys::Element, errors: &[embed::ConfigError], props: AppProps) {
    for e in errors {
        host::console_error(&format!("zhaloba: {}", e.message()));
    }
    let props = AppProps {
        set_title: false,
        config_problems: errors.iter().map(|e| e.message()).collect(),
        ..props
    };
    yew::Renderer::<App>::with_root_and_props(target.clone(), props).render();
}

/// Mounts a widget into `host_element` (inside an open shadow root when
/// `shadow`), with the host's options object. Returns the widget's id for
/// reset/unmount (0 when nothing could be mounted).
pub fn mount(host_element: web_sys::Element, options: &wasm_bindgen::JsValue, shadow: bool) -> u32 {
    let config = embed::parse(&host::option_entries(options));
    let lang = config.as_ref().map(|c| c.lang).unwrap_or_default();
    let assets = config
        .as_ref()
        .ok()
        .and_then(|c| c.assets.clone())
        .or_else(|| host_element.get_attribute("data-assets"))
        .unwrap_or_else(|| "./".into());
    let target = if shadow {
        host::shadow_target(&host_element, &assets)
    } else {
        Some(host_element.clone())
    };
    let Some(target) = target else { return 0 };
    let base = AppProps::new(lang, crate::web::today());
    let config: Config = match config {
        Ok(c) => c,
        Err(errors) => {
            show_problems(&target, &errors, base);
            return 0;
        }
    };
    let id = NEXT_ID.with(|n| {
        *n.borrow_mut() += 1;
        *n.borrow()
    });
    let parent_origin = config.parent_origin.clone();
    let on_event = {
        let (host_element, origin) = (host_element.clone(), parent_origin.clone());
        Callback::from(move |e: Event| host::dispatch_event(&host_element, origin.as_deref(), &e))
    };
    let props = AppProps {
        assets: assets.into(),
        config: Rc::new(config),
        on_event: Some(on_event),
        set_title: !shadow,
        ..base
    };
    let handle = yew::Renderer::<App>::with_root_and_props(target, props.clone()).render();
    let reset_listener =
        parent_origin.and_then(|origin| host::on_parent_reset(origin, move || reset(id)));
    MOUNTED.with(|m| {
        m.borrow_mut().push((
            id,
            Mounted {
                handle,
                props,
                host: host_element,
                _reset: reset_listener,
            },
        ))
    });
    id
}

/// The screens' Russian texts have come (`content-ru.txt`, loaded after the
/// first screen): every widget waiting for them shows its page.
#[cfg(feature = "texts-file")]
pub fn set_texts_ru(text: String) {
    crate::i18n::texts::set_texts_ru(text);
    MOUNTED.with(|m| {
        for (_, w) in m.borrow_mut().iter_mut() {
            w.props.screen_texts = true;
            w.handle.update(w.props.clone());
        }
    });
}

/// The host's reset(): the widget forgets its answers, here and on the device.
pub fn reset(id: u32) {
    MOUNTED.with(|m| {
        if let Some((_, w)) = m.borrow_mut().iter_mut().find(|(i, _)| *i == id) {
            w.props.reset_epoch += 1;
            w.handle.update(w.props.clone());
        }
    });
}

/// The host's update(options): the widget takes the new options and keeps
/// what was typed. Wrong options change nothing and are named on the
/// console; returns whether they were taken.
pub fn update(id: u32, options: &wasm_bindgen::JsValue) -> bool {
    let config = match embed::parse(&host::option_entries(options)) {
        Ok(c) => c,
        Err(errors) => {
            for e in &errors {
                host::console_error(&format!("zhaloba: update: {}", e.message()));
            }
            return false;
        }
    };
    MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let Some((_, w)) = m.iter_mut().find(|(i, _)| *i == id) else {
            return false;
        };
        w.props.lang = config.lang;
        w.props.config = Rc::new(config);
        w.handle.update(w.props.clone());
        true
    })
}

pub fn unmount(id: u32) {
    let Some((_, w)) = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let at = m.iter().position(|(i, _)| *i == id)?;
        Some(m.swap_remove(at))
    }) else {
        return;
    };
    w.handle.destroy();
    host::clear_shadow(&w.host);
}
