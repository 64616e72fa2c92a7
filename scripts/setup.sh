#!/usr/bin/env bash
# Installs what zhaloba needs, skipping whatever is already there at the
# right version. Usage: scripts/setup.sh build|test
#   build – wasm32 target, trunk, wasm-bindgen-cli (= Cargo.lock), npm tools
#   test  – all of the above plus Debian chromium + chromium-driver
# Only package registries are reachable here, so every tool comes from one:
# never from a download of a prebuilt binary.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-build}"
TRUNK_VERSION=0.21.14
say() { printf '[setup] %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for comp in clippy rustfmt; do
  rustup component list --installed | grep -q "^$comp" || rustup component add "$comp"
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked
fi

# wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
wb_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wb_version" ]; then
  say "installing wasm-bindgen-cli $wb_version"
  # Not --locked: its lockfile wants a crate version the registry here lacks.
  cargo install wasm-bindgen-cli --version "=$wb_version"
fi

# npm tools (wasm-opt from binaryen, playwright-core, axe-core), pinned by package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s <(node -e 'const l=require("./package-lock.json");for(const[k,v]of Object.entries(l.packages))if(k)console.log(k,v.version)' | sort) \
     <(node -e 'const l=require("./node_modules/.package-lock.json");for(const[k,v]of Object.entries(l.packages))if(k)console.log(k,v.version)' | sort); then
  say "installing npm tools"
  npm ci --no-audit --no-fund
fi

if [ "$mode" = test ]; then
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
  # Readers the document checks use: LibreOffice, poppler, qpdf.
  command -v libreoffice >/dev/null || need+=(libreoffice-writer-nogui)
  command -v pdftotext >/dev/null || need+=(poppler-utils)
  command -v qpdf >/dev/null || need+=(qpdf)
  if [ ${#need[@]} -gt 0 ]; then
    say "installing Debian packages: ${need[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
  fi
fi
if [ "$mode" = test ]; then
  # Python readers (icalendar), the font cutter (fontTools) and the oracles
  # (python-stdnum for ИНН/ОГРН, pytrovich for names) in a private virtualenv, pinned.
  if ! .tools/venv/bin/python -c 'import icalendar, fontTools, stdnum, pytrovich, importlib.metadata as m, sys; sys.exit(icalendar.__version__ != "7.3.0" or fontTools.version != "4.60.1" or stdnum.__version__ != "2.2" or m.version("pytrovich") != "0.2.0")' 2>/dev/null; then
    say "installing Python tools into .tools/venv"
    python3 -m venv .tools/venv
    .tools/venv/bin/pip install -q --disable-pip-version-check icalendar==7.3.0 fonttools==4.60.1 python-stdnum==2.2 pytrovich==0.2.0
  fi
fi
say "ready ($mode)"
