// `make bench`: one run on this machine, one table.
//   bytes      first screen and PDF extras of zhaloba, the peer (React + docx +
//              pdfmake, bundled with esbuild) and the framework floor (Yew hello-world)
//   browser    medians of N runs in headless Chromium, each in a fresh profile:
//              navigation → first screen interactive; click → DOCX blob; click → PDF blob (cold, warm)
//   slow phone the same Chromium with the CPU throttled ×4 and a 1.6 Mbit/s,
//              150 ms network (served with gzip): navigation → first paint and
//              → first screen interactive
//   native     each writer (cargo bench --bench writers)
//   check      the peer's DOCX and PDF carry the same letter (LibreOffice, pdftotext)
// Times are reported, never asserted; byte budgets are tested in make test.
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { serve, launch, brotli, gzip } from '../e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
// Every page in the table from the same server (the peer's has no policy,
// so it cannot come from nginx with the widget's).
process.env.ZHALOBA_SERVER ??= 'python';
const OUT = 'target/bench';
mkdirSync(OUT, { recursive: true });
// The size report's JSON runs over a megabyte: a buffer to match.
const sh = (cmd, opts = {}) => String(execSync(cmd, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 << 20, ...opts }));
// Builds: their output goes to stderr, so stdout is only the table.
const build = (cmd, opts = {}) => execSync(cmd, { stdio: ['ignore', 2, 2], ...opts });
const step = (what) => console.error(`[bench] ${what}`);

// ---- builds ---------------------------------------------------------------
step('zhaloba: release build');
build('trunk build --release');

step('peer: npm ci, letter model from the CLI, esbuild bundle');
build('npm ci --no-audit --no-fund --prefix bench/peer');
mkdirSync('bench/peer/build', { recursive: true });
sh('cargo run -q --bin zhaloba -- render examples/cases/waiting-time.json --format json --out bench/peer/build/letter.json');
sh('cargo run -q --bin zhaloba -- render examples/cases/waiting-time.json --format txt --out target/bench/zhaloba.txt');
build('node build.mjs', { cwd: 'bench/peer' });

step('floor: Yew hello-world, same profile');
const floorDir = join(OUT, 'floor');
mkdirSync(floorDir, { recursive: true });
build('cargo build --release --target wasm32-unknown-unknown --manifest-path bench/floor/Cargo.toml',
  { env: { ...process.env, CARGO_TARGET_DIR: 'target/floor' } });
sh(`wasm-bindgen --target web --no-typescript --out-dir ${floorDir} --out-name floor target/floor/wasm32-unknown-unknown/release/zhaloba-floor.wasm`);
sh(`wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types ${floorDir}/floor_bg.wasm -o ${floorDir}/floor_bg.wasm`);
sh(`esbuild ${floorDir}/floor.js --minify --format=esm --outfile=${floorDir}/floor.js --allow-overwrite --log-level=warning`);
writeFileSync(join(floorDir, 'boot.js'), "import init from './floor.js'; init({ module_or_path: new URL('./floor_bg.wasm', import.meta.url) });\n");
writeFileSync(join(floorDir, 'index.html'), '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>floor</title><script type="module" src="./boot.js"></script></head><body></body></html>\n');

