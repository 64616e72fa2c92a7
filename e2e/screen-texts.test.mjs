// The screens' Russian texts come in content-ru.txt as soon as the widget is
// live (the first screen needs none of them). A page reached before they
// come says so and shows itself, focused and titled, when they do; texts
// that never come end in the never-blank message, not in empty labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser, axeViolations, cspViolations } from './harness.mjs';

const TEXTS = /\/content-ru\.[0-9a-f]{8}\.txt$/;

test('a page reached before the texts come says it is loading, then shows itself with the focus on its heading', () => inBrowser(async (b, server) => {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await b.context.route(TEXTS, async (route) => { await held; await route.continue(); });
  const { page } = b;
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Начать' }).click();
  await page.getByRole('status').filter({ hasText: 'Загружаем вопросы…' }).waitFor();
  assert.equal(await page.locator('#zhaloba h1').count(), 0, 'no heading without its text');
  assert.deepEqual(await axeViolations(page), [], 'the waiting page is accessible');
  release();
  await page.getByRole('heading', { level: 1, name: 'Что случилось?' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.match(await page.title(), /Что случилось\?/, 'titled when the page shows');
  const labels = await page.$$eval('#zhaloba label, #zhaloba summary', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(labels.length > 15, 'the categories and their groups');
  assert.deepEqual(labels.filter((l) => !l), [], 'every label and group has its text');
  assert.deepEqual(await cspViolations(page, b.violations), []);
}, { width: 360, height: 740 }));

test('texts that never come end in the never-blank message, not in empty pages', () => inBrowser(async (b, server) => {
  const asked = [];
  await b.context.route(TEXTS, (route) => { asked.push(route.request().url()); route.abort(); });
  const { page } = b;
  await page.goto(server.url);
  const alert = page.locator('#zhaloba [role=alert]');
  await alert.waitFor({ timeout: 20_000 });
  assert.match(await alert.textContent(), /Форма жалобы не открылась.*could not start/s);
  assert.equal(asked.length, 3, 'tried three times');
  assert.deepEqual(await axeViolations(page), []);
}));
