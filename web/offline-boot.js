// Entry of the single-file build (dist/zhaloba-offline.html): the widget's
// module, its wasm and the files worker are all inside the one HTML file, so
// it works opened from disk with no network. Bundled by scripts/post-build.mjs,
// which defines ZH_WASM, ZH_WORKER (base64 / source text), ZH_EN and ZH_RU.
import init, { mount, set_translation_en, set_texts_ru } from '../dist-stage/zhaloba-web.js';

const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const root = document.getElementById('zhaloba');
const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ru';
await init({ module_or_path: bytes(ZH_WASM) });
set_texts_ru(ZH_RU);
if (lang === 'en') set_translation_en(ZH_EN);
const worker = URL.createObjectURL(new Blob([ZH_WORKER], { type: 'text/javascript' }));
mount(root, { lang, worker }, false);
