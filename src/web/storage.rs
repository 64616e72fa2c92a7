//! Local storage: written only after the person opts in. gloo-storage is
//! not used: it throws where the browser refuses storage (sandboxed frames,
//! some privacy modes), and here that must simply mean "no storage".

use crate::saved::NotKept;

fn storage() -> Option<web_sys::Storage> {
    // Throws in sandboxed frames and some privacy modes: then there is none.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn storage_get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Keeps `value`, or says why the browser would not (storage full, or none).
pub fn storage_set(key: &str, value: &str) -> Result<(), NotKept> {
    let s = storage().ok_or(NotKept::Refused)?;
    s.set_item(key, value).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into()).ok();
        NotKept::from_exception(&name.and_then(|n| n.as_string()).unwrap_or_default())
    })
}

pub fn storage_remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}
