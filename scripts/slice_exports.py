#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""Cut one audit-log export into overlapping exports by time, as a year's review gets them.

CircleCI serves at most 30 days per request and pads each request by about a day on both
sides (a request for Aug 2-5 returns Aug 1-6), so consecutive exports overlap and the overlap
holds byte-identical copies of the same events. This script requests windows of
--window-days whole UTC days one after another from --start (default: the day of the
earliest event) until the latest event, pads each by --pad-days on both sides, and writes
the input's records whose occurred_at falls in a padded window [from, to) into that
export, byte for byte and in the input's order (the header, BOM and line endings too).
A window that holds no record gives no file, as CircleCI gives no download then.

--hole DAY (repeatable) leaves out the requests around DAY so that no padded window covers
it: a whole UTC day of the evidence that no export holds.

Usage:
  slice_exports.py INPUT OUTDIR [--window-days 30] [--pad-days 1] [--hole YYYY-MM-DD]...
      [--start YYYY-MM-DD] [--manifest OUT.json]

INPUT is a CSV export (any header case or order; the flat shape too) or JSON Lines. Every
record must have an id and a readable occurred_at. The exports are OUTDIR/STEM-NN.EXT, numbered
from 01 in time order.

The manifest (`doc` repeats this) states what `auditlens-cli sources CASE --json` must print
after the exports are imported into one case in their numbered order:
  sources   [{number, path, format, sha256, bytes, records, rejected, requested_from,
             requested_to, covers_from, covers_to, first, last, shared_exact,
             shared_conflicting}]
            number: the import order, from 1. path: the file name. requested_from/_to:
            the window asked for, whole UTC days, to exclusive; covers_from/_to: the padded
            window, to exclusive. first/last: the earliest and latest occurred_at of the
            export's records, ISO-8601 UTC to the nanosecond.
            shared_exact: how many of this export's records have, in at least one OTHER
            export, a record with the same id and the same content; shared_conflicting: how
            many have, in at least one other export, a record with the same id and other
            content. Content is the record's bytes apart from its line ending (every export
            has the input's format). A record may count in both; copies within one export
            do not count.
  gaps      [{from, to, days}]: the whole UTC days between the earliest and the latest
            event of all exports that no export's span [first, last] touches, consecutive
            days merged; from and to are dates, both inclusive.
