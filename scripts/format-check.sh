#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

# Checks that every C and C++ file of the project is formatted as .clang-format says, without
# changing anything. Only *.cpp and *.h: Markdown and the other files are written by hand.
# Usage: scripts/format-check.sh [FILE...]   (no files: every tracked *.cpp and *.h)
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
if [ "$#" -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
fi
for file in "${files[@]}"; do
    case "$file" in
    *.cpp | *.h) ;;
    *)
        echo "format-check: $file is not a C or C++ file; it is not formatted by a tool" >&2
        exit 2
        ;;
    esac
done
"$clang_format" --dry-run -Werror "${files[@]}"
echo "format-check: ${#files[@]} files formatted as .clang-format says"
