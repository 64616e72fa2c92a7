// The widget on other sites (examples/embed/): an insurer page (iframe
// mode), a ТФОМС portal (inline, region fixed), a hostile page. Each page is
// served from its own origin, the widget from another, as in real life.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serve, serveHost, serveSite, launch, cspViolations, drive, axeViolations, h1Text, ARTIFACTS } from './harness.mjs';

/// Inline mode: the widget stays transparent until its stylesheet has
/// loaded in the shadow root; compare looks only after that.
async function styled(page, host) {
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    const box = root?.querySelector('link + div');
    return root?.querySelector('link')?.sheet && box && box.style.opacity === '';
  }, host);
}

const ANSWERS = {
  category: 'waiting-time',
  'represented.relation': 'self',
  'facts.service': 'specialist',
  'facts.suspicion': 'none',
  'facts.service_name': 'консультация кардиолога',
  'facts.referral_date': ['4', '5', '2026'],
  'facts.offered_date': ['20', '7', '2026'],
  'facts.what_they_said': 'ТАЙНАЯ-ФРАЗА записи нет',
  'clinic.name': 'ОГБУЗ «Поликлиника № 7»',
  'insurer.name': 'ООО «Пример-Мед»',
  'applicant.full_name': 'Секретова Тайна Ивановна',
  'applicant.gender': 'female',
  'applicant.postal_address': '156000, г. Кострома, ул. Тайная, д. 1',
};
const TYPED = ['ТАЙНАЯ-ФРАЗА', 'Секретова', 'Тайная', 'кардиолога'];

// Only these events, only these keys.
const EVENT_KEYS = { ready: ['content', 'version'], step: ['category', 'index', 'total'], document: ['format'], resize: ['height'] };
/// The host's events once the download's has arrived: from a frame it
/// comes by postMessage, after the file itself.
async function hostEvents(page) {
  await page.waitForFunction(() => (window.hostEvents || []).some((e) => e.type === 'document'), null, { timeout: 5000 }).catch(() => {});
  return page.evaluate(() => window.hostEvents);
}

function assertEvents(events) {
  assert.ok(events.some((e) => e.type === 'ready'), 'ready');
  assert.ok(events.some((e) => e.type === 'step'), 'step');
  assert.ok(events.some((e) => e.type === 'document'), 'document');
  for (const e of events) {
    assert.deepEqual(Object.keys(e.detail).sort(), EVENT_KEYS[e.type], `${e.type} payload keys`);
    for (const t of TYPED) assert.ok(!JSON.stringify(e.detail).includes(t), `${e.type} carries typed text`);
  }
}

// Requests: the host's own files, the widget's own files; nothing else.
const H = '(\\.[0-9a-f]{8})?';
const WIDGET_FILES = new RegExp(`^/(index\\.html|zhaloba(-inline)?${H}\\.css|boot${H}\\.js|first-paint${H}\\.js|zhaloba-embed${H}\\.js|zhaloba-web${H}\\.js|zhaloba-web_bg${H}\\.wasm|content-(en|ru)${H}\\.txt|files-worker\\.js|zhaloba-files${H}\\.js|zhaloba-files_bg${H}\\.wasm|fonts/ZhalobaSerif-Regular${H}\\.ttf)$`);
function assertRequests(requests, host, widget) {
  for (const r of requests) {
    const u = new URL(r.url);
    if (u.protocol === 'blob:' || u.protocol === 'data:') continue;
    if (u.origin === host.origin) continue;
    assert.equal(u.origin, widget.origin, `request to another origin: ${r.url}`);
    assert.match(u.pathname, WIDGET_FILES, `unexpected widget request ${r.url}`);
  }
}

async function setup(page = 'insurer.html', viewport) {
  const widget = await serve();
  const host = await serveHost('examples/embed', widget.origin);
  const b = await launch(viewport);
  await b.page.goto(host.url + page);
  return { widget, host, b, close: async () => { await b.close(); widget.close(); host.close(); } };
}

