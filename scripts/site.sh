#!/usr/bin/env bash
# Assembles the static site in dist/ from the built page (make wasm first):
# index.html, the service worker, www/ modules and styles, and the wasm
# module optimized for size with binaryen's wasm-opt. All paths stay
# relative, so the site works from a sub-path (GitHub Pages project sites).
# Prints the gzipped size of everything the page downloads.
set -euo pipefail
cd "$(dirname "$0")/.."

pkg=www/pkg
[ -f "$pkg/sourcelight_bg.wasm" ] || { echo "site: $pkg is missing; run 'make wasm' first" >&2; exit 1; }

rm -rf dist
mkdir -p dist/www/pkg
cp index.html sw.js dist/
cp www/*.js www/*.css dist/www/
cp "$pkg/sourcelight.js" dist/www/pkg/
touch dist/.nojekyll

# The features rustc's wasm32-unknown-unknown target emits by default, and
# SIMD (.cargo/config.toml). --converge repeats the passes while they still
# shrink the module: 2.3 KiB less gzipped than one round of -Oz (-Os and
# --gufa-optimizing: no smaller).
node_modules/.bin/wasm-opt -Oz --converge --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-simd \
    "$pkg/sourcelight_bg.wasm" -o dist/www/pkg/sourcelight_bg.wasm

gz() { gzip -9 -c "$1" | wc -c; }
kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
wasm_raw=$(wc -c < dist/www/pkg/sourcelight_bg.wasm)
wasm_gz=$(gz dist/www/pkg/sourcelight_bg.wasm)
total_gz=0
while IFS= read -r file; do
    total_gz=$((total_gz + $(gz "$file")))
done < <(find dist -type f ! -name .nojekyll)
echo "site: dist/ ready; wasm $(kib "$wasm_raw") raw, $(kib "$wasm_gz") gzipped (was $(kib "$(wc -c < "$pkg/sourcelight_bg.wasm")") before wasm-opt)"
echo "site: the whole page downloads $(kib "$total_gz") gzipped"
