# zhaloba — two commands on a fresh machine:
#   make run    set up, build the release bundle, serve it on http://127.0.0.1:8080
#   make test   set up, then run every test layer
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: run run-examples build release setup setup-test test bench fmt clippy test-native test-wasm test-e2e test-documents clean

run: build
	@echo "zhaloba: open http://127.0.0.1:8080/ (Ctrl+C to stop)"
	python3 scripts/serve.py dist 8080

# The example host pages (examples/embed/) on another origin, with the widget:
# open http://127.0.0.1:8081/insurer.html, tfoms.html or hostile.html.
run-examples: build
	@echo "zhaloba: widget on :8080, example hosts on http://127.0.0.1:8081/insurer.html (Ctrl+C to stop)"
	python3 scripts/serve.py dist 8080 & python3 scripts/serve.py examples/embed 8081 --no-csp

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

build: setup
	trunk build --release

# A versioned archive of dist/ for hosts that pin a release (release/).
release: build
	scripts/release.sh

test: setup-test
	@scripts/test-all.sh

# Not part of `make test`: times are reported, not asserted. Prints one
# table (also written to target/bench/report.md). BENCH_RUNS=N for more runs.
bench:
	@scripts/setup.sh bench
	node scripts/bench.mjs

fmt:
	cargo fmt --check

clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --bin zhaloba-web --no-default-features --features texts-file -- -D warnings

# The writers' property test runs in the documents layer, beside its readers.
test-native:
	cargo test -- --skip a_thousand_random_cases

test-wasm:
	cargo test --target wasm32-unknown-unknown --test web

test-documents:
	.tools/venv/bin/python scripts/subset-fonts.py --check
	cargo build --bin zhaloba
	cargo test --test writer_properties
	.tools/venv/bin/python scripts/check_documents.py target/debug/zhaloba target/documents target/property-sample
	.tools/venv/bin/python scripts/check_oracles.py target/debug/zhaloba

test-e2e:
	cargo build --bin zhaloba
	trunk build --release
	node --test e2e/

clean:
	cargo clean
	rm -rf dist
