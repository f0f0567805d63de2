#!/usr/bin/env bash
# Coverage-guided fuzzing of the annotator with libFuzzer (src/bin/fuzz-annotate.rs).
#
#   scripts/fuzz.sh SECONDS [libFuzzer options...]
#
#   scripts/fuzz.sh 30 -seed=1     the short, seeded run of `make test`
#   nice scripts/fuzz.sh 600       a long run (ten minutes)
#
# Stable Rust has no cargo-fuzz: this builds the `fuzz` feature's binary with
# LLVM's coverage instrumentation (-Cpasses=sancov-module), optimized but with
# debug assertions and overflow checks, into target/fuzz/. The corpus grows in
# target/fuzz-corpus/ (or $FUZZ_CORPUS), seeded from tests/fuzz/seeds/ (texts we wrote) and the
# hostile cases of tests/hostile/cases.txt (cut to 4 KB); a failing input is
# saved as target/fuzz-artifacts/crash-* and the script fails.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS [libFuzzer options...]}
shift

scripts/setup.sh fuzz
host=$(rustc -vV | sed -n 's/^host: //p')
flags="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4"
flags+=" -Cllvm-args=-sanitizer-coverage-inline-8bit-counters"
flags+=" -Cllvm-args=-sanitizer-coverage-pc-table"
flags+=" -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing"
# With --target, RUSTFLAGS reach the crates of the binary and not build scripts.
RUSTFLAGS="$flags" cargo build --release --features fuzz --bin fuzz-annotate \
    --target "$host" --target-dir target/fuzz \
    --config profile.release.lto=false --config profile.release.codegen-units=16 \
    --config profile.release.debug-assertions=true --config profile.release.overflow-checks=true

corpus=${FUZZ_CORPUS:-target/fuzz-corpus}
mkdir -p "$corpus" target/fuzz-artifacts
cp tests/fuzz/seeds/* "$corpus"/
cargo run --quiet --release --bin stress -- seeds "$corpus" 4096

"target/fuzz/$host/release/fuzz-annotate" "$corpus" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=target/fuzz-artifacts/ -print_final_stats=1 "$@"
