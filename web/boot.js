// Starts the widget on its own page: the standalone page, and the iframe
// the embed loader creates. Kept out of index.html so the page's CSP needs
// no 'unsafe-inline'.
import init, { mount, set_translation_en } from './zhaloba-web.js';

const root = document.getElementById('zhaloba');
// Options: from the embed loader in the fragment (#config=…, never sent to a
// server), else none; ?lang=en picks English on the standalone page.
let options = '{}';
let english = false;
const passed = /[#&]config=([^&]*)/.exec(location.hash);
if (passed) {
  try { options = decodeURIComponent(passed[1]); } catch { options = passed[1]; }
}
try {
  const parsed = JSON.parse(options);
  const lang = new URLSearchParams(location.search).get('lang');
  if (lang && !parsed.lang) parsed.lang = lang;
  english = parsed.lang === 'en';
  // Our files (worker, fonts, stylesheet) live beside this script.
  parsed.assets = new URL('./', import.meta.url).href;
  options = JSON.stringify(parsed);
} catch {
  // Not JSON: mount() shows the problem in the page and on the console.
}
// English screen texts are a separate file: Russian readers never load them.
const [translation] = await Promise.all([
  english ? fetch(new URL('./content-en.txt', import.meta.url)).then((r) => (r.ok ? r.text() : '')) : '',
  init({ module_or_path: new URL('./zhaloba-web_bg.wasm', import.meta.url) }),
]);
if (translation) set_translation_en(translation);
if (root) mount(root, options, false);
