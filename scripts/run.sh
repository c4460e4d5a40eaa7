#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

# Installs what is missing, builds AuditLens and opens the bundled sample audit log.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build=${AUDITLENS_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel 2 --target auditlens auditlens-cli
exec "$build/app/auditlens" "${@:-resources/sample/circleci-audit-sample.csv}"