async function widgetFrame(page) {
  const handle = await page.waitForSelector('#complaint iframe');
  const frame = await handle.contentFrame();
  await frame.locator('h1').first().waitFor();
  return { frame, handle };
}

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(ARTIFACTS, `embed-${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return readFileSync(file);
}

/// Computed styles that show whether a page's CSS reached an element.
const LOOK = ['font-family', 'font-size', 'color', 'background-color', 'border-top-width', 'display', 'margin-top', 'padding-top'];
async function looks(frameOrPage, selectors, shadow = null) {
  return frameOrPage.evaluate(([selectors, props, shadow]) => {
    const root = shadow ? document.querySelector(shadow).shadowRoot : document;
    return selectors.map((s) => {
      const el = root.querySelector(s);
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    });
  }, [selectors, LOOK, shadow]);
}
const WIDGET_PARTS = ['.zh-app', 'h1', '.zh-button', '.zh-privacy'];

let reference = null;
/// The widget's own look on its own page, to compare embedded copies with.
async function referenceLook() {
  if (reference) return reference;
  const widget = await serve();
  const b = await launch();
  try {
    await b.page.goto(widget.url);
    await b.page.locator('h1').first().waitFor();
    reference = await looks(b.page, WIDGET_PARTS);
  } finally {
    await b.close();
    widget.close();
  }
  return reference;
}

test('insurer page, iframe mode: branded, prefilled, completes, downloads, PII-free events, reset', async () => {
  const s = await setup();
  try {
    const { page } = s.b;
    const { frame, handle } = await widgetFrame(page);
    assert.equal(new URL(frame.url()).origin, s.widget.origin, 'the wizard runs in the widget origin');
    assert.equal(await frame.title(), 'Шаг 1 из 2 — Составить жалобу по полису ОМС — Жалоба по ОМС');
    assert.equal(await page.title(), 'Пример-Мед — жалоба по ОМС', 'the host title is untouched');
    // Branding: the host's logo (handed over as data:), accent colour, hotline.
    assert.match(await frame.getAttribute('.zh-logo', 'src'), /^data:image\/svg\+xml;base64,/);
    assert.equal(await frame.evaluate(() => getComputedStyle(document.querySelector('.zh-button')).backgroundColor), 'rgb(0, 102, 51)');
    assert.match(await frame.textContent('.zh-form'), /8 800 000-00-00/);
    // Auto-height: the frame grows to its content.
    await page.waitForFunction(() => document.querySelector('#complaint iframe').getBoundingClientRect().height > 480);
    const frameHeight = await handle.evaluate((f) => f.getBoundingClientRect().height);
    const contentHeight = await frame.evaluate(() => Math.ceil(document.querySelector('.zh-app').getBoundingClientRect().height));
    assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight} vs content ${contentHeight}`);

    await drive(frame, ANSWERS, {
      until: /^Проверьте ответы$/,
      onPage: async (f, i, heading) => {
        if (heading === 'Что случилось?') {
          const offered = await f.evaluate(() => [...document.querySelectorAll('input[name="zh-category"]')].map((r) => r.value));
          assert.deepEqual(offered, ['waiting-time', 'paid-care', 'refused-care', 'quality', 'ethics', 'change-insurer']);
        }
        if (heading === 'Ваша страховая компания по ОМС') {
          assert.equal(await f.inputValue('#zh-insurer-branch'), 'Костромской филиал', 'the host prefilled its branch');
        }
      },
    });
    const preview = await frame.textContent('.zh-preview');
    assert.match(preview, /ООО «Пример-Мед»\s*Костромской филиал/);
    assert.match(preview, /156000, г\. Кострома, ул\. Советская, д\. 10/);
    const txt = await download(page, () => frame.click('#zh-download-0-txt'));
    assert.match(txt.toString('utf8'), /ТАЙНАЯ-ФРАЗА/);
    const docx = await download(page, () => frame.click('#zh-download-0-docx'));
    assert.equal(docx.subarray(0, 2).toString(), 'PK');

    // The host's reset: back to the start, answers gone.
    await page.click('#host-reset');
    await frame.locator('h1', { hasText: 'Составить жалобу по полису ОМС' }).waitFor();
    await frame.locator('.zh-form button[type=submit]').click();
    await frame.locator('h1', { hasText: 'Что случилось?' }).waitFor();
    assert.equal(await frame.evaluate(() => document.querySelector('input[name="zh-category"]:checked')), null);
    // unmount(): the frame goes, the host's own content stays.
    await page.evaluate(() => window.Zhaloba.unmount('#complaint'));
    assert.equal(await page.locator('#complaint iframe').count(), 0);
    assert.equal(await page.locator('#host-reset').count(), 1);

    assertEvents(await hostEvents(page));
    assertRequests(s.b.requests, s.host, s.widget);
    assert.deepEqual(await cspViolations(page, s.b.violations), []);
  } finally {
    await s.close();
  }
});

