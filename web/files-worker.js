// Web worker that makes DOCX, PDF and .ics files. Loaded on the first such
// download, from the same directory as the widget; fetches the two font files
// from there once, on the first PDF.
// Messages in: {id, format, json}; out: {id, bytes} or {id, error}. No other traffic.
// Inline mode on another origin starts this script from a blob: bootstrap
// that sets ZHALOBA_BASE (a worker must be same-origin with its page).
const base = self.ZHALOBA_BASE || './';
importScripts(`${base}zhaloba-files.js`);

const ready = wasm_bindgen({ module_or_path: `${base}zhaloba-files_bg.wasm` });
// Named in full so the build can give them content-hashed names.
const FONT_FILES = { Regular: 'fonts/ZhalobaSerif-Regular.ttf', Bold: 'fonts/ZhalobaSerif-Bold.ttf' };
let fonts = null;

async function loadFonts() {
  if (!fonts) {
    fonts = Promise.all(['Regular', 'Bold'].map(async (face) => {
      const response = await fetch(`${base}${FONT_FILES[face]}`);
      if (!response.ok) throw new Error(`font ${face}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }));
    // A failed load may be retried on the next request.
    fonts.catch(() => { fonts = null; });
  }
  return fonts;
}

self.onmessage = async (event) => {
  const { id, format, json } = event.data;
  try {
    await ready;
    // Only a PDF needs the fonts; the other formats get empty ones.
    const [regular, bold] = format === 'pdf' ? await loadFonts() : [new Uint8Array(), new Uint8Array()];
    const bytes = wasm_bindgen.render(format, json, regular, bold);
    self.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
