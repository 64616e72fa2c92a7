//! WebAssembly entry point: mounts the wizard into `#zhaloba`.
//! Hosts that embed the widget elsewhere call the library's mount instead.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("zhaloba"));
        if let Some(element) = element {
            let lang = element
                .get_attribute("data-lang")
                .and_then(|l| zhaloba::i18n::Lang::parse(&l))
                .unwrap_or_default();
            zhaloba::web::mount(element, lang);
        }
    }
}
