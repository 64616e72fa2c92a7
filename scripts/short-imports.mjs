// wasm-bindgen names each function the wasm imports from its JavaScript glue
// `__wbg_<name>_<16 hex digits>` and the module `./<crate>_bg.js`: long, and
// the hex does not compress. Both sides name each import once, the wasm in
// its import section and the glue as a key of its imports object, so the
// names can be shortened after the build without changing what runs:
// `a`, `b`, …, `Z`, `aa`, … (−4.1 KB brotli on the first screen). The glue's
// own exports (`__wbindgen_malloc`, `wasm_bindgen__convert__closures…_h<hex>`)
// are shortened the same way; the host's API (`mount`, `memory`, …) is not.
//
// Every import name must stand exactly once in the glue, every export name
// at least once; anything else (a new wasm-bindgen writing its glue another
// way) fails the build rather than leaving a module that cannot link.
import { readFileSync, writeFileSync } from 'node:fs';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/// The n-th short name: a … Z, aa … ZZ, …
export function shortName(n) {
  let name = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / LETTERS.length)) {
    name = LETTERS[(i - 1) % LETTERS.length] + name;
  }
  return name;
}

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/// The import section with every module and field name passed through
/// `rename(module, field) → [module, field]`.
function renameImports(section, rename) {
  let [count, at] = readLeb(section, 0);
  const parts = [leb(count)];
  const readName = () => {
    const [length, start] = readLeb(section, at);
    at = start + length;
    return section.toString('utf8', start, at);
  };
  for (let i = 0; i < count; i++) {
    const [module, field] = rename(readName(), readName());
    const descStart = at;
    const kind = section[at++];
    const limits = () => {
      const flags = section[at++];
      [, at] = readLeb(section, at);
      if (flags & 1) [, at] = readLeb(section, at);
    };
    if (kind === 0) [, at] = readLeb(section, at); // function: its type
    else if (kind === 1) { at++; limits(); } // table: element type, limits
    else if (kind === 2) limits(); // memory
    else if (kind === 3) at += 2; // global: value type, mutability
    else throw new Error(`import ${field}: unknown kind ${kind}`);
    parts.push(name(module), name(field), section.subarray(descStart, at));
  }
  if (at !== section.length) throw new Error('import section: bytes left over');
  return Buffer.concat(parts);
}

/// Exports named by and for the glue only: shortened.
const GLUE_EXPORT = /^(__wbindgen_|__wbg_|__externref_|wasm_bindgen__)/;

/// The export section with every glue export's name passed through `rename`.
function renameExports(section, rename) {
  let [count, at] = readLeb(section, 0);
  const parts = [leb(count)];
  for (let i = 0; i < count; i++) {
    const [length, start] = readLeb(section, at);
    const exported = section.toString('utf8', start, start + length);
    at = start + length;
    const descStart = at;
    at++; // kind
    [, at] = readLeb(section, at); // index
    parts.push(name(GLUE_EXPORT.test(exported) ? rename(exported) : exported), section.subarray(descStart, at));
  }
  if (at !== section.length) throw new Error('export section: bytes left over');
  return Buffer.concat(parts);
}

/// Shortens the imports and the glue's exports of `wasmPath` and their
/// names in its glue `jsPath` (minified or not); returns how many imports.
export function shortenImports(wasmPath, jsPath) {
  const wasm = readFileSync(wasmPath);
  let js = readFileSync(jsPath, 'utf8');
  const modules = new Map();
  const fields = new Map();
  const exports = new Map();
  const out = [wasm.subarray(0, 8)];
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const body = wasm.subarray(start, start + size);
    if (id === 2) {
      const renamed = renameImports(body, (module, field) => {
        if (!modules.has(module)) modules.set(module, shortName(modules.size));
        if (!fields.has(field)) fields.set(field, shortName(fields.size));
        return [modules.get(module), fields.get(field)];
      });
      out.push(Buffer.from([id]), leb(renamed.length), renamed);
    } else if (id === 7) {
      const renamed = renameExports(body, (exported) => {
        exports.set(exported, `_${shortName(exports.size)}`);
        return exports.get(exported);
      });
      out.push(Buffer.from([id]), leb(renamed.length), renamed);
    } else {
      out.push(wasm.subarray(at, start + size));
    }
    at = start + size;
  }
  // The glue: `"./x_bg.js":{…}` (or `'./x_bg.js'`) and `__wbg_y_0123…:function`.
  const replaceOnce = (from, to, pattern) => {
    const found = js.match(pattern);
    if (!found || found.length !== 1) {
      throw new Error(`${jsPath}: ${from} stands ${found ? found.length : 0} times, not once`);
    }
    js = js.replace(pattern, (m) => m.replace(from, to));
  };
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  for (const [from, to] of modules) {
    replaceOnce(from, to, new RegExp(`["']${escape(from)}["']\\s*:`, 'g'));
  }
  for (const [from, to] of fields) {
    replaceOnce(from, to, new RegExp(`(?<![\\w$])["']?${escape(from)}["']?\\s*:`, 'g'));
  }
  for (const [from, to] of exports) {
    const token = new RegExp(`(?<![\\w$])${escape(from)}(?![\\w$])`, 'g');
    if (!token.test(js)) throw new Error(`${jsPath}: the export ${from} is not in the glue`);
    js = js.replace(token, to);
  }
  writeFileSync(wasmPath, Buffer.concat(out));
  writeFileSync(jsPath, js);
  return fields.size;
}
