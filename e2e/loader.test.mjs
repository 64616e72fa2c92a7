// The loader's promises to a host page: update(options) keeps what was
// typed, its messages come in the widget's language, and a windows-1251 page
// passes its options intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, serveSite, launch, choose, h1Text } from './harness.mjs';

const page = (script) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Сайт</title></head><body>
<main><h1>Жалоба</h1><div id="complaint"></div></main>
<script src="http://127.0.0.1:8080/zhaloba-embed.js"></script><script>${script}</script></body></html>`;

for (const mode of ['iframe', 'inline']) {
  test(`update(), ${mode} mode: the language and contacts change, the answer stays; a wrong option changes nothing`, async () => {
    const widget = await serve();
    const host = await serveSite(`update-${mode}`, {
      'index.html': page(`window.widget = Zhaloba.mount('#complaint', { mode: '${mode}', organisation: { name: 'ООО «Пример-Мед»', hotline: '8 800 000-00-00' } });`),
    }, widget.origin);
    const b = await launch();
    const errors = [];
    b.context.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    try {
      await b.page.goto(host.url);
      const shadow = mode === 'inline' ? '#complaint' : null;
      const target = mode === 'iframe' ? await (await b.page.waitForSelector('#complaint iframe')).contentFrame() : b.page;
      const inWidget = (sel) => (mode === 'inline' ? `#complaint ${sel}` : sel);
      await target.locator(inWidget('h1'), { hasText: 'Составить жалобу по полису ОМС' }).waitFor();
      await target.getByRole('button', { name: 'Начать' }).click();
      await target.locator(inWidget('h1'), { hasText: 'Что случилось?' }).waitFor();
      await choose(target, 'zh-category', 'waiting-time');
      await b.page.evaluate(() => window.widget.update({ lang: 'en', organisation: { name: 'ООО «Новое»', hotline: '8 800 222-33-44' } }));
      await target.locator(inWidget('h1'), { hasText: 'What happened?' }).waitFor();
      assert.ok(await target.isChecked(inWidget('input[name="zh-category"][value="waiting-time"]')), 'the answer stays');
      // A theme, then none: the accent comes and goes.
      const accent = () => target.locator(inWidget('.zh-button')).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      const initial = await accent();
      await b.page.evaluate(() => window.widget.update({ theme: { accent: '#006633' } }));
      await target.waitForFunction(([sel, shadow]) => {
        const root = shadow ? document.querySelector(shadow).shadowRoot : document;
        return getComputedStyle(root.querySelector(sel)).backgroundColor === 'rgb(0, 102, 51)';
      }, ['.zh-button', shadow]);
      await b.page.evaluate(() => window.widget.update({ theme: {} }));
      await target.waitForFunction(([sel, shadow, initial]) => {
        const root = shadow ? document.querySelector(shadow).shadowRoot : document;
        return getComputedStyle(root.querySelector(sel)).backgroundColor === initial;
      }, ['.zh-button', shadow, initial]);
      // A wrong option: named on the console, nothing changes.
      await b.page.evaluate(() => window.widget.update({ theme: { accent: 'red; background: url(//evil)' } }));
      await b.page.waitForTimeout(300);
      assert.ok(errors.some((e) => /zhaloba: update: .*theme\.accent/.test(e)), errors.join('\n'));
      assert.equal(await h1Text(target, shadow), 'What happened?');
      // Back on the start page: the new contacts, in English.
      await target.getByRole('link', { name: 'Back' }).click();
      await target.locator(inWidget('h1'), { hasText: 'Write a complaint' }).waitFor();
      assert.match(await target.textContent(inWidget('.zh-form')), /ООО «Новое»: 8 800 222-33-44/);
      assert.ok(await b.page.evaluate(() => document.getElementById('complaint').zhaloba === window.widget));
    } finally {
      await b.close();
      widget.close();
      host.close();
    }
  });
}

test("the loader's own messages come in the widget's language", async () => {
  const widget = await serve();
  const host = await serveSite('loader-lang', {
    'index.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Сайт</title></head><body>
<div id="ru"></div><div id="en"></div>
<script src="http://127.0.0.1:8080/zhaloba-embed.js"></script>
<script>Zhaloba.mount('#ru', { mode: 'popup' }); Zhaloba.mount('#en', { mode: 'popup', lang: 'en' });</script></body></html>`,
  }, widget.origin);
  const b = await launch();
  try {
    await b.page.goto(host.url);
    assert.match(await b.page.textContent('#ru [role=alert]'), /^Форма жалобы на этом сайте настроена с ошибкой/);
    assert.match(await b.page.textContent('#en [role=alert]'), /^The complaint form on this site is set up wrongly/);
  } finally {
    await b.close();
    widget.close();
    host.close();
  }
});

test('a windows-1251 page: Cyrillic options, raw or as character references, reach the widget intact', async () => {
  const widget = await serve();
  const name = "ООО «Д'Арт-Мед»";
  const refs = [...name].map((c) => (c.charCodeAt(0) > 127 ? `&#${c.charCodeAt(0)};` : c)).join('');
  const tag = (value) => `<!doctype html><html lang="ru"><head><title>Сайт</title></head><body>
<main><h1>Жалоба</h1><div id="complaint"></div></main>
<script src="http://127.0.0.1:8080/zhaloba-embed.js" data-target="#complaint" data-organisation-name="${value}"
  data-organisation-hotline="8 800 111-22-33" async></script></body></html>`;
  // The page's bytes in windows-1251: А–я are 0xC0–0xFF, « » keep their codes.
  const cp1251 = (text) => Buffer.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code < 128 || code === 0xab || code === 0xbb) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no windows-1251 byte here for ${c}`);
  }));
  const host = await serveSite('cp1251', { 'raw.cp1251.html': cp1251(tag(name)), 'refs.cp1251.html': cp1251(tag(refs)) }, widget.origin);
  const b = await launch();
  try {
    for (const file of ['raw.cp1251.html', 'refs.cp1251.html']) {
      await b.page.goto(host.url + file);
      assert.equal(await b.page.evaluate(() => document.characterSet), 'windows-1251');
      const frame = await (await b.page.waitForSelector('#complaint iframe')).contentFrame();
      await frame.locator('h1', { hasText: 'Составить жалобу по полису ОМС' }).waitFor();
      assert.match(await frame.textContent('.zh-form'), /ООО «Д'Арт-Мед»: 8 800 111-22-33/, file);
    }
  } finally {
    await b.close();
    widget.close();
    host.close();
  }
});
