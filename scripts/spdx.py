#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""Every source file of AuditLens carries an SPDX header naming its licence (Apache-2.0).

    scripts/spdx.py           list the source files without one; exit 1 if any
    scripts/spdx.py --apply   add the header where it is missing

Source files are the C++, CMake, shell, Python and YAML files git tracks, apart from test data
(tests/data/, the fuzzing corpora), which keeps whatever notice it came with.
"""
import subprocess
import sys
from pathlib import Path

LICENCE = "SPDX-License-Identifier: Apache-2.0"
COPYRIGHT = "SPDX-FileCopyrightText: 2026 AuditLens developers"
SLASHES = (".cpp", ".h", ".c")
HASHES = (".sh", ".py", ".cmake", ".yaml", ".yml")
SKIP = ("tests/data/", "tests/fuzz/corpus/", "tests/csv-spectrum/")


def comment(path):
    name = path.name
    if name.endswith(SLASHES):
        return "//"
    if name == "CMakeLists.txt" or name.endswith(HASHES) or name == "run":
        return "#"
    return None


def sources(root):
    files = subprocess.run(["git", "ls-files"], cwd=root, check=True, capture_output=True,
                           text=True).stdout.split("\n")
    for f in files:
        if not f or f.startswith(SKIP):
            continue
        path = root / f
        mark = comment(path)
        if mark and path.is_file():
            yield f, path, mark


def has_header(text):
    return LICENCE in "\n".join(text.split("\n")[:6])


def apply(path, mark):
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    head = []
    if lines and lines[0].startswith("#!"):
        head.append(lines.pop(0))
    if lines and "coding" in lines[0] and lines[0].startswith("#"):
        head.append(lines.pop(0))
    header = [f"{mark} {COPYRIGHT}", f"{mark} {LICENCE}"]
    if lines and lines[0].strip():
        header.append("")
    path.write_text("\n".join(head + header + lines), encoding="utf-8")


def main():
    root = Path(__file__).resolve().parent.parent
    missing = [(f, p, m) for f, p, m in sources(root)
               if not has_header(p.read_text(encoding="utf-8", errors="replace"))]
    if "--apply" in sys.argv:
        for _, path, mark in missing:
            apply(path, mark)
        print(f"added an SPDX header to {len(missing)} files")
        return 0
    for f, _, _ in missing:
        print(f"{f}: no '{LICENCE}' in its first lines")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
