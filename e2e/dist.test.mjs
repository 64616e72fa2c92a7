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
});
