#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""Checks scripts/slice_exports.py against what it promises, read back independently.

One generated export of 90 days (current shape, with exact and conflicting duplicates) is cut
into 30-day exports padded by a day, with one day left uncovered; the same for JSON Lines,
and without a hole. For each export: the records are exactly the input's records whose time
falls in its padded window, in input order; sha256, bytes, records, first and last are true;
shared_exact and shared_conflicting match a brute-force count over the other exports; the
gaps are exactly the day left out; every input record outside that day is in some export.
Standard library only. Run by CTest; exits non-zero with a list of what is wrong.
"""
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
import exportreader  # noqa: E402
from checklist import Checklist  # noqa: E402

DAY = 86400 * 10**9
checks = Checklist()
check = checks.check


def run(*args):
    subprocess.run([sys.executable, *map(str, args)], check=True, stdout=subprocess.DEVNULL)


def day_ns(text):
    return exportreader.nanoseconds(text + "T00:00:00Z")


def check_slices(tmp, fmt, holes, expect_sources):
    name = f"{fmt} holes={holes}"
    ext = "csv" if fmt == "csv" else "jsonl"
    source = Path(tmp) / f"audit.{ext}"
    run(ROOT / "scripts" / "gen_audit.py", source, "--rows", "3000", "--seed", "9", "--shape",
        "current", "--format", fmt, "--dup-rate", "0.03", "--conflict-rate", "0.02", "--days", "90")
    outdir = Path(tmp) / f"slices-{fmt}-{len(holes)}"
    manifest = Path(tmp) / f"slices-{fmt}-{len(holes)}.json"
    run(ROOT / "scripts" / "slice_exports.py", source, outdir, "--manifest", manifest,
        *[a for h in holes for a in ("--hole", h)])
    m = json.loads(manifest.read_text(encoding="utf-8"))
    whole = exportreader.read(source)
    sources = m["sources"]
    check(len(sources) == expect_sources, f"{name}: {len(sources)} exports, not {expect_sources}")
    exports = []
    for number, s in enumerate(sources, 1):
        path = outdir / s["path"]
        data = path.read_bytes()
        events = exportreader.read(path)
        exports.append(events)
        lo, hi = exportreader.nanoseconds(s["covers_from"]), exportreader.nanoseconds(s["covers_to"])
        check(s["number"] == number and s["format"] == fmt, f"{name}: number or format of {s['path']}")
        check(hi - lo == DAY * (30 + 2) or holes, f"{name}: {s['path']} is not a padded 30-day window")
        check(s["sha256"] == hashlib.sha256(data).hexdigest() and s["bytes"] == len(data),
              f"{name}: sha256 or bytes of {s['path']}")
        want = [e.content for e in whole if lo <= e.ns < hi]
        check([e.content for e in events] == want and s["records"] == len(events),
              f"{name}: {s['path']} does not hold exactly the records of its window")
        check(exportreader.nanoseconds(s["first"]) == min(e.ns for e in events) and
              exportreader.nanoseconds(s["last"]) == max(e.ns for e in events),
              f"{name}: first/last of {s['path']}")
        if number > 1:
            previous = sources[number - 2]
            overlap = exportreader.nanoseconds(previous["covers_to"]) - lo
            check(overlap == 2 * DAY or (holes and overlap < 0),
                  f"{name}: exports {number - 1} and {number} overlap by {overlap / DAY} days")
    for k, events in enumerate(exports):
        others = [e for j, ev in enumerate(exports) if j != k for e in ev]
        exact = sum(1 for e in events if any(o.id == e.id and o.content == e.content for o in others))
        conflicting = sum(1 for e in events
                          if any(o.id == e.id and o.content != e.content for o in others))
        check((sources[k]["shared_exact"], sources[k]["shared_conflicting"]) == (exact, conflicting),
              f"{name}: shared counts of {sources[k]['path']}: manifest "
              f"{sources[k]['shared_exact']}/{sources[k]['shared_conflicting']}, counted "
              f"{exact}/{conflicting}")
    check(any(s["shared_exact"] for s in sources) and any(s["shared_conflicting"] for s in sources),
          f"{name}: the exports share no exact or no conflicting copies")
    want_gaps = [{"from": h, "to": h, "days": 1} for h in holes]
    check(m["gaps"] == want_gaps, f"{name}: gaps {m['gaps']}, expected {want_gaps}")
    covered = {e.content for ev in exports for e in ev}
    missing = [e for e in whole if e.content not in covered]
    check(all(any(day_ns(h) <= e.ns < day_ns(h) + DAY for h in holes) for e in missing)
          and (not holes or missing), f"{name}: records outside the hole are in no export")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        check_slices(tmp, "csv", ["2026-01-31"], 3)
        check_slices(tmp, "jsonl", ["2026-02-20"], 4)
        check_slices(tmp, "csv", [], 3)
        # Refuses what it cannot slice, with a sentence.
        broken = Path(tmp) / "broken.csv"
        run(ROOT / "scripts" / "gen_audit.py", broken, "--rows", "50", "--bad", "5")
        p = subprocess.run([sys.executable, str(ROOT / "scripts" / "slice_exports.py"), str(broken),
                            str(Path(tmp) / "out")], capture_output=True, text=True)
        check(p.returncode == 2 and "line" in p.stderr, "a broken input is not refused clearly")
    return checks.finish("the sliced exports are what their manifest says")


if __name__ == "__main__":
    sys.exit(main())