// ---- bytes ----------------------------------------------------------------
const sizes = (dir, names) => names.reduce((s, n) => {
  const b = readFileSync(join(dir, n));
  return { raw: s.raw + b.length, gzip: s.gzip + gzip(b), brotli: s.brotli + brotli(b) };
}, { raw: 0, gzip: 0, brotli: 0 });
const peerFiles = readdirSync('bench/peer/build/dist');
// dist/ names carry content hashes: find them by their stems.
const built = (stem, ext, sub = '') => {
  const found = readdirSync(join('dist', sub)).find((f) => new RegExp(`^${stem}(\\.[0-9a-f]{8})?\\.${ext}$`).test(f));
  if (!found) throw new Error(`no ${stem}.${ext} in dist/${sub}`);
  return join(sub, found);
};
const bytes = {
  zhaloba: {
    first: sizes('dist', ['index.html', built('zhaloba', 'css'), built('first-paint', 'js'), built('boot', 'js'), built('zhaloba-web', 'js'), built('zhaloba-web_bg', 'wasm')]),
    // The screens' Russian texts, loaded as soon as the first screen is live.
    texts: sizes('dist', [built('content-ru', 'txt')]),
    pdf: sizes('dist', ['files-worker.js', built('zhaloba-files', 'js'), built('zhaloba-files_bg', 'wasm')]),
    font: sizes('dist', [built('ZhalobaSerif-Regular', 'ttf', 'fonts')]),
  },
  peer: {
    first: sizes('bench/peer/build/dist', ['index.html', 'app.js', ...peerFiles.filter((f) => f.startsWith('chunk-'))]),
    pdf: sizes('bench/peer/build/dist', peerFiles.filter((f) => f.startsWith('pdfmake'))),
    font: sizes('bench/peer/build/dist', peerFiles.filter((f) => f.startsWith('vfs_fonts'))),
  },
  floor: { first: sizes(floorDir, ['index.html', 'boot.js', 'floor.js', 'floor_bg.wasm']) },
};

// ---- browser timings ------------------------------------------------------
// In the page: when the first screen is interactive (a heading and an enabled
// button exist, and zhaloba's is the live widget, not its pre-rendered start
// page), when each click happened, when each Blob URL was made.
const PROBE = () => {
  window.__bench = { clicks: [], blobs: [] };
  const made = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    window.__bench.blobs.push({ at: performance.now(), type: blob.type, size: blob.size });
    return made(blob);
  };
  document.addEventListener('click', () => window.__bench.clicks.push(performance.now()), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__bench.paint = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  // Not before the live widget replaced the pre-rendered (inert) start page.
  const ready = () => document.querySelector('h1') && document.querySelector('button:not([disabled])')
    && !document.getElementById('zhaloba')?.hasAttribute('inert');
  const watch = new MutationObserver(() => {
    if (!window.__bench.interactive && ready()) { window.__bench.interactive = performance.now(); watch.disconnect(); }
  });
  watch.observe(document, { childList: true, subtree: true, attributes: true });
};

async function clickToBlob(page, click) {
  const before = await page.evaluate(() => window.__bench.blobs.length);
  await Promise.all([page.waitForEvent('download'), click()]);
  await page.waitForFunction((n) => window.__bench.blobs.length > n, before);
  return page.evaluate(() => {
    const b = window.__bench;
    return b.blobs[b.blobs.length - 1].at - b.clicks[b.clicks.length - 1];
  });
}

const caseFile = join(OUT, 'case.json');
copyFileSync('examples/cases/waiting-time.json', caseFile);
const downloads = join(OUT, 'downloads');
mkdirSync(downloads, { recursive: true });

/// A slow phone: Chromium's CPU throttled ×4, a 1.6 Mbit/s down, 750 kbit/s
/// up, 150 ms network (Lighthouse's mobile profile, in round figures).
async function slowPhone(b) {
  const cdp = await b.context.newCDPSession(b.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
}

async function measure(name, dir, act, { csp = true, slow = false } = {}) {
  const server = await serve(dir, { csp, compress: slow });
  const samples = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const b = await launch();
      try {
        await b.context.addInitScript(PROBE);
        if (slow) await slowPhone(b);
        await b.page.goto(server.url);
        await b.page.waitForFunction(() => window.__bench?.interactive && window.__bench.paint !== undefined, null, { timeout: 120_000 });
        const s = await b.page.evaluate(() => ({ interactive: window.__bench.interactive, paint: window.__bench.paint }));
        if (act) Object.assign(s, await act(b.page, i === 0));
        samples.push(s);
      } finally {
        await b.close();
      }
    }
  } finally {
    server.close();
  }
  step(`${name}${slow ? ', slow phone' : ''}: ${RUNS} runs`);
  const median = (key) => {
    const v = samples.map((s) => s[key]).filter((x) => x !== undefined).sort((a, b) => a - b);
    return v.length ? v[Math.floor(v.length / 2)] : undefined;
  };
  return Object.fromEntries(['paint', 'interactive', 'docxCold', 'docxWarm', 'pdfCold', 'pdfWarm'].map((k) => [k, median(k)]));
}

