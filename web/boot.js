// Starts the widget on its own page: the standalone page, and the iframe
// the embed loader creates, with the options first-paint.js read. Kept out
// of index.html so the page's CSP needs no 'unsafe-inline'.
window.zhalobaBooting = true;
const root = document.getElementById('zhaloba');
const options = { ...window.zhalobaOptions };
const english = options.lang === 'en';
// Our files (worker, fonts, stylesheet) live beside this script.
options.assets = new URL('./', import.meta.url).href;

try {
  if (typeof WebAssembly !== 'object') throw new Error('no-wasm');
  const { default: init, mount, set_translation_en, set_texts_ru } = await import('./zhaloba-web.js');
  // English screen texts are a separate file: Russian readers never load them.
  const [translation] = await Promise.all([
    english ? fetch(new URL('./content-en.txt', import.meta.url)).then((r) => (r.ok ? r.text() : '')) : '',
    init({ module_or_path: new URL('./zhaloba-web_bg.wasm', import.meta.url) }),
  ]);
  if (translation) set_translation_en(translation);
  // The pre-rendered start page gives way to the live widget.
  root?.replaceChildren();
  root?.removeAttribute('inert');
  const widget = root && mount(root, options, false);
  // The first screen is live: what loads from here on is not part of it.
  performance.mark('zhaloba:live');
  // The screens' Russian texts (the start page needs none of them; a page
  // reached before they come says it is loading).
  window.zhalobaLoadTexts(new URL('./content-ru.txt', import.meta.url).href, set_texts_ru,
    (e) => { console.error('zhaloba:', e); window.zhalobaFailed('load'); });
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
  window.zhalobaFailed(e.message === 'no-wasm' ? 'no-wasm' : 'load');
}
