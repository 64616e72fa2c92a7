// Web worker that makes PDFs. Loaded on the first "Download PDF", from the
// same directory as the widget; fetches the two font files from there once.
// Messages in: {id, json}; out: {id, bytes} or {id, error}. No other traffic.
importScripts('./zhaloba-pdf.js');

const ready = wasm_bindgen({ module_or_path: './zhaloba-pdf_bg.wasm' });
let fonts = null;

async function loadFonts() {
  if (!fonts) {
    fonts = Promise.all(['Regular', 'Bold'].map(async (face) => {
      const response = await fetch(`./fonts/LiberationSerif-${face}.ttf`);
      if (!response.ok) throw new Error(`font ${face}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }));
    // A failed load may be retried on the next request.
    fonts.catch(() => { fonts = null; });
  }
  return fonts;
}

self.onmessage = async (event) => {
  const { id, json } = event.data;
  try {
    await ready;
    const [regular, bold] = await loadFonts();
    const bytes = wasm_bindgen.render_pdf(json, regular, bold);
    self.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
