// Web worker with the letter engine and the DOCX, PDF and .ics writers.
// Loaded one page before the check page, from the same directory as the
// widget; fetches the font file from there once, on the first PDF.
// Messages in: {id, format, json (the case), today, letter (its index)}; out: {id, bytes}, {id, text} (for
// format "review") or {id, error}. No other traffic.
// Inline mode on another origin starts this script from a blob: bootstrap
// that sets ZHALOBA_BASE (a worker must be same-origin with its page).
const base = self.ZHALOBA_BASE || './';
importScripts(`${base}zhaloba-files.js`);

const ready = wasm_bindgen({ module_or_path: `${base}zhaloba-files_bg.wasm` });
// Named in full so the build can give it a content-hashed name.
const FONT_FILE = 'fonts/ZhalobaSerif-Regular.ttf';
let font = null;

async function loadFont() {
  if (!font) {
    font = (async () => {
      const response = await fetch(`${base}${FONT_FILE}`);
      if (!response.ok) throw new Error(`font: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    })();
    // A failed load may be retried on the next request.
    font.catch(() => { font = null; });
  }
  return font;
}

self.onmessage = async (event) => {
  const { id, format, json, today, letter } = event.data;
  try {
    await ready;
    // The check page's review: the letters and what the rules found.
    if (format === 'review') {
      self.postMessage({ id, text: wasm_bindgen.review(json, today) });
      return;
    }
    // Only the PDFs (the letter, the list of contents, the envelope) need
    // the font; the other formats get an empty one.
    const pdf = format === 'pdf' || format === 'inventory' || format === 'envelope';
    const bytes = wasm_bindgen.render(format, json, today, letter, pdf ? await loadFont() : new Uint8Array());
    self.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
