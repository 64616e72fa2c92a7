// `make release`: the archive unpacks to <version>/…, and two versions side
// by side stay apart — a loader pinned to one version loads only that
// version's files, through to a PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, serveSite, launch, ARTIFACTS } from './harness.mjs';

const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];

test('the release archive holds one version folder with checksums; a pinned loader loads only its own version', async () => {
  execFileSync('scripts/release.sh', { stdio: 'ignore' });
  const root = join(ARTIFACTS, 'releases');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync('tar', ['xzf', `release/zhaloba-${version}.tar.gz`, '-C', root]);
  assert.ok(existsSync(join(root, version, 'index.html')), 'everything under the version folder');
  const sums = readFileSync('release/SHA256SUMS', 'utf8');
  assert.match(sums, new RegExp(`  ${version}/index\\.html$`, 'm'));
  assert.match(sums, new RegExp(`  zhaloba-${version}\\.tar\\.gz$`, 'm'));
  execFileSync('sha256sum', ['--check', '--quiet', '--ignore-missing', join(process.cwd(), 'release/SHA256SUMS')], { cwd: root, stdio: 'ignore' });
  // Another version beside it (the same files under another folder).
  cpSync(join(root, version), join(root, '0.0.0-other'), { recursive: true });
  const widget = await serve(root);
  const { loader, integrity } = JSON.parse(readFileSync('release/embed.json', 'utf8'));
  const host = await serveSite('pinned-host', {
    'index.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Страховая</title></head><body>
<main><h1>Жалоба</h1><div id="complaint"></div></main>
<script src="http://127.0.0.1:8080/${version}/${loader}" integrity="${integrity}" crossorigin="anonymous" data-target="#complaint" async></script>
</body></html>`,
  }, widget.origin);
  const b = await launch();
  try {
    await b.page.goto(host.url);
    const frame = await (await b.page.waitForSelector('#complaint iframe')).contentFrame();
    await frame.locator('h1', { hasText: 'Составить жалобу по полису ОМС' }).waitFor();
    const file = join(ARTIFACTS, 'release-case.json');
    writeFileSync(file, readFileSync('examples/cases/waiting-time.json'));
    await frame.locator('#zh-transfer-summary').click();
    await frame.setInputFiles('#zh-import-file', file);
    await frame.locator('#zh-download-0-pdf:not([disabled])').waitFor();
    await Promise.all([b.page.waitForEvent('download'), frame.click('#zh-download-0-pdf')]);
    const ours = b.requests.map((r) => new URL(r.url)).filter((u) => u.origin === widget.origin).map((u) => u.pathname);
    assert.ok(ours.some((p) => /zhaloba-files_bg\.[0-9a-f]{8}\.wasm$/.test(p)) && ours.some((p) => p.endsWith('.ttf')), 'through to the PDF');
    assert.deepEqual(ours.filter((p) => !p.startsWith(`/${version}/`)), [], 'only files of the pinned version');
  } finally {
    await b.close();
    widget.close();
    host.close();
  }
});
