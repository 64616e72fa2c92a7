#!/usr/bin/env python3
"""The file-level import graph of zhaloba's src/ (an independent cross-check of
tests/architecture.rs).

Reads every `use` tree (grouped `use crate::{a, b::{c}}`, `super::`, `self::`,
paths relative to a child module), and inline `crate::x::y` / `super::x` /
`zhaloba::x` paths, with comments and string literals left out; resolves each
path to the file of its longest module prefix. Inline `mod name { … }` blocks
shift `super::` by one. Module declarations (`mod x;`) are not edges.

Usage (from the repository root): scripts/import-graph.py [src] [--dot] [--cycles [--all]]
(--all: count a mod.rs using its own children too)
"""
import os
import re
import sys

root = 'src'
args = [a for a in sys.argv[1:] if not a.startswith('--')]
if args:
    root = args[0]


def modpath(f):
    rel = os.path.relpath(f, root)[:-3].split(os.sep)
    if rel == ['lib']:
        return ()
    if rel[-1] == 'mod':
        rel = rel[:-1]
    return tuple(rel)


files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith('.rs'))
bins = [f for f in files if f == os.path.join(root, 'main.rs') or os.sep + 'bin' + os.sep in f]
lib = [f for f in files if f not in bins]
mods = {modpath(f): f for f in lib}


def strip(src):
    """Comments and string/char literals out (kept as blanks)."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith('//', i):
            j = src.find('\n', i)
            i = n if j < 0 else j
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2)
            i = n if j < 0 else j + 2
        elif c == 'r' and re.match(r'r#*"', src[i:]) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == '_')):
            m = re.match(r'r(#*)"', src[i:])
            end = '"' + m.group(1)
            j = src.find(end, i + len(m.group(0)))
            out.append('""')
            i = n if j < 0 else j + len(end)
        elif c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == '\\' else 1
            out.append('""')
            i = j + 1
        elif c == "'" and re.match(r"'(\\.|[^\\'])'|'\\u\{[0-9a-fA-F]+\}'|'\\x[0-9a-fA-F]{2}'", src[i:]):
            m = re.match(r"'(\\.|[^\\'])'|'\\u\{[0-9a-fA-F]+\}'|'\\x[0-9a-fA-F]{2}'", src[i:])
            out.append("' '")
            i += len(m.group(0))
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def expand(tree):
    """`a::{b, c::{d, e}}` → ['a::b', 'a::c::d', 'a::c::e']."""
    tree = re.sub(r'\s+as\s+\w+', '', tree)
    tree = re.sub(r'\s+', '', tree)
    i = tree.find('{')
    if i < 0:
        return [tree]
    pre, inner = tree[:i], tree[i + 1:tree.rfind('}')]
    parts, depth, cur = [], 0, ''
    for ch in inner:
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        if p:
            out += expand(pre + p)
    return out


def resolve(me, segs, in_bin):
    """A path's segments from module `me` → the module it names."""
    segs = [s for s in segs if s]
    if not segs:
        return None
    head = segs[0]
    if head in ('crate',) and not in_bin:
        base, rest = (), segs[1:]
    elif head == 'zhaloba':
        base, rest = (), segs[1:]
    elif head == 'super':
        base, rest = me, segs
        while rest and rest[0] == 'super':
            base, rest = base[:-1], rest[1:]
    elif head == 'self':
        base, rest = me, segs[1:]
    elif me + (head,) in mods:
        base, rest = me, segs
    else:
        return None
    path = base
    for s in rest:
        if path + (s,) in mods:
            path = path + (s,)
        else:
            break
    return path


def edges_of(f):
    src = strip(open(f).read())
    in_bin = f in bins
    me = () if in_bin else modpath(f)
    # A file's module for `super::`: a mod.rs/lib.rs is its module; x.rs too.
    found = set()
    # Inline module depth at each offset.
    depth_at = []
    stack, depth, inline = [], 0, 0
    for m in re.finditer(r'\bmod\s+\w+\s*\{|\{|\}', src):
        tok = m.group(0)
        if tok.startswith('mod'):
            stack.append(depth)
            depth += 1
            inline += 1
            depth_at.append((m.end(), inline))
        elif tok == '{':
            depth += 1
        else:
            depth -= 1
            if stack and stack[-1] == depth:
                stack.pop()
                inline -= 1
                depth_at.append((m.end(), inline))

    def inline_at(pos):
        d = 0
        for off, v in depth_at:
            if off <= pos:
                d = v
            else:
                break
        return d

    def add(pos, path):
        d = inline_at(pos)
        segs = path.split('::')
        # Inside an inline `mod tests`, `super` is the file itself.
        here = me + tuple('#' for _ in range(d))
        t = resolve(here, segs, in_bin)
        if t is not None and '#' not in t:
            found.add(t)

    for m in re.finditer(r'\buse\s+([^;]+);', src):
        for p in expand(m.group(1)):
            add(m.start(), p)
    for m in re.finditer(r'(?<![\w:])((?:crate|super|zhaloba)(?:::\w+)+)', src):
        add(m.start(), m.group(1))
    # Child modules named inline (`<wizard::Wizard />`, `text::write(c)`).
    if not in_bin:
        for m in re.finditer(r'(?<![\w:])(\w+)::(\w+)', src):
            if m.group(1) not in ('crate', 'super', 'self', 'zhaloba') and me + (m.group(1),) in mods:
                add(m.start(), m.group(0))
    target = [mods[t] for t in found if t in mods]
    return sorted(set(t for t in target if t != f))


graph = {f: edges_of(f) for f in files}


def between_modules(g):
    """Leaves out a module's uses of its own submodules (a mod.rs dispatching
    to its children is one module); any other circle is between modules."""
    out = {}
    for f, ts in g.items():
        me = () if f in bins else modpath(f)
        out[f] = [t for t in ts if not (len(modpath(t)) > len(me) and modpath(t)[:len(me)] == me)]
    return out


def cycles(g):
    index, low, on, stack, out, n = {}, {}, set(), [], [], [0]

    def visit(v):
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in g.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in g:
        if v not in index:
            visit(v)
    return out


def short(f):
    return os.path.relpath(f, root)


if '--dot' in sys.argv:
    print('digraph zhaloba {\n  rankdir=BT; node [shape=box, fontsize=10];')
    for f, ts in graph.items():
        for t in ts:
            print(f'  "{short(f)}" -> "{short(t)}";')
    print('}')
elif '--cycles' in sys.argv:
    cs = cycles(graph if '--all' in sys.argv else between_modules(graph))
    for c in cs:
        print('circle:', ' <-> '.join(short(f) for f in c))
    print(f'{len(cs)} circle(s) among {len(files)} files, {sum(len(v) for v in graph.values())} edges')
    sys.exit(1 if cs else 0)
else:
    for f, ts in graph.items():
        print(short(f), '->', ', '.join(short(t) for t in ts))
