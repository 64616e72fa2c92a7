// Trunk post-build hook, in order:
// 0. what the widget's two entry scripts share (the never-blank message,
//    web/cannot-start.js; loading the screens' texts, web/load-texts.js; the
//    options made flat, web/flat-options.js), and the loader's lists of
//    options and events (web/host-api.js, written from src/embed/'s tables);
// 1. minify the JavaScript (esbuild; Trunk's own minifier fails on the glue),
//    and shorten the names the wasm modules import from it (short-imports.mjs);
// 2. write the screen texts: Russian (content-ru.txt, loaded after the first
//    screen) and English (content-en.txt, for English widgets);
// 3. build the single-file offline page zhaloba-offline.html: everything
//    inlined (module, wasm, files worker, fonts, CSS), a CSP with hashes and
//    connect-src 'none', works from file:// with the network off;
// 4. give the files content-hashed names, SRI for the loader (embed.json,
//    embed-snippet.html), the version in the loader;
// 5. the licences: zhaloba's own and the third-party notices.
import { buildSync } from 'esbuild';
import { shortenImports } from './short-imports.mjs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk: TRUNK_STAGING_DIR is not set');

// 0. What first-paint.js (the widget's own page) and zhaloba-embed.js
//    (inline mode) share, defined once, at their "// include: …" lines; and
//    the loader's lists of options and events, written from src/embed/'s
//    tables (web/host-api.js, by tests/host_api.rs).
const INCLUDES = {
  'first-paint.js': ['cannot-start.js', 'load-texts.js', 'flat-options.js'],
  'zhaloba-embed.js': ['cannot-start.js', 'load-texts.js', 'flat-options.js', 'host-api.js'],
};
for (const [name, includes] of Object.entries(INCLUDES)) {
  const file = join(dir, name);
  let text = readFileSync(file, 'utf8');
  for (const shared of includes) {
    if (!text.includes(`// include: ${shared}`)) throw new Error(`${name}: no "// include: ${shared}"`);
    text = text.replace(`// include: ${shared}`, readFileSync(join('web', shared), 'utf8'));
  }
  writeFileSync(file, text);
}

// 1. Classic scripts (worker, embed loader) stay classic; modules stay modules.
const CLASSIC = new Set(['zhaloba-files.js', 'files-worker.js', 'zhaloba-embed.js', 'first-paint.js']);
for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
  const file = join(dir, name);
  buildSync({
    entryPoints: [file], outfile: file, allowOverwrite: true, minify: true, bundle: false,
    format: CLASSIC.has(name) ? undefined : 'esm', target: 'es2022', logLevel: 'warning',
    // The widget's own page is UTF-8: its first script keeps its Russian as
    // it is (escaped, each letter would cost six bytes on the first screen).
    // The loader stays ASCII, for hosts' pages in any encoding.
    charset: name === 'first-paint.js' ? 'utf8' : 'ascii',
  });
}
for (const module of ['zhaloba-web', 'zhaloba-files']) {
  shortenImports(join(dir, `${module}_bg.wasm`), join(dir, `${module}.js`));
}

