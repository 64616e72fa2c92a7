// Loads the wasm module from the same directory as this script.
// Kept out of index.html so the page's CSP needs no 'unsafe-inline'.
import init from './zhaloba-web.js';

init({ module_or_path: new URL('./zhaloba-web_bg.wasm', import.meta.url) });
