// Whole runs through the wizard in Chromium, one per situation, with
// axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page, the title and focus
// checked at every step, and the privacy guard at the end of each run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  serve, launch, assertPrivate, drive, axeViolations, tabUntil, focusedId, focusedDescription, lettersReady, ARTIFACTS,
} from './harness.mjs';

const APPLICANT = {
  'applicant.full_name': 'Петров Сергей Иванович',
  'applicant.gender': 'male',
  'applicant.postal_address': '156005, г. Кострома, ул. Советская, д. 1, кв. 2',
  'applicant.policy_number': '7700000000000016',
  'clinic.name': 'ОГБУЗ «Городская больница № 2»',
  'insurer.name': 'ООО «Капитал МС»',
};

const RUNS = [
  {
    name: 'ambulance, the patient complains',
    answers: {
      category: 'ambulance',
      'represented.relation': 'self',
      'facts.call_date': ['13', '5', '2026'],
      'facts.call_time': '23:40',
      'facts.outcome': 'late',
      'facts.arrival_date': ['14', '5', '2026'],
      'facts.arrival_time': '00:35',
      'facts.condition': 'Температура 40, судороги, возраст 3 года',
      'facts.call_form': 'emergency',
      'facts.locality': 'town',
      'facts.harm': 'none',
      ...APPLICANT,
    },
    letter: ['ЖАЛОБА', '23:40', '00:35', 'через 55 минут после вызова'],
    documents: 2,
  },
  {
    name: 'paid care, a parent for a child (two documents)',
    answers: {
      category: 'paid-care',
      'represented.relation': 'parent',
      'represented.person.full_name': 'Петров Михаил Сергеевич',
      'represented.kinship': 'son',
      'represented.person.birth_date': '12.03.2019',
      'represented.basis_document': 'II-ГО № 123456',
      'facts.service_type': 'covered',
      'facts.care_kind': 'planned',
      'facts.setting': 'outpatient',
      'facts.paid_for': 'МРТ головного мозга',
      'facts.service': 'ct-mri',
      'facts.suspicion': 'none',
      'facts.had_referral': 'yes',
      'facts.referral_date': ['4', '5', '2026'],
      'facts.why_paid': 'no-slots',
      'facts.paid_date': ['14', '5', '2026'],
      'facts.amount': '4500',
      'facts.receipt': 'кассовый чек № 15 от 14.05.2026',
      ...APPLICANT,
    },
    letter: ['ПРЕТЕНЗИЯ', 'несовершеннолетнего сына Петрова Михаила Сергеевича', 'свидетельства о рождении II-ГО № 123456', 'МРТ головного мозга'],
    documents: 2,
  },
  {
    name: 'medical records of a relative who has died',
    answers: {
      category: 'medical-records',
      'represented.relation': 'relative-of-deceased',
      'represented.person.full_name': 'Петрова Анна Ивановна',
      'represented.kinship': 'mother',
      'represented.death_date': '02.04.2026',
      'represented.basis_document': 'I-ГО № 654321',
      'facts.documents': 'копия медицинской карты стационарного больного',
      'facts.period': 'апрель 2026 года',
      'facts.how_to_receive': 'post',
      'facts.earlier_refusal': 'yes',
      'facts.request_date': ['20', '4', '2026'],
      'facts.refusal_how': 'no-answer',
      ...APPLICANT,
    },
    // The request went unanswered past its 30 days: the letter is a
    // complaint about the lapse, handed in as any complaint (online too).
    letter: ['сыном Петровой Анны Ивановны', 'умершей 02.04.2026'],
  },
  {
    name: 'a dental implant on the paid-care path ends in an honest exit',
    answers: { category: 'paid-care', 'represented.relation': 'self', 'facts.service_type': 'dental-implant' },
    until: /^Эта услуга, как правило, не входит в программу ОМС$/,
  },
  {
    name: 'the consumer claim for a paid service, no insurer asked',
    answers: {
      category: 'paid-not-covered',
      'represented.relation': 'self',
      'facts.paid_for': 'установка дентального импланта',
      'facts.paid_date': ['14', '4', '2026'],
      'facts.amount': '45000',
      'facts.receipt': 'кассовый чек № 902 от 14.04.2026',
      'facts.defect': 'poor',
      'facts.defect_details': 'Имплант стал подвижным через три недели.',
      'facts.remedy': 'redo',
      ...APPLICANT,
    },
    letter: ['ПРЕТЕНЗИЯ', 'Руководителю', 'Повторно оказать услугу'],
    noInsurer: true,
    // A consumer claim: no Госуслуги or insurer's site, and its own term
    // (10 days from delivery, ЗоЗПП ст. 31) instead of 59-ФЗ's.
    noOnline: true,
    due: /в течение 10 дней со дня предъявления претензии.*срок истекает \d+ \S+ 20\d\d г\./s,
  },
  {
    name: 'an incident: out of region, paid, the policy called invalid',
    answers: {
      category: 'out-of-region',
      'represented.relation': 'self',
      'facts.event_date': ['12', '8', '2026'],
      'facts.where': 'г. Кострома, Костромская область',
      'facts.care_kind': 'urgent',
      'facts.refusal': 'Сказали, что московский полис недействителен.',
      'facts.given': 'paid',
      also: ['paid-care', 'policy'],
      'facts.setting': 'outpatient',
      'facts.service_type': 'covered',
      'facts.paid_for': 'приём травматолога',
      'facts.service': 'specialist',
      'facts.suspicion': 'none',
      'facts.had_referral': 'no',
      'facts.why_paid': 'condition',
      'facts.paid_date': ['12', '8', '2026'],
      'facts.amount': '3400',
      'facts.receipt': 'кассовый чек № 5521 от 12.08.2026',
      'facts.policy_problem': 'old-invalid',
      ...APPLICANT,
    },
    letter: ['ПРЕТЕНЗИЯ', 'на взимание платы за медицинскую помощь, оказываемую по ОМС, а также на нарушение прав', 'Дать мне письменный ответ по существу каждого', 'Копия: в территориальный фонд'],
    documents: 2,
  },
  {
    name: 'an incident: a late father\'s records and the quality of his care',
    answers: {
      category: 'medical-records',
      'represented.relation': 'relative-of-deceased',
      'represented.person.full_name': 'Петров Иван Андреевич',
      'represented.kinship': 'father',
      'represented.death_date': '19.11.2026',
      'represented.basis_document': 'I-ГО № 112233',
      'facts.documents': 'копия медицинской карты стационарного больного',
      'facts.how_to_receive': 'in-person',
      'facts.earlier_refusal': 'no',
      also: ['quality'],
      'facts.event_date': ['10', '11', '2026'],
      'facts.what_happened': 'Отцу трое суток не меняли лечение, хотя состояние ухудшалось.',
      'facts.quality_harm': 'died',
      ...APPLICANT,
    },
    letter: ['ЗАПРОС', 'сыном Петрова Ивана Андреевича', 'Он умер 19.11.2026'],
    documents: 2,
  },
  {
    name: 'poor quality, by power of attorney, in English',
    lang: 'en',
    answers: {
      category: 'quality',
      'represented.relation': 'attorney',
      'represented.person.full_name': 'Сидорова Ольга Петровна',
      'represented.person.gender': 'female',
      'represented.basis_document': 'от 01.02.2026 № 44 АА 1234567',
      'facts.event_date': ['3', '5', '2026'],
      'facts.what_happened': 'Аппендицит приняли за отравление и отпустили домой.',
      'facts.quality_harm': 'none',
      'facts.consequences': 'Экстренная операция через сутки.',
      ...APPLICANT,
    },
    letter: ['по доверенности от 01.02.2026 № 44 АА 1234567 в интересах Сидоровой Ольги Петровны'],
    until: /^Check your answers$/,
  },
];

