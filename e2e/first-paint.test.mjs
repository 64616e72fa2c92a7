// The first paint before the wasm: index.html carries the start page as the
// app renders it (web/start.html, kept so by tests/prerender.rs), inert until
// the live widget replaces it — with nothing moving when it does — and hidden
// wherever the widget will show something else first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, cspViolations, axeViolations } from './harness.mjs';

const PARTS = ['h1', '.zh-lead', '.zh-privacy', '.zh-form .zh-button', '#zh-device-title', '#zh-transfer-summary'];

/// Opens `path` with the page's wasm held back; returns a function that lets it through.
async function openHeld(b, url) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await b.page.route(/zhaloba-web_bg\.[0-9a-f]{8}\.wasm$/, async (route) => { await held; await route.continue(); });
  await b.page.gotoPlain(url, { waitUntil: 'domcontentloaded' });
  return release;
}

const boxes = (page) => page.evaluate((parts) => parts.map((sel) => {
  const r = document.querySelector(`#zhaloba ${sel}`).getBoundingClientRect();
  return [sel, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
}), PARTS);

test('the start page paints before the wasm, inert, and the live widget takes its place without moving anything', async () => {
  const server = await serve();
  const b = await launch({ width: 360, height: 740 });
  try {
    const release = await openHeld(b, server.url);
    const h1 = b.page.locator('#zhaloba h1');
    await h1.waitFor({ state: 'visible' });
    assert.equal(await h1.textContent(), 'Составить жалобу по полису ОМС');
    assert.ok(await b.page.evaluate(() => document.getElementById('zhaloba').inert), 'inert until live');
    const before = await boxes(b.page);
    release();
    await b.page.waitForFunction(() => !document.getElementById('zhaloba').hasAttribute('inert'));
    await b.page.getByRole('button', { name: 'Начать' }).waitFor();
    assert.deepEqual(await boxes(b.page), before, 'nothing moved');
    assert.equal(await b.page.locator('#zhaloba h1').count(), 1, 'the live page replaced the pre-rendered one');
    assert.deepEqual(await cspViolations(b.page, b.violations), []);
  } finally {
    await b.close();
    server.close();
  }
});

for (const [what, suffix, setup] of [
  ['in English (?lang=en)', '?lang=en', null],
  ['in a host\'s frame (#config=)', `#config=${encodeURIComponent(JSON.stringify({ organisation: { name: 'ООО «Пример-Мед»', hotline: '8 800 000-00-00' } }))}`, null],
  ['with answers kept on the device', '', () => localStorage.setItem('zhaloba.answers', '{}')],
]) {
  test(`${what}: the pre-rendered Russian start page stays hidden until the widget runs`, async () => {
    const server = await serve();
    const b = await launch();
    try {
      if (setup) await b.context.addInitScript(setup);
      const release = await openHeld(b, server.url + suffix);
      await b.page.waitForTimeout(300);
      assert.equal(await b.page.locator('#zhaloba h1').isVisible(), false, 'hidden before the widget runs');
      release();
      await b.page.waitForFunction(() => !document.getElementById('zhaloba').hasAttribute('inert'));
      await b.page.locator('#zhaloba h1').waitFor({ state: 'visible' });
    } finally {
      await b.close();
      server.close();
    }
  });
}

test('when the widget\'s script never runs, the pre-rendered page gives way to the message (never a dead page)', async () => {
  const server = await serve();
  const b = await launch();
  await b.context.route(/\/boot\.[0-9a-f]{8}\.js$/, (route) => route.abort());
  try {
    await b.page.goto(server.url);
    const alert = b.page.locator('#zhaloba [role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Форма жалобы не открылась.*другом.*could not start/s);
    assert.equal(await b.page.locator('#zhaloba h1').count(), 0, 'no dead start page');
    assert.deepEqual(await axeViolations(b.page), []);
  } finally {
    await b.close();
    server.close();
  }
});
