// deploy/nginx.conf on Debian's nginx: the headers a host's deploy needs.
// Every other e2e test is served through the same file (harness `serve`);
// this one checks the headers themselves, and that dropping any of the
// three a widget cannot work without fails this check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { startNginx, CONFIG } from './nginx.mjs';

const embed = JSON.parse(readFileSync('dist/embed.json', 'utf8'));
const wasm = readdirSync('dist').find((n) => /^zhaloba-web_bg\.[0-9a-f]{8}\.wasm$/.test(n));

const head = async (url, headers = {}) => {
  const r = await fetch(url, { headers });
  await r.arrayBuffer();
  assert.equal(r.status, 200, url);
  return r.headers;
};

/// What a host's widget server must send; throws on the first thing missing.
async function checkHeaders(url) {
  const index = await head(url + 'index.html');
  const csp = index.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/, 'the widget CSP on index.html');
  assert.match(csp, /frame-ancestors http:\/\/127\.0\.0\.1:\*/, 'frame-ancestors as a header');
  assert.equal(index.get('cache-control'), 'no-cache', 'the entry document revalidates');
  assert.equal(index.get('x-frame-options'), null, "the site-wide X-Frame-Options is not inherited");
  assert.equal((await head(url)).get('content-security-policy'), csp, 'the folder URL too');
  const bin = await head(url + wasm, { 'Accept-Encoding': 'gzip' });
  assert.equal(bin.get('content-type'), 'application/wasm', 'wasm type');
  assert.equal(bin.get('content-encoding'), 'gzip', 'compressed');
  assert.equal(bin.get('cache-control'), 'public, max-age=31536000, immutable');
  const pinned = await head(url + embed.loader, { Origin: 'https://www.example.ru' });
  assert.equal(pinned.get('access-control-allow-origin'), '*', 'CORS for the pinned loader (SRI)');
  assert.match(pinned.get('content-type'), /javascript; charset=utf-8/, 'the loader says it is UTF-8');
  assert.equal((await head(url + 'zhaloba-embed.js')).get('cache-control'), 'no-cache');
  const offline = await head(url + 'zhaloba-offline.html');
  assert.equal(offline.get('content-disposition'), 'attachment');
  assert.doesNotMatch(offline.get('content-security-policy'), /script-src/, 'its own meta policy is not narrowed');
}

test('deploy/nginx.conf sends the CSP with frame-ancestors, application/wasm, CORS, caching and compression', async () => {
  const server = await startNginx('dist');
  try {
    await checkHeaders(server.url);
  } finally {
    server.close();
  }
});

test('a config without the CSP, the wasm type or the CORS header fails the check', async () => {
  const config = readFileSync(CONFIG, 'utf8');
  const drops = {
    'the CSP': [/^\s*add_header Content-Security-Policy .*$/m, /the widget CSP/],
    'the wasm type': [/^\s*location ~ \\\.wasm\$ \{[^}]*\{ \}[^}]*\}/m, /wasm type/],
    'the CORS header': [/^\s*add_header Access-Control-Allow-Origin .*$/m, /CORS for the pinned loader/],
  };
  for (const [what, [line, failure]] of Object.entries(drops)) {
    assert.match(config, line, `${CONFIG} has ${what}`);
    const server = await startNginx('dist', { config: config.replace(line, '') });
    try {
      await assert.rejects(checkHeaders(server.url), (e) => failure.test(e.message), `without ${what}`);
    } finally {
      server.close();
    }
  }
});