test('ТФОМС portal, inline mode: region fixed, isolated styles, Webvisor-style recorder sees nothing', async () => {
  const s = await setup('tfoms.html');
  try {
    const { page } = s.b;
    await page.locator('#complaint .zh-app h1').waitFor();
    await styled(page, '#complaint');
    assert.equal(await page.title(), 'ТФОМС Костромской области — обращения граждан');
    // The host's CSS does not reach the widget; only the accent it chose differs.
    const expected = (await referenceLook()).map((l, i) => (i === 2 ? { ...l, 'background-color': 'rgb(122, 31, 92)' } : l));
    assert.deepEqual(await looks(page, WIDGET_PARTS, '#complaint'), expected);
    await drive(page, ANSWERS, { until: /^Проверьте ответы$/, shadow: '#complaint', axe: false });
    const txt = await download(page, () => page.click('#zh-download-0-txt'));
    assert.match(txt.toString('utf8'), /Секретова/);
    // DOCX comes from the files worker, started from a blob: bootstrap on this origin.
    const docx = await download(page, () => page.click('#zh-download-0-docx'));
    assert.equal(docx.subarray(0, 2).toString(), 'PK');
    // The region the portal fixed travels with the answers.
    await page.locator('#complaint #zh-transfer-summary').click();
    const saved = JSON.parse((await download(page, () => page.click('#zh-export'))).toString('utf8'));
    assert.equal(saved.case.region, 'Костромская область');
    // Every field was marked: the recorder that honours the marks kept nothing.
    assert.deepEqual(await page.evaluate(() => window.recorded), []);
    assertEvents(await hostEvents(page));
    assertRequests(s.b.requests, s.host, s.widget);
    assert.deepEqual(await cspViolations(page, s.b.violations), []);
    // Last: axe-core injects a <style> of its own, which this page's CSP refuses.
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await s.close();
  }
});

for (const mode of ['iframe', 'inline']) {
  test(`hostile page, ${mode} mode: its CSS and ids change nothing in the widget, the widget changes nothing on the page`, async () => {
    const widget = await serve();
    const host = await serveHost('examples/embed', widget.origin);
    // The host page's own look before any widget: a second page without the loader.
    const b = await launch();
    try {
      const { page } = b;
      const hostParts = ['#zhaloba', '#zh-category', '.host-button', 'body'];
      await page.goto(`${host.url}hostile.html?mode=none`);
      const hostBefore = await looks(page, hostParts);
      await page.goto(`${host.url}hostile.html?mode=${mode}`);
      let target = page;
      let shadow = null;
      if (mode === 'iframe') target = (await widgetFrame(page)).frame;
      else {
        shadow = '#complaint';
        await page.locator('#complaint .zh-app h1').waitFor();
        await styled(page, shadow);
      }
      assert.deepEqual(await looks(target, WIDGET_PARTS, shadow), await referenceLook(), 'host CSS reached the widget');
      assert.deepEqual(await looks(page, hostParts), hostBefore, 'widget CSS reached the host page');
      await drive(target, ANSWERS, { until: /^Проверьте ответы$/, shadow, axe: false });
      const txt = await download(page, () => target.click('#zh-download-0-txt'));
      assert.match(txt.toString('utf8'), /ТАЙНАЯ-ФРАЗА/);
      assertEvents(await hostEvents(page));
      if (mode === 'iframe') {
        const stolen = await page.evaluate(() => window.stolen);
        for (const t of TYPED) assert.ok(!stolen.some((x) => x.includes(t)), `the host read "${t}": ${stolen}`);
        // contentDocument of a cross-origin frame is null: the reading fails.
        assert.ok(stolen.some((x) => x.startsWith('blocked:')), 'the host tried and was blocked');
      }
      assertRequests(b.requests, host, widget);
    } finally {
      await b.close();
      widget.close();
      host.close();
    }
  });
}

