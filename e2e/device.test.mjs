// Never lose work: keeping answers on the device only after opting in,
// deleting everything, and moving answers to a file and back — plain or
// encrypted — with bad files refused and nothing changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { join } from 'node:path';
import { inBrowser, assertPrivate, drive, axeViolations, ARTIFACTS } from './harness.mjs';

const ANSWERS = {
  category: 'ethics',
  'represented.relation': 'self',
  'facts.event_date': ['12', '5', '2026'],
  'facts.who': 'медицинская сестра процедурного кабинета Сидорова',
  'facts.conduct': 'Кричала на пациентов в очереди и отказалась назвать фамилию.',
  'applicant.full_name': 'Кузнецова Мария Павловна',
  'applicant.gender': 'female',
  'applicant.postal_address': '156000, г. Кострома, ул. Ленина, д. 5, кв. 7',
  'clinic.name': 'ОГБУЗ «Поликлиника № 3»',
  'insurer.name': 'АО «СОГАЗ-Мед»',
};

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(ARTIFACTS, `device-${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file, bytes: readFileSync(file) };
}

const letterBytes = async (page) => ({
  txt: (await download(page, () => page.click('#zh-download-0-txt'))).bytes,
  docx: (await download(page, () => page.click('#zh-download-0-docx'))).bytes,
});

/// Everything forgotten, as on a shared computer: keep, then delete and confirm.
async function startAfresh(page) {
  await page.check('#zh-keep');
  await page.click('#zh-delete-all');
  await page.click('#zh-delete-yes');
  await page.getByRole('heading', { level: 1, name: 'Составить жалобу по полису ОМС' }).waitFor();
}

async function withWidget(fn) {
  await inBrowser(async (b, server) => {
    await b.page.goto(server.url);
    await b.page.locator('h1').first().waitFor();
    const interactiveAt = Date.now();
    await fn(b, server);
    await assertPrivate(assert, b, server.origin, interactiveAt);
  });
}

test('reload keeps answers only after opting in, asks first when it would lose them; delete asks to confirm', async () => {
  await withWidget(async ({ page, dialogs }) => {
    // Nothing stored: no delete control at all.
    assert.equal(await page.locator('#zh-delete-all').count(), 0);
    await drive(page, ANSWERS, { until: /^Что произошло\?$/, axe: false });
    await page.fill('#zh-facts-conduct', 'Не успела дописать');
    assert.equal(await page.locator('#zh-delete-all').count(), 0, 'nothing stored, nothing to delete');
    // Without opting in, a reload asks first («Leave site?»), then starts
    // afresh with nothing stored.
    await page.reload();
    assert.deepEqual(dialogs.splice(0), ['beforeunload'], 'the browser asked before losing the answers');
    await page.getByRole('heading', { level: 1, name: 'Составить жалобу по полису ОМС' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.length), 0);

    await drive(page, ANSWERS, { until: /^Что произошло\?$/, axe: false });
    await page.fill('#zh-facts-conduct', 'Не успела дописать');
    await page.check('#zh-keep');
    assert.deepEqual(await axeViolations(page), []);
    // Kept on the device: a reload loses nothing and does not ask.
    await page.reload();
    assert.deepEqual(dialogs.splice(0), [], 'no prompt once the answers are kept');
    await page.getByRole('heading', { level: 1, name: 'Что произошло?' }).waitFor();
    assert.equal(await page.inputValue('#zh-facts-conduct'), 'Не успела дописать');
    assert.ok(await page.isChecked('#zh-keep'));
    // Back still works after the reload.
    await page.getByRole('link', { name: 'Назад' }).click();
    await page.getByRole('heading', { level: 1, name: 'Кто это был?' }).waitFor();
    assert.equal(await page.inputValue('#zh-facts-who'), ANSWERS['facts.who']);

    // Delete asks first, says what goes, and «Нет» keeps everything.
    await page.click('#zh-delete-all');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'zh-delete-question');
    assert.match(await page.locator('.zh-device .zh-panel--alert').textContent(), /Будут удалены все ответы этой жалобы/);
    assert.deepEqual(await axeViolations(page), []);
    await page.click('#zh-delete-no');
    assert.ok(await page.isChecked('#zh-keep'));
    assert.notEqual(await page.evaluate(() => localStorage.length), 0);
    await page.click('#zh-delete-all');
    await page.click('#zh-delete-yes');
    await page.getByText('Все ответы удалены с этого устройства.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Составить жалобу по полису ОМС' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.ok(!(await page.isChecked('#zh-keep')));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Составить жалобу по полису ОМС' }).waitFor();

    // Opting out removes what was kept.
    await drive(page, ANSWERS, { until: /^Кто подаёт жалобу\?$/, axe: false });
    await page.check('#zh-keep');
    assert.equal(await page.evaluate(() => localStorage.length), 1);
    await page.uncheck('#zh-keep');
    assert.equal(await page.evaluate(() => localStorage.length), 0);
  });
});

test('export → delete → import gives the same letter, byte for byte', async () => {
  await withWidget(async ({ page }) => {
    await drive(page, ANSWERS, { until: /^Проверьте ответы$/, axe: false });
    const before = await letterBytes(page);
    await page.locator('#zh-transfer-summary').click();
    const exported = await download(page, () => page.click('#zh-export'));
    assert.match(exported.name, /^zhaloba-otvety-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse(exported.bytes.toString('utf8'));
    assert.equal(saved.format, 'zhaloba-answers');
    assert.equal(saved.version, 1);
    assert.equal(saved.case.applicant.full_name, ANSWERS['applicant.full_name']);

    await startAfresh(page);
    await page.locator('#zh-transfer-summary').click();
    await page.setInputFiles('#zh-import-file', exported.file);
    await page.getByRole('heading', { level: 1, name: 'Проверьте ответы' }).waitFor();
    await page.getByText('Ответы загружены из файла.').waitFor();
    const after = await letterBytes(page);
    assert.ok(after.txt.equals(before.txt), 'same text file');
    assert.ok(after.docx.equals(before.docx), 'same DOCX file');
  });
});

test('bad files and a wrong passphrase say why and change nothing', async () => {
  await withWidget(async ({ page }) => {
    await drive(page, ANSWERS, { until: /^Проверьте ответы$/, axe: false });
    const before = await page.locator('.zh-preview').innerHTML();
    await page.locator('#zh-transfer-summary').click();

    const tryFile = async (name, content, message) => {
      const file = join(ARTIFACTS, name);
      writeFileSync(file, content);
      await page.setInputFiles('#zh-import-file', file);
      await page.locator('#zh-device-message', { hasText: message }).waitFor();
      assert.equal(await page.getAttribute('#zh-device-message', 'role'), 'alert');
      assert.match(await page.textContent('#zh-device-message'), /Ваши текущие ответы не изменены\./);
      assert.equal(await page.locator('.zh-preview').innerHTML(), before, `${name} changed the answers`);
    };
    await tryFile('corrupt.json', '{"format": "zhaloba-answers", "version": 1, "case": {"version": 1, "catego', /не файл с ответами/);
    await tryFile('foreign.json', '{"name": "package", "version": "1.0.0"}', /не ответы для жалобы/);
    await tryFile('newer.json', '{"format": "zhaloba-answers", "version": 9, "case": {}}', /более новой версией программы \(формат 9\)/);
    assert.deepEqual(await axeViolations(page), []);

    // An encrypted export: Node's own WebCrypto opens it with the passphrase.
    await page.fill('#zh-device-export-passphrase', 'синий слон 42');
    const sealed = await download(page, () => page.click('#zh-export'));
    await page.getByText('Файл с ответами сохранён.').waitFor();
    const env = JSON.parse(sealed.bytes.toString('utf8'));
    assert.equal(env.encrypted.cipher, 'AES-256-GCM');
    assert.equal(env.encrypted.kdf, 'PBKDF2-SHA-256');
    assert.ok(!sealed.bytes.toString('utf8').includes('Кузнецова'), 'no plain text in the encrypted file');
    const b64 = (s) => Buffer.from(s, 'base64');
    const base = await webcrypto.subtle.importKey('raw', Buffer.from('синий слон 42'), 'PBKDF2', false, ['deriveKey']);
    const key = await webcrypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: b64(env.encrypted.salt), iterations: env.encrypted.iterations },
      base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
    const plain = await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv: b64(env.encrypted.iv) }, key, b64(env.encrypted.data));
    const inner = JSON.parse(Buffer.from(plain).toString('utf8'));
    assert.equal(inner.case.applicant.full_name, ANSWERS['applicant.full_name']);

    // A wrong passphrase: a specific message, the answers stay.
    await page.setInputFiles('#zh-import-file', sealed.file);
    await page.locator('#zh-device-import-passphrase').waitFor();
    await page.fill('#zh-device-import-passphrase', 'красный слон 42');
    await page.click('#zh-import-open');
    await page.locator('#zh-device-message', { hasText: 'Пароль не подходит' }).waitFor();
    assert.equal(await page.locator('.zh-preview').innerHTML(), before);
    assert.deepEqual(await axeViolations(page), []);

    // Delete everything, then open the encrypted file with the right passphrase.
    const bytes = await letterBytes(page);
    await startAfresh(page);
    await page.locator('#zh-transfer-summary').click();
    await page.setInputFiles('#zh-import-file', sealed.file);
    await page.fill('#zh-device-import-passphrase', 'синий слон 42');
    await page.click('#zh-import-open');
    await page.getByRole('heading', { level: 1, name: 'Проверьте ответы' }).waitFor();
    const again = await letterBytes(page);
    assert.ok(again.txt.equals(bytes.txt) && again.docx.equals(bytes.docx), 'same letter after an encrypted round trip');
  });
});

test('a partly answered file opens at its first unanswered question', async () => {
  await withWidget(async ({ page }) => {
    const text = readFileSync('examples/cases/ethics.json', 'utf8');
    const partial = JSON.parse(text);
    delete partial.facts.who;
    const file = join(ARTIFACTS, 'device-partial.json');
    writeFileSync(file, JSON.stringify({ format: 'zhaloba-answers', version: 1, case: partial }));
    await page.locator('#zh-transfer-summary').click();
    await page.setInputFiles('#zh-import-file', file);
    await page.getByRole('heading', { level: 1, name: 'Кто это был?' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    assert.equal(await page.inputValue('#zh-facts-who'), '');
    assert.deepEqual(await axeViolations(page), []);
  });
});
