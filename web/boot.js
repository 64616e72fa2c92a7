// Starts the widget on its own page: the standalone page, and the iframe
// the embed loader creates. Kept out of index.html so the page's CSP needs
// no 'unsafe-inline'.
const root = document.getElementById('zhaloba');
// The pre-rendered start page (inert, perhaps hidden: first-paint.js) gives
// way to the live widget or to the message below.
function live(...children) {
  root?.replaceChildren(...children);
  root?.removeAttribute('inert');
}
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

// Never a blank box: when WebAssembly is missing or refused (an old browser,
// a CSP without 'wasm-unsafe-eval', a file that failed to load), say so in
// both languages, with the host's hotline, and tell the host (a code only).
function failed(code) {
  const hotline = (options.organisation || {}).hotline;
  const texts = {
    ru: ['Форма жалобы не открылась в этом браузере.',
      'Обновите браузер или откройте эту страницу в другом: Chrome, Firefox, Safari или Яндекс Браузере.',
      hotline && `Или позвоните: ${hotline}.`],
    en: ['The complaint form could not start in this browser.',
      'Update the browser or open this page in another one.',
      hotline && `Or call ${hotline}.`],
  };
  const box = document.createElement('div');
  box.className = 'zh-panel zh-panel--alert';
  box.setAttribute('role', 'alert');
  for (const l of english ? ['en', 'ru'] : ['ru', 'en']) {
    for (const text of texts[l].filter(Boolean)) {
      const p = document.createElement('p');
      p.lang = l;
      p.textContent = text;
      box.append(p);
    }
  }
  live(box);
  if (options.parentOrigin) parent.postMessage({ source: 'zhaloba', type: 'error', detail: { code } }, options.parentOrigin);
}

try {
  if (typeof WebAssembly !== 'object') throw new Error('no-wasm');
  const { default: init, mount, set_translation_en } = await import('./zhaloba-web.js');
  // English screen texts are a separate file: Russian readers never load them.
  const [translation] = await Promise.all([
    english ? fetch(new URL('./content-en.txt', import.meta.url)).then((r) => (r.ok ? r.text() : '')) : '',
    init({ module_or_path: new URL('./zhaloba-web_bg.wasm', import.meta.url) }),
  ]);
  if (translation) set_translation_en(translation);
  live();
  const widget = root && mount(root, options, false);
  // The host's update(options), from the loader on the parent page only.
  let englishLoaded = Boolean(translation);
  if (widget && options.parentOrigin) {
    addEventListener('message', async (e) => {
      const data = e.data || {};
      if (e.origin !== options.parentOrigin || e.source !== parent || data.source !== 'zhaloba-host' || data.type !== 'update') return;
      const next = { ...data.options, parentOrigin: options.parentOrigin, assets: options.assets };
      if (next.lang === 'en' && !englishLoaded) {
        const r = await fetch(new URL('./content-en.txt', import.meta.url));
        if (r.ok) set_translation_en(await r.text());
        englishLoaded = r.ok;
      }
      widget.update(next);
    });
  }
} catch (e) {
  console.error('zhaloba:', e);
  failed(e.message === 'no-wasm' ? 'no-wasm' : 'load');
}
