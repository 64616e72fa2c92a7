// EMBEDDING.md and EMBEDDING.ru.md: every fragment marked
// `<!-- snippet: NAME -->` is copied as written into a blank host page on
// another origin and must work; both guides carry the same fragments; the
// server lines they quote are in deploy/nginx.conf.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, serveSite, launch, h1Text } from './harness.mjs';

const GUIDES = ['EMBEDDING.md', 'EMBEDDING.ru.md'];
const snippets = (doc) => Object.fromEntries([...doc.matchAll(/<!-- snippet: ([\w-]+) -->\s*```html\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]]));

/// What each fragment must do once on a page.
const CHECKS = {
  // The tag: the widget in a frame.
  tag: async (page) => {
    const frame = await (await page.waitForSelector('#complaint iframe')).contentFrame();
    await frame.locator('h1', { hasText: 'Составить жалобу по полису ОМС' }).waitFor();
  },
  // The queue: the calls made before the loader arrived run in order — the
  // mount with the contacts, then the update to English.
  queue: async (page) => {
    const frame = await (await page.waitForSelector('#complaint iframe')).contentFrame();
    await frame.locator('h1', { hasText: 'Write a complaint under your OMS policy' }).waitFor();
    assert.match(await frame.textContent('.zh-form'), /ООО «Пример-Мед»: 8 800 000-00-00/);
  },
  // A plain frame: the options from #config= are taken (no configuration
  // problem shown), the wizard starts.
  'plain-iframe': async (page) => {
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.locator('h1', { hasText: 'Составить жалобу по полису ОМС' }).waitFor();
    assert.equal(await frame.locator('[role=alert]').count(), 0, 'no configuration problem');
    const config = JSON.parse(decodeURIComponent(/#config=(.*)$/.exec(frame.url())[1]));
    assert.deepEqual(config, { region: 'Костромская область' });
  },
};

test('both guides carry the same tested fragments, and quote deploy/nginx.conf as it is', () => {
  const [en, ru] = GUIDES.map((g) => readFileSync(g, 'utf8'));
  assert.deepEqual(Object.keys(snippets(en)).sort(), Object.keys(CHECKS).sort(), 'every fragment has a check');
  assert.deepEqual(snippets(ru), snippets(en), 'the Russian guide has the same fragments');
  const config = readFileSync('deploy/nginx.conf', 'utf8').split('\n').map((l) => l.trim());
  for (const doc of [en, ru]) {
    const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(block, 'the guide quotes the server configuration');
    for (const line of block.split('\n').filter(Boolean)) assert.ok(config.includes(line.trim()), `deploy/nginx.conf has «${line}»`);
  }
});

for (const guide of GUIDES) {
  for (const [name, html] of Object.entries(snippets(readFileSync(guide, 'utf8')))) {
    test(`${guide}: the «${name}» fragment, as written, works on a blank page`, async () => {
      const widget = await serve();
      const host = await serveSite(`guide-${name}`, {
        'index.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${html}</body></html>`,
      }, widget.origin);
      const b = await launch();
      try {
        await b.page.goto(host.url);
        await CHECKS[name](b.page);
        const foreign = b.requests.map((r) => new URL(r.url)).filter((u) => /^https?:$/.test(u.protocol) && ![host.origin, widget.origin].includes(u.origin));
        assert.deepEqual(foreign.map(String), [], 'requests to a third origin');
      } finally {
        await b.close();
        widget.close();
        host.close();
      }
    });
  }
}
