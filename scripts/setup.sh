#!/usr/bin/env bash
# Installs what the build and tests need, skipping whatever is already there.
#
#   scripts/setup.sh wasm     the wasm32 target and wasm-bindgen-cli (Cargo.lock's version)
#   scripts/setup.sh browser  Debian's Chromium and ChromeDriver
#   scripts/setup.sh npm      the npm packages of package-lock.json (playwright-core, binaryen, esbuild)
#   scripts/setup.sh fuzz     a C++ compiler, for libFuzzer (scripts/fuzz.sh)
#
# Several parts may be given at once.
set -euo pipefail
cd "$(dirname "$0")/.."

# The version of a package as pinned in Cargo.lock.
locked_version() {
    awk -v name="$1" '
        $0 == "name = \"" name "\"" { found = 1; next }
        found && /^version = / { gsub(/"/, "", $3); print $3; exit }
    ' Cargo.lock
}

setup_wasm() {
    if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        rustup target add wasm32-unknown-unknown
    fi
    local want have
    want=$(locked_version wasm-bindgen)
    [ -n "$want" ] || { echo "setup: wasm-bindgen is not in Cargo.lock" >&2; exit 1; }
    have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
    if [ "$have" != "$want" ]; then
        echo "setup: installing wasm-bindgen-cli $want (found '${have:-none}')"
        # Without --locked: one of its locked dependencies is missing from the registry.
        cargo install wasm-bindgen-cli --version "$want"
    fi
}

setup_browser() {
    if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
    fi
}

setup_fuzz() {
    if ! command -v c++ > /dev/null; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y g++
    fi
}

setup_npm() {
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        npm ci --no-audit --no-fund
    fi
}

[ $# -gt 0 ] || set -- wasm browser npm
for part in "$@"; do
    case "$part" in
        wasm) setup_wasm ;;
        browser) setup_browser ;;
        npm) setup_npm ;;
        fuzz) setup_fuzz ;;
        *) echo "setup: unknown part '$part' (wasm, browser, npm or fuzz)" >&2; exit 2 ;;
    esac
done
