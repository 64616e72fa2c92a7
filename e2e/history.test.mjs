// The browser's Back and Forward, the widget's «Назад», Continue and reload
// (with saving on) always agree: seeded random sequences of them are
// compared, step by step, with a model of the wizard — a linear flow with a
// position and the furthest page Back left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, fieldId, h1Text, choose } from './harness.mjs';

const ANSWERS = {
  category: 'ethics',
  'represented.relation': 'self',
  'facts.event_date': ['12', '5', '2026'],
  'facts.who': 'медицинская сестра процедурного кабинета',
  'facts.conduct': 'Кричала на пациентов в очереди.',
  'clinic.name': 'ОГБУЗ «Поликлиника № 3»',
  'applicant.full_name': 'Кузнецова Мария Павловна',
  'applicant.gender': 'female',
  'applicant.postal_address': '156000, г. Кострома, ул. Ленина, д. 5, кв. 7',
};

const FLOW = [
  'Составить жалобу по полису ОМС',
  'Что случилось?',
  'Кто подаёт жалобу?',
  'Когда это случилось?',
  'Кто это был?',
  'Что произошло?',
  'Случилось ли в тот раз что-то ещё?',
  'В какой клинике это произошло?',
  'Ваши данные для ответа',
  'Проверьте ответы',
];

/// A small seeded generator (mulberry32), so a failing sequence can be replayed.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function fill(page) {
  for (const [path, value] of Object.entries(ANSWERS)) {
    const id = fieldId(path);
    if (await page.$(`#${id}-day`)) {
      await page.fill(`#${id}-day`, value[0]);
      await page.fill(`#${id}-month`, value[1]);
      await page.fill(`#${id}-year`, value[2]);
    } else if (await page.$(`input[type=radio][name="${id}"]`)) {
      await choose(page, id, value);
    } else if (await page.$(`#${id}`)) {
      await page.fill(`#${id}`, value);
    }
  }
}

const heading = async (page) => (await h1Text(page)).replace(/\s*\(необязательно\)\s*$/, '').trim();

async function shows(page, expected, what) {
  try {
    await page.waitForFunction((h) => document.querySelector('h1')?.textContent?.replace(/\s*\(необязательно\)\s*$/, '').trim() === h, expected, { timeout: 5000 });
  } catch {
    assert.fail(`${what}: expected «${expected}», shown «${await heading(page)}»`);
  }
}

for (const seed of [1, 2, 3, 4]) {
  test(`Back, Forward, «Назад», Continue and reload agree with the model (seed ${seed})`, async () => {
    const server = await serve();
    const b = await launch();
    const { page } = b;
    const next = random(seed);
    try {
      await page.goto(server.url);
      await shows(page, FLOW[0], 'start');
      await page.check('#zh-keep');
      let k = 0; // the page shown
      let furthest = 0; // the furthest page Back left behind
      const log = [];
      for (let n = 0; n < 60; n++) {
        const r = next();
        let action;
        if (r < 0.4) action = 'continue';
        else if (r < 0.55) action = 'back-link';
        else if (r < 0.75) action = 'browser-back';
        else if (r < 0.92) action = 'browser-forward';
        else action = 'reload';
        // Moves that would leave the widget or the flow are not made.
        if (action === 'continue' && k === FLOW.length - 1) action = 'browser-back';
        if ((action === 'back-link' || action === 'browser-back') && k === 0) action = 'continue';
        log.push(action);
        const what = `seed ${seed}, step ${n + 1} (${log.slice(-6).join(' → ')})`;
        if (action === 'continue') {
          await fill(page);
          await page.locator('.zh-form button[type=submit]').click();
          k += 1;
          furthest = k;
        } else if (action === 'back-link') {
          await page.locator('.zh-back').click();
          k -= 1;
        } else if (action === 'browser-back') {
          await page.goBack({ waitUntil: 'commit' }).catch(() => {});
          k -= 1;
        } else if (action === 'browser-forward') {
          await page.goForward({ waitUntil: 'commit' }).catch(() => {});
          if (k < furthest) k += 1;
        } else {
          await page.reload();
        }
        await shows(page, FLOW[k], what);
        assert.equal(await page.locator('.zh-back').count(), k > 0 ? 1 : 0, `${what}: «Назад» shown`);
      }
      // Nothing left the widget's own origin on the way.
      const foreign = b.requests.filter((q) => !q.url.startsWith(server.origin) && !q.url.startsWith('data:'));
      assert.deepEqual(foreign, [], 'requests to other origins');
    } finally {
      await b.close();
      server.close();
    }
  });
}
