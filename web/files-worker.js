// Web worker with the letter engine and the DOCX, PDF and .ics writers, and
// the answers file's passphrase encryption (WebCrypto, so neither wasm module
// carries crypto code and the page carries none of this). Loaded one page
// before the check page, or on the first export or import with a
// passphrase, from the same directory as the widget; fetches the font file
// from there once, on the first PDF.
// Messages in: {id, format, json (the case), today, letter (its index)};
// {id, format: 'seal', json (the plain answers file), passphrase, iterations};
// {id, format: 'unseal', salt, iv, data (base64), passphrase, iterations}.
// Out: {id, bytes}, {id, text} (a review, a file opened), {id, salt, iv, data}
// (sealed), {id, wrong: true} (a passphrase that does not open the file) or
// {id, error}. No other traffic.
// Inline mode on another origin starts this script from a blob: bootstrap
// that sets ZHALOBA_BASE (a worker must be same-origin with its page); the
// single-file build puts the module, the wasm and the font in ZH_INLINE.
const base = self.ZHALOBA_BASE || './';
const inline = self.ZH_INLINE;
const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
if (!inline) importScripts(`${base}zhaloba-files.js`);

const ready = wasm_bindgen({ module_or_path: inline ? fromBase64(inline.wasm) : `${base}zhaloba-files_bg.wasm` });
// Named in full so the build can give it a content-hashed name.
const FONT_FILE = 'fonts/ZhalobaSerif-Regular.ttf';
let font = null;

async function loadFont() {
  if (inline) return fromBase64(inline.font);
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

// The envelope is the page's (src/saved.rs: AES-256-GCM with a key from
// PBKDF2-SHA-256, the iterations it names); here only the browser's crypto.
function toBase64(bytes) {
  let text = '';
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text);
}

async function aesKey(passphrase, salt, iterations) {
  const raw = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

async function seal({ json, passphrase, iterations }) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await aesKey(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(json));
  return { salt: toBase64(salt), iv: toBase64(iv), data: toBase64(data) };
}

async function unseal({ salt, iv, data, passphrase, iterations }) {
  const key = await aesKey(passphrase, fromBase64(salt), iterations);
  let plain;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(data));
  } catch (e) {
    // A wrong key fails GCM's authentication (so does an altered file).
    return { wrong: true };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch (e) {
    return { wrong: true };
  }
}

self.onmessage = async (event) => {
  const { id, format, json, today, letter } = event.data;
  try {
    if (format === 'seal') {
      self.postMessage({ id, ...(await seal(event.data)) });
      return;
    }
    if (format === 'unseal') {
      self.postMessage({ id, ...(await unseal(event.data)) });
      return;
    }
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