Standard library only.
"""
import argparse
import csv
import hashlib
import io
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit_truth import DAY_NS, day_text, iso_ns, ns_iso  # noqa: E402

EPOCH = date(1970, 1, 1)


class Record:
    __slots__ = ("raw", "id", "ns", "line")

    def __init__(self, raw, event_id, ns, line):
        self.raw, self.id, self.ns, self.line = raw, event_id, ns, line


def split_csv(data):
    """(header bytes, [(record bytes without line ending, start line)], line ending, BOM)."""
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    lines = data[len(bom):].split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    nl = b"\r\n" if lines and lines[0].endswith(b"\r") else b"\n"
    records, current, start, quotes = [], [], 0, 0
    for number, line in enumerate(lines, 1):
        if not current:
            start = number
        current.append(line)
        quotes += line.count(b'"')
        if quotes % 2 == 0:
            raw = b"\n".join(current)
            records.append((raw[:-1] if raw.endswith(b"\r") else raw, start))
            current, quotes = [], 0
    if current:
        raise ValueError(f"line {start}: a quoted cell runs to the end of the file")
    if not records:
        raise ValueError("no header")
    return records[0][0], records[1:], nl, bom


def cells_of(raw):
    return next(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


def read_export(path):
    data = Path(path).read_bytes()
    if path.lower().endswith((".jsonl", ".ndjson")):
        records = []
        for number, line in enumerate(data.split(b"\n"), 1):
            line = line[:-1] if line.endswith(b"\r") else line
            if not line.strip():
                continue
            obj = {k.lower(): v for k, v in json.loads(line).items()}
            records.append(make_record(line, obj.get("id"), obj.get("occurred_at"), number))
        return {"format": "jsonl", "header": None, "nl": b"\n", "bom": b"", "records": records}
    header, raws, nl, bom = split_csv(data)
    names = [n.strip().lower() for n in cells_of(header)]
    try:
        id_at, time_at = names.index("id"), names.index("occurred_at")
    except ValueError:
        raise ValueError("the header has no id or occurred_at column")
    records = []
    for raw, line in raws:
        cells = cells_of(raw)
        if len(cells) != len(names):
            raise ValueError(f"line {line}: {len(cells)} fields where the header has {len(names)}")
        records.append(make_record(raw, cells[id_at], cells[time_at], line))
    return {"format": "csv", "header": header, "nl": nl, "bom": bom, "records": records}


def make_record(raw, event_id, occurred_at, line):
    ns = iso_ns(occurred_at) if isinstance(occurred_at, str) else None
    if ns is None or not event_id:
        raise ValueError(f"line {line}: no id or no readable occurred_at; slice a file without "
                         "broken records (gen_audit.py --bad 0)")
    return Record(raw, event_id, ns, line)


def day_of(text):
    return (date.fromisoformat(text) - EPOCH).days


def windows(first_day, last_day, width, pad, holes):
    """[(requested from, requested to)] in days, to exclusive, leaving each hole uncovered."""
    out = []
    s = first_day
    while s <= last_day:
        e = s + width
        restart = None
        for h in holes:
            lo, hi = h - pad, h + pad  # requested days whose padding would reach h
            if s <= hi and lo < e:
                if s >= lo:
                    restart = hi + 1
                    break
                e = min(e, lo)
        if restart is not None:
            s = restart
            continue
        out.append((s, e))
        s = e
    return out


def slice_export(args):
    src = read_export(args.input)
    records = src["records"]
    if not records:
        raise ValueError("the input holds no records")
    holes = sorted(day_of(h) for h in args.hole)
    first_day = day_of(args.start) if args.start else min(r.ns for r in records) // DAY_NS
    last_day = max(r.ns for r in records) // DAY_NS
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    stem, ext = Path(args.input).stem, Path(args.input).suffix
    sources = []
    for s, e in windows(first_day, last_day, args.window_days, args.pad_days, holes):
        lo, hi = (s - args.pad_days) * DAY_NS, (e + args.pad_days) * DAY_NS
        chosen = [r for r in records if lo <= r.ns < hi]
        if not chosen:
            continue
        number = len(sources) + 1
        path = outdir / f"{stem}-{number:02d}{ext}"
        header = src["header"] + src["nl"] if src["header"] is not None else b""
        body = src["bom"] + header + b"".join(r.raw + src["nl"] for r in chosen)
        path.write_bytes(body)
        sources.append({"number": number, "path": path.name, "format": src["format"],
                        "sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body),
                        "records": len(chosen), "rejected": 0,
                        "requested_from": day_text(s), "requested_to": day_text(e),
                        "covers_from": ns_iso(lo), "covers_to": ns_iso(hi),
                        "first": ns_iso(min(r.ns for r in chosen)),
                        "last": ns_iso(max(r.ns for r in chosen)),
                        "_records": chosen})
    count_shared(sources)
    gaps = find_gaps(sources)
    for source in sources:
        del source["_records"]
    return {"doc": __doc__.split("The manifest")[1].strip(), "input": Path(args.input).name,
            "input_records": len(records), "window_days": args.window_days,
            "pad_days": args.pad_days, "holes": [day_text(h) for h in holes],
            "sources": sources, "gaps": gaps}


def count_shared(sources):
    # id -> {content: set of source numbers holding it}
    by_id = {}
    for source in sources:
        for r in source["_records"]:
            by_id.setdefault(r.id, {}).setdefault(r.raw, set()).add(source["number"])
    for source in sources:
        exact = conflicting = 0
        me = source["number"]
        for r in source["_records"]:
            contents = by_id[r.id]
            exact += bool(contents[r.raw] - {me})
            conflicting += any(holders - {me} for raw, holders in contents.items() if raw != r.raw)
        source["shared_exact"], source["shared_conflicting"] = exact, conflicting


def find_gaps(sources):
    spans = [(iso_ns(s["first"]), iso_ns(s["last"])) for s in sources]
    first_day = min(a for a, _ in spans) // DAY_NS
    last_day = max(b for _, b in spans) // DAY_NS
    gaps = []
    for day in range(first_day, last_day + 1):
        lo, hi = day * DAY_NS, (day + 1) * DAY_NS
        if any(a < hi and b >= lo for a, b in spans):
            continue
        if gaps and gaps[-1]["_to"] == day - 1:
            gaps[-1]["_to"] = day
        else:
            gaps.append({"_from": day, "_to": day})
    return [{"from": day_text(g["_from"]), "to": day_text(g["_to"]), "days": g["_to"] - g["_from"] + 1}
            for g in gaps]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("outdir")
    ap.add_argument("--window-days", type=int, default=30)
    ap.add_argument("--pad-days", type=int, default=1)
    ap.add_argument("--hole", action="append", default=[], metavar="YYYY-MM-DD")
    ap.add_argument("--start", metavar="YYYY-MM-DD")
    ap.add_argument("--manifest")
    args = ap.parse_args(argv)
    if args.window_days < 1 or args.pad_days < 0:
        ap.error("--window-days must be at least 1 and --pad-days not negative")
    try:
        manifest = slice_export(args)
    except (ValueError, OSError, UnicodeDecodeError) as e:
        print(f"slice_exports.py: {e}", file=sys.stderr)
        return 2
    text = json.dumps(manifest, indent=1) + "\n"
    if args.manifest:
        Path(args.manifest).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