async function openWidget(b, server, lang = 'ru') {
  await b.page.goto(lang === 'ru' ? server.url : `${server.url}?lang=en`);
  await b.page.locator('h1').first().waitFor();
  return Date.now();
}

for (const run of RUNS) {
  test(`axe, titles and focus on every page: ${run.name}`, async () => {
    const server = await serve();
    const b = await launch();
    try {
      const interactiveAt = await openWidget(b, server, run.lang);
      const pages = await drive(b.page, run.answers, { until: run.until ?? /^Проверьте ответы$/, lang: run.lang });
      // Step numbers count up one by one and end at the total.
      pages.forEach((p, i) => assert.equal(p.step, i + 1, `step number on "${p.heading}"`));
      const last = pages[pages.length - 1];
      assert.equal(last.step, last.of, 'the last page is the last step');
      if (run.letter) {
        const preview = await b.page.locator('.zh-preview').allTextContents();
        assert.equal(preview.length, run.documents ?? 1, 'documents shown');
        for (const text of run.letter) assert.ok(preview.join('\n').includes(text), `letter lacks ${text}`);
        // What next: ways to hand it in, the answer date, the next addressee.
        const next = await b.page.locator('.zh-next').textContent();
        assert.match(next, run.lang === 'en' ? /In person.*By post/s : /Лично.*Почтой/s);
        assert.equal(/Через интернет/.test(next), !run.noOnline && run.lang !== 'en');
        assert.match(next, run.due ?? (run.lang === 'en' ? /answer is due by \d+ \w+ 20\d\d/ : /не позднее \d+ \S+ 20\d\d г\./));
      }
      if (run.noInsurer) {
        assert.ok(!pages.some((p) => /страхов/i.test(p.heading)), `no insurer page: ${pages.map((p) => p.heading)}`);
      }
      await assertPrivate(assert, b, server.origin, interactiveAt);
    } finally {
      await b.close();
      server.close();
    }
  });
}

