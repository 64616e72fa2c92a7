// Handing the letter on: copy into a web form (the clipboard equals the
// CLI's text), the mailto: link (its body decodes to the text, or the cover
// note with the attach hint when too long), the share sheet (hidden without
// support; given a PDF file where supported), the registered-mail kit (read
// back by pdftotext); and the page that never stays blank when the wasm
// cannot start (standalone and in a host's iframe, with an `error` event).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, serveSite, launch, assertPrivate, axeViolations, ARTIFACTS } from './harness.mjs';

const EXAMPLE = 'examples/cases/waiting-time.json';
const EMAIL = 'oms@primer-med.example';

function cliText(format = 'txt') {
  execFileSync('cargo', ['build', '-q', '--bin', 'zhaloba']);
  const out = join(ARTIFACTS, `hand-in-cli.${format}`);
  execFileSync('target/debug/zhaloba', ['render', EXAMPLE, '--format', format, '--out', out]);
  return readFileSync(out, 'utf8');
}

/// The check page of the example, with the host's e-mail configured.
async function checkPage(b, server) {
  const { page } = b;
  const config = { organisation: { name: 'ООО «Пример-Мед»', email: EMAIL } };
  await page.goto(`${server.url}#config=${encodeURIComponent(JSON.stringify(config))}`);
  await page.getByRole('button', { name: 'Начать' }).waitFor();
  const interactiveAt = Date.now();
  const file = join(ARTIFACTS, 'hand-in-case.json');
  writeFileSync(file, readFileSync(EXAMPLE));
  await page.locator('#zh-transfer-summary').click();
  await page.setInputFiles('#zh-import-file', file);
  await page.getByRole('heading', { level: 1, name: 'Проверьте ответы' }).waitFor();
  await page.locator('#zh-copy-0:not([disabled])').waitFor();
  return interactiveAt;
}

const decode = (s) => decodeURIComponent(s);
function mailParts(href) {
  const [to, query] = href.slice('mailto:'.length).split('?');
  const params = Object.fromEntries(query.split('&').map((kv) => kv.split('=')).map(([k, v]) => [k, decode(v)]));
  return { to: decode(to), ...params };
}

