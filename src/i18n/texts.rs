//! The screens' texts as each build gets them, above the domain that reads
//! their format ([`TextsFile`], [`translate`]). Natively (tests, the CLI)
//! and in the files worker the Russian ones are baked into the content. The
//! page's build (`texts-file`) bakes them empty and reads them from
//! `content-ru.txt`, which it loads after its first screen
//! ([`set_texts_ru`]); until then [`screen_texts_ready`] is false and the
//! start page, which needs none of them, shows. The English ones
//! (`content-en.txt`) are compiled in natively; the wasm leaves them out
//! (16 KB that Russian readers never need) and the page hands them over
//! with [`set_translation_en`] before mounting an English widget (boot.js
//! fetches them).

use crate::domain::content::{content, translate, Content, ContentData, TextsFile};
use std::sync::OnceLock;

/// The content the pages show in Russian: the baked content, with the
/// screens' texts of `content-ru.txt` in the page's build once they came.
pub fn content_ru() -> &'static Content {
    #[cfg(feature = "texts-file")]
    if screen_texts_ready() {
        static FILLED: OnceLock<Content> = OnceLock::new();
        return FILLED.get_or_init(|| {
            let mut data = crate::domain::content::baked_data();
            translate(&mut data, &mut texts_ru().content());
            Content::new(data)
        });
    }
    content()
}

#[cfg(feature = "texts-file")]
static TEXTS_RU: OnceLock<String> = OnceLock::new();

/// Hands the fetched Russian screen texts (`content-ru.txt`) to the page
/// (first call wins).
#[cfg(feature = "texts-file")]
pub fn set_texts_ru(text: String) {
    let _ = TEXTS_RU.set(text);
}

/// `content-ru.txt`: natively compiled in (its tests); in the page's build
/// handed over once loaded.
#[cfg(not(target_arch = "wasm32"))]
fn texts_ru() -> TextsFile {
    TextsFile(include_str!(concat!(env!("OUT_DIR"), "/content-ru.txt")))
}

#[cfg(all(target_arch = "wasm32", feature = "texts-file"))]
fn texts_ru() -> TextsFile {
    TextsFile(TEXTS_RU.get().map_or("", String::as_str))
}

/// The interface's Russian words in the catalogue's field order.
#[cfg(any(not(target_arch = "wasm32"), feature = "texts-file"))]
pub fn interface_ru() -> impl Iterator<Item = &'static str> {
    texts_ru().interface()
}

/// Whether the screens' texts are here: always, but in the page before
/// `content-ru.txt` has come (its start page needs none of them).
pub fn screen_texts_ready() -> bool {
    #[cfg(feature = "texts-file")]
    return TEXTS_RU.get().is_some();
    #[cfg(not(feature = "texts-file"))]
    true
}

/// `content-en.txt`, natively compiled in.
#[cfg(not(target_arch = "wasm32"))]
fn texts_en() -> TextsFile {
    TextsFile(include_str!(concat!(env!("OUT_DIR"), "/content-en.txt")))
}

#[cfg(target_arch = "wasm32")]
static TRANSLATION_EN: OnceLock<String> = OnceLock::new();

/// Hands the fetched English texts to the wasm (first call wins).
#[cfg(target_arch = "wasm32")]
pub fn set_translation_en(text: String) {
    let _ = TRANSLATION_EN.set(text);
}

#[cfg(target_arch = "wasm32")]
fn texts_en() -> TextsFile {
    TextsFile(TRANSLATION_EN.get().map_or("", String::as_str))
}

/// The interface's English words in the catalogue's field order.
pub fn interface_en() -> impl Iterator<Item = &'static str> {
    texts_en().interface()
}

/// The content with its interface texts in English (`content/translations/en.toml`).
/// Only what the person reads on screen is translated; what goes into the
/// letter (templates, grounds, document titles) stays Russian. Without the
/// translation (wasm, not handed over) the Russian texts show; before they
/// are here (see [`content_ru`]), the content as it is.
pub fn content_en() -> &'static Content {
    static EN: OnceLock<Content> = OnceLock::new();
    if !screen_texts_ready() {
        return content_ru();
    }
    EN.get_or_init(|| {
        let mut data: ContentData = **content_ru();
        translate(&mut data, &mut texts_en().content());
        Content::new(data)
    })
}
