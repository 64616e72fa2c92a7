//! Passphrase encryption of an exported answers file: PBKDF2-SHA-256 →
//! AES-256-GCM by the browser's WebCrypto, in the files worker (started for
//! it if it is not yet), so the page's wasm carries neither crypto calls nor
//! base64. The envelope and its checks stay in `saved`.

use super::files::{post, Pending};
use crate::saved::{Sealed, CIPHER, ITERATIONS, KDF};
use yew::Callback;

/// Encrypts `plain` with a key derived from `passphrase`; `script` is the
/// files worker's URL.
pub fn encrypt(
    script: &str,
    plain: String,
    passphrase: String,
    done: Callback<Result<Sealed, String>>,
) {
    let sealed = done.reform(|fields: Result<[String; 3], String>| {
        fields.map(|[salt, iv, data]| Sealed {
            cipher: CIPHER.into(),
            kdf: KDF.into(),
            iterations: ITERATIONS,
            salt,
            iv,
            data,
        })
    });
    let fields = [
        ("json", plain.into()),
        ("passphrase", passphrase.into()),
        ("iterations", ITERATIONS.into()),
    ];
    if let Err(e) = post(script, "seal", &fields, Pending::Sealed(sealed.clone())) {
        sealed.emit(Err(e));
    }
}

/// Decrypts a file `saved::open` found sealed (its cipher known, its fields
/// base64); `Ok(None)` means the passphrase is wrong or the file was altered.
pub fn decrypt(
    script: &str,
    sealed: Sealed,
    passphrase: String,
    done: Callback<Result<Option<String>, String>>,
) {
    let fields = [
        ("salt", sealed.salt.into()),
        ("iv", sealed.iv.into()),
        ("data", sealed.data.into()),
        ("passphrase", passphrase.into()),
        ("iterations", sealed.iterations.into()),
    ];
    if let Err(e) = post(script, "unseal", &fields, Pending::Unsealed(done.clone())) {
        done.emit(Err(e));
    }
}
