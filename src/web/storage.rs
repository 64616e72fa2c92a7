//! Local storage: written only after the person opts in. gloo-storage is
//! not used: it throws where the browser refuses storage (sandboxed frames,
//! some privacy modes), and here that must simply mean "no storage".

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