test('a bad configuration shows a message in the widget and on the console', async () => {
  const widget = await serve();
  mkdirSync(join(ARTIFACTS, 'blank'), { recursive: true });
  writeFileSync(join(ARTIFACTS, 'blank', 'bad.html'), `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>bad</title></head><body>
<div id="x"></div><script src="http://127.0.0.1:8080/zhaloba-embed.js"></script><script src="bad.js"></script></body></html>`);
  writeFileSync(join(ARTIFACTS, 'blank', 'bad.js'), "Zhaloba.mount('#x', { theme: { accent: 'red; background: url(//evil)' }, categories: ['no-such'], colour: 1 });\n");
  const host = await serveHost(join(ARTIFACTS, 'blank'), widget.origin);
  const b = await launch();
  const errors = [];
  b.context.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await b.page.goto(`${host.url}bad.html`);
    const { frame } = await widgetFrame(b.page).catch(async () => ({ frame: (await (await b.page.waitForSelector('#x iframe')).contentFrame()) }));
    await frame.locator('[role=alert]').waitFor();
    assert.match(await frame.textContent('[role=alert]'), /настроена с ошибкой.*unknown option "colour"/s);
    await b.page.waitForFunction(() => true);
    assert.ok(errors.some((e) => /zhaloba: unknown option "colour"/.test(e)), errors.join('\n'));
  } finally {
    await b.close();
    widget.close();
    host.close();
  }
});

// EMBEDDING.md's fragments, as written: e2e/guides.test.mjs.

