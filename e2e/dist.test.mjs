// What dist/ ships besides the widget: its licences and the third-party
// notices, and the version a host reads from the loader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import vm from 'node:vm';

test('dist/ carries the licences, the notices for every crate and the font, and the loader names the version', () => {
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE', 'THIRD-PARTY-NOTICES.txt', 'fonts/OFL.txt']) {
    assert.ok(existsSync(`dist/${f}`), `dist/${f}`);
  }
  const notices = readFileSync('dist/THIRD-PARTY-NOTICES.txt', 'utf8');
  const lock = readFileSync('Cargo.lock', 'utf8');
  // Every crate the widget is built on, at the version Cargo.lock pins.
  for (const name of ['yew', 'serde', 'serde_json', 'chrono', 'wasm-bindgen', 'web-sys', 'pdf-writer', 'gloo-file']) {
    const version = new RegExp(`name = "${name}"\\nversion = "([^"]+)"`).exec(lock)[1];
    assert.ok(notices.includes(`  ${name} ${version} — `), `${name} ${version} in the notices`);
  }
  assert.match(notices, /SIL Open Font License/);
  assert.match(notices, /Permission is hereby granted/);
  assert.match(notices, /Apache License\s+Version 2\.0/);
  // The loader run as a host page would: it reports this release.
  const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];
  const window = {};
  vm.runInNewContext(readFileSync('dist/zhaloba-embed.js', 'utf8'), { window, document: { currentScript: null }, location: { href: 'https://host.example/' }, URL, console });
  assert.equal(window.Zhaloba.version, version);
  // …and the content's edition with the date of the law it states, which
  // the privacy page shows in both languages.
  const about = readFileSync('content/about.toml', 'utf8');
  const edition = /^version = "([^"]+)"/m.exec(about)[1];
  const asOf = /^as_of = "(\d{4})-(\d\d)-(\d\d)"/m.exec(about);
  assert.deepEqual({ ...window.Zhaloba.content }, { version: edition, asOf: asOf.slice(1).join('-') });
  const privacy = readFileSync('dist/privacy.html', 'utf8');
  assert.doesNotMatch(privacy, /__[A-Z_]+__/, 'every placeholder filled');
  assert.ok(privacy.includes(`версия ${version}. Правовая информация — редакция ${edition}, по состоянию на ${Number(asOf[3])} `), 'Russian');
  assert.ok(privacy.includes(`version ${version}. The legal content: edition ${edition}, as of ${Number(asOf[3])} `), 'English');
  // The loader is ASCII (esbuild escapes the rest): a host page in
  // windows-1251 cannot garble its Russian messages, whatever the server says.
  assert.match(readFileSync('dist/zhaloba-embed.js', 'latin1'), /^[\x00-\x7f]*$/);
});
