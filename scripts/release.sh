#!/usr/bin/env bash
# `make release`: the built dist/ as a versioned release a host can pin.
#   release/zhaloba-<version>.tar.gz  unpacks to <version>/… — every file of a
#       version under its own folder (as Stripe's /v3/), so a loader pinned to
#       /<version>/ only ever loads files of its own version: the widget finds
#       its stylesheet, worker and fonts beside the loader, by relative paths.
#   release/SHA256SUMS                the archive and every file in it.
#   release/embed.json                the pinned loader's name and SRI hash.
#   release/zhaloba-<version>.tgz     the npm package (scripts/npm-pack.mjs):
#       the loader as a module with TypeScript declarations, and the files.
# Run after `make build`; nothing is fetched.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
[ -f dist/index.html ] || { echo "release: no dist/ — run make build first" >&2; exit 1; }
grep -q "version:\"$version\"\|version: '$version'\|version:'$version'" dist/zhaloba-embed.js \
  || { echo "release: dist/zhaloba-embed.js does not say version $version — rebuild" >&2; exit 1; }
rm -rf release && mkdir -p "release/stage/$version"
cp -R dist/. "release/stage/$version/"
cp CHANGELOG.md "release/stage/$version/"
# Same bytes from the same dist/: fixed owner, order and times.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' \
  -C release/stage -czf "release/zhaloba-$version.tar.gz" "$version"
cp dist/embed.json release/embed.json
( cd release/stage && find "$version" -type f | sort | xargs sha256sum ) > release/SHA256SUMS
( cd release && sha256sum "zhaloba-$version.tar.gz" ) >> release/SHA256SUMS
rm -rf release/stage
node scripts/npm-pack.mjs
( cd release && sha256sum "zhaloba-$version.tgz" ) >> release/SHA256SUMS
echo "release: release/zhaloba-$version.tar.gz, release/zhaloba-$version.tgz ($(wc -l < release/SHA256SUMS) checksums)"
