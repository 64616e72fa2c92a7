// Loads the wasm module from the same directory as this script.
// Kept out of index.html so the page's CSP needs no 'unsafe-inline'.
import init from './zhaloba-web.js';

// Where our assets (fonts for the PDF) live: beside this script, whatever the page's URL.
const root = document.getElementById('zhaloba');
if (root) {
  root.dataset.assets = new URL('./', import.meta.url).href;
  // Standalone page: ?lang=en picks the interface language.
  const lang = new URLSearchParams(location.search).get('lang');
  if (lang) root.dataset.lang = lang;
}

init({ module_or_path: new URL('./zhaloba-web_bg.wasm', import.meta.url) });
