//! The PDF writer as a separate WebAssembly module, run inside a web worker
//! (`web/pdf-worker.js`). The page's first load does not carry the PDF code;
//! this module and the fonts are fetched from the widget's own origin only
//! when a person asks for a PDF.

#[cfg(target_arch = "wasm32")]
mod worker {
    use wasm_bindgen::prelude::*;
    use zhaloba::domain::complaint::Complaint;
    use zhaloba::writers::pdf::{write, Fonts};

    /// Renders the complaint (JSON of the document model) with the given fonts.
    #[wasm_bindgen]
    pub fn render_pdf(
        complaint_json: &str,
        regular: &[u8],
        bold: &[u8],
    ) -> Result<Vec<u8>, JsValue> {
        let complaint: Complaint = serde_json::from_str(complaint_json)
            .map_err(|e| JsValue::from_str(&format!("complaint: {e}")))?;
        write(&complaint, &Fonts { regular, bold })
            .map_err(|e| JsValue::from_str(&format!("{e:?}")))
    }
}

fn main() {}
