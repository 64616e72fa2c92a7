// Shared end-to-end harness: serves dist/ on 127.0.0.1, starts Debian's
// Chromium through playwright-core, and records every request and every
// Content-Security-Policy violation the page makes.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ARTIFACTS = join(process.cwd(), 'e2e', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export async function serve(dir = 'dist') {
  const proc = spawn('python3', ['scripts/serve.py', dir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
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
  context.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
  // CSP blocks a request before it is made, so a blocked leak shows up here, not above.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations ||= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, requests, violations, close };
}

export async function cspViolations(page, violations) {
  const inPage = await page.evaluate(() => window.__cspViolations || []);
  return [...violations, ...inPage];
}

/// Requests the widget may make after its first screen: the PDF worker, its
/// wasm module and the fonts, from its own origin, once each, when a PDF is
/// asked for. They are static files; none carries user data.
export const LAZY_ASSETS = /\/(fonts\/LiberationSerif-(Regular|Bold)\.ttf|pdf-worker\.js|zhaloba-pdf\.js|zhaloba-pdf_bg\.wasm)$/;

/// The privacy guard every run ends with: no request to another origin,
/// no request after the first screen was interactive (but the lazy fonts,
/// each at most once), no CSP violation.
export async function assertPrivate(assert, { page, requests, violations }, origin, interactiveAt) {
  const foreign = requests.filter((r) => !r.url.startsWith(origin + '/') && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  assert.deepEqual(foreign.map((r) => r.url), [], 'requests to another origin');
  const late = requests.filter((r) => r.at > interactiveAt && !r.url.startsWith('blob:'));
  const unexpected = late.filter((r) => !LAZY_ASSETS.test(new URL(r.url).pathname));
  assert.deepEqual(unexpected.map((r) => r.url), [], 'requests after the first screen was interactive');
  const early = requests.filter((r) => r.at <= interactiveAt && LAZY_ASSETS.test(new URL(r.url).pathname));
  assert.deepEqual(early.map((r) => r.url), [], 'PDF code or fonts in the first load');
  const lazy = late.filter((r) => LAZY_ASSETS.test(new URL(r.url).pathname)).map((r) => r.url);
  assert.equal(new Set(lazy).size, lazy.length, `a lazy asset was fetched twice: ${lazy}`);
  assert.deepEqual(await cspViolations(page, violations), [], 'CSP violations');
}

// Wizard steps shared by tests and the benchmark.
export async function continueTo(page, heading) {
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

export async function fillDate(page, path, [d, m, y]) {
  await page.fill(`#zh-facts-${path}-day`, d);
  await page.fill(`#zh-facts-${path}-month`, m);
  await page.fill(`#zh-facts-${path}-year`, y);
}

