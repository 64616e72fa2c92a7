//! The file writers that need more than a few kilobytes (PDF with its font
//! handling, DOCX with DEFLATE, the .ics reminder) as a separate WebAssembly
//! module, run inside a web worker (`web/files-worker.js`). The page's first
//! load carries only the text writer and the preview; this module is fetched
//! from the widget's own origin on the first download, the fonts on the first PDF.

#[cfg(target_arch = "wasm32")]
mod worker {
    use wasm_bindgen::prelude::*;
    use zhaloba::domain::complaint::Complaint;
    use zhaloba::writers::{self, pdf, Format};

    /// Renders the complaint (JSON of the document model) as `format` (an
    /// extension); the fonts are used only for `pdf` and may be empty otherwise.
    #[wasm_bindgen]
    pub fn render(
        format: &str,
        complaint_json: &str,
        regular: &[u8],
        bold: &[u8],
    ) -> Result<Vec<u8>, JsValue> {
        let format = Format::parse(format)
            .ok_or_else(|| JsValue::from_str(&format!("unknown format {format}")))?;
        let complaint: Complaint = serde_json::from_str(complaint_json)
            .map_err(|e| JsValue::from_str(&format!("complaint: {e}")))?;
        writers::render(&complaint, format, Some(&pdf::Fonts { regular, bold }))
            .map_err(|e| JsValue::from_str(&format!("{e:?}")))
    }
}

fn main() {}
