#!/usr/bin/env python3
"""Write the hand-made fixtures of tests/data/ and their README.md table.

Deterministic (no clock, no randomness): running it again rewrites the same bytes.
    python3 tests/data/make_fixtures.py        # from anywhere; writes next to itself
Edit this script, not the fixtures or README.md, then run it and commit both.

The events are realistic CircleCI audit-log events (see the audit-log section of the
CircleCI security documentation): action, actor, target, payload, occurred_at, metadata,
id, version, scope, success, request; the six nested fields are JSON objects.
Every physical line number in the README is counted here while the bytes are written
(line 1 is the first line of the file; CRLF or a lone CR ends one line, like LF).
"""
import calendar
import hashlib
import json
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent

COLUMNS = ["action", "actor", "target", "payload", "occurred_at", "metadata",
           "id", "version", "scope", "success", "request"]


def eid(tag):
    """A stable version-4 UUID for a tag: the same tag always gives the same id."""
    return str(uuid.UUID(bytes=hashlib.sha256(tag.encode()).digest()[:16], version=4))


def entity(kind, name, tag=None):
    return {"id": eid(tag or f"{kind}/{name}"), "type": kind, "name": name}


ORG = entity("organization", "acme-corp")
OREN = entity("user", "oren1")
PRIYA = entity("user", "priya0")
SYSTEM = entity("system", "circleci")
SCHEDULER = entity("schedule", "nightly")


def project(name):
    return entity("project", name)


def slug(name):
    return {"id": eid(f"project/{name}"), "slug": f"gh/acme-corp/{name}"}


def job(name, tag):
    return {"id": eid(f"job/{tag}"), "type": "job", "name": name}


def ev(tag, action, actor, target, payload, occurred_at, success=True, metadata=None):
    """One event; the id and the request id derive from tag."""
    return {
        "action": action, "actor": actor, "target": target, "payload": payload,
        "occurred_at": occurred_at, "metadata": metadata or {}, "id": eid(f"event/{tag}"),
        "version": 1, "scope": ORG, "success": success, "request": {"id": eid(f"request/{tag}")},
    }


def job_payload(target, build_num, pipeline_number, branch, proj, **extra):
    p = {
        "job": {"id": target["id"], "name": target["name"], "build_num": build_num},
        "workflow": {"id": eid(f"workflow/{build_num}"), "name": "build-test-deploy"},
        "pipeline": {"id": eid(f"pipeline/{pipeline_number}"), "number": pipeline_number,
                     "vcs": {"branch": branch,
                             "revision": hashlib.sha1(str(pipeline_number).encode()).hexdigest()}},
        "project": slug(proj),
    }
    p["job"].update(extra)
    return p


# ------------------------------------------------------------------ serialisation