test('a whole run with the keyboard only, focus on each new heading', async () => {
  const server = await serve();
  const b = await launch();
  try {
    const { page } = b;
    const interactiveAt = await openWidget(b, server);
    await drive(page, {
      category: 'refused-care',
      'represented.relation': 'guardian',
      'represented.person.full_name': 'Иванов Пётр Петрович',
      'represented.person.gender': 'male',
      'represented.basis_document': 'от 01.02.2026 № 12',
      'facts.refused_what': 'referral',
      'facts.care_kind': 'planned',
      'facts.given': 'no',
      'facts.needed': 'направление к эндокринологу',
      'facts.event_date': ['13', '5', '2026'],
      'facts.who_refused': 'врач-терапевт Петрова А. А.',
      'facts.reason_given': 'нет талонов',
      ...APPLICANT,
    }, { until: /^Проверьте ответы$/, keyboard: true, axe: false });

    // «Изменить» by keyboard goes to the question and Continue comes back.
    await tabUntil(page, () => document.activeElement?.textContent?.startsWith('Изменить') && /пациента/.test(document.activeElement.textContent));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Данные пациента' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    await tabUntil(page, focusedId, 'zh-represented-person-full-name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Иванов Павел Петрович');
    await tabUntil(page, () => document.activeElement?.type === 'submit');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Проверьте ответы' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', await focusedDescription(page));
    await lettersReady(page);
    assert.ok((await page.locator('.zh-preview').textContent()).includes('Иванова Павла Петровича'));

    // Download with Enter, and the browser's own Back goes one page back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await tabUntil(page, focusedId, 'zh-download-0-docx');
        await page.keyboard.press('Enter');
      })(),
    ]);
    assert.match(download.suggestedFilename(), /\.docx$/);
    const url = page.url();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Данные пациента' }).waitFor();
    assert.equal(page.url(), url, 'the address never changes');
    assert.equal(await page.inputValue('#zh-represented-person-full-name'), 'Иванов Павел Петрович');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Проверьте ответы' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Ваши данные для ответа' }).waitFor();
    assert.equal(await page.inputValue('#zh-applicant-full-name'), APPLICANT['applicant.full_name']);
    await assertPrivate(assert, b, server.origin, interactiveAt);
  } finally {
    await b.close();
    server.close();
  }
});

