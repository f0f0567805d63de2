# sourcelight: the commands of the README; CI runs `make test`.
#
#   make serve   build the wasm and serve the page at http://localhost:8000
#   make test    every check: fmt, clippy, native tests, the robustness
#                checks (hostile cases, time complexity, a short fuzzing run),
#                wasm32 build, wasm-bindgen tests in headless Chromium,
#                end-to-end tests
#   make site    the static site in dist/ (optimized wasm), for GitHub Pages
#   make bench   speed and size, natively and in Chromium (medians); give the
#                corpora folder as CORPORA=../shared/data for real news
#
# Each target installs what it lacks (scripts/setup.sh) and skips the rest.

WASM_TARGET := wasm32-unknown-unknown
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
WASM := $(TARGET_DIR)/$(WASM_TARGET)/release/sourcelight.wasm
PKG := www/pkg
PORT ?= 8000
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test site setup wasm check native-test robustness wasm-test e2e clean-site bench

setup:
	scripts/setup.sh wasm browser npm

# The wasm module and its JS glue in www/pkg/ (not committed).
wasm:
	scripts/setup.sh wasm
	cargo build --lib --release --target $(WASM_TARGET)
	wasm-bindgen --target web --no-typescript --out-dir $(PKG) $(WASM)

serve: wasm
	@echo "Open http://localhost:$(PORT)/ and press 'Load the sample article'."
	node scripts/serve.mjs --root . --port $(PORT)

check:
	scripts/setup.sh wasm
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	# src/wasm.rs and tests/wasm.rs only exist for wasm32.
	cargo clippy --target $(WASM_TARGET) --no-default-features --lib --test wasm -- -D warnings

native-test:
	cargo test

# Hostile inputs at full size, the time-complexity check and a short,
# seeded fuzzing run (see the README's "Robustness").
robustness:
	cargo run --release --bin stress -- cases
	cargo run --release --bin stress -- complexity
	# From the seeds alone each time, so that the run stays short and repeatable.
	rm -rf target/fuzz-corpus-short
	FUZZ_CORPUS=target/fuzz-corpus-short scripts/fuzz.sh 20 -seed=1

wasm-test:
	scripts/setup.sh wasm browser
	cargo test --target $(WASM_TARGET) --no-default-features --test wasm --test embedded_model

e2e: wasm
	scripts/setup.sh browser npm
	scripts/site.sh
	node --test tests/e2e/

test: check native-test robustness wasm-test e2e

site: wasm
	scripts/setup.sh npm
	scripts/site.sh

# The corpora folder (polnear/ in it); without it only our own articles are
# measured and the corpus parts say they were skipped.
CORPORA ?=
BENCH_OUT := $(TARGET_DIR)/bench

bench: site
	cargo build --release --bin sourcelight --bin bench
	rm -f $(BENCH_OUT)/texts.json
	nice -n 5 $(TARGET_DIR)/release/bench $(CORPORA) --out $(BENCH_OUT)
	nice -n 5 node scripts/bench.mjs --texts $(BENCH_OUT)/texts.json
