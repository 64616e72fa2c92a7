// Shared end-to-end harness: serves dist/ on 127.0.0.1, starts Debian's
// Chromium through playwright-core, and records every request and every
// Content-Security-Policy violation the page makes.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { hasNginx, startNginx } from './nginx.mjs';

export const ARTIFACTS = join(process.cwd(), 'e2e', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/// Serves an example host page directory from its own origin (a second
/// server), with the widget's address in the pages ("http://127.0.0.1:8080",
/// what `make run` serves) replaced by the widget server's.
export async function serveHost(dir, widgetOrigin) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.md': 'text/markdown' };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html');
    try {
      let body = await readFile(join(dir, path));
      const ext = path.slice(path.lastIndexOf('.'));
      // Byte for byte but the widget's address (latin1 keeps every byte,
      // so a page in windows-1251 stays one).
      if (['.html', '.js'].includes(ext)) body = Buffer.from(body.toString('latin1').replaceAll('http://127.0.0.1:8080', widgetOrigin), 'latin1');
      // A page named *.cp1251.html is a windows-1251 page, as many CMS sites are.
      const type = path.endsWith('.cp1251.html') ? 'text/html; charset=windows-1251' : types[ext];
      res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, origin: new URL(url).origin, close: () => server.close() };
}

/// A host site for a test: `files` (name → text) written under
/// e2e/artifacts/NAME and served from an origin of its own.
export async function serveSite(name, files, widgetOrigin) {
  const dir = join(ARTIFACTS, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);  // text or bytes
  return serveHost(dir, widgetOrigin);
}

/// The widget's server. As a host serves it: Debian's nginx with
/// deploy/nginx.conf (scripts/setup.sh test installs it). serve.py only for
/// what nginx is not asked to do here: no policy (a host page inside dist/,
/// the benchmark's peer) or the benchmark's gzip; ZHALOBA_SERVER=python
/// forces it for a quick local run.
export async function serve(dir = 'dist', { csp = true, compress = false } = {}) {
  if (csp && !compress && process.env.ZHALOBA_SERVER !== 'python') {
    if (!hasNginx()) throw new Error('no nginx: run scripts/setup.sh test (or ZHALOBA_SERVER=python)');
    return startNginx(dir);
  }
  const flags = [...(csp ? [] : ['--no-csp']), ...(compress ? ['--gzip'] : [])];
  const proc = spawn('python3', ['scripts/serve.py', dir, '0', ...flags], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    proc.stdout.on('data', (chunk) => {
      const m = /serving (http:\/\/\S+)/.exec(String(chunk));
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { url, origin: new URL(url).origin, close: () => proc.kill() };
}

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Nothing but this machine is reachable anyway; make any other host fail fast.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export async function launch({ width = 1024, height = 800 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'zhaloba-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    viewport: { width, height },
  });
  const requests = [];
  const violations = [];
  context.on('request', (r) => requests.push({ url: r.url(), at: Date.now(), navigation: r.isNavigationRequest() }));
  // CSP blocks a request before it is made, so a blocked leak shows up here, not above.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations ||= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // The widget's own page paints its start page before the wasm runs
  // (inert, pre-rendered): a navigation resolves once the live widget is
  // there, as a person would wait for it, so "interactive" means live.
  for (const method of ['goto', 'reload']) {
    const plain = page[method].bind(page);
    // The navigation itself, for a test that looks at the page before it is live.
    page[`${method}Plain`] = plain;
    page[method] = async (...args) => {
      const response = await plain(...args);
      await page.waitForFunction(() => !document.getElementById('zhaloba')?.hasAttribute('inert'), null, { timeout: 30_000 });
      return response;
    };
  }
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
  // «Leave site?» (unsaved answers): recorded and accepted, so a test that
  // reloads on purpose goes on.
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.type());
    await d.accept();
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, requests, violations, dialogs, close };
}

/// The widget served through nginx and a fresh Chromium: `run(browser,
/// server)`; both are closed afterwards, whatever happens.
export async function inBrowser(run, viewport = {}) {
  const server = await serve();
  const b = await launch(viewport);
  try {
    return await run(b, server);
  } finally {
    await b.close();
    server.close();
  }
}