test('an incident by keyboard only: refused attachment after a move, and rudeness', async () => {
  const server = await serve();
  const b = await launch();
  try {
    const { page } = b;
    const interactiveAt = await openWidget(b, server);
    const pages = await drive(page, {
      category: 'attachment',
      'represented.relation': 'self',
      'facts.wanted': 'clinic',
      'facts.application_date': ['2', '3', '2026'],
      'facts.refusal_reason': 'только по постоянной регистрации',
      'facts.moved': 'yes',
      'facts.moved_date': ['1', '2', '2026'],
      'facts.stay_registration': 'stay',
      'facts.changed_this_year': 'no',
      also: ['ethics'],
      'facts.event_date': ['2', '3', '2026'],
      'facts.who': 'администратор регистратуры',
      'facts.conduct': 'Кричала и при других людях назвала меня приезжей.',
      ...APPLICANT,
    }, { until: /^Проверьте ответы$/, keyboard: true });
    assert.ok(pages.some((p) => p.heading === 'Случилось ли в тот раз что-то ещё?'), pages.map((p) => p.heading).join(' / '));
    const preview = await page.locator('.zh-preview').allTextContents();
    assert.equal(preview.length, 1, 'one letter to the clinic for both problems');
    for (const text of ['а также на нарушение медицинской этики', 'не действует при изменении места жительства', 'назвала меня приезжей']) {
      assert.ok(preview[0].includes(text), `letter lacks ${text}`);
    }
    await assertPrivate(assert, b, server.origin, interactiveAt);
  } finally {
    await b.close();
    server.close();
  }
});

test('at 320 px wide nothing scrolls sideways (screenshots in e2e/artifacts)', async () => {
  const server = await serve();
  const b = await launch({ width: 320, height: 640 });
  try {
    const { page } = b;
    const interactiveAt = await openWidget(b, server);
    await drive(page, {
      category: 'out-of-region',
      'represented.relation': 'self',
      'facts.event_date': ['1', '6', '2026'],
      'facts.where': 'Краснодарский край, г. Сочи',
      'facts.care_kind': 'urgent',
      'facts.refusal': 'В травмпункте потребовали оплатить приём, потому что полис выдан в другом регионе.',
      'facts.given': 'paid',
      ...APPLICANT,
    }, {
      until: /^Проверьте ответы$/,
      onPage: async (p, i) => {
        const widths = await p.evaluate(() => ({
          scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
        }));
        assert.ok(widths.scroll <= widths.client, `page ${i + 1} scrolls sideways: ${JSON.stringify(widths)}`);
        await p.screenshot({ path: join(ARTIFACTS, `narrow-320-step-${String(i + 1).padStart(2, '0')}.png`), fullPage: true });
      },
    });
    // The transfer panel opened is narrow-safe too.
    await page.locator('#zh-transfer-summary').click();
    const w = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(w[0] <= w[1], `open panel scrolls sideways: ${w}`);
    assert.deepEqual(await axeViolations(page), []);
    await assertPrivate(assert, b, server.origin, interactiveAt);
  } finally {
    await b.close();
    server.close();
  }
});

test('an error page passes axe and its summary links to the field', async () => {
  const server = await serve();
  const b = await launch();
  try {
    const { page } = b;
    await openWidget(b, server);
    await drive(page, { category: 'ethics' }, { until: /^Когда это случилось\?$/, axe: false });
    await page.fill('#zh-facts-event-date-day', '31');
    await page.fill('#zh-facts-event-date-month', '2');
    await page.fill('#zh-facts-event-date-year', '2026');
    await page.locator('.zh-form button[type=submit]').click();
    await page.locator('.zh-error-summary').waitFor();
    assert.match(await page.title(), /^Ошибка: Шаг \d+ из \d+ — /);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'zh-error-summary');
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('.zh-error-summary a').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'zh-facts-event-date-day');
    assert.equal(await page.inputValue('#zh-facts-event-date-day'), '31', 'what was typed is kept');
  } finally {
    await b.close();
    server.close();
  }
});
