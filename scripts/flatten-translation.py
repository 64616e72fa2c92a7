#!/usr/bin/env python3
"""Writes content/translations/en.toml as `key<US>text<RS>` records — the
same records build.rs compiles into native builds — for the browser, which
fetches them only for an English widget. Usage: flatten-translation.py IN OUT"""
import sys
import tomllib


def flatten(value, key, out):
    if isinstance(value, dict):
        # build.rs walks TOML tables, which are sorted by key.
        for k in sorted(value):
            flatten(value[k], f"{key}.{k}" if key else k, out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            flatten(v, f"{key}.{i}" if key else str(i), out)
    elif isinstance(value, str):
        if "\x1e" in value or "\x1f" in value:
            sys.exit(f"{key}: control character")
        out.append(f"{key}\x1f{value}\x1e")
    else:
        sys.exit(f"{key}: a translation must be text")


with open(sys.argv[1], "rb") as f:
    data = tomllib.load(f)
records = []
flatten(data, "", records)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("".join(records))
