#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

# Builds the libFuzzer harnesses with clang (ASan + UBSan + coverage) and runs each for a bounded
# time from its seed corpus (tests/fuzz/corpus/<target>/). Any crash, sanitizer report, leak,
# timeout or broken invariant fails the run; the input that caused it is left in
# $build/fuzz-artifacts/ to be added to tests/data/regressions/<target>/.
#   AUDITLENS_FUZZ_SECONDS   seconds per fuzzer (default 60)
#   AUDITLENS_FUZZ_BUILD_DIR build folder (default build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
AUDITLENS_WITH_CLANG=1 bash scripts/install-deps.sh
build=${AUDITLENS_FUZZ_BUILD_DIR:-build-fuzz}
seconds=${AUDITLENS_FUZZ_SECONDS:-60}
targets=(csv_reader json_reader event_parser timestamp_parser import case_open)

CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAUDITLENS_FUZZ=ON -DAUDITLENS_WERROR=OFF -DAUDITLENS_BUILD_GUI=OFF -DAUDITLENS_BUILD_BENCH=OFF
cmake --build "$build" --parallel 2 --target "${targets[@]/#/fuzz_}"

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/robustness/lsan.supp:print_suppressions=0}
failed=()
for t in "${targets[@]}"; do
    # New inputs go to a scratch corpus in the build folder; the seeds in the repository stay
    # as they are.
    work="$build/fuzz-corpus/$t"
    mkdir -p "$work"
    log="$artifacts/$t.log"
    echo "fuzzing $t for ${seconds}s"
    if "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/$t-" \
        "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        echo "  ok: ${execs:-?} executions"
    else
        echo "  FAILED: see $log"
        grep -E "invariant broken|ERROR|SUMMARY|runtime error" "$log" | head -5 || true
        failed+=("$t")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $artifacts)"
    exit 1
fi
echo "fuzzing: no findings"
