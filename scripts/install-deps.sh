#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

# Installs the Debian/Ubuntu packages AuditLens needs to build, test and run, if missing.
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkg-config python3
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6-dev libgl-dev librsvg2-bin
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libsimdjson-dev libssl-dev libsqlite3-dev sqlite3
    xvfb xauth
    # tst_exportannotated reads the PDF reports' pages back with pdftotext.
    poppler-utils
)
if [ "${AUDITLENS_WITH_CLANG:-0}" = 1 ]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi
# scripts/format-check.sh: the formatter the tree is checked with.
if [ "${AUDITLENS_WITH_FORMAT:-0}" = 1 ]; then
    packages+=(clang-format)
fi
# scripts/package.sh: building the .deb and checking it as a distribution would.
if [ "${AUDITLENS_WITH_PACKAGING:-0}" = 1 ]; then
    packages+=(dpkg-dev fakeroot file lintian desktop-file-utils appstream shared-mime-info)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
