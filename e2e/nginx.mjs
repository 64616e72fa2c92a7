// The widget served as a host would: Debian's nginx with deploy/nginx.conf,
// the lines marked «yours» set for this machine (a free port, the directory,
// test host pages on 127.0.0.1 as the frame-ancestors). Around it, the
// http { } level of a typical site — including the site-wide
// X-Frame-Options the widget's server must not inherit.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = '/usr/sbin/nginx';
export const CONFIG = 'deploy/nginx.conf';
export const hasNginx = () => existsSync(NGINX);

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/// deploy/nginx.conf with this machine's port, root and framing sites. A
/// line the file no longer has is an error, not a silent default.
export function localConfig(text, { port, root }) {
  const swaps = [
    [/^\s*listen 80;.*$/m, `    listen 127.0.0.1:${port};`],
    [/^\s*root \/var\/www\/zhaloba;$/m, `    root ${resolve(root)};`],
    [/frame-ancestors https:\/\/www\.example\.ru https:\/\/lk\.example\.ru/, 'frame-ancestors http://127.0.0.1:*'],
  ];
  for (const [from, to] of swaps) {
    if (!from.test(text)) throw new Error(`${CONFIG}: no line matching ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

/// Starts nginx serving `root` with `config` (deploy/nginx.conf's text by
/// default); resolves when it answers.
export async function startNginx(root, { config = readFileSync(CONFIG, 'utf8') } = {}) {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'zhaloba-nginx-'));
  writeFileSync(join(prefix, 'zhaloba.conf'), localConfig(config, { port, root }));
  // Debian's mime.types knows .wasm; older ones do not, and the widget must
  // not depend on it: the config sets the type itself.
  writeFileSync(join(prefix, 'mime.types'), readFileSync('/etc/nginx/mime.types', 'utf8').replace(/^.*\bwasm;\n/m, ''));
  writeFileSync(join(prefix, 'nginx.conf'), `${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
    include ${prefix}/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    # What many sites set for all their pages.
    add_header X-Frame-Options SAMEORIGIN;
    include ${prefix}/zhaloba.conf;
}
`);
  const proc = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (c) => { stderr += c; });
  const url = `http://127.0.0.1:${port}/`;
  const exited = new Promise((_, reject) => proc.on('exit', (code) => reject(new Error(`nginx exited ${code}: ${stderr}${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`))));
  exited.catch(() => {});
  for (let i = 0; ; i++) {
    const up = await Promise.race([fetch(url, { method: 'HEAD' }).then(() => true, () => false), exited]);
    if (up) break;
    if (i > 100) throw new Error(`nginx did not answer on ${url}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return {
    url,
    origin: new URL(url).origin,
    close: () => {
      proc.kill('SIGQUIT');
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
