//! Files in and out, all on the device: a download is a Blob behind an
//! object URL; DOCX, PDF and .ics are made by the files worker (its own
//! wasm module, from the widget's origin); an imported file is read locally.

use super::request::FileRequest;
use crate::writers::format::Format;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

/// Saves bytes as a file; nothing leaves the device.
pub fn download(bytes: &[u8], mime: &str, file_name: &str) {
    save(
        gloo_file::Blob::new_with_options(bytes, Some(mime)),
        file_name,
    );
}

/// Saves a Blob as a file through a detached link.
fn save(blob: gloo_file::Blob, file_name: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let url = gloo_file::ObjectUrl::from(blob);
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        // Not attached to the document: a detached anchor's click still
        // downloads in current browsers and leaves the host page untouched.
        a.click();
    }
    // The URL is revoked when `url` drops: later, not at once, because some
    // browsers start reading it after click().
    gloo_timers::callback::Timeout::new(60_000, move || drop(url)).forget();
}

/// A file asked of the files worker: what it is, where it goes, what
/// answers (the case's JSON and the day) it is made from.
pub(super) struct FileAsked {
    name: String,
    format: Format,
    letter: u32,
    answers: (String, String),
    on_error: Callback<String>,
    /// To the share sheet rather than the downloads.
    share: bool,
}

/// What a request to the files worker waits for.
pub(super) enum Pending {
    File(FileAsked),
    /// The check page's review, as `engine::records`.
    Review(Callback<Result<String, String>>),
    /// An answers file sealed with a passphrase: its salt, iv and data.
    Sealed(Callback<Result<[String; 3], String>>),
    /// An answers file opened with a passphrase (`None`: the wrong one).
    Unsealed(Callback<Result<Option<String>, String>>),
}

/// The files worker and the requests waiting for it.
struct FilesWorker {
    worker: web_sys::Worker,
    /// A few at a time: a list, not a hash map (whose code costs the page).
    pending: Vec<(u32, Pending)>,
    next_id: u32,
}

/// The files made from one set of answers (the case's JSON and the day),
/// by format and letter. A second click on the same button (a download
/// lost, another copy) saves the same bytes at once: the worker's answer,
/// however quick, reaches the page only after the browser's next frame
/// following a click (Chromium runs other tasks after it; about 8 ms of a
/// warm DOCX's 10 on the development machine, with the worker busy for 1).
struct Made {
    answers: (String, String),
    files: Vec<(Format, u32, gloo_file::Blob)>,
}

thread_local! {
    static FILES_WORKER: RefCell<Option<FilesWorker>> = const { RefCell::new(None) };
    static MADE: RefCell<Option<Made>> = const { RefCell::new(None) };
}

/// The file made for these answers, format and letter, if there is one.
fn made(answers: &(String, String), format: Format, letter: u32) -> Option<gloo_file::Blob> {
    MADE.with(|m| {
        let m = m.borrow();
        let m = m.as_ref().filter(|m| m.answers == *answers)?;
        m.files
            .iter()
            .find(|(f, l, _)| (*f, *l) == (format, letter))
            .map(|(_, _, blob)| blob.clone())
    })
}

/// Keeps a file made; files of other answers are dropped.
fn remember(file: &FileAsked, blob: &gloo_file::Blob) {
    MADE.with(|m| {
        let mut m = m.borrow_mut();
        if m.as_ref().is_none_or(|m| m.answers != file.answers) {
            *m = Some(Made {
                answers: file.answers.clone(),
                files: Vec::new(),
            });
        }
        if let Some(m) = m.as_mut() {
            // Two clicks before the first answer came ask twice: one each.
            m.files
                .retain(|(f, l, _)| (*f, *l) != (file.format, file.letter));
            m.files.push((file.format, file.letter, blob.clone()));
        }
    });
}

fn on_worker_message(event: web_sys::MessageEvent) {
    let data = event.data();
    let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).unwrap_or_default();
    let id = get("id").as_f64().unwrap_or(-1.0) as u32;
    let Some(pending) = FILES_WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let pending = &mut w.as_mut()?.pending;
        let at = pending.iter().position(|(i, _)| *i == id)?;
        Some(pending.swap_remove(at).1)
    }) else {
        return;
    };
    let error = || get("error").as_string().unwrap_or_default();
    match pending {
        Pending::File(file) => match get("bytes").dyn_into::<js_sys::Uint8Array>() {
            Ok(bytes) if file.share => super::hand_in::share_file(
                &bytes.to_vec(),
                &file.name,
                file.format.mime(),
                file.on_error,
            ),
            // The worker transferred the buffer: it goes into the Blob as
            // it is, never copied into the page's memory.
            Ok(bytes) => {
                let blob =
                    gloo_file::Blob::new_with_options(bytes.buffer(), Some(file.format.mime()));
                remember(&file, &blob);
                save(blob, &file.name);
            }
            Err(_) => file.on_error.emit(error()),
        },
        Pending::Review(done) => done.emit(get("text").as_string().ok_or_else(error)),
        Pending::Sealed(done) => {
            done.emit(match ["salt", "iv", "data"].map(|k| get(k).as_string()) {
                [Some(salt), Some(iv), Some(data)] => Ok([salt, iv, data]),
                _ => Err(error()),
            })
        }
        Pending::Unsealed(done) => done.emit(match get("text").as_string() {
            Some(text) => Ok(Some(text)),
            None if get("wrong").is_truthy() => Ok(None),
            None => Err(error()),
        }),
    }
}