test('the pinned loader (content-hashed name, SRI) loads; a wrong hash is refused', async () => {
  const { loader, integrity } = JSON.parse(readFileSync('dist/embed.json', 'utf8'));
  assert.match(loader, /^zhaloba-embed\.[0-9a-f]{8}\.js$/);
  const snippet = readFileSync('dist/embed-snippet.html', 'utf8');
  assert.ok(snippet.includes(`integrity="${integrity}"`));
  const widget = await serve();
  mkdirSync(join(ARTIFACTS, 'blank'), { recursive: true });
  const page = (hash) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Pinned</title></head><body>
${snippet.replaceAll('https://widget.example.ru/zhaloba/', 'http://127.0.0.1:8080/').replace(integrity, hash)}</body></html>`;
  writeFileSync(join(ARTIFACTS, 'blank', 'pinned.html'), page(integrity));
  writeFileSync(join(ARTIFACTS, 'blank', 'tampered.html'), page('sha384-' + Buffer.alloc(48).toString('base64')));
  const host = await serveHost(join(ARTIFACTS, 'blank'), widget.origin);
  const b = await launch();
  try {
    await b.page.goto(`${host.url}pinned.html`);
    const frame = await (await b.page.waitForSelector('#complaint iframe')).contentFrame();
    await frame.locator('h1', { hasText: 'Составить жалобу по полису ОМС' }).waitFor();
    await b.page.goto(`${host.url}tampered.html`);
    await b.page.waitForTimeout(1000);
    assert.equal(await b.page.locator('#complaint iframe').count(), 0, 'a loader with the wrong hash must not run');
  } finally {
    await b.close();
    widget.close();
    host.close();
  }
});

test('iframe mode from the host page\'s own origin is refused (the frame could not keep the page out), unless the host opts in; a second mount keeps the first', async () => {
  // A host's own page on the widget's server (nginx): the widget and the
  // page share an origin. `.htm`, so the widget's own policy (sent with its
  // .html documents) does not stand in for the host page's.
  const page = 'same-origin-host.htm';
  writeFileSync(join('dist', page), `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Тот же адрес</title></head><body>
<main><h1>Жалоба</h1><div id="a"></div><div id="b"></div></main>
<script src="zhaloba-embed.js"></script><script src="same-origin-host.js"></script></body></html>`);
  writeFileSync(join('dist', 'same-origin-host.js'), `window.events = [];
document.getElementById('a').addEventListener('zhaloba:error', (e) => window.events.push(e.detail));
Zhaloba.mount('#a', {});
Zhaloba.mount('#b', { sameOrigin: true });
`);
  const widget = await serve('dist');
  const b = await launch();
  const errors = [];
  b.page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await b.page.goto(`${widget.url}${page}`);
    await b.page.locator('#a [role=alert]').waitFor();
    assert.match(await b.page.textContent('#a [role=alert]'), /настроена с ошибкой/);
    assert.equal(await b.page.locator('#a iframe').count(), 0, 'no frame');
    assert.deepEqual(await b.page.evaluate(() => window.events), [{ code: 'same-origin' }]);
    assert.ok(errors.some((e) => /origin of its own/.test(e)), errors.join('\n'));
    // Opted in: the frame is made (and its options carry no sameOrigin).
    const frame = await (await b.page.waitForSelector('#b iframe')).contentFrame();
    await frame.locator('h1', { hasText: 'Составить жалобу по полису ОМС' }).waitFor();
    // Mounting again on the same element keeps the first widget.
    assert.ok(await b.page.evaluate(() => Zhaloba.mount('#b', { sameOrigin: true }) === document.getElementById('b').zhaloba));
    assert.equal(await b.page.locator('#b iframe').count(), 1);
  } finally {
    await b.close();
    widget.close();
    for (const f of [page, 'same-origin-host.js']) rmSync(join('dist', f), { force: true });
  }
});

test('a CMS that merges the loader into its own bundle: `base` says where the widget is', async () => {
  const widget = await serve();
  const host = await serveSite('merged', {
    // As 1С-Битрикс's optimiser does: the loader's text inside the site's own script file.
    'bundle.js': `${readFileSync('dist/zhaloba-embed.js', 'utf8')}
;Zhaloba.mount('#complaint', { base: 'http://127.0.0.1:8080/' });
`,
    'index.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Сайт</title></head><body>
<main><h1>Жалоба</h1><div id="complaint"></div></main><script src="bundle.js"></script></body></html>`,
  }, widget.origin);
  const b = await launch();
  try {
    await b.page.goto(host.url);
    const { frame } = await widgetFrame(b.page);
    assert.equal(await h1Text(frame), 'Составить жалобу по полису ОМС');
    assert.equal(new URL(frame.url()).origin, widget.origin);
  } finally {
    await b.close();
    widget.close();
    host.close();
  }
});

test('options as one data attribute each: an apostrophe in the company name needs no JSON quoting', async () => {
  const widget = await serve();
  const host = await serveSite('attributes', {
    'index.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Сайт</title></head><body>
<main><h1>Жалоба</h1><div id="complaint"></div></main>
<script src="http://127.0.0.1:8080/zhaloba-embed.js" data-target="#complaint" data-organisation-name="ООО «Д'Арт-Мед»"
  data-organisation-hotline="8 800 111-22-33" data-theme-accent="#006633" async></script></body></html>`,
  }, widget.origin);
  const b = await launch();
  try {
    await b.page.goto(host.url);
    const { frame } = await widgetFrame(b.page);
    assert.equal(await h1Text(frame), 'Составить жалобу по полису ОМС');
    assert.match(await frame.textContent('.zh-form'), /ООО «Д'Арт-Мед»: 8 800 111-22-33/);
    assert.equal(await frame.evaluate(() => getComputedStyle(document.querySelector('.zh-button')).backgroundColor), 'rgb(0, 102, 51)');
  } finally {
    await b.close();
    widget.close();
    host.close();
  }
});
