// Bundles the peer page with esbuild: minified, production React, code
// splitting so pdfmake and its fonts load only on the first PDF.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

await build({
  entryPoints: ['src/app.jsx'],
  outdir: 'build/dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  logLevel: 'warning',
  legalComments: 'none',
});
writeFileSync('build/dist/index.html', `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>peer</title></head><body><div id="root"></div><script type="module" src="./app.js"></script></body></html>
`);
