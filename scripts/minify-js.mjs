// Trunk post-build hook: minifies the JavaScript in Trunk's staging
// directory with esbuild (same behaviour, fewer bytes). Classic worker
// scripts stay classic (no ESM output), module scripts stay modules.
import { buildSync } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk: TRUNK_STAGING_DIR is not set');
// Loaded with importScripts() in the worker: a classic script whose
// top-level `wasm_bindgen` must stay a global.
const CLASSIC = new Set(['zhaloba-files.js', 'files-worker.js', 'zhaloba-embed.js']);
for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
  const file = join(dir, name);
  buildSync({
    entryPoints: [file],
    outfile: file,
    allowOverwrite: true,
    minify: true,
    bundle: false,
    format: CLASSIC.has(name) ? undefined : 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}
