#!/usr/bin/env bash
# Assembles the static site in dist/ from the built page (make wasm first):
# index.html, the service worker, the page's modules bundled and minified
# with esbuild, the styles minified, and the wasm module optimized for size
# with binaryen's wasm-opt. All paths stay relative, so the site works from
# a sub-path (GitHub Pages project sites). Prints the gzipped size of
# everything the page downloads.
set -euo pipefail
cd "$(dirname "$0")/.."

pkg=www/pkg
[ -f "$pkg/sourcelight_bg.wasm" ] || { echo "site: $pkg is missing; run 'make wasm' first" >&2; exit 1; }

rm -rf dist
mkdir -p dist/www/pkg
touch dist/.nojekyll

# Two scripts instead of some twenty modules, each fetched only once the one
# importing it has arrived: www/app.js with everything it imports (the
# annotator among them, first, so the worker still starts as the bundle
# begins to run) and www/worker.js, which imports the wasm-bindgen glue as a
# file of its own (minified in its place, next to the wasm it loads).
node_modules/.bin/esbuild www/app.js www/worker.js "$pkg/sourcelight.js" www/style.css www/panel.css \
    --bundle --minify --format=esm --target=es2022 --outbase=www --outdir=dist/www \
    --external:./pkg/sourcelight.js --log-level=warning
# The source page loads the annotator on its own ahead of app.js; in the
# bundle it is part of app.js.
grep -v -e 'src="www/annotator.js"' -e 'The annotator first' index.html > dist/index.html

# The features rustc's wasm32-unknown-unknown target emits by default, and
# SIMD (.cargo/config.toml). --converge repeats the passes while they still
# shrink the module: 2.3 KiB less gzipped than one round of -Oz (-Os and
# --gufa-optimizing: no smaller).
node_modules/.bin/wasm-opt -Oz --converge --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-simd \
    "$pkg/sourcelight_bg.wasm" -o dist/www/pkg/sourcelight_bg.wasm

# The service worker keeps the files of dist/ for offline use, not the
# source tree's modules.
listed=$(cd dist && find . -type f ! -name .nojekyll ! -name sw.js ! -name index.html | sort | sed 's/.*/  "&",/')
FILES="$listed" awk '
    /^const FILES = \[$/ { print; print "  \"./\","; print "  \"./index.html\","; print ENVIRON["FILES"]; skip = 1; next }
    skip && /^\];$/ { skip = 0 }
    !skip
' sw.js > dist/sw.js
grep -q '"./www/pkg/sourcelight_bg.wasm"' dist/sw.js || { echo "site: sw.js has no file list to fill" >&2; exit 1; }

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
