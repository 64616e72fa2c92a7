// The npm package from `make release`, as a web team takes it: installed
// into a small host project, type-checked with `tsc --strict`, bundled with
// esbuild, and run in the browser with the package's widget files hosted on
// nginx (deploy/nginx.conf). Wrong options and payloads must not type-check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve, serveSite, launch, ARTIFACTS } from './harness.mjs';

const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];
const bin = (name) => resolve('node_modules/.bin', name);

const GOOD = `import { mount, version, content, type Options, type StepDetail, type Handle } from 'zhaloba';

declare const WIDGET_BASE: string;
const options: Options = {
  lang: 'ru',
  organisation: { name: 'ООО «Пример-Мед»', hotline: '8 800 000-00-00' },
  categories: ['waiting-time', 'paid-care'],
  theme: { accent: '#006633' },
};
const el = document.getElementById('complaint')!;
const seen: string[] = [];
el.addEventListener('zhaloba:ready', (e) => { seen.push(\`ready \${e.detail.version} \${e.detail.content}\`); });
el.addEventListener('zhaloba:step', (e) => {
  const step: StepDetail = e.detail;
  seen.push(\`step \${step.index}/\${step.total} \${step.category}\`);
});
const widget: Handle = mount(el, { ...options, base: WIDGET_BASE });
widget.update({ organisation: { name: 'ООО «Пример-Мед»', hotline: '8 800 999-99-99' } });
(window as unknown as { host: object }).host = { seen, version, content: content.version, widget };
`;

// Each line must be refused by the types.
const BAD = [
  "mount('#complaint', { base: '/', mode: 'popup' });",
  "mount('#complaint', { base: '/', lang: 'de' });",
  "mount('#complaint', { lang: 'ru' });",
  "mount('#complaint', { base: '/', categories: ['no-such-category'] });",
  "mount('#complaint', { base: '/' }).update({ mode: 'inline' });",
  "document.body.addEventListener('zhaloba:step', (e) => e.detail.nope);",
  "document.body.addEventListener('zhaloba:document', (e) => { const f: 'rtf' = e.detail.format; });",
];

test('the npm package installs into a host project, type-checks with tsc --strict, bundles with esbuild and runs', async () => {
  execFileSync('scripts/release.sh', { stdio: 'ignore' });
  const tarball = resolve(`release/zhaloba-${version}.tgz`);
  assert.ok(existsSync(tarball), 'make release wrote the npm package');
  assert.match(readFileSync('release/SHA256SUMS', 'utf8'), new RegExp(`  zhaloba-${version}\\.tgz$`, 'm'));
  const project = join(ARTIFACTS, 'npm-host');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'insurer-site', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', tarball], { cwd: project, stdio: 'inherit' });
  const pkg = join(project, 'node_modules', 'zhaloba');
  assert.ok(existsSync(join(pkg, 'widget', version, 'index.html')), 'the widget files are in the package');
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [], skipLibCheck: false },
    include: ['src'],
  }));
  writeFileSync(join(project, 'src', 'main.ts'), GOOD);
  const tsc = (cwd) => spawnSync(bin('tsc'), ['-p', '.'], { cwd, encoding: 'utf8' });
  const good = tsc(project);
  assert.equal(good.status, 0, `tsc --strict: ${good.stdout}${good.stderr}`);
  // The wrong uses, one file each, each refused.
  writeFileSync(join(project, 'src', 'main.ts'), '');
  for (const [i, line] of BAD.entries()) {
    writeFileSync(join(project, 'src', 'bad.ts'), `import { mount } from 'zhaloba';\n${line}\n`);
    const r = tsc(project);
    assert.notEqual(r.status, 0, `tsc accepted: ${line}`);
    assert.match(r.stdout, /src\/bad\.ts\(2,/, `refused on the line itself (${i}): ${r.stdout}`);
  }
  rmSync(join(project, 'src', 'bad.ts'));
  writeFileSync(join(project, 'src', 'main.ts'), GOOD);

  // The widget's files from the package, on nginx; the host's bundle on its own origin.
  const widget = await serve(join(pkg, 'widget'));
  const base = `${widget.url}${version}/`;
  execFileSync(bin('esbuild'), ['src/main.ts', '--bundle', '--format=esm', '--outfile=dist/app.js', `--define:WIDGET_BASE=${JSON.stringify(base)}`, '--log-level=warning'], { cwd: project });
  const host = await serveSite('npm-host/dist', {
    'index.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Страховая</title></head><body>
<main><h1>Жалоба</h1><div id="complaint"></div></main><script type="module" src="app.js"></script></body></html>`,
  }, widget.origin);
  const b = await launch();
  try {
    await b.page.goto(host.url);
    const frame = await (await b.page.waitForSelector('#complaint iframe')).contentFrame();
    await frame.locator('h1', { hasText: 'Составить жалобу по полису ОМС' }).waitFor();
    await frame.getByRole('button', { name: 'Начать' }).click();
    await frame.locator('h1', { hasText: 'Что случилось?' }).waitFor();
    await b.page.waitForFunction(() => window.host.seen.some((s) => s.startsWith('step 2/')));
    const { seen, version: reported, content } = await b.page.evaluate(() => window.host);
    const edition = /^version = "([^"]+)"/m.exec(readFileSync('content/about.toml', 'utf8'))[1];
    assert.equal(reported, version);
    assert.equal(content, edition);
    assert.ok(seen.includes(`ready ${version} ${edition}`), seen.join('\n'));
    // The update queued before ready reached the widget.
    await frame.getByRole('link', { name: 'Назад' }).click();
    await frame.locator('h1', { hasText: 'Составить жалобу' }).waitFor();
    assert.match(await frame.textContent('.zh-form'), /8 800 999-99-99/);
    const ours = b.requests.map((r) => new URL(r.url)).filter((u) => u.origin === widget.origin).map((u) => u.pathname);
    assert.deepEqual(ours.filter((p) => !p.startsWith(`/${version}/`)), [], 'only the package\'s widget files');
  } finally {
    await b.close();
    widget.close();
    host.close();
  }
});
