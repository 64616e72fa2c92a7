#!/usr/bin/env bash
# Installs what zhaloba needs, skipping whatever is already there at the
# right version. Usage: scripts/setup.sh build|test|bench
#   build – wasm32 target, trunk, wasm-bindgen-cli (= Cargo.lock), npm tools
#   test  – all of the above plus Debian chromium + chromium-driver, the
#           document readers and nginx (the e2e suite's web server)
#   bench – test, plus twiggy for the size report
# Only package registries are reachable here, so every tool comes from one:
# never from a download of a prebuilt binary.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-build}"
# A bench needs everything a test run does.
tests=$([ "$mode" = build ] && echo no || echo yes)
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

# npm tools (wasm-opt from binaryen, playwright-core, axe-core), pinned by
# package-lock.json; the lock of the last install is kept beside them (npm's
# own record leaves out other platforms' optional packages, so it never matched).
if ! cmp -s package-lock.json node_modules/.zhaloba-installed-lock.json; then
  say "installing npm tools"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.zhaloba-installed-lock.json
fi

if [ "$tests" = yes ]; then
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
  # Readers the document checks use: LibreOffice, poppler, qpdf.
  command -v libreoffice >/dev/null || need+=(libreoffice-writer-nogui)
  command -v pdftotext >/dev/null || need+=(poppler-utils)
  command -v qpdf >/dev/null || need+=(qpdf)
  # The web server the e2e suite serves the widget with (deploy/nginx.conf).
  [ -x /usr/sbin/nginx ] || need+=(nginx)
  if [ ${#need[@]} -gt 0 ]; then
    say "installing Debian packages: ${need[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    # nginx's package starts the system's nginx on port 80 once installed;
    # the tests start their own. Where nothing already says so (Docker's
    # images do), keep services from starting during this install only.
    policy=""
    if [[ " ${need[*]} " == *" nginx "* ]] && [ ! -e /usr/sbin/policy-rc.d ]; then
      policy=/usr/sbin/policy-rc.d
      printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
      $SUDO chmod +x "$policy"
    fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" \
      || { [ -z "$policy" ] || $SUDO rm -f "$policy"; exit 1; }
    [ -z "$policy" ] || $SUDO rm -f "$policy"
  fi
fi
if [ "$tests" = yes ]; then
  # Python readers (icalendar), the font cutter (fontTools) and the oracles
  # (python-stdnum for ИНН/ОГРН, pytrovich for names) in a private virtualenv, pinned.
  if ! .tools/venv/bin/python -c 'import icalendar, fontTools, stdnum, pytrovich, importlib.metadata as m, sys; sys.exit(icalendar.__version__ != "7.3.0" or fontTools.version != "4.60.1" or stdnum.__version__ != "2.2" or m.version("pytrovich") != "0.2.0")' 2>/dev/null; then
    say "installing Python tools into .tools/venv"
    python3 -m venv .tools/venv
    .tools/venv/bin/pip install -q --disable-pip-version-check icalendar==7.3.0 fonttools==4.60.1 python-stdnum==2.2 pytrovich==0.2.0
  fi
fi
if [ "$mode" = bench ] && [ "$(twiggy --version 2>/dev/null || true)" != "twiggy-opt 0.8.0" ]; then
  say "installing twiggy 0.8.0 (the size report)"
  cargo install twiggy --version "=0.8.0" --locked
fi
say "ready ($mode)"
