// The single-file build (dist/zhaloba-offline.html) opened from disk with
// every network request blocked: a whole run, and DOCX, PDF and text made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, drive, cspViolations, ARTIFACTS } from './harness.mjs';

test('zhaloba-offline.html works from file:// with the network off', async () => {
  const b = await launch();
  try {
    const { page, context } = b;
    await context.setOffline(true);
    const tried = [];
    await context.route(/^https?:/, (route) => {
      tried.push(route.request().url());
      return route.abort();
    });
    const html = readFileSync('dist/zhaloba-offline.html', 'utf8');
    assert.match(html, /connect-src 'none'/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=/, 'nothing is loaded from elsewhere');
    await page.goto(`file://${resolve('dist/zhaloba-offline.html')}`);
    await page.locator('h1').first().waitFor();
    await drive(page, {
      category: 'ethics',
      'represented.relation': 'self',
      'facts.event_date': ['12', '5', '2026'],
      'facts.who': 'регистратор',
      'facts.conduct': 'Нагрубили в регистратуре.',
      'clinic.name': 'ОГБУЗ «Поликлиника № 3»',
      'insurer.name': 'АО «СОГАЗ-Мед»',
      'applicant.full_name': 'Офлайнова Вера Петровна',
      'applicant.postal_address': '156000, г. Кострома, ул. Ленина, д. 5',
    }, { until: /^Проверьте ответы$/ });
    const files = {};
    for (const format of ['txt', 'docx', 'pdf']) {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`#zh-download-0-${format}`)]);
      const path = join(ARTIFACTS, `offline.${format}`);
      await d.saveAs(path);
      files[format] = readFileSync(path);
    }
    assert.match(files.txt.toString('utf8'), /Офлайнова Вера Петровна/);
    assert.equal(files.docx.subarray(0, 2).toString(), 'PK');
    assert.equal(files.pdf.subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(tried, [], 'network requests');
    const other = b.requests.filter((r) => !/^(file|blob|data):/.test(r.url));
    assert.deepEqual(other.map((r) => r.url), []);
    assert.deepEqual(await cspViolations(page, b.violations), []);
  } finally {
    await b.close();
  }
});
