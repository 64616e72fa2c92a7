//! The letter engine and the file writers that need more than a few
//! kilobytes (PDF with its font handling, DOCX with DEFLATE, the .ics
//! reminder) as a separate WebAssembly module, run inside a web worker
//! (`web/files-worker.js`). The first screen carries neither: this module is
//! fetched from the widget's own origin one page before the check page, the
//! fonts on the first PDF. Both calls take the case file's JSON, so the page
//! never holds the letters' model, only what `engine` rendered for it.

#[cfg(target_arch = "wasm32")]
mod worker {
    use wasm_bindgen::prelude::*;
    use zhaloba::domain::case::Case;
    use zhaloba::domain::content::content;
    use zhaloba::domain::date::Date;
    use zhaloba::engine;
    use zhaloba::writers::{pdf, Format};

    fn read(case_json: &str, today: &str) -> Result<(Case, Date), JsValue> {
        let case =
            Case::from_json(case_json).map_err(|e| JsValue::from_str(&format!("case: {e:?}")))?;
        let today = Date::parse(today).map_err(|_| JsValue::from_str("today: not a date"))?;
        Ok((case, today))
    }

    /// The check page's summary of a case: deadlines, addressees and the
    /// letters rendered for the preview, as JSON of `engine::Summary`.
    #[wasm_bindgen]
    pub fn review(case_json: &str, today: &str) -> Result<String, JsValue> {
        let (case, today) = read(case_json, today)?;
        let summary = engine::summarise(content(), &case, today);
        serde_json::to_string(&summary).map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// The case's `letter`th letter as `format` (an extension); the font
    /// is used only for `pdf` and may be empty otherwise.
    #[wasm_bindgen]
    pub fn render(
        format: &str,
        case_json: &str,
        today: &str,
        letter: u32,
        font: &[u8],
    ) -> Result<Vec<u8>, JsValue> {
        let format = Format::parse(format)
            .ok_or_else(|| JsValue::from_str(&format!("unknown format {format}")))?;
        let (case, today) = read(case_json, today)?;
        engine::render(
            content(),
            &case,
            today,
            letter as usize,
            format,
            Some(pdf::Font(font)),
        )
        .map_err(|e| JsValue::from_str(&format!("{e:?}")))
    }
}

fn main() {}
