#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer in a second build folder
# and runs the whole test suite there (warnings are the normal build's business). Any sanitizer
# report fails the run: ASan and UBSan halt on the first error, and LeakSanitizer reports every
# leak but the one-time allocations of system libraries listed in tests/robustness/lsan.supp.
#   AUDITLENS_SANITIZE_BUILD_DIR  build folder (default build-asan)
#   AUDITLENS_SANITIZE_CXX        compiler (default g++; clang++-14 works too)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build=${AUDITLENS_SANITIZE_BUILD_DIR:-build-asan}
cxx=${AUDITLENS_SANITIZE_CXX:-g++}

CXX=$cxx cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAUDITLENS_SANITIZE=ON -DAUDITLENS_WERROR=OFF -DAUDITLENS_BUILD_BENCH=OFF
cmake --build "$build" --parallel 2

supp="$PWD/tests/robustness/lsan.supp"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
# Tests that time themselves (the kill test) learn they run several times slower here.
export AUDITLENS_SANITIZED=1
ctest --test-dir "$build" --output-on-failure --parallel 2 --timeout 1200