export async function cspViolations(page, violations) {
  const inPage = await page.evaluate(() => window.__cspViolations || []);
  return [...violations, ...inPage];
}

/// Requests the widget may make after its first screen: the files worker and
/// its wasm module (first DOCX, PDF or .ics), the fonts (first PDF) and the
/// privacy page with its stylesheet, from its own origin, once each. They
/// are static files; none carries user data.
/// (Built files carry an 8-hex content hash in their names.)
export const LAZY_ASSETS = /\/(fonts\/ZhalobaSerif-Regular(\.[0-9a-f]{8})?\.ttf|files-worker\.js|zhaloba-files(\.[0-9a-f]{8})?\.js|zhaloba-files_bg(\.[0-9a-f]{8})?\.wasm|privacy\.html|zhaloba\.css)$/;

/// The screens' Russian texts: boot.js loads them as soon as the widget is
/// live, so they may arrive just before or after "interactive"; once.
export const SCREEN_TEXTS = /\/content-ru(\.[0-9a-f]{8})?\.txt$/;

/// The privacy guard every run ends with: no request to another origin,
/// no request after the first screen was interactive (but the lazy fonts,
/// each at most once), no CSP violation.
export async function assertPrivate(assert, { page, requests, violations }, origin, interactiveAt) {
  const foreign = requests.filter((r) => !r.url.startsWith(origin + '/') && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  assert.deepEqual(foreign.map((r) => r.url), [], 'requests to another origin');
  const late = requests.filter((r) => r.at > interactiveAt && !r.url.startsWith('blob:'));
  // A reload the test asked for loads the first screen again: each of its
  // files at most once per reload, nothing else.
  const firstScreen = requests.filter((r) => r.at <= interactiveAt).map((r) => r.url);
  const reloads = late.filter((r) => r.navigation && firstScreen.includes(r.url)).length;
  const seen = new Map();
  const unexpected = late.filter((r) => {
    const path = new URL(r.url).pathname;
    if (LAZY_ASSETS.test(path) || SCREEN_TEXTS.test(path)) return false;
    const n = (seen.get(r.url) ?? 0) + 1;
    seen.set(r.url, n);
    return !(firstScreen.includes(r.url) && n <= reloads);
  });
  assert.deepEqual(unexpected.map((r) => r.url), [], 'requests after the first screen was interactive');
  const early = requests.filter((r) => r.at <= interactiveAt && LAZY_ASSETS.test(new URL(r.url).pathname));
  assert.deepEqual(early.map((r) => r.url), [], 'PDF code or fonts in the first load');
  const lazy = late.filter((r) => LAZY_ASSETS.test(new URL(r.url).pathname)).map((r) => r.url);
  assert.equal(new Set(lazy).size, lazy.length, `a lazy asset was fetched twice: ${lazy}`);
  // The screens' texts come with each load of the page: once, and once per reload.
  const texts = requests.filter((r) => SCREEN_TEXTS.test(new URL(r.url).pathname)).map((r) => r.url);
  assert.ok(texts.length <= reloads + 1, `the screens' texts were fetched ${texts.length} times in ${reloads + 1} loads`);
  assert.deepEqual(await cspViolations(page, violations), [], 'CSP violations');
}

/// Checks a radio option; a long list folds into groups (the categories),
/// so the option's group is opened first, as a person would.
export async function choose(page, name, value) {
  const group = page.locator(`details:not([open]):has(input[name="${name}"][value="${value}"]) > summary`);
  if (await group.count()) await group.click();
  await page.check(`input[name="${name}"][value="${value}"]`);
}

// Wizard steps shared by tests and the benchmark.
export async function continueTo(page, heading) {
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  if (typeof heading === 'string' && CHECK_PAGE.test(heading)) await lettersReady(page);
}

export async function fillDate(page, path, [d, m, y]) {
  await page.fill(`#zh-facts-${path}-day`, d);
  await page.fill(`#zh-facts-${path}-month`, m);
  await page.fill(`#zh-facts-${path}-year`, y);
}


// ---------------------------------------------------------------------------
// Driving whole runs: answers are keyed by the field's path in the case
// (`facts.call_date`, `applicant.full_name`, `represented.relation`); each
// page fills whichever of them it shows, so a run does not need to know the
// order of the category's questions.

const AXE = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export const fieldId = (path) => 'zh-' + path.replace(/[._]/g, '-');

/// axe-core violations (WCAG 2.0/2.1/2.2 A and AA) on the page as it is now.
export async function axeViolations(page) {
  // Injected through the DevTools protocol, not a <script>: the page's CSP stays as it is.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
}

/// What a field looks like on the current page, if it is there.
// `shadow`: selector of the element whose (open) shadow root holds the
// widget (inline mode); otherwise the document itself.
async function fieldKind(page, path, shadow = null) {
  const id = fieldId(path);
  return page.evaluate(([id, shadow]) => {
    const root = shadow ? document.querySelector(shadow).shadowRoot : document;
    if (root.getElementById(`${id}-day`)) return 'date';
    if (root.querySelector(`input[type=radio][name="${id}"]`)) return 'radio';
    if (root.querySelector(`input[type=checkbox][name="${id}"]`)) return 'checkbox';
    if (root.getElementById(id)) return 'text';
    return null;
  }, [id, shadow]);
}

export async function h1Text(page, shadow = null) {
  return page.evaluate((shadow) => {
    const root = shadow ? document.querySelector(shadow)?.shadowRoot : document;
    return root?.querySelector('h1')?.textContent ?? '';
  }, shadow);
}

export async function focusedDescription(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    return a ? `${a.tagName}${a.id ? '#' + a.id : ''} ${a.textContent?.slice(0, 60) ?? ''}` : 'nothing';
  });
}

