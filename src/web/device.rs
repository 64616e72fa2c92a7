//! What stays on the person's device: local storage (only after they opt
//! in), reading an imported file, passphrase encryption with WebCrypto,
//! and the in-memory browser history (same URL, so the host's address
//! never changes).

use crate::saved::{base64_decode, base64_encode, Sealed, CIPHER, ITERATIONS, KDF};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

fn storage() -> Option<web_sys::Storage> {
    // Throws in sandboxed frames and some privacy modes: then there is none.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn storage_get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// `false` when the browser refuses (storage disabled or full).
pub fn storage_set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn storage_remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

const HISTORY_KEY: &str = "zhalobaDepth";

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
    let handler = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::PopStateEvent)>::new(
        move |e: web_sys::PopStateEvent| {
            let depth = Reflect::get(&e.state(), &HISTORY_KEY.into())
                .ok()
                .and_then(|d| d.as_f64())
                .map_or(0, |d| d as usize);
            on_pop.emit(depth);
        },
    );
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback("popstate", handler.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = window {
            let _ =
                w.remove_event_listener_with_callback("popstate", handler.as_ref().unchecked_ref());
        }
        drop(handler);
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

fn subtle() -> Result<(web_sys::Crypto, web_sys::SubtleCrypto), JsValue> {
    let crypto = web_sys::window()
        .ok_or_else(|| JsValue::from("no window"))?
        .crypto()?;
    let subtle = crypto.subtle();
    Ok((crypto, subtle))
}

fn object(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

/// PBKDF2-SHA-256 → AES-256-GCM key.
async fn derive_key(
    subtle: &web_sys::SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<web_sys::CryptoKey, JsValue> {
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = JsFuture::from(subtle.import_key_with_object(
        "raw",
        &raw,
        &object(&[("name", "PBKDF2".into())]),
        false,
        &js_sys::Array::of1(&"deriveKey".into()),
    )?)
    .await?;
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
    ]);
    let key = JsFuture::from(subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &object(&[("name", "AES-GCM".into()), ("length", 256.into())]),
        false,
        &js_sys::Array::of2(&"encrypt".into(), &"decrypt".into()),
    )?)
    .await?;
    Ok(key.unchecked_into())
}

async fn seal(plain: String, passphrase: String) -> Result<Sealed, JsValue> {
    let (crypto, subtle) = subtle()?;
    let mut salt = [0u8; 16];
    let mut iv = [0u8; 12];
    crypto.get_random_values_with_u8_array(&mut salt)?;
    crypto.get_random_values_with_u8_array(&mut iv)?;
    let key = derive_key(&subtle, &passphrase, &salt, ITERATIONS).await?;
    let params = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(&iv[..]).into()),
    ]);
    let data =
        JsFuture::from(subtle.encrypt_with_object_and_u8_array(&params, &key, plain.as_bytes())?)
            .await?;
    Ok(Sealed {
        cipher: CIPHER.into(),
        kdf: KDF.into(),
        iterations: ITERATIONS,
        salt: base64_encode(&salt),
        iv: base64_encode(&iv),
        data: base64_encode(&Uint8Array::new(&data).to_vec()),
    })
}

/// Encrypts `plain` with a key derived from `passphrase`.
pub fn encrypt(plain: String, passphrase: String, done: Callback<Result<Sealed, String>>) {
    spawn_local(async move {
        done.emit(seal(plain, passphrase).await.map_err(|e| format!("{e:?}")));
    });
}

async fn unseal(sealed: Sealed, passphrase: String) -> Result<Option<String>, JsValue> {
    let (_, subtle) = subtle()?;
    let (Some(salt), Some(iv), Some(data)) = (
        base64_decode(&sealed.salt),
        base64_decode(&sealed.iv),
        base64_decode(&sealed.data),
    ) else {
        return Ok(None);
    };
    let key = derive_key(&subtle, &passphrase, &salt, sealed.iterations).await?;
    let params = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(&iv[..]).into()),
    ]);
    // A wrong key fails GCM's authentication: the promise rejects.
    match JsFuture::from(subtle.decrypt_with_object_and_u8_array(&params, &key, &data)?).await {
        Ok(plain) => Ok(String::from_utf8(Uint8Array::new(&plain).to_vec()).ok()),
        Err(_) => Ok(None),
    }
}

/// Decrypts; `Ok(None)` means the passphrase is wrong or the file was altered.
pub fn decrypt(sealed: Sealed, passphrase: String, done: Callback<Result<Option<String>, String>>) {
    spawn_local(async move {
        done.emit(
            unseal(sealed, passphrase)
                .await
                .map_err(|e| format!("{e:?}")),
        );
    });
}