def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def text_of(value):
    """The text of a field as the CSV export writes it (nested fields as compact JSON)."""
    if isinstance(value, (dict, list)):
        return dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def quote(s, delimiter=","):
    if any(c in s for c in delimiter + '"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def csv_row(event, columns=COLUMNS, delimiter=",", raw=None):
    """A CSV record; `raw` maps a column to its exact (unquoted) text, overriding the event."""
    raw = raw or {}
    return delimiter.join(quote(raw[c] if c in raw else text_of(event[c]), delimiter)
                          for c in columns)


class Doc:
    """Bytes of a fixture, with the physical line where each record starts."""

    def __init__(self, nl="\n", bom=False):
        self.nl = nl.encode()
        self.chunks = [b"\xef\xbb\xbf"] if bom else []
        self.line = 1        # the physical line the next byte is on
        self.starts = []     # start line of each record, in order
        self.blank_lines = []

    def _put(self, text):
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        # Line breaks inside a record (quoted cells) use the file's line ending too.
        self.chunks.append(data.replace(b"\n", self.nl))
        self.line += data.count(b"\n")

    def header(self, text):
        self._put(text)
        self.end()

    def record(self, text, end=True):
        self.starts.append(self.line)
        self._put(text)
        if end:
            self.end()
        return self.starts[-1]

    def end(self):
        self.chunks.append(self.nl)
        self.line += 1

    def blank(self):
        self.blank_lines.append(self.line)
        self.end()

    def data(self):
        return b"".join(self.chunks)


def write(name, data):
    (HERE / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


# ------------------------------------------------------------------ the events

BUILD = job("build", "basic-1")
BASIC = [
    ev("basic-1", "workflow.job.start", OREN, BUILD,
       job_payload(BUILD, 48213, 1893, "main", "api-gateway", contexts=["aws-prod"]),
       "2026-01-03T10:02:11.123456789Z"),
    ev("basic-2", "context.secrets.accessed", OREN, entity("context", "aws-prod"),
       {"job": {"id": BUILD["id"], "name": "build"}, "project": slug("api-gateway"),
        "secrets": ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]},
       "2026-01-03T10:02:14.201Z", metadata={"source": "api", "client_version": "2.14"}),
    ev("basic-3", "project.env_var.create", PRIYA, project("web-frontend"),
       {"env_var": {"name": "NPM_TOKEN"}}, "2026-01-03T11:15:42.500123Z",
       metadata={"source": "web", "client_version": "1.7"}),
    ev("basic-4", "user.logged_in", PRIYA, PRIYA,
       {"method": "github", "ip": "203.0.113.24",
        "user_agent": "Mozilla/5.0 (X11; Linux x86_64) \"quoted\", comma"},
       "2026-01-03T11:20:07.004Z", success=False),
    ev("basic-5", "workflow.job.finish", SYSTEM, BUILD,
       job_payload(BUILD, 48213, 1893, "main", "api-gateway", status="success",
                   duration_ms=184233),
       "2026-01-03T10:05:15.998877665Z"),
]


def more_events(prefix, count):
    """Further good events, distinct per fixture (ids derive from prefix)."""
    deploy = job("deploy-prod", f"{prefix}-job")
    pool = [
        ("workflow.job.scheduled", SCHEDULER, deploy,
         job_payload(deploy, 51002, 2001, "main", "payments")),
        ("context.env_var.store", OREN, entity("context", "aws-staging"),
         {"env_var": {"name": "DOCKER_PASSWORD"}}),
        ("workflow.job.approve", PRIYA, deploy,
         job_payload(deploy, 51002, 2001, "main", "payments")),
        ("project.ssh_key.create", OREN, project("infra-terraform"),
         {"fingerprint": "3e:71:0c:9a:5b:22:d4:18:77:6f:aa:01:c3:9e:40:5d",
          "hostname": "github.com"}),
        ("user.logged_out", OREN, OREN, {}),
        ("context.delete", PRIYA, entity("context", "vault-readonly"), {}),
    ]
    out = []
    for i in range(count):
        action, actor, target, payload = pool[i % len(pool)]
        out.append(ev(f"{prefix}-{i + 1}", action, actor, target, payload,
                      f"2026-01-{5 + i:02d}T0{i}:1{i}:2{i}.{i + 1}0{i + 3}Z"))
    return out


HEADER = ",".join(COLUMNS)
rows = []   # README rows: (file, exercises, records, imported, rejected, blank, flagged, notes)


def lines_text(starts):
    return ", ".join(str(s) for s in starts)


# ------------------------------------------------------------------ CSV fixtures

def basic():
    d = Doc()
    d.header(HEADER)
    for e in BASIC:
        d.record(csv_row(e))
    write("basic.csv", d.data())
    rows.append(("basic.csv", "5 good events, LF, plain header; a `user_agent` with `\"` and `,` "
                 "inside JSON; not in time order (record 5, line 6, is earlier than lines 4-5)",
                 5, 5, 0, 0, 0, f"records at lines {lines_text(d.starts)}; line 5 has success=false"))


def bom_crlf():
    evs = more_events("bomcrlf", 4)
    evs[1] = ev("bomcrlf-2", "project.settings.update", PRIYA, project("web-frontend"),
                {"changes": {"forks_receive_secret_env_vars": {"old": False, "new": True}}},
                "2026-01-06T01:11:21.2004Z")
    d = Doc(nl="\r\n", bom=True)
    d.header(HEADER)
    multi = None
    for i, e in enumerate(evs):
        if i == 1:
            pretty = json.dumps(e["payload"], indent=2)
            start = d.record(csv_row(e, raw={"payload": pretty}))
            multi = (start, d.line - 1)
        else:
            d.record(csv_row(e))
    write("bom_crlf.csv", d.data())
    rows.append(("bom_crlf.csv", "UTF-8 BOM, CRLF everywhere (also inside the quoted cell); "
                 "a pretty-printed payload spanning several lines inside one quoted cell",
                 4, 4, 0, 0, 0,
                 f"records at lines {lines_text(d.starts)}; record 2 spans lines "
                 f"{multi[0]}-{multi[1]}; the file has {d.line - 1} lines"))


def cr_only():
    d = Doc(nl="\r")
    d.header(HEADER)
    for e in more_events("cronly", 3):
        d.record(csv_row(e))
    write("cr_only.csv", d.data())
    rows.append(("cr_only.csv", "lone CR line ends (classic Mac), 3 events", 3, 3, 0, 0, 0,
                 f"records at lines {lines_text(d.starts)}"))


UPPER_ORDER = ["success", "id", "occurred_at", "region", "actor", "action", "request",
               "target", "version", "payload", "scope", "metadata"]


def upper_shuffled():
    names = [c if c == "region" else c.upper() for c in UPPER_ORDER]
    d = Doc()
    d.header(",".join(names))
    regions = ["us-east-1", "eu-west-1", "ap-northeast-1", "us-east-1"]
    for e, region in zip(more_events("upper", 4), regions):
        d.record(csv_row(dict(e, region=region), columns=UPPER_ORDER))
    write("upper_shuffled.csv", d.data())
    rows.append(("upper_shuffled.csv", "UPPER-CASE header in a shuffled order, with an extra "
                 "column `region` (lower case, 4th of 12) to keep: "
                 f"`{','.join(names)}`", 4, 4, 0, 0, 0,
                 f"records at lines {lines_text(d.starts)}; region values {', '.join(regions)}"))


def no_final_newline():
    d = Doc()
    d.header(HEADER)
    evs = more_events("nofinal", 3)
    for i, e in enumerate(evs):
        d.record(csv_row(e), end=i < len(evs) - 1)
    write("no_final_newline.csv", d.data())
    rows.append(("no_final_newline.csv", "3 events; the file ends without a line ending",
                 3, 3, 0, 0, 0, f"records at lines {lines_text(d.starts)}"))


def blank_lines():
    d = Doc()
    d.header(HEADER)
    evs = more_events("blank", 3)
    for i, e in enumerate(evs):
        d.record(csv_row(e))
        if i < len(evs) - 1:
            d.blank()
            d.blank()
    d.blank()
    write("blank_lines.csv", d.data())
    rows.append(("blank_lines.csv", "3 events with two blank lines between consecutive records "
                 "and one blank line at the end (blank lines are counted, not records)",
                 3, 3, 0, len(d.blank_lines), 0,
                 f"records at lines {lines_text(d.starts)}; blank lines "
                 f"{lines_text(d.blank_lines)}"))


def broken():
    good = more_events("broken", 7)
    deploy = job("deploy-prod", "broken-8")
    last = ev("broken-8", "workflow.job.finish", SYSTEM, deploy,
              job_payload(deploy, 51877, 2044, "release/2026.01", "payments", status="success",
                          duration_ms=912004),
              "2026-01-12T07:17:27.8Z")
    d = Doc()
    d.header(HEADER)
    notes = []
    d.record(csv_row(good[0]))
    notes.append(f"line {d.starts[-1]}: good")
    # Too few fields: the last three cells are missing (8 fields instead of 11).
    d.record(csv_row(good[1], columns=COLUMNS[:8]))
    notes.append(f"line {d.starts[-1]}: ragged (8 of 11 fields): rejected")
    d.record(csv_row(good[2], raw={"payload": '{"job":{"name":"build","build_num":48'}))
    notes.append(f"line {d.starts[-1]}: payload is invalid JSON (cut off): flagged")
    d.record(csv_row(good[3], raw={"occurred_at": "yesterday"}))
    notes.append(f"line {d.starts[-1]}: occurred_at `yesterday`: flagged")
    d.record(csv_row(good[4], raw={"id": ""}))
    notes.append(f"line {d.starts[-1]}: empty id: flagged")
    d.record(csv_row(good[5], raw={"success": "maybe"}))
    notes.append(f"line {d.starts[-1]}: success `maybe`: flagged")
    target = dict(good[6]["target"], name="deploy-@FF@prod")
    row = csv_row(dict(good[6], target=target)).encode("utf-8").replace(b"@FF@", b"\xff")
    assert row.count(b"\xff") == 1
    d.record(row)
    notes.append(f"line {d.starts[-1]}: byte 0xFF inside the target name (`deploy-\\xffprod`): "
                 "rejected (invalid UTF-8)")
    # Cut off mid-export: the payload cell's opening quote is never closed.
    pretty = json.dumps(last["payload"], indent=2)
    cut = pretty[:pretty.index('"status"') + len('"status": "succ')]
    head = ",".join(quote(text_of(last[c])) for c in COLUMNS[:3])
    d.record(head + ',"' + cut.replace('"', '""'), end=False)
    notes.append(f"lines {d.starts[-1]}-{d.line}: unterminated quote: the payload cell opens a quote "
                 f"on line {d.starts[-1]} that is never closed; the file ends on line {d.line} "
                 "without a line ending: rejected")
    write("broken.csv", d.data())
    rows.append(("broken.csv", "one record of each kind of problem, 1 good; the last record "
                 "runs to EOF inside quotes", 8, 5, 3, 0, 4, "; ".join(notes)))


def duplicates():
    a, b_true, s1, s2 = more_events("dup", 4)
    b_false = dict(b_true, success=False)
    order = [("A", a), ("single", s1), ("B", b_true), ("A", a), ("single", s2), ("A", a),
             ("B", b_false)]
    d = Doc()
    d.header(HEADER)
    where = {"A": [], "B": [], "single": []}
    for key, e in order:
        where[key].append(d.record(csv_row(e)))
    write("duplicates.csv", d.data())
    rows.append(("duplicates.csv", "duplicate groups: id A three times byte-identical (exact), "
                 "id B twice with success true/false (conflicting), 2 singles; 4 unique ids, "
                 "2 duplicate ids, 3 extra copies", 7, 7, 0, 0, 0,
                 f"A `{a['id']}` at lines {lines_text(where['A'])} (exact); "
                 f"B `{b_true['id']}` at lines {lines_text(where['B'])} "
                 f"(conflicting: success true, then false); singles at lines "
                 f"{lines_text(where['single'])}"))


NANOS = ["2026-12-31T23:59:59.9995Z", "2026-01-01T00:00:00Z",
         "2026-03-01T12:00:00.123456789+02:00", "2026-03-01T10:00:00.1Z"]
NANOS_NS = [calendar.timegm((2026, 12, 31, 23, 59, 59)) * 10**9 + 999_500_000,
            calendar.timegm((2026, 1, 1, 0, 0, 0)) * 10**9,
            calendar.timegm((2026, 3, 1, 10, 0, 0)) * 10**9 + 123_456_789,
            calendar.timegm((2026, 3, 1, 10, 0, 0)) * 10**9 + 100_000_000]


def nanos():
    d = Doc()
    d.header(HEADER)
    for e, t in zip(more_events("nanos", 4), NANOS):
        d.record(csv_row(dict(e, occurred_at=t)))
    write("nanos.csv", d.data())
    pairs = "; ".join(f"line {line}: `{t}` = {ns} ns since the epoch"
                      for line, t, ns in zip(d.starts, NANOS, NANOS_NS))
    rows.append(("nanos.csv", "timestamp edge cases: `.9995` one half-millisecond before a new "
                 "year (must stay 2026-12-31, no rounding), no fraction, a `+02:00` offset "
                 "(converted to UTC: 10:00:00.123456789Z), one fractional digit",
                 4, 4, 0, 0, 0, pairs + "; UTC order: lines 3, 5, 4, 2"))


def bigint_events():
    yamada = {"id": eid("user/yamada"), "type": "user", "name": "山田太郎"}
    hanako = {"id": eid("user/hanako"), "type": "user", "name": "佐藤 花子 🌸"}
    e1 = ev("bigint-1", "workflow.job.finish", yamada,
            {"id": eid("job/bigint-1"), "type": "job", "name": "本番デプロイ 🚀"}, {},
            "2026-02-14T09:30:00.000000001Z")
    e2 = ev("bigint-2", "project.settings.update", hanako, project("ml-training"), {},
            "2026-02-14T09:31:00.5Z")
    e3 = ev("bigint-3", "context.env_var.store", yamada,
            {"id": eid("context/bigint"), "type": "context", "name": "署名キー 🔑"}, {},
            "2026-02-14T09:32:00.25Z")
    # Exact payload texts: not re-serialised, so numbers, spacing and escapes stay as written.
    raw = [
        {"payload": '{"n":12345678901234567890123,"m":9007199254740993,'
                    '"below_int64":-9223372036854775809,"above_uint64":18446744073709551616}'},
        {"payload": '{ "a" :  1 ,\t"b" : [ 1 , 2.50 , -0 ] , "c" : { } }'},
        # Written with \u escapes (and a surrogate pair) instead of raw UTF-8.
        {"payload": '{"s":"\\u00e9\\n\\"","path":"C:\\\\temp\\\\x","tab":"a\\tb"}',
         "actor": json.dumps(yamada, separators=(",", ":")),
         "target": json.dumps(e3["target"], separators=(",", ":"))},
    ]
    return [e1, e2, e3], raw


def bigint():
    evs, raw = bigint_events()
    d = Doc()
    d.header(HEADER)
    for e, r in zip(evs, raw):
        d.record(csv_row(e, raw=r))
    write("bigint.csv", d.data())
    s = d.starts
    rows.append(("bigint.csv", "payload numbers beyond 2^53 and beyond int64/uint64, unusual "
                 "spacing (spaces, a TAB, `2.50`, `-0`, `{ }`), string escapes; Japanese text "
                 "and emoji in actor and target names", 3, 3, 0, 0, 0,
                 f"line {s[0]}: payload `{raw[0]['payload']}`, actor 山田太郎, target "
                 f"本番デプロイ 🚀; line {s[1]}: payload "
                 f"`{raw[1]['payload'].replace(chr(9), '<TAB>')}` (`<TAB>` stands for a real "
                 "TAB byte), actor 佐藤 花子 🌸; "
                 f"line {s[2]}: payload `{raw[2]['payload']}` (s = é, newline, quote), actor and "
                 "target written with `\\uXXXX` escapes (surrogate pair for 🔑) and decoding to "
                 "山田太郎 / 署名キー 🔑. Payload texts must be kept byte for byte"))


def semicolon():
    d = Doc()
    d.header(";".join(COLUMNS))
    for e in BASIC:
        d.record(csv_row(e, delimiter=";"))
    write("semicolon.csv", d.data())
    rows.append(("semicolon.csv", "the 5 events of basic.csv with `;` as the delimiter (as a "
                 "spreadsheet in some locales saves them)", "—", 0, "—", "—", "—",
                 f"records at lines {lines_text(d.starts)}. Read as `,`-separated, the header "
                 "is one column: the file must be refused with a clear missing-columns error "
                 "(no crash, nothing imported). A reader that detects `;` instead gets "
                 "basic.csv's 5 events: 5 records, 5 imported, 0 rejected, 0 blank, 0 flagged"))


def not_audit():
    html = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Sign in - CircleCI</title>
</head>
<body>
  <main>
    <h1>Log in to CircleCI</h1>
    <p>Your session has expired, so the audit-log download returned this page instead.</p>
    <form action="/login" method="post"><input name="email"><button>Continue</button></form>
  </main>
</body>
</html>
"""
    write("not_audit.html", html)
    rows.append(("not_audit.html", "an HTML page (what a download returns when the session "
                 "expired)", "—", 0, "—", "—", "—",
                 "not an audit log: refused with a clear error (its first line is no header "
                 "with the required columns); no crash"))


def binary():
    data = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
            + bytes(range(256)) + b"\x00" * 64 + bytes(range(255, -1, -1)))
    write("binary.bin", data)
    rows.append(("binary.bin", f"{len(data)} bytes of binary data (a PNG signature, every byte "
                 "value, runs of NUL)", "—", 0, "—", "—", "—",
                 "not text: refused with a clear error; no crash, no hang"))


def missing_id():
    cols = [c for c in COLUMNS if c != "id"]
    d = Doc()
    d.header(",".join(cols))
    for e in more_events("missingid", 3):
        d.record(csv_row(e, columns=cols))
    write("missing_id.csv", d.data())
    rows.append(("missing_id.csv", "a header without the required `id` column (10 columns), "
                 "3 data rows", "—", 0, "—", "—", "—",
                 f"data rows at lines {lines_text(d.starts)}; expected: refused with an error "
                 "naming the missing column `id`, nothing imported"))


def empty():
    write("empty.csv", b"")
    rows.append(("empty.csv", "a 0-byte file", 0, 0, 0, 0, 0,
                 "no header at all: a clear \"empty file\" result, no crash"))


def header_only():
    d = Doc()
    d.header(HEADER)
    write("header_only.csv", d.data())
    rows.append(("header_only.csv", "the header line (with its LF) and nothing else",
                 0, 0, 0, 0, 0, "line 1 header; a valid, empty import"))


# ------------------------------------------------------------------ JSON fixtures

def basic_jsonl():
    d = Doc()
    for e in BASIC:
        d.record(dumps(e))
    write("basic.jsonl", d.data())
    rows.append(("basic.jsonl", "the 5 events of basic.csv as JSON Lines (the audit-log "
                 "streaming format): nested fields as objects, success a boolean, version a "
                 "number", 5, 5, 0, 0, 0,
                 f"events at lines {lines_text(d.starts)}; same ids and values as basic.csv"))


def broken_jsonl():
    evs = more_events("brokenjsonl", 4)
    d = Doc()
    notes = []
    for i, e in enumerate(evs):
        text = dumps(e)
        if i == 2:
            text = text[:text.index('"payload"') + 20]
            notes.append(f"line {d.line}: truncated object (`…{text[-30:]}`): rejected")
        d.record(text)
    write("broken.jsonl", d.data())
    rows.append(("broken.jsonl", "JSON Lines with one truncated object", 4, 3, 1, 0, 0,
                 f"good events at lines {lines_text(d.starts[:2] + d.starts[3:])}; "
                 + "; ".join(notes)))


def array_json():
    evs = more_events("array", 3)
    text = json.dumps(evs, indent=2, ensure_ascii=False) + "\n"
    starts = [i + 1 for i, l in enumerate(text.split("\n")) if l == "  {"]
    ends = [i + 1 for i, l in enumerate(text.split("\n")) if l in ("  },", "  }")]
    write("array.json", text)
    rows.append(("array.json", "a JSON array of 3 events, pretty-printed (indent 2): each "
                 "event spans many lines", 3, 3, 0, 0, 0,
                 "events span lines " + ", ".join(f"{s}-{e}" for s, e in zip(starts, ends))
                 + f"; `[` on line 1, `]` on line {text.count(chr(10))}"))


def items_json():
    evs = more_events("items", 3)
    text = '{"items": [' + ",\n ".join(dumps(e) for e in evs) + "\n]}\n"
    write("items.json", text)
    rows.append(("items.json", "`{\"items\": [...]}` (the API's list shape) with 3 events, "
                 "one per line", 3, 3, 0, 0, 0,
                 "events start at lines 1, 2, 3 (the first after `{\"items\": [` on line 1); "
                 "`]}` on line 4"))


# ------------------------------------------------------------------ README

README_HEAD = """# Test data

Generated by `make_fixtures.py` (run `python3 tests/data/make_fixtures.py`); edit the script,
not the files or this README, and commit both. Line numbers are physical lines, 1-based,
counted as a reader must (line 1 is the header in CSV and the first event in JSON Lines; LF,
CRLF and a lone CR each end one line; a line break inside a quoted cell starts a new line).

Columns: **records** = records in the file (rejected ones included); **imported** = events that
land; **rejected** = records that cannot be read (wrong field count, unterminated quote, invalid
UTF-8, a JSON Lines line that is not an object), kept only as problems with line, offset and
raw bytes; **blank** = blank lines (counted, not records); **flagged** = imported events with a
content problem (bad JSON in a nested column, bad timestamp, empty id, odd `success`).
Always `records = imported + rejected`. "—" means the file is refused as a whole (not an
audit log), so there is no per-record count.

| file | exercises | records | imported | rejected | blank | flagged | lines of note |
| --- | --- | --- | --- | --- | --- | --- | --- |
"""

README_TAIL = """
All events use real CircleCI actions and an `acme-corp` organisation scope (the current-shape
set below also `acme-labs`); ids are stable version-4 UUIDs derived from tags in the script.
`occurred_at` values are ISO-8601 UTC with 1 to 9 fractional digits (nanos.csv adds the odd
ones).

## Other data here

- `csv-spectrum/` — the public CSV conformance corpus (BSD-2-Clause, Max Ogden; see its
  `NOTICE.md`): each `csvs/NAME.csv` must read exactly to `json/NAME.json`. Byte-identical
  copies: never edit them.
- `.gitattributes` keeps Git from converting line endings in any of these files (several
  fixtures depend on their exact CR, CRLF and BOM bytes).
- `format2_current.auditlens` — a case of format 2 (before the organization, account and IP
  columns), kept to test that it is brought up to date: made by AuditLens at format 2 with
  `auditlens-cli import format2.auditlens current.csv` (`current.csv` copied beside it; the
  case names it by that path, which need not exist). Not made by this script: never edit it.
- `format3_current.auditlens` — a case of format 3 (before the annotation tables: tags, stars,
  notes, the annotation log and saved views), made the same way by AuditLens at format 3 with
  `auditlens-cli import format3.auditlens current.csv`. Not made by this script: never edit it.

## Large files

Scale comes from the generator, not from fixtures in the repository:

    python3 scripts/gen_audit.py /tmp/audit-1m.csv --rows 1000000 --seed 1 --bad 20 \\
        --manifest /tmp/audit-1m.manifest.json

Its manifest states the ground truth (records, imported, rejected, flagged, unique ids,
duplicate groups, the line and kind of every bad record, records per action, IP address,
network, organisation and request, and the hits of the fixed findings rules);
`--format jsonl|json-array|json-items` writes the same events as JSON, and
`--shape current|flat` writes today's export shapes. `scripts/slice_exports.py` cuts one
export into overlapping 30-day exports (optionally leaving a day that no export covers), with
a manifest of what `auditlens-cli sources --json` must report. See `--help` of both.
"""


def cell_md(value):
    return str(value).replace("|", "\\|")


def main():
    import shape_fixtures  # today's export shapes; it imports this module's helpers
    for make in (basic, bom_crlf, cr_only, upper_shuffled, no_final_newline, blank_lines,
                 broken, duplicates, nanos, bigint, semicolon, not_audit, binary, missing_id,
                 empty, header_only, basic_jsonl, broken_jsonl, array_json, items_json):
        make()
    shape_fixtures.make(rows)
    table = "".join("| " + " | ".join(cell_md(c) for c in (f"`{r[0]}`",) + r[1:]) + " |\n"
                    for r in rows)
    write("README.md", README_HEAD + table + README_TAIL + shape_fixtures.readme())
    print(f"wrote {len(rows)} fixtures and README.md in {HERE}")


if __name__ == "__main__":
    main()
