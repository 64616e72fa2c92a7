//! WebAssembly entry point. Nothing mounts by itself: the page's loader
//! (`web/boot.js` for the standalone page and the iframe, `web/zhaloba-embed.js`
//! for inline mode) calls `mount` with the host's options.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// A mounted widget, for the host's `reset()` and `unmount()`.
    #[wasm_bindgen]
    pub struct Widget {
        id: u32,
    }

    #[wasm_bindgen]
    impl Widget {
        /// Forgets every answer, here and in local storage (shared computers).
        pub fn reset(&self) {
            zhaloba::mount::reset(self.id);
        }
        /// New options (all of them, not a change): what was typed stays.
        /// False when they are wrong (named on the console; nothing changes).
        pub fn update(&self, options: JsValue) -> bool {
            zhaloba::mount::update(self.id, &options)
        }
        pub fn unmount(&self) {
            zhaloba::mount::unmount(self.id);
        }
    }

    /// The English screen texts (`content-en.txt`), before mounting an English widget.
    #[wasm_bindgen]
    pub fn set_translation_en(text: String) {
        zhaloba::i18n::texts::set_translation_en(text);
    }

    /// The screens' Russian texts (`content-ru.txt`), loaded after the first screen.
    #[cfg(feature = "texts-file")]
    #[wasm_bindgen]
    pub fn set_texts_ru(text: String) {
        zhaloba::mount::set_texts_ru(text);
    }

    /// Mounts the wizard into `element` (in an open shadow root under it when
    /// `shadow`), with the host's options object (see EMBEDDING.md). Wrong
    /// options show a message in the element and on the console.
    #[wasm_bindgen]
    pub fn mount(element: web_sys::Element, options: JsValue, shadow: bool) -> Widget {
        Widget {
            id: zhaloba::mount::mount(element, &options, shadow),
        }
    }
}

fn main() {}

/// Smaller than the standard library's allocator (dlmalloc) in the wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