fn start_worker(script: &str) -> Result<web_sys::Worker, String> {
    // A worker script must be same-origin with the page. Inline on a host
    // of another origin, a blob: bootstrap (the host's origin) loads ours.
    let worker = web_sys::Worker::new(script).or_else(|_| {
        let base = script.rsplit_once('/').map_or("./", |(dir, _)| dir);
        let quoted = |text: &str| crate::domain::json::Value::from(text).to_line();
        let source = format!(
            "self.ZHALOBA_BASE={};importScripts({});",
            quoted(&format!("{base}/")),
            quoted(script)
        );
        let blob = gloo_file::Blob::new_with_options(source.as_str(), Some("text/javascript"));
        // The bootstrap's URL stays valid as long as the worker may need it.
        let url = gloo_file::ObjectUrl::from(blob);
        let worker = web_sys::Worker::new(&url).map_err(|e| format!("{e:?}"));
        std::mem::forget(url);
        worker
    })?;
    let handler =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(on_worker_message);
    worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the page: the worker is reused for every file.
    handler.forget();
    Ok(worker)
}

/// Runs `f` with the files worker, starting it first if needed.
fn with_worker<T>(script: &str, f: impl FnOnce(&mut FilesWorker) -> T) -> Result<T, String> {
    FILES_WORKER.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = Some(FilesWorker {
                worker: start_worker(script)?,
                pending: Vec::new(),
                next_id: 0,
            });
        }
        Ok(f(cell.as_mut().expect("just set")))
    })
}

/// Starts the files worker ahead of the first download (the check page calls
/// this), so the first DOCX does not wait for the module to compile. Only the
/// worker and its wasm load; the fonts still wait for the first PDF.
pub fn warm_files_worker(script: &str) {
    let _ = with_worker(script, |_| ());
}

/// Posts `{id, format, …fields}` to the files worker; the answer goes to
/// `pending`.
pub(super) fn post(
    script: &str,
    format: &str,
    fields: &[(&str, wasm_bindgen::JsValue)],
    pending: Pending,
) -> Result<(), String> {
    with_worker(script, |w| {
        w.next_id += 1;
        let id = w.next_id;
        let message = js_sys::Object::new();
        let set = |key: &str, value: &wasm_bindgen::JsValue| {
            let _ = js_sys::Reflect::set(&message, &key.into(), value);
        };
        set("id", &id.into());
        set("format", &format.into());
        for (key, value) in fields {
            set(key, value);
        }
        w.worker
            .post_message(&message)
            .map_err(|e| format!("{e:?}"))?;
        w.pending.push((id, pending));
        Ok(())
    })
    .and_then(|sent| sent)
}

/// Posts `{id, format, json, today, letter}` (`json`: the case).
fn ask(
    script: &str,
    format: &str,
    json: String,
    today: &str,
    letter: u32,
    pending: Pending,
) -> Result<(), String> {
    let fields = [
        ("json", json.into()),
        ("today", today.into()),
        ("letter", letter.into()),
    ];
    post(script, format, &fields, pending)
}

/// Builds and downloads a DOCX, PDF or .ics file in the files worker;
/// `script` is the worker script's URL.
pub fn download_file(
    request: FileRequest,
    script: &str,
    file_name: String,
    on_error: Callback<String>,
) {
    make_file(request, script, file_name, on_error, false);
}

/// Builds a file in the files worker and opens the share sheet with it.
pub fn share_letter(
    request: FileRequest,
    script: &str,
    file_name: String,
    on_error: Callback<String>,
) {
    make_file(request, script, file_name, on_error, true);
}

fn make_file(
    request: FileRequest,
    script: &str,
    file_name: String,
    on_error: Callback<String>,
    share: bool,
) {
    let json = request.case.to_json_line();
    let today = request.today.to_string();
    let format = request.format;
    let letter = u32::try_from(request.letter).unwrap_or(u32::MAX);
    let answers = (json, today);
    if !share {
        if let Some(blob) = made(&answers, format, letter) {
            save(blob, &file_name);
            return;
        }
    }
    let (json, today) = answers.clone();
    let pending = Pending::File(FileAsked {
        name: file_name,
        format,
        letter,
        answers,
        on_error: on_error.clone(),
        share,
    });
    if let Err(e) = ask(script, format.key(), json, &today, letter, pending) {
        on_error.emit(e);
    }
}

/// Asks the files worker (the letter engine) to review a case: `done` gets
/// the summary as `engine::records`, or why it failed.
pub fn review(
    script: &str,
    case_json: String,
    today: &str,
    done: Callback<Result<String, String>>,
) {
    if let Err(e) = ask(
        script,
        "review",
        case_json,
        today,
        0,
        Pending::Review(done.clone()),
    ) {
        done.emit(Err(e));
    }
}

/// Reads the first file chosen in a file input as text.
pub fn read_file(input: web_sys::HtmlInputElement, done: Callback<Result<String, ()>>) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    spawn_local(async move {
        let text = JsFuture::from(file.text()).await;
        done.emit(text.ok().and_then(|t| t.as_string()).ok_or(()));
    });
}