/// Walks the wizard from the start page to the page whose h1 matches `until`,
/// answering from `answers`. At every page it checks the title, the focus on
/// the new heading and (unless `axe` is false) runs axe-core; `onPage` sees each page.
/// `keyboard`: fill and continue with the keyboard only.
export async function drive(page, answers, { until, lang = 'ru', axe = true, keyboard = false, onPage, shadow = null } = {}) {
  const pages = [];
  const stepTitle = lang === 'ru' ? /^Шаг (\d+) из (\d+) — / : /^Step (\d+) of (\d+) — /;
  const stepLine = lang === 'ru' ? /^Шаг (\d+) из (\d+)$/ : /^Step (\d+) of (\d+)$/;
  for (let guard = 0; guard < 40; guard++) {
    const heading = await h1Text(page, shadow);
    let m;
    if (shadow) {
      // Inline mode leaves the host's title alone; the progress line says the step.
      const progress = await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector('.zh-progress')?.textContent ?? 'Шаг 1 из 1', shadow);
      m = stepLine.exec(progress.trim()) ?? [null, 1, 1];
    } else {
      const title = await page.title();
      m = stepTitle.exec(title);
      assert.ok(m, `page title "${title}" names the step`);
      const bare = heading.replace(/\s*\((необязательно|optional)\)\s*$/, '').trim();
      assert.ok(title.includes(bare), `title "${title}" names the heading "${heading}"`);
    }
    if (CHECK_PAGE.test(heading)) await lettersReady(page, shadow);
    const focused = await page.evaluate((s) => (s ? document.querySelector(s).shadowRoot : document).activeElement?.tagName, shadow);
    assert.equal(focused, 'H1', `focus on the new heading on "${heading}", not ${await focusedDescription(page)}`);
    if (axe) assert.deepEqual(await axeViolations(page), [], `axe on "${heading}"`);
    pages.push({ heading, step: Number(m[1]), of: Number(m[2]) });
    if (onPage) await onPage(page, pages.length - 1, heading);
    if (until.test(heading)) return pages;
    for (const [path, value] of Object.entries(answers)) {
      const kind = await fieldKind(page, path, shadow);
      if (!kind) continue;
      if (keyboard) await answerByKeyboard(page, path, kind, value);
      else if (kind === 'date') {
        const id = fieldId(path);
        await page.fill(`#${id}-day`, value[0]);
        await page.fill(`#${id}-month`, value[1]);
        await page.fill(`#${id}-year`, value[2]);
      } else if (kind === 'radio') await choose(page, fieldId(path), value);
      else if (kind === 'checkbox') {
        for (const v of value) await page.check(`input[name="${fieldId(path)}"][value="${v}"]`);
      }
      else await page.fill(`#${fieldId(path)}`, value);
    }
    if (keyboard) {
      await tabUntil(page, () => document.activeElement?.type === 'submit');
      await page.keyboard.press('Enter');
    } else {
      const submit = page.locator('.zh-form button[type=submit]');
      assert.equal(await submit.count(), 1, `"${heading}" has no way on`);
      await submit.click();
    }
    // The next page, or the errors on this one. A page reached before the
    // screens' texts have come has no heading yet: it says it is loading.
    await page.waitForFunction(([before, s]) => {
      const root = s ? document.querySelector(s).shadowRoot : document;
      const h1 = root.querySelector('h1');
      return (h1 && h1.textContent !== before) || root.querySelector('.zh-error-summary');
    }, [heading, shadow]);
    const errors = await page.locator('.zh-error-summary').allTextContents();
    assert.deepEqual(errors, [], `errors on "${heading}"`);
  }
  throw new Error('the run did not reach its last page');
}

