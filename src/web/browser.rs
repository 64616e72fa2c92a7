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

/// The files worker (created on the first DOCX, PDF or .ics) and the requests waiting for it.
struct FilesWorker {
    worker: web_sys::Worker,
    /// Request id → (file name, MIME type, where to report a failure).
    pending: std::collections::HashMap<u32, (String, &'static str, yew::Callback<String>)>,
    next_id: u32,
}

thread_local! {
    static FILES_WORKER: std::cell::RefCell<Option<FilesWorker>> = const { std::cell::RefCell::new(None) };
}

fn on_worker_message(event: web_sys::MessageEvent) {
    let data = event.data();
    let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).unwrap_or_default();
    let id = get("id").as_f64().unwrap_or(-1.0) as u32;
    let Some((file_name, mime, on_error)) =
        FILES_WORKER.with(|w| w.borrow_mut().as_mut().and_then(|w| w.pending.remove(&id)))
    else {
        return;
    };
    match get("bytes").dyn_into::<js_sys::Uint8Array>() {
        Ok(bytes) => download(&bytes.to_vec(), mime, &file_name),
        Err(_) => on_error.emit(get("error").as_string().unwrap_or_default()),
    }
}

fn start_worker(script: &str) -> Result<web_sys::Worker, String> {
    // A worker script must be same-origin with the page. Inline on a host
    // of another origin, a blob: bootstrap (the host's origin) loads ours.
    let worker = web_sys::Worker::new(script).or_else(|_| {
        let base = script.rsplit_once('/').map_or("./", |(dir, _)| dir);
        let source = format!(
            "self.ZHALOBA_BASE={};importScripts({});",
            serde_json::to_string(&format!("{base}/")).unwrap_or_default(),
            serde_json::to_string(script).unwrap_or_default()
        );
        let parts = js_sys::Array::of1(&source.into());
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type("text/javascript");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
            .map_err(|e| format!("{e:?}"))?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
        web_sys::Worker::new(&url).map_err(|e| format!("{e:?}"))
    })?;
    let handler =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(on_worker_message);
    worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the page: the worker is reused for every PDF.
    handler.forget();
    Ok(worker)
}

/// Starts the files worker ahead of the first download (the check page calls
/// this), so the first DOCX does not wait for the module to compile. Only the
/// worker and its wasm load; the fonts still wait for the first PDF.
pub fn warm_files_worker(assets: &str) {
    FILES_WORKER.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            if let Ok(worker) = start_worker(assets) {
                *cell = Some(FilesWorker {
                    worker,
                    pending: Default::default(),
                    next_id: 0,
                });
            }
        }
    });
}

/// Builds and downloads a DOCX, PDF or .ics file (`format` is its extension)
/// in a web worker with its own wasm module; the worker and the fonts come
/// from the widget's own origin (`assets` is the worker script's URL).
pub fn download_file(
    letter: crate::domain::complaint::Complaint,
    format: &'static str,
    assets: String,
    file_name: String,
    on_error: yew::Callback<String>,
) {
    let mime = match format {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/calendar;charset=utf-8",
    };
    let json = serde_json::to_string(&letter).unwrap_or_default();
    let sent = FILES_WORKER.with(|cell| -> Result<(), String> {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = Some(FilesWorker {
                worker: start_worker(&assets)?,
                pending: Default::default(),
                next_id: 0,
            });
        }
        let w = cell.as_mut().expect("just set");
        w.next_id += 1;
        let id = w.next_id;
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"id".into(), &id.into());
        let _ = js_sys::Reflect::set(&message, &"format".into(), &format.into());
        let _ = js_sys::Reflect::set(&message, &"json".into(), &json.into());
        w.worker
            .post_message(&message)
            .map_err(|e| format!("{e:?}"))?;
        w.pending.insert(id, (file_name, mime, on_error.clone()));
        Ok(())
    });
    if let Err(e) = sent {
        on_error.emit(e);
    }
}

/// Prints one letter: the print CSS shows only the element marked
/// `zh-print-target` (the same HTML as the preview and the .html file).
pub fn print_letter(anchor: &NodeRef, id: &str) {
    let root = anchor
        .cast::<web_sys::Element>()
        .and_then(|el| el.closest(".zh-app").ok().flatten());
    let Some(target) = root.and_then(|r| r.query_selector(&format!("#{id}")).ok().flatten()) else {
        return;
    };
    let _ = target.class_list().add_1("zh-print-target");
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
    let _ = target.class_list().remove_1("zh-print-target");
}