const keep = async (page, click, name) => {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  await d.saveAs(join(downloads, name));
};

step('browser timings');
const times = {
  zhaloba: await measure('zhaloba', 'dist', async (page, first) => {
    await page.locator('#zh-transfer-summary').click();
    await page.setInputFiles('#zh-import-file', caseFile);
    await page.getByRole('heading', { level: 1, name: 'Проверьте ответы' }).waitFor();
    const docx = () => page.click('#zh-download-0-docx');
    const pdf = () => page.click('#zh-download-0-pdf');
    const r = { docxCold: await clickToBlob(page, docx), docxWarm: await clickToBlob(page, docx) };
    r.pdfCold = await clickToBlob(page, pdf);
    r.pdfWarm = await clickToBlob(page, pdf);
    if (first) {
      await keep(page, docx, 'zhaloba.docx');
      await keep(page, pdf, 'zhaloba.pdf');
    }
    return r;
  }),
  peer: await measure('peer', 'bench/peer/build/dist', async (page, first) => {
    const docx = () => page.click('#docx');
    const pdf = () => page.click('#pdf');
    const r = { docxCold: await clickToBlob(page, docx) };
    await page.waitForSelector('#docx:not([disabled])');
    r.docxWarm = await clickToBlob(page, docx);
    await page.waitForSelector('#pdf:not([disabled])');
    r.pdfCold = await clickToBlob(page, pdf);
    await page.waitForSelector('#pdf:not([disabled])');
    r.pdfWarm = await clickToBlob(page, pdf);
    if (first) {
      await page.waitForSelector('#pdf:not([disabled])');
      await keep(page, docx, 'peer.docx');
      await page.waitForSelector('#pdf:not([disabled])');
      await keep(page, pdf, 'peer.pdf');
    }
    return r;
  }, { csp: false }),
  floor: await measure('floor', floorDir),
};
step('slow-phone timings');
const slow = {
  zhaloba: await measure('zhaloba', 'dist', null, { slow: true }),
  peer: await measure('peer', 'bench/peer/build/dist', null, { csp: false, slow: true }),
  floor: await measure('floor', floorDir, null, { slow: true }),
};

// ---- the peer makes the same letter ---------------------------------------
step('checking the peer letter with LibreOffice and pdftotext');
// Page-number lines go, and hyphens before splitting: pdftotext joins a word
// broken at a line-end hyphen ("магнитно-\nрезонансная" → "магнитнорезонансная")
// and pdfmake breaks after a hyphen ("326- ФЗ"), so every source is compared
// without hyphens and the space or line break after them.
const words = (text) => text.normalize('NFC').replace(/\u00a0/g, ' ').replace(/^\s*\d+\s*$/gm, '')
  .replace(/-\s*/g, '').split(/\s+/)
  .map((w) => w.replace(/^[«(]+|[».,;:)]+$/g, '').replace(/(\p{L})\d+$/u, '$1'))
  .filter((w) => w.length >= 3 && !/^\d+$/.test(w)).sort();
