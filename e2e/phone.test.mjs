// The final page on a 360×740 phone: the first download button within 1.5
// screens of the top, the letter's preview folded (open on a wide screen) and
// left-aligned, nothing wider than the screen. The measurement is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, assertPrivate, axeViolations, ARTIFACTS } from './harness.mjs';

const PHONE = { width: 360, height: 740 };

async function finalPage(size, example, edit = (c) => c) {
  const server = await serve();
  const b = await launch(size);
  const { page } = b;
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Начать' }).waitFor();
  const interactiveAt = Date.now();
  const file = join(ARTIFACTS, `phone-${example}.json`);
  writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(`examples/cases/${example}.json`, 'utf8')))));
  await page.locator('#zh-transfer-summary').click();
  await page.setInputFiles('#zh-import-file', file);
  await page.getByRole('heading', { level: 1, name: 'Проверьте ответы' }).waitFor();
  await page.locator('#zh-download-0-pdf:not([disabled])').waitFor();
  return { server, b, page, interactiveAt };
}

for (const example of ['waiting-time', 'paid-care', 'ethics']) {
  test(`360×740, ${example}: the first download within 1.5 screens, the preview folded`, async () => {
    const { server, b, page, interactiveAt } = await finalPage(PHONE, example);
    try {
      await page.evaluate(() => window.scrollTo(0, 0));
      const top = await page.evaluate(() => {
        const r = document.querySelector('#zh-download-0-pdf').getBoundingClientRect();
        return r.bottom + window.scrollY;
      });
      const screens = top / PHONE.height;
      console.log(`# ${example}: the PDF button's bottom is ${Math.round(top)} px from the top = ${screens.toFixed(2)} screens of 740 px`);
      assert.ok(screens <= 1.5, `${screens.toFixed(2)} screens > 1.5`);
      const preview = page.locator('.zh-document details').first();
      assert.equal(await preview.getAttribute('open'), null, 'folded on a phone');
      await preview.locator('summary').click();
      const align = await page.locator('#zh-preview-0 p').first().evaluate((p) => getComputedStyle(p).textAlign);
      assert.notEqual(align, 'justify', 'ragged on a phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      assert.deepEqual(await axeViolations(page), []);
      await assertPrivate(assert, b, server.origin, interactiveAt);
    } finally {
      await b.close();
      server.close();
    }
  });
}

test('a wide screen opens the preview', async () => {
  const { server, b, page } = await finalPage({ width: 1024, height: 800 }, 'waiting-time');
  try {
    assert.notEqual(await page.locator('.zh-document details').first().getAttribute('open'), null);
    assert.ok(await page.locator('#zh-preview-0').isVisible());
  } finally {
    await b.close();
    server.close();
  }
});

test('a character the PDF font lacks is named before the PDF is made, with the DOCX offered', async () => {
  const tatar = (c) => ({ ...c, applicant: { ...c.applicant, full_name: 'Хәбибуллина Гөлнара Җәүдәтовна' },
    facts: { ...c.facts, what_they_said: 'талонов нет ☺' } });
  const { server, b, page } = await finalPage({ width: 1024, height: 800 }, 'waiting-time', tatar);
  try {
    const notice = await page.locator('#zh-unprintable-0').textContent();
    assert.match(notice, /«\?»: ☺\./);
    assert.match(notice, /DOCX/);
    assert.ok(!notice.includes('ә'), 'Tatar letters print');
  } finally {
    await b.close();
    server.close();
  }
});

test('360×740: «Что случилось?» in groups by what happened, at most 2 screens with any group open', async () => {
  const server = await serve();
  const b = await launch(PHONE);
  const { page } = b;
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Начать' }).click();
    await page.getByRole('heading', { level: 1, name: 'Что случилось?' }).waitFor();
    // From the top of the page to the bottom of «Продолжить»: what a person
    // scrolls through to choose and go on.
    const screens = () => page.evaluate((h) => {
      const r = document.querySelector('.zh-form button[type=submit]').getBoundingClientRect();
      return (r.bottom + window.scrollY) / h;
    }, PHONE.height);
    const folded = await screens();
    const groups = page.locator('.zh-group');
    const n = await groups.count();
    assert.equal(n, 6, 'six groups');
    const open = [];
    for (let i = 0; i < n; i++) {
      await groups.nth(i).locator('summary').click();
      open.push(await screens());
      await groups.nth(i).locator('summary').click();
    }
    console.log(`# category page on 360×740: ${folded.toFixed(2)} screens folded; with one group open ${open.map((s) => s.toFixed(2)).join(', ')} (before grouping: 16 options over about 5 screens)`);
    assert.ok(Math.max(folded, ...open) <= 2, `${Math.max(folded, ...open).toFixed(2)} screens > 2`);
    // Every category and the exit are in a group: 16 options in all.
    assert.equal(await page.locator('.zh-group input[type=radio]').count(), 16);
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await b.close();
    server.close();
  }
});
