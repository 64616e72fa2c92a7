//! Passphrase encryption of an exported answers file, by the browser's
//! WebCrypto: PBKDF2-SHA-256 → AES-256-GCM. No crypto code in our wasm.

use crate::saved::{base64_decode, base64_encode, Sealed, CIPHER, ITERATIONS, KDF};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

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
