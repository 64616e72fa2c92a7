// `make release`, last step: the npm package (built, not published):
// release/zhaloba-<version>.tgz with
//   index.js, index.d.ts   the loader as a module, with TypeScript declarations
//                          (the category ids from content/ of this release)
//   zhaloba-embed.js       the loader for a plain <script> tag
//   widget/<version>/      the widget's files to host, as in the release archive
//   README.md, EMBEDDING.md, EMBEDDING.ru.md, LICENSE-MIT, LICENSE-APACHE
// Run by scripts/release.sh after dist/ is built; nothing is fetched.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];
const stage = join('release', 'npm');
rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'widget'), { recursive: true });
cpSync('dist', join(stage, 'widget', version), { recursive: true });

// Category and exit ids: a category file's own id is its first `id = `.
const ids = readdirSync('content/categories').filter((f) => f.endsWith('.toml')).sort()
  .map((f) => /^id = "([^"]+)"/m.exec(readFileSync(join('content/categories', f), 'utf8'))[1]);
for (const m of readFileSync('content/exits.toml', 'utf8').matchAll(/^\[\[exit\]\]\s*\nid = "([^"]+)"/gm)) ids.push(m[1]);
if (ids.length < 2) throw new Error('npm-pack: no category ids found in content/');
writeFileSync(join(stage, 'index.d.ts'), readFileSync('npm/index.d.ts', 'utf8')
  .replace('__CATEGORY_IDS__', ids.map((id) => `'${id}'`).join(' | ')));
copyFileSync('npm/index.js', join(stage, 'index.js'));
copyFileSync('dist/zhaloba-embed.js', join(stage, 'zhaloba-embed.js'));
writeFileSync(join(stage, 'README.md'), readFileSync('npm/README.md', 'utf8').replaceAll('__VERSION__', version));
for (const f of ['EMBEDDING.md', 'EMBEDDING.ru.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md']) copyFileSync(f, join(stage, f));
writeFileSync(join(stage, 'package.json'), `${JSON.stringify({
  name: 'zhaloba',
  version,
  description: 'A complaint wizard for Russian compulsory medical insurance (ОМС) that runs entirely in the browser: the loader, its TypeScript declarations and the widget files to host.',
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: './index.js',
  types: './index.d.ts',
  exports: {
    '.': { types: './index.d.ts', default: './index.js' },
    './zhaloba-embed.js': './zhaloba-embed.js',
    './widget/*': './widget/*',
    './package.json': './package.json',
  },
  sideEffects: ['./index.js', './zhaloba-embed.js'],
  files: ['index.js', 'index.d.ts', 'zhaloba-embed.js', 'widget/', 'README.md', 'EMBEDDING.md', 'EMBEDDING.ru.md', 'CHANGELOG.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
}, null, 2)}\n`);
const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', '..'], { cwd: stage, encoding: 'utf8' }).trim();
rmSync(stage, { recursive: true, force: true });
console.log(`npm-pack: release/${out}`);
