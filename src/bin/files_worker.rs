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

    fn complaint(json: &str) -> Result<Complaint, JsValue> {
        serde_json::from_str(json).map_err(|e| JsValue::from_str(&format!("complaint: {e}")))
    }

    /// Renders the complaint (JSON of the document model) with the given fonts.
    #[wasm_bindgen]
    pub fn render_pdf(
        complaint_json: &str,
        regular: &[u8],
        bold: &[u8],
    ) -> Result<Vec<u8>, JsValue> {
        pdf::write(&complaint(complaint_json)?, &pdf::Fonts { regular, bold })
            .map_err(|e| JsValue::from_str(&format!("{e:?}")))
    }

    /// Renders a format that needs no fonts (`docx`, `ics`).
    #[wasm_bindgen]
    pub fn render_file(format: &str, complaint_json: &str) -> Result<Vec<u8>, JsValue> {
        let format = Format::parse(format)
            .ok_or_else(|| JsValue::from_str(&format!("unknown format {format}")))?;
        Ok(writers::render(&complaint(complaint_json)?, format).bytes)
    }
}

fn main() {}