const CHECK_PAGE = /^(Проверьте ответы|Check your answers)$/;

/// The check page asks the letter engine in the files worker: waits until
/// the letters are shown and nothing is pending.
export async function lettersReady(page, shadow = null) {
  await page.waitForFunction((s) => {
    const root = s ? document.querySelector(s).shadowRoot : document;
    const status = root.querySelector('.zh-form [role=status]');
    return root.querySelector('.zh-preview') && status && status.textContent === '';
  }, shadow);
}

/// Presses Tab (Shift+Tab with `back`) until `test(arg)` — run in the page,
/// reading document.activeElement — holds; fails if 80 presses do not get there.
export async function tabUntil(page, test, arg = null, { back = false } = {}) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate(test, arg)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${test} (${arg}); focus is on ${await focusedDescription(page)}`);
}

export const focusedId = (id) => document.activeElement?.id === id;
const focusedName = (name) => document.activeElement?.name === name;

async function answerByKeyboard(page, path, kind, value) {
  const id = fieldId(path);
  const type = async (target, text) => {
    await tabUntil(page, focusedId, target);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  };
  if (kind === 'date') {
    await type(`${id}-day`, value[0]);
    await type(`${id}-month`, value[1]);
    await type(`${id}-year`, value[2]);
  } else if (kind === 'text') {
    await type(id, value);
  } else if (kind === 'checkbox') {
    // Each checkbox is its own tab stop; Space ticks it.
    for (const v of value) {
      await tabUntil(page, (arg) => document.activeElement?.name === arg[0] && document.activeElement.value === arg[1], [id, v]);
      await page.keyboard.press('Space');
    }
  } else {
    // A folded group (the categories): Tab to its summary, Enter opens it.
    const folded = await page.evaluate(([id, v]) => !!document.querySelector(`details:not([open]) input[name="${id}"][value="${v}"]`), [id, value]);
    if (folded) {
      await tabUntil(page, (arg) => {
        const el = document.activeElement;
        return el?.tagName === 'SUMMARY' && !!el.parentElement.querySelector(`input[name="${arg[0]}"][value="${arg[1]}"]`);
      }, [id, value]);
      await page.keyboard.press('Enter');
    }
    // Tab enters a radio group once; arrow keys move within it (the platform's own behaviour).
    await tabUntil(page, focusedName, id);
    for (let i = 0; i < 20; i++) {
      const now = await page.evaluate(() => ({ value: document.activeElement.value, checked: document.activeElement.checked }));
      if (now.value === value) {
        if (!now.checked) await page.keyboard.press('Space');
        return;
      }
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`no option ${value} in ${id}`);
  }
}

/// Transfer sizes as the budgets and the benchmark count them: brotli at
/// quality 11 with a 24-bit window (the `brotli -q 11` defaults), gzip -9.
export const brotli = (bytes) => brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
}).length;
export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
