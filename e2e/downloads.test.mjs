// A file is made once per set of answers: a second click on the same button
// saves the same bytes without asking the files worker again; new answers
// make a new file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inBrowser, lettersReady, ARTIFACTS } from './harness.mjs';

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(ARTIFACTS, `again-${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return readFileSync(file);
}

test('the same button again saves the same file without the worker; new answers make a new one', () => inBrowser(async (b, server) => {
  await b.context.addInitScript(() => {
    window.__asked = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, transfer) {
      window.__asked.push(message.format);
      return post.call(this, message, transfer);
    };
  });
  const { page } = b;
  const caseFile = join(ARTIFACTS, 'again-case.json');
  writeFileSync(caseFile, readFileSync('examples/cases/waiting-time.json'));
  await page.goto(server.url);
  await page.locator('#zh-transfer-summary').click();
  await page.setInputFiles('#zh-import-file', caseFile);
  await page.getByRole('heading', { level: 1, name: 'Проверьте ответы' }).waitFor();
  await lettersReady(page);
  const docx = () => page.click('#zh-download-0-docx');
  const asked = () => page.evaluate(() => window.__asked.filter((f) => f === 'docx').length);

  const first = await download(page, docx);
  const again = await download(page, docx);
  assert.equal(await asked(), 1, 'the worker made it once');
  assert.ok(first.equals(again), 'the same bytes');

  await page.fill('#zh-attachments', 'Копия талона на приём');
  await page.locator('#zh-attachments').blur();
  await lettersReady(page);
  const changed = await download(page, docx);
  assert.equal(await asked(), 2, 'new answers, a new file');
  assert.ok(!changed.equals(first), 'with the new attachment in it');
}));
