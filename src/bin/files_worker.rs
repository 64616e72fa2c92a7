//! The letter engine and the file writers that need more than a few
//! kilobytes (PDF with its font handling, DOCX with DEFLATE, the .ics
//! reminder) as a separate WebAssembly module, run inside a web worker
//! (`web/files-worker.js`). The first screen carries neither: this module is
//! fetched from the widget's own origin one page before the check page, the
//! fonts on the first PDF. Both calls take the case file's JSON, so the page
//! never holds the letters' model, only what `engine` rendered for it.

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use zhaloba::domain::case::Case;
    use zhaloba::domain::content::content;
    use zhaloba::domain::date::Date;
    use zhaloba::domain::review::Review;
    use zhaloba::engine;
    use zhaloba::writers::{pdf, Format};

    /// The last case read, with its review: the check page asks for the
    /// summary and then each download of the same answers, so those find
    /// the letters composed (the same text and day give the same review).
    struct Last {
        key: (String, String),
        case: Case,
        today: Date,
        review: Review<'static>,
    }

    thread_local! {
        static LAST: RefCell<Option<Last>> = const { RefCell::new(None) };
    }

    fn with_review<T>(
        case_json: &str,
        today: &str,
        f: impl FnOnce(&Last) -> Result<T, JsValue>,
    ) -> Result<T, JsValue> {
        LAST.with(|last| {
            let mut last = last.borrow_mut();
            let fresh = last
                .as_ref()
                .is_none_or(|l| l.key.0 != case_json || l.key.1 != today);
            if fresh {
                let case = Case::from_json(case_json)
                    .map_err(|e| JsValue::from_str(&format!("case: {e:?}")))?;
                let day = Date::parse(today).map_err(|_| JsValue::from_str("today: not a date"))?;
                let review = Review::new(content(), &case, day);
                *last = Some(Last {
                    key: (case_json.to_string(), today.to_string()),
                    case,
                    today: day,
                    review,
                });
            }
            f(last.as_ref().expect("set above"))
        })
    }

    /// The check page's summary of a case: deadlines, addressees and the
    /// letters rendered for the preview, as `engine::records`.
    #[wasm_bindgen]
    pub fn review(case_json: &str, today: &str) -> Result<String, JsValue> {
        with_review(case_json, today, |l| {
            Ok(engine::records::write(&engine::summary(
                &l.review, &l.case, l.today,
            )))
        })
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
        with_review(case_json, today, |l| {
            engine::render_reviewed(
                content(),
                &l.review,
                &l.case,
                letter as usize,
                format,
                Some(pdf::Font(font)),
            )
            .map_err(|e| JsValue::from_str(&format!("{e:?}")))
        })
    }
}

fn main() {}

/// Smaller than the standard library's allocator (dlmalloc) in the wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