const reference = words(readFileSync(join(OUT, 'zhaloba.txt'), 'utf8'));
const asText = {};
sh(`libreoffice --headless --convert-to txt:Text --outdir ${downloads} ${downloads}/peer.docx ${downloads}/zhaloba.docx`, { stdio: 'ignore' });
asText['peer DOCX (LibreOffice)'] = readFileSync(join(downloads, 'peer.txt'), 'utf8');
asText['zhaloba DOCX (LibreOffice)'] = readFileSync(join(downloads, 'zhaloba.txt'), 'utf8');
asText['peer PDF (pdftotext)'] = sh(`pdftotext -enc UTF-8 ${downloads}/peer.pdf -`);
asText['zhaloba PDF (pdftotext)'] = sh(`pdftotext -enc UTF-8 ${downloads}/zhaloba.pdf -`);
const sameLetter = Object.entries(asText).map(([name, text]) => {
  const got = words(text);
  let missing = reference.filter((w) => !got.includes(w));
  let extra = got.filter((w) => !reference.includes(w));
  // A word hyphenated across a page break comes out of pdftotext as two
  // words (with the page number glued to the first): accept the pair.
  missing = missing.filter((m) => {
    const i = extra.findIndex((a) => m.startsWith(a) && extra.includes(m.slice(a.length)));
    if (i < 0) return true;
    const rest = m.slice(extra[i].length);
    extra = extra.filter((_, k) => k !== i);
    extra.splice(extra.indexOf(rest), 1);
    return false;
  });
  return { name, ok: missing.length === 0 && extra.length === 0, missing, extra };
});

// ---- native ---------------------------------------------------------------
step('native writers (cargo bench)');
const native = sh('cargo bench -q --bench writers 2>/dev/null');