// 2. The screen texts, English and Russian, as build.rs wrote them for this
//    build, in the order the wasm reads them (no keys): the newest of the
//    page build's build-script outputs (Trunk builds the release profile).
const target = process.env.CARGO_TARGET_DIR || 'target';
const outs = join(target, 'wasm32-unknown-unknown', process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release', 'build');
for (const texts of ['content-en.txt', 'content-ru.txt']) {
  const newest = readdirSync(outs).filter((d) => d.startsWith('zhaloba-'))
    .map((d) => join(outs, d, 'out', texts))
    .filter((f) => existsSync(f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) throw new Error(`no ${texts} under ${outs}: did the wasm build run?`);
  copyFileSync(newest, join(dir, texts));
}

// 3. The single file.
const read = (name) => readFileSync(join(dir, name));
const b64 = (name) => read(name).toString('base64');
// The files worker as web/files-worker.js runs it, with the module, the wasm
// and the font inside (ZH_INLINE) instead of beside it.
const workerSource = [
  `self.ZH_INLINE = ${JSON.stringify({ wasm: b64('zhaloba-files_bg.wasm'), font: b64('fonts/ZhalobaSerif-Regular.ttf') })};`,
  read('zhaloba-files.js').toString(),
  read('files-worker.js').toString(),
].join('\n');
// esbuild resolves the entry's import of the glue from a stage copy.
const stage = 'target/dist-stage';
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
copyFileSync(join(dir, 'zhaloba-web.js'), join(stage, 'zhaloba-web.js'));
writeFileSync(join(stage, 'offline-boot.js'), readFileSync('web/offline-boot.js', 'utf8').replace('../dist-stage/zhaloba-web.js', './zhaloba-web.js'));
const bundle = buildSync({
  entryPoints: [join(stage, 'offline-boot.js')], bundle: true, write: false, format: 'esm', minify: true,
  target: 'es2022', logLevel: 'warning',
  define: {
    ZH_WASM: JSON.stringify(b64('zhaloba-web_bg.wasm')),
    ZH_WORKER: JSON.stringify(workerSource),
    ZH_EN: JSON.stringify(read('content-en.txt').toString()),
    ZH_RU: JSON.stringify(read('content-ru.txt').toString()),
  },
}).outputFiles[0].text;
const css = read('zhaloba.css').toString();
const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const csp = `default-src 'none'; script-src ${sha(bundle)} 'wasm-unsafe-eval'; worker-src blob:; style-src ${sha(css)}; img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'`;
writeFileSync(join(dir, 'zhaloba-offline.html'), `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>Жалоба по ОМС</title>
<style>${css}</style>
</head>
<body>
<main class="zh-page"><div id="zhaloba"><noscript>Для работы мастера нужен JavaScript. Данные никуда не отправляются.</noscript></div></main>
<script type="module">${bundle}</script>
</body>
</html>
`);

// 4. Content-hashed names, so every file can be cached for good; SRI for the
//    loader. Stable names stay for the entry points: index.html (the iframe
//    document), zhaloba-embed.js (the simple snippet), files-worker.js and
//    zhaloba.css and zhaloba-inline.css (which the wasm asks for by name),
//    zhaloba-offline.html.
const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 8);
const renamed = new Map();
function fingerprint(name, { keep = false } = {}) {
  const path = join(dir, name);
  let text = readFileSync(path);
  if (/\.(js|html)$/.test(name)) {
    let s = text.toString('utf8');
    for (const [from, to] of renamed) s = s.replaceAll(from.split('/').pop(), to.split('/').pop());
    text = Buffer.from(s);
    writeFileSync(path, text);
  }
  if (keep === 'only') return name;
  const dot = name.lastIndexOf('.');
  const hashed = `${name.slice(0, dot)}.${hashOf(text)}${name.slice(dot)}`;
  writeFileSync(join(dir, hashed), text);
  if (!keep) rmSync(path);
  renamed.set(name, hashed);
  return hashed;
}
for (const leaf of ['zhaloba-web_bg.wasm', 'zhaloba-files_bg.wasm', 'content-en.txt', 'content-ru.txt',
  'fonts/ZhalobaSerif-Regular.ttf']) fingerprint(leaf);
// Inline mode's stylesheet: in a shadow root `rem` is the host page's root
// size (a site with html { font-size: 62.5% } would shrink the widget), so
// every rem becomes a multiple of --zh-rem, which the loader sets on the
// host element from the reader's own default size (font-size: medium).
writeFileSync(join(dir, 'zhaloba-inline.css'), read('zhaloba.css').toString()
  .replace(/(\d*\.?\d+)rem\b/g, (_, n) => `calc(${n}*var(--zh-rem,16px))`));
fingerprint('zhaloba.css', { keep: true });
fingerprint('zhaloba-inline.css', { keep: true });
fingerprint('zhaloba-web.js');
fingerprint('zhaloba-files.js');
fingerprint('files-worker.js', { keep: 'only' });
// The release a host can read as `Zhaloba.version`.
const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];
// The content's edition and the date of the law it states (content/about.toml).
const about = readFileSync('content/about.toml', 'utf8');
const field = (k) => new RegExp(`^${k} = "([^"]+)"`, 'm').exec(about)?.[1] ?? (() => { throw new Error(`content/about.toml: no ${k}`); })();
const content = { version: field('version'), asOf: field('as_of') };
const [y, m, d] = content.asOf.split('-').map(Number);
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const stamp = (text) => text.replaceAll('__ZHALOBA_VERSION__', version).replaceAll('__CONTENT_VERSION__', content.version)
  .replaceAll('__CONTENT_AS_OF_RU__', `${d} ${RU_MONTHS[m - 1]} ${y} г.`).replaceAll('__CONTENT_AS_OF_EN__', `${d} ${EN_MONTHS[m - 1]} ${y}`)
  .replaceAll('__CONTENT_JSON__', JSON.stringify(content));
const loaderPath = join(dir, 'zhaloba-embed.js');
writeFileSync(loaderPath, stamp(readFileSync(loaderPath, 'utf8')));
writeFileSync(join(dir, 'privacy.html'), stamp(read('privacy.html').toString()));
const boot = fingerprint('boot.js');
const firstPaint = fingerprint('first-paint.js');
const loader = fingerprint('zhaloba-embed.js', { keep: true });
const sri = (name) => `sha384-${createHash('sha384').update(read(name)).digest('base64')}`;
// index.html: hashed stylesheet and loader script, the script with SRI too.
let index = read('index.html').toString('utf8');
index = index.replace('href=./zhaloba.css', `href=./${renamed.get('zhaloba.css')}`)
  .replace('src=./boot.js', `src=./${boot} integrity=${sri(boot)}`)
  .replace('src=./first-paint.js', `src=./${firstPaint} integrity=${sri(firstPaint)}`);
// The first paint without the wasm: the start page as the app renders it
// (web/start.html; tests/prerender.rs keeps it so), inert until replaced.
if (!index.includes('<div id=zhaloba>')) throw new Error('index.html: no <div id=zhaloba> for the start page');
index = index.replace('<div id=zhaloba>', `<div id=zhaloba inert>${readFileSync('web/start.html', 'utf8').trim()}`);
writeFileSync(join(dir, 'index.html'), index);
// For hosts that pin a release: the hashed loader and its SRI hash.
const integrity = sri(loader);
writeFileSync(join(dir, 'embed.json'), `${JSON.stringify({ loader, integrity }, null, 2)}\n`);
writeFileSync(join(dir, 'embed-snippet.html'), `<!-- zhaloba: this release, pinned with Subresource Integrity.
     Replace https://widget.example.ru/zhaloba/ with where you host dist/. -->
<div id="complaint"></div>
<script src="https://widget.example.ru/zhaloba/${loader}" integrity="${integrity}" crossorigin="anonymous" data-target="#complaint" async></script>
`);

// 5. Licences beside the files they cover.
for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(f, join(dir, f));
execFileSync('node', ['scripts/notices.mjs', join(dir, 'THIRD-PARTY-NOTICES.txt')], { stdio: 'inherit' });
