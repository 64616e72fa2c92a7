#!/usr/bin/env bash
# Runs every test layer in order and prints one line per layer at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
declare -a results=()
failed=0
layer() {
  local name="$1"; shift
  local start=$SECONDS
  printf '\n=== %s\n' "$name"
  if make --no-print-directory "$@"; then
    results+=("PASS  $name ($((SECONDS - start)) s)")
  else
    results+=("FAIL  $name ($((SECONDS - start)) s)")
    failed=$((failed + 1))
  fi
}
layer "format (cargo fmt --check)" fmt
layer "lint (cargo clippy -D warnings, native and wasm32)" clippy
layer "native: unit, property, component (SSR) and CLI tests" test-native
layer "documents: every example in every format, read by LibreOffice, poppler, icalendar" test-documents
layer "wasm: DOM tests in headless Chromium (wasm-bindgen-test)" test-wasm
layer "end to end: release dist/ in Chromium (playwright-core)" test-e2e
printf '\n=== summary\n'
printf '%s\n' "${results[@]}"
passed=$(( ${#results[@]} - failed ))
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
