// Starts the widget on its own page: the standalone page, and the iframe
// the embed loader creates. Kept out of index.html so the page's CSP needs
// no 'unsafe-inline'.
import init, { mount, set_translation_en } from './zhaloba-web.js';

const root = document.getElementById('zhaloba');
// Options: from the embed loader in the fragment (#config=…, never sent to a
// server), else none; ?lang=en picks English on the standalone page.
let options = {};
const passed = /[#&]config=([^&]*)/.exec(location.hash);
if (passed) {
  // Not JSON: mount() names it as an option it does not know.
  try { options = JSON.parse(decodeURIComponent(passed[1])); } catch { options = { invalid: passed[1] }; }
}
const lang = new URLSearchParams(location.search).get('lang');
if (lang && !options.lang) options.lang = lang;
const english = options.lang === 'en';
// Our files (worker, fonts, stylesheet) live beside this script.
options.assets = new URL('./', import.meta.url).href;
// English screen texts are a separate file: Russian readers never load them.
const [translation] = await Promise.all([
  english ? fetch(new URL('./content-en.txt', import.meta.url)).then((r) => (r.ok ? r.text() : '')) : '',
  init({ module_or_path: new URL('./zhaloba-web_bg.wasm', import.meta.url) }),
]);
if (translation) set_translation_en(translation);
if (root) mount(root, options, false);