// ---- where the first screen's bytes go -----------------------------------
// twiggy on the first-screen module as cargo leaves it (names kept; before
// wasm-bindgen and wasm-opt, so raw sizes run larger than the served file's,
// the proportions are what matter).
step('size report (twiggy)');
build('cargo build -q --release --target wasm32-unknown-unknown --bin zhaloba-web --no-default-features --features texts-file');
const SECTIONS = /^(custom section|table\[|elem\[|export |import |type\[|global\[|"function names"|code\[|data\[)/;
const items = JSON.parse(sh('twiggy top -n 1000000 --retained -f json target/wasm32-unknown-unknown/release/zhaloba-web.wasm'))
  .filter((i) => !SECTIONS.test(i.name));
// `<yew::html::… as …>::run` → yew; `zhaloba::ui::pages::check::…` → zhaloba::ui::pages.
const owner = (name) => {
  const path = name.replace(/^(<|&mut |&|dyn |impl )+/g, '').split(/::| as /);
  if (name.startsWith('data segment')) return 'data (.rodata: content, strings, tables)';
  if (/^[A-Z]$/.test(path[0])) return 'generic impls (<T as …>)';
  return path[0] === 'zhaloba' ? path.slice(0, 3).join('::') : path[0].replace(/\[[0-9a-f]+\]$/, '');
};
const groups = new Map();
for (const i of items) groups.set(owner(i.name), (groups.get(owner(i.name)) ?? 0) + i.shallow_size);
const topGroups = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 20);
const topItems = items.sort((a, b) => b.retained_size - a.retained_size).slice(0, 20);

// ---- the table ------------------------------------------------------------
const kb = (n) => (n / 1000).toFixed(1);
const ms = (n) => (n === undefined ? '–' : n.toFixed(1));
const ratio = (a, b) => (a === undefined || b === undefined || !b ? '–' : (a / b).toFixed(2));
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const chromium = sh('chromium --version 2>/dev/null').trim();
const lines = [];
const out = (l = '') => lines.push(l);
out(`zhaloba bench — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${chromium}, ${RUNS} runs each, medians`);
out();
out('| bytes (KB = 1000 B) | zhaloba raw | gzip -9 | brotli -q 11 | peer raw | gzip -9 | brotli -q 11 | zhaloba/peer (brotli) | Yew floor brotli |');
out('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const row = (label, z, p, f) => out(`| ${label} | ${kb(z.raw)} | ${kb(z.gzip)} | ${kb(z.brotli)} | ${kb(p.raw)} | ${kb(p.gzip)} | ${kb(p.brotli)} | ${ratio(z.brotli, p.brotli)} | ${f ? kb(f.brotli) : '–'} |`);
const sum = (...xs) => xs.reduce((a, x) => ({ raw: a.raw + x.raw, gzip: a.gzip + x.gzip, brotli: a.brotli + x.brotli }));
row('first screen (html, js, wasm, css)', bytes.zhaloba.first, bytes.peer.first, bytes.floor.first);
row('screens\' texts: zhaloba content-ru.txt (right after the first screen) / peer –', bytes.zhaloba.texts, { raw: 0, gzip: 0, brotli: 0 });
row('files code: zhaloba DOCX+PDF+ics worker (check page) / peer pdfmake (first PDF)', bytes.zhaloba.pdf, bytes.peer.pdf);
row('PDF fonts (first PDF)', bytes.zhaloba.font, bytes.peer.font);
row('everything for a PDF', sum(bytes.zhaloba.first, bytes.zhaloba.texts, bytes.zhaloba.pdf, bytes.zhaloba.font), sum(bytes.peer.first, bytes.peer.pdf, bytes.peer.font));
out();
out('| in Chromium (ms, median) | zhaloba | peer | zhaloba/peer | Yew floor |');
out('|---|---:|---:|---:|---:|');
const t = times;
out(`| navigation → first screen interactive | ${ms(t.zhaloba.interactive)} | ${ms(t.peer.interactive)} | ${ratio(t.zhaloba.interactive, t.peer.interactive)} | ${ms(t.floor.interactive)} |`);
for (const [label, key] of [['click → DOCX blob, first on the page', 'docxCold'], ['click → DOCX blob, again', 'docxWarm'],
  ['click → PDF blob, first (code + fonts load)', 'pdfCold'], ['click → PDF blob, again (warm)', 'pdfWarm']]) {
  out(`| ${label} | ${ms(t.zhaloba[key])} | ${ms(t.peer[key])} | ${ratio(t.zhaloba[key], t.peer[key])} | – |`);
}
out();
out('| slow phone: CPU ×4, 1.6 Mbit/s, 150 ms, gzip (ms, median) | zhaloba | peer | zhaloba/peer | Yew floor |');
out('|---|---:|---:|---:|---:|');
for (const [label, key] of [['navigation → first paint', 'paint'], ['navigation → first screen interactive', 'interactive']]) {
  out(`| ${label} | ${ms(slow.zhaloba[key])} | ${ms(slow.peer[key])} | ${ratio(slow.zhaloba[key], slow.peer[key])} | ${ms(slow.floor[key])} |`);
}
out();
out('first-screen wasm by owner (crate, or our module), shallow bytes before wasm-bindgen/wasm-opt:');
out();
out('| owner | KB |');
out('|---|---:|');
for (const [name, size] of topGroups) out(`| ${name} | ${kb(size)} |`);
out();
out('first-screen wasm, top 20 items by retained size:');
out();
out('| item | retained KB | shallow KB |');
out('|---|---:|---:|');
for (const i of topItems) out(`| \`${i.name.replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|').slice(0, 110)}\` | ${kb(i.retained_size)} | ${kb(i.shallow_size)} |`);
out();
out('native writers (cargo bench --bench writers, release, median):');
out();
out(native.trim());
out();
out('same letter (word multiset of the CLI text vs each file read back by a client that is not ours):');
for (const s of sameLetter) out(`- ${s.ok ? 'ok  ' : 'DIFF'} ${s.name}${s.ok ? '' : ` missing ${JSON.stringify(s.missing.slice(0, 8))} extra ${JSON.stringify(s.extra.slice(0, 8))}`}`);
const report = lines.join('\n');
writeFileSync(join(OUT, 'report.md'), report + '\n');
console.log(report);
if (sameLetter.some((s) => !s.ok)) process.exitCode = 1;