test('copy the text and the body, the mailto: link, the kit as PDFs; no share button without support', async () => {
  const server = await serve();
  const b = await launch();
  const { page, context } = b;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await context.addInitScript(() => {
    delete Navigator.prototype.share;
    delete Navigator.prototype.canShare;
  });
  try {
    const interactiveAt = await checkPage(b, server);
    const text = cliText();
    // By keyboard: focus and Enter.
    await page.focus('#zh-copy-0');
    await page.keyboard.press('Enter');
    await page.locator('#zh-copied-0', { hasText: 'Текст скопирован' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
    await page.click('#zh-copy-body-0');
    await page.waitForFunction(async (full) => (await navigator.clipboard.readText()) !== full, text);
    const body = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(text.endsWith(body), 'the body is the end of the letter');
    assert.ok(body.length < text.length && /^(ЖАЛОБА|ЗАЯВЛЕНИЕ|ПРЕТЕНЗИЯ|ЗАПРОС)/.test(body), body.slice(0, 40));
    assert.ok(!body.includes('Заявитель:'), 'no sender block');

    const mail = mailParts(await page.getAttribute('#zh-mailto-0', 'href'));
    assert.equal(mail.to, EMAIL);
    assert.match(mail.subject, /^(Жалоба|Заявление)/);
    const whole = mail.body === text.replaceAll('\n', '\r\n');
    const hint = await page.locator('#zh-mail-attach-0').count();
    if (whole) {
      assert.equal(hint, 0, 'no attach hint when the text is in the link');
    } else {
      assert.equal(mail.body, 'Здравствуйте!\r\n\r\nНаправляю обращение во вложении.');
      assert.equal(hint, 1, 'the attach hint when the text is too long for a link');
    }
    console.log(`# mailto: ${whole ? 'the whole text' : 'the cover note and the attach hint'} (${(await page.getAttribute('#zh-mailto-0', 'href')).length} characters)`);

    assert.equal(await page.locator('#zh-share-0').count(), 0, 'no share button without Web Share');

    for (const [format, expected] of [['inventory', ['ОПИСЬ ВЛОЖЕНИЯ', 'в ценное письмо', 'Количество', 'Отправитель']], ['envelope', ['От кого:', 'Кому:', 'Куда:']]]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#zh-download-0-${format}`)]);
      const path = join(ARTIFACTS, `hand-in-${format}.pdf`);
      await download.saveAs(path);
      assert.match(download.suggestedFilename(), format === 'inventory' ? /-opis\.pdf$/ : /-konvert\.pdf$/);
      const extracted = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const e of expected) assert.ok(extracted.includes(e), `${format}: «${e}» in ${extracted.slice(0, 200)}`);
      const cli = join(ARTIFACTS, `hand-in-cli-${format}.pdf`);
      execFileSync('target/debug/zhaloba', ['render', EXAMPLE, '--format', format, '--out', cli]);
      assert.equal(extracted, execFileSync('pdftotext', [cli, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '), 'the same as the CLI makes');
    }
    assert.deepEqual(await axeViolations(page), []);
    await assertPrivate(assert, b, server.origin, interactiveAt);
  } finally {
    await b.close();
    server.close();
  }
});

test('where files can be shared, «Отправить PDF…» hands a PDF to navigator.share', async () => {
  const server = await serve();
  const b = await launch({ width: 360, height: 740 });
  await b.context.addInitScript(() => {
    Navigator.prototype.canShare = (data) => Array.isArray(data?.files) && data.files.every((f) => f instanceof File);
    Navigator.prototype.share = (data) => {
      window.__shared = data.files.map((f) => ({ name: f.name, type: f.type, size: f.size }));
      return Promise.resolve();
    };
  });
  try {
    const interactiveAt = await checkPage(b, server);
    await b.page.click('#zh-share-0');
    const shared = await (await b.page.waitForFunction(() => window.__shared)).jsonValue();
    assert.equal(shared.length, 1);
    assert.match(shared[0].name, /^zhaloba-\d{4}-\d{2}-\d{2}-[a-z-]+\.pdf$/);
    assert.equal(shared[0].type, 'application/pdf');
    assert.ok(shared[0].size > 10_000, `${shared[0].size} bytes`);
    assert.deepEqual(await axeViolations(b.page), []);
    await assertPrivate(assert, b, server.origin, interactiveAt);
  } finally {
    await b.close();
    server.close();
  }
});

test('the privacy page opens from the start page, in Russian and English, with axe 0', async () => {
  const server = await serve();
  const b = await launch();
  try {
    await b.page.goto(server.url);
    await b.page.getByRole('button', { name: 'Начать' }).waitFor();
    const interactiveAt = Date.now();
    const [tab] = await Promise.all([b.context.waitForEvent('page'), b.page.click('#zh-privacy-link')]);
    await tab.waitForLoadState();
    assert.equal(new URL(tab.url()).pathname, '/privacy.html');
    assert.equal(await tab.locator('h1').first().textContent(), 'Ваши данные');
    assert.equal(await tab.locator('#en h1').textContent(), 'Your data');
    // It names the widget's own controls as the widget does.
    for (const words of ['не уходят ни на какой сервер', 'Сохранять ответы на этом устройстве', 'в отдельной рамке']) {
      assert.ok((await tab.textContent('main')).includes(words), words);
    }
    assert.deepEqual(await axeViolations(tab), []);
    // The page and its stylesheet are the only requests it adds.
    await assertPrivate(assert, b, server.origin, interactiveAt);
  } finally {
    await b.close();
    server.close();
  }
});

test('when the wasm cannot load, the page says so (never blank) and the host gets an error event', async () => {
  const widget = await serve();
  const host = await serveSite('blocked', {
    'index.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Страховая</title></head><body>
<main><h1>Жалоба</h1><div id="complaint"></div></main>
<script src="http://127.0.0.1:8080/zhaloba-embed.js"></script><script src="host.js"></script></body></html>`,
    'host.js': `window.events = [];
document.getElementById('complaint').addEventListener('zhaloba:error', (e) => window.events.push(e.detail));
Zhaloba.mount('#complaint', { organisation: { name: 'ООО «Пример-Мед»', hotline: '8 800 000-00-00' } });
`,
  }, widget.origin);
  const b = await launch();
  await b.context.route(/\.wasm$/, (route) => route.abort());
  try {
    // Standalone: the page itself says what to do, in both languages.
    await b.page.goto(widget.url);
    const alert = b.page.locator('#zhaloba [role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Форма жалобы не открылась.*другом.*could not start/s);
    assert.deepEqual(await axeViolations(b.page), []);
    // In a host's iframe: the same message with the host's hotline, and an event.
    await b.page.goto(host.url);
    const frame = await (await b.page.waitForSelector('#complaint iframe')).contentFrame();
    await frame.locator('[role=alert]').waitFor();
    assert.match(await frame.textContent('[role=alert]'), /позвоните: 8 800 000-00-00/);
    await b.page.waitForFunction(() => window.events.length > 0);
    assert.deepEqual(await b.page.evaluate(() => window.events), [{ code: 'load' }]);
  } finally {
    await b.close();
    widget.close();
    host.close();
  }
});
