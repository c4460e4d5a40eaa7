#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""Generate a synthetic CircleCI audit-log export, deterministically.

The events have the fields of a real export (action, actor, target, payload,
occurred_at, metadata, id, version, scope, success, request); the six nested
fields hold JSON objects. Alongside the file, a manifest (JSON) states the
ground truth a correct importer must reproduce: record counts, unique ids,
duplicate groups, and every deliberately broken record with its physical line.

Usage:
  gen_audit.py OUT [--rows N] [--seed S] [--dup-rate F] [--conflict-rate F]
      [--bad N] [--multiline-rate F] [--header plain|upper|shuffled]
      [--crlf] [--bom] [--days D] [--format csv|jsonl|json-array|json-items]
      [--shape classic|current|flat] [--orgs N] [--extra-column NAME]
      [--manifest OUT.json] [--truth OUT.jsonl]

Shapes (--shape; for one seed the current and flat shapes hold the same events):
  classic     (default) the 11 columns of older exports; request carries only "id".
  current     the 14 columns CircleCI documents today: the 11 plus organization,
              account and common_fields (outcome, source_ip, status, timestamp);
              request carries id, ip_address and client_trace_id; the actions the
              current documentation lists, spelled as it spells them (dots and
              hyphens mixed, with the older dotted spelling now and then). See
              audit_shapes.py for what else it adds on purpose (IPv6 users, events
              whose address is only in common_fields.source_ip, several events of
              one request, bursts of context.secrets.accessed, unknown actions).
  flat        the current events with every nested object spread over upper-case
              columns (ACTOR_ID, ACTOR_TYPE, ACTOR_NAME, ..., REQUEST_IP_ADDRESS,
              COMMON_FIELDS_SOURCE_IP, ...), as warehouse and SIEM re-exports write
              them; PAYLOAD and METADATA stay JSON. The shared generator's flat shape
              has the same columns but no COMMON_FIELDS_* ones.
--orgs N (current and flat) spreads the people over N organisations (at most 5).

Formats:
  csv         the audit-log CSV export: a header row, then one record per event
              (a pretty-printed payload spans several physical lines).
  jsonl       CircleCI's audit-log streaming: one JSON object per line, no header.
  json-array  "[{...},\\n {...},\\n {...}\\n]": one event per line, "]" alone last.
  json-items  '{"items": [{...},\\n {...}\\n]}': the same inside an "items" key.
In JSON formats nested fields are objects, success a boolean, version a number;
--header upper/shuffled upper-cases/reorders the keys, --multiline-rate is
ignored (one event per line), and the "ragged" bad kind is not used.

With the same seed, the events (and, without --bad, the whole event sequence) are
the same in every format; csv output of the classic shape without --extra-column is
byte-identical to the shared tools/gen_circleci_audit.py it started from, and the
classic shape is byte for byte what this generator wrote before the other shapes.

Manifest: `line` of a bad record is the physical line where it starts, 1-based
(CSV: line 1 is the header; JSON formats: line 1 is where the first event starts).
Keys: file, seed, records, good_records, bad_records, unique_ids (distinct ids of
good records), duplicate_ids, duplicate_extra_records, conflicting_duplicate_ids,
header, format, rejected_records, flagged_records, imported_records
(= records - rejected_records), blank_lines (always 0), unique_ids_all (distinct
non-empty ids over all imported records), bad (list of {line, kind, id}), shape,
orgs, unknown_actions (the deliberately unknown actions written, with counts), and
the truth of the good records (audit_truth.py states the conventions: action
spellings, which IP counts, duplicates, time format):
  distinct_records      good records with the exact copies of an id counted once
  first, last           earliest and latest occurred_at, ISO-8601 UTC to the ns
  actions               good records per action as written (every copy counted)
  actions_normalised    the same with '-' read as '.' (both spellings together)
  action_families       per prefix P of a normalised action: records of P.*
  ips                   good records per IP address as written (the IP that counts)
  ip_from               records whose IP comes from request, common_fields or none
  cidrs                 good records inside a few IPv4 and IPv6 networks
  organizations         [{id, name, records}] (empty for the classic shape)
  requests              distinct request ids, how many carry several records, and
                        a sample {request id: records}
  findings              for each fixed rule of the findings (secrets-access-off-hours,
                        secrets-access-burst, new-ip-for-actor, failed-sensitive-action,
                        audit-log-pulled) with its default parameters: {hits, first,
                        last, lines (when at most 100 hits)}, over the good records
  events_sample         the first 50 good records: line, id, action, occurred_at,
                        success, actor_id, ip, ip_from, request_id, organization_id,
                        copy (original, exact or conflicting)
These counts are over the good records: with --bad 0 they are what an import holds.
--truth OUT.jsonl writes that record for every record, one per line (bad records as
{line, id, bad: KIND}).
Bad kinds: csv: bad_json (a nested cell is truncated JSON; flagged), ragged
(too few fields; rejected), bad_time, empty_id, bad_success (flagged).
JSON formats: bad_json (the event object itself is truncated; rejected),
bad_time, empty_id, bad_success ("maybe" as a string) (flagged).

Standard library only; streams its output: 1M rows (about 900 MB) in about a minute.
"""
import argparse
import itertools
import json
import random
import sys
from datetime import datetime, timedelta, timezone

import audit_shapes
from audit_truth import Truth, facts_of

COLUMNS = ["action", "actor", "target", "payload", "occurred_at", "metadata",
           "id", "version", "scope", "success", "request"]

# Weighted like a busy organisation: job events dominate.
ACTIONS = [
    ("workflow.job.scheduled", 300), ("workflow.job.start", 300),
    ("workflow.job.finish", 300), ("workflow.job.approve", 6),
    ("context.secrets.accessed", 40), ("context.create", 2),
    ("context.delete", 1), ("context.env_var.store", 4),
    ("context.env_var.delete", 2), ("project.env_var.create", 4),
    ("project.env_var.delete", 2), ("project.settings.update", 5),
    ("project.ssh_key.create", 1), ("project.ssh_key.delete", 1),
    ("project.api_token.create", 1), ("checkout-key.create", 1),
    ("checkout-key.delete", 1), ("deploy-keys.delete", 1),
    ("schedule.create", 1), ("schedule.update", 1), ("schedule.delete", 1),
    ("user.create", 1), ("user.logged_in", 20), ("user.logged_out", 8),
    ("org.workflows.deleted", 1),
]
# Cumulative weights computed once: rng.choices(..., cum_weights=...) draws exactly
# as rng.choices(..., weights=...) does, without re-summing on every call.
ACTION_NAMES = [a for a, _ in ACTIONS]
ACTION_CUM = list(itertools.accumulate(w for _, w in ACTIONS))
STATUSES = ["success", "failed", "canceled"]
STATUS_CUM = list(itertools.accumulate([90, 8, 2]))

FIRST = ["Ana", "Bo", "Chen", "Dana", "Emeka", "Farah", "Gus", "Hiro", "Ines",
         "Jon", "Kai", "Lena", "Mo", "Nadia", "Oren", "Priya", "Quinn", "Rui",
         "Sven", "Tala", "Ugo", "Vera", "Wen", "Xavi", "Yara", "Zoe",
         "Zoë", "José", "Łukasz", "美咲", "Дмитрий"]
LAST = ["Abe", "Berg", "Costa", "Diaz", "Eze", "Fox", "Gill", "Haas", "Ito",
        "Jain", "Kerr", "Lund", "Moss", "Nagy", "Ode", "Park", "Qureshi",
        "Rossi", "Sato", "Tran", "Ueda", "Voss", "Wolf", "Yilmaz", "Zhou"]
PROJECTS = ["api-gateway", "billing-service", "web-frontend", "ios-app",
            "android-app", "infra-terraform", "data-pipeline", "auth-service",
            "search-indexer", "docs-site", "mobile-backend", "ml-training",
            "notifications", "payments", "edge-proxy", "monorepo"]
CONTEXTS = ["aws-prod", "aws-staging", "docker-hub", "signing-keys",
            "npm-publish", "gcp-deploy", "slack-notify", "vault-readonly"]
JOBS = ["build", "test", "lint", "deploy-staging", "deploy-prod",
        "integration-tests", "docker-publish", "e2e", "security-scan"]
ENV_VARS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "NPM_TOKEN",
            "DOCKER_PASSWORD", "SLACK_WEBHOOK", "GITHUB_TOKEN", "SENTRY_DSN"]
# Values of --extra-column: short texts, drawn from their own generator so that the
# events themselves do not change when the column is added.
EXTRA_VALUES = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
                "ap-northeast-1", "ap-southeast-2", "sa-east-1"]

FORMATS = ["csv", "jsonl", "json-array", "json-items"]
SHAPES = ["classic", "current", "flat"]
BAD_KINDS = ["bad_json", "ragged", "bad_time", "empty_id", "bad_success"]
JSON_BAD_KINDS = ["bad_json", "bad_time", "empty_id", "bad_success"]
# Records a correct reader cannot read at all (the rest of the bad kinds are kept, flagged).
REJECTED_KINDS = {"csv": {"ragged"}, "json": {"bad_json"}}
NESTED = ["actor", "target", "payload", "metadata", "scope", "request"]


class Fields:
    """The names of the fields a broken record spoils, per shape."""

    def __init__(self, shape):
        flat = shape == "flat"
        self.id, self.occurred_at, self.success, self.payload = (
            ("ID", "OCCURRED_AT", "SUCCESS", "PAYLOAD") if flat
            else ("id", "occurred_at", "success", "payload"))
        self.nested = (["PAYLOAD", "METADATA"] if flat
                       else NESTED + ["organization", "account", "common_fields"]
                       if shape == "current" else NESTED)

_V4_CLEAR = ~((0xc000 << 48) | (0xf000 << 64))
_V4_SET = (0x8000 << 48) | (4 << 76)


def uid(rng):
    """A version-4 UUID, as str(uuid.UUID(int=rng.getrandbits(128), version=4))."""
    h = "%032x" % ((rng.getrandbits(128) & _V4_CLEAR) | _V4_SET)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ts_text(t, rng):
    """ISO-8601 UTC, with 3, 6 or 9 fractional digits, as real exports vary."""
    base = t.strftime("%Y-%m-%dT%H:%M:%S")
    nanos = t.microsecond * 1000 + rng.randrange(1000)
    digits = rng.choice([3, 3, 6, 9, 9])
    frac = f"{nanos:09d}"[:digits]
    return f"{base}.{frac}Z"


class World:
    def __init__(self, rng, users=120):
        self.rng = rng
        self.org = {"id": uid(rng), "type": "organization", "name": "acme-corp"}
        self.users = []
        for i in range(users):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            self.users.append({"id": uid(rng), "type": "user", "name": name,
                               "login": f"{name.split()[0].lower()}{i}"})
        self.system = {"id": uid(rng), "type": "system", "name": "circleci"}
        self.scheduler = {"id": uid(rng), "type": "schedule", "name": "nightly"}
        self.projects = {p: uid(rng) for p in PROJECTS}
        self.contexts = {c: uid(rng) for c in CONTEXTS}
        # A few heavy users do most of the work, like real organisations.
        self.weights = [1.0 / (i + 1) for i in range(users)]
        self.cum_weights = list(itertools.accumulate(self.weights))

    def user(self):
        return self.rng.choices(self.users, cum_weights=self.cum_weights)[0]


def event(world, rng, t, shape=None, row=0):
    """The classic event at time t; with a shape (audit_shapes.CurrentShape), its current form."""
    action = rng.choices(ACTION_NAMES, cum_weights=ACTION_CUM)[0]
    user = world.user()
    actor = {"id": user["id"], "type": "user", "name": user["login"]}
    project = rng.choice(PROJECTS)
    payload, target = {}, None
    entity = action.split(".")[0]
    if entity == "workflow":
        if rng.random() < 0.15:
            actor = dict(world.scheduler) if rng.random() < 0.5 else dict(world.system)
        job = rng.choice(JOBS)
        job_id = uid(rng)
        target = {"id": job_id, "type": "job", "name": job}
        payload = {
            "job": {"id": job_id, "name": job, "build_num": rng.randrange(1, 900000)},
            "workflow": {"id": uid(rng), "name": rng.choice(["build-test-deploy", "nightly", "release"])},
            "pipeline": {"id": uid(rng), "number": rng.randrange(1, 60000),
                         "vcs": {"branch": rng.choice(["main", "develop", f"feature/{rng.randrange(999)}"]),
                                 "revision": "%040x" % rng.getrandbits(160)}},
            "project": {"id": world.projects[project], "slug": f"gh/acme-corp/{project}"},
        }
        if action == "workflow.job.finish":
            payload["job"]["status"] = rng.choices(STATUSES, cum_weights=STATUS_CUM)[0]
            payload["job"]["duration_ms"] = rng.randrange(1000, 3_600_000)
        if action == "workflow.job.start":
            payload["job"]["contexts"] = rng.sample(CONTEXTS, rng.randrange(0, 3))
    elif entity == "context":
        ctx = rng.choice(CONTEXTS)
        target = {"id": world.contexts[ctx], "type": "context", "name": ctx}
        if "env_var" in action:
            payload = {"env_var": {"name": rng.choice(ENV_VARS)}}
        if action == "context.secrets.accessed":
            payload = {"job": {"id": uid(rng), "name": rng.choice(JOBS)},
                       "project": {"id": world.projects[project], "slug": f"gh/acme-corp/{project}"},
                       "secrets": rng.sample(ENV_VARS, rng.randrange(1, 4))}
    elif entity in ("project", "checkout-key", "deploy-keys", "schedule"):
        target = {"id": world.projects[project], "type": "project", "name": project}
        if "env_var" in action:
            payload = {"env_var": {"name": rng.choice(ENV_VARS)}}
        elif action == "project.settings.update":
            key = rng.choice(["build_fork_prs", "forks_receive_secret_env_vars",
                              "oss", "setup-workflows", "autocancel_builds"])
            old = rng.random() < 0.5
            payload = {"changes": {key: {"old": old, "new": not old}}}
        elif "ssh_key" in action or "key" in action:
            payload = {"fingerprint": ":".join("%02x" % rng.randrange(256) for _ in range(16)),
                       "hostname": rng.choice(["github.com", "", "deploy.acme.example"])}
        elif entity == "schedule":
            payload = {"schedule": {"name": "nightly", "timetable": {"per-hour": 1, "hours-of-day": [2]}}}
    elif entity == "user":
        target = {"id": user["id"], "type": "user", "name": user["login"]}
        if action == "user.logged_in":
            payload = {"method": rng.choice(["github", "bitbucket", "sso"]),
                       "ip": "%d.%d.%d.%d" % (rng.randrange(1, 223), rng.randrange(256),
                                              rng.randrange(256), rng.randrange(1, 255)),
                       "user_agent": "Mozilla/5.0 (X11; Linux x86_64) \"quoted\", comma"}
    elif entity == "org":
        target = dict(world.org)
        payload = {"workflows_deleted": rng.randrange(1, 500), "reason": "retention policy"}
    if target is None:
        target = {"id": world.org["id"], "type": "organization", "name": world.org["name"]}
    success = rng.random() > (0.2 if action == "user.logged_in" else 0.02)
    metadata = {}
    if rng.random() < 0.3:
        metadata = {"source": rng.choice(["web", "api", "cli"]),
                    "client_version": f"{rng.randrange(1, 4)}.{rng.randrange(0, 30)}"}
    ev = {
        "action": action, "actor": actor, "target": target, "payload": payload,
        "occurred_at": ts_text(t, rng), "metadata": metadata, "id": uid(rng),
        "version": 1, "scope": {"id": world.org["id"], "type": "organization", "name": world.org["name"]},
        "success": success, "request": {"id": uid(rng)},
    }
    return shape.apply(ev, user, row) if shape is not None else ev


# ---------------------------------------------------------------- CSV

def cell(value, pretty=False):
    if isinstance(value, (dict, list)):
        s = json.dumps(value, ensure_ascii=False, indent=1 if pretty else None,
                       separators=(",", ": ") if pretty else (",", ":"))
    elif isinstance(value, bool):
        s = "true" if value else "false"
    else:
        s = str(value)
    if any(c in s for c in ',"\r\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def corrupt(ev, kind, rng, fields):
    """Return the cells (by column) of a broken CSV record of the given kind."""
    cells = {k: cell(v) for k, v in ev.items()}
    if kind == "bad_json":
        col = rng.choice(fields.nested)
        cells[col] = cell('{"id": "truncated')
    elif kind == "bad_time":
        cells[fields.occurred_at] = rng.choice(["yesterday", "2023-13-45T99:00:00Z", ""])
    elif kind == "empty_id":
        cells[fields.id] = ""
    elif kind == "bad_success":
        cells[fields.success] = "maybe"
    return cells


class CsvWriter:
    """Record texts for the CSV format; a text may hold "\\n" inside quoted cells."""
    json = False

    def __init__(self, cols, names, extra_name, fields):
        self.cols = cols
        self.names = names + ([extra_name] if extra_name else [])
        self.extra = extra_name is not None
        self.fields = fields

    def header(self):
        return ",".join(self.names)

    def good(self, ev, extra, pretty=False):
        text = ",".join(cell(ev[c], pretty and c == self.fields.payload) for c in self.cols)
        return text + "," + cell(extra) if self.extra else text

    def bad(self, ev, kind, extra, rng):
        cells = corrupt(ev, kind, rng, self.fields)
        row = [cells[c] for c in self.cols]
        if self.extra:
            row.append(cell(extra))
        if kind == "ragged":
            row = row[:-3]
        return ",".join(row)


# ---------------------------------------------------------------- JSON

def _dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class JsonWriter:
    """One compact JSON object per event, keys in header order (and the extra key last)."""
    json = True

    def __init__(self, cols, names, extra_name, fields):
        self.pairs = list(zip(cols, names))
        self.extra_name = extra_name
        self.fields = fields

    def header(self):
        return None

    def _obj(self, ev, extra):
        obj = {name: ev[col] for col, name in self.pairs}
        if self.extra_name is not None:
            obj[self.extra_name] = extra
        return obj

    def good(self, ev, extra, pretty=False):
        return _dumps(self._obj(ev, extra))

    def bad(self, ev, kind, extra, rng):
        # Draws from rng exactly as corrupt() does for the same kind.
        f = self.fields
        if kind == "bad_json":
            col = rng.choice(f.nested)
            # The object is cut off inside `col`: everything from there on is missing.
            parts = []
            for c, name in self.pairs:
                if c == col:
                    parts.append(_dumps(name) + ':{"id": "truncated')
                    break
                parts.append(_dumps(name) + ":" + _dumps(ev[c]))
            return "{" + ",".join(parts)
        ev = dict(ev)
        if kind == "bad_time":
            ev[f.occurred_at] = rng.choice(["yesterday", "2023-13-45T99:00:00Z", ""])
        elif kind == "empty_id":
            ev[f.id] = ""
        elif kind == "bad_success":
            ev[f.success] = "maybe"
        return _dumps(self._obj(ev, extra))


# ---------------------------------------------------------------- main

def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=10000, help="records written, duplicates and bad ones included")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dup-rate", type=float, default=0.01, help="share of records that repeat an earlier id exactly")
    ap.add_argument("--conflict-rate", type=float, default=0.001, help="share that repeat an id with different content")
    ap.add_argument("--bad", type=int, default=0, help="number of deliberately broken records")
    ap.add_argument("--multiline-rate", type=float, default=0.002,
                    help="share of records whose payload is pretty-printed over several lines (csv only)")
    ap.add_argument("--header", choices=["plain", "upper", "shuffled"], default="plain",
                    help="column names (JSON formats: key names and order)")
    ap.add_argument("--crlf", action="store_true")
    ap.add_argument("--bom", action="store_true")
    ap.add_argument("--days", type=int, default=90)
    ap.add_argument("--format", choices=FORMATS, default="csv")
    ap.add_argument("--shape", choices=SHAPES, default="classic")
    ap.add_argument("--orgs", type=int, default=1,
                    help="organisations the people belong to (current and flat shapes)")
    ap.add_argument("--extra-column", metavar="NAME",
                    help="append a column (JSON: a key) NAME holding a short text per row")
    ap.add_argument("--manifest")
    ap.add_argument("--truth", metavar="OUT.jsonl", help="the truth of every record, one per line")
    args = ap.parse_args(argv)
    if args.rows < 0:
        ap.error("--rows must not be negative")
    if args.bad < 0:
        ap.error("--bad must not be negative")
    if not 1 <= args.orgs <= len(audit_shapes.ORG_NAMES):
        ap.error(f"--orgs must be between 1 and {len(audit_shapes.ORG_NAMES)}")
    if args.orgs > 1 and args.shape == "classic":
        ap.error("--orgs needs --shape current or flat")
    if args.extra_column is not None:
        name = args.extra_column
        taken = {c.lower() for c in shape_columns(args.shape)}
        if not name or any(c in name for c in ',"\r\n') or name.lower() in taken:
            ap.error("--extra-column needs a new, plain column name")
    return args


def shape_columns(shape):
    return {"classic": COLUMNS, "current": audit_shapes.CURRENT_COLUMNS,
            "flat": audit_shapes.FLAT_COLUMNS}[shape]


def main(argv=None):
    args = parse_args(argv)
    is_json = args.format != "csv"

    rng = random.Random(args.seed)
    extra_rng = random.Random(f"extra-column:{args.seed}")
    world = World(rng)
    shape = None
    if args.shape != "classic":
        shape = audit_shapes.CurrentShape(world, random.Random(args.seed * 7919 + 17), args.rows,
                                          uid, args.orgs, CONTEXTS, PROJECTS, JOBS, ENV_VARS)
    flat = args.shape == "flat"
    cols = list(shape_columns(args.shape))
    if args.header == "shuffled":
        # Today's shapes shuffle with their own generator, so that they hold the same events.
        (rng if shape is None else random.Random(args.seed * 7919 + 29)).shuffle(cols)
    names = [c.upper() for c in cols] if args.header == "upper" else cols
    writer = (JsonWriter if is_json else CsvWriter)(cols, names, args.extra_column, Fields(args.shape))
    truth = Truth()
    truth_out = open(args.truth, "w", encoding="utf-8") if args.truth else None
    kinds = JSON_BAD_KINDS if is_json else BAD_KINDS
    rejected_kinds = REJECTED_KINDS["json" if is_json else "csv"]
    nl = "\r\n" if args.crlf else "\n"
    # Between two events of a JSON array: the first starts on line 1 after "[".
    sep = "," + nl + " "
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    span = timedelta(days=args.days).total_seconds()
    bad_at = set(rng.sample(range(args.rows), min(args.bad, args.rows)))
    earlier = []          # (id, record text) of good records, for duplicates
    ids = {}              # id -> number of good records carrying it
    conflicting = set()   # ids whose copies differ
    bad = []
    line = 0 if is_json else 1   # physical line of the previous record's end (CSV: the header)
    good = 0
    step = span / max(args.rows, 1)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        write = f.write
        if args.bom:
            write("\ufeff")
        if not is_json:
            write(writer.header() + nl)
        elif args.format == "json-array":
            write("[")
        elif args.format == "json-items":
            write('{"items": [')
        for i in range(args.rows):
            t = start + timedelta(seconds=i * step + rng.random() * step)
            line += 1
            if shape is not None:
                t = shape.time(i, t, step)
            ev = event(world, rng, t, shape, i)
            extra = extra_rng.choice(EXTRA_VALUES) if args.extra_column else None
            if i in bad_at:
                kind = kinds[len(bad) % len(kinds)]
                text = writer.bad(audit_shapes.flatten(ev) if flat else ev, kind, extra, rng)
                bad.append({"line": line, "kind": kind, "id": ev["id"] if kind != "empty_id" else ""})
                if truth_out:
                    truth_out.write(json.dumps({"line": line, "id": bad[-1]["id"], "bad": kind},
                                               ensure_ascii=False) + "\n")
            else:
                r = rng.random()
                if earlier and r < args.dup_rate:
                    key, text, facts = rng.choice(earlier)
                    copy = "exact"
                elif earlier and r < args.dup_rate + args.conflict_rate:
                    key, _, _ = rng.choice(earlier)
                    ev["id"] = key
                    ev["success"] = not ev["success"]
                    if "common_fields" in ev:
                        ev["common_fields"]["outcome"] = "success" if ev["success"] else "failure"
                    text = writer.good(audit_shapes.flatten(ev) if flat else ev, extra)
                    facts = facts_of(ev)
                    conflicting.add(key)
                    copy = "conflicting"
                else:
                    key = ev["id"]
                    pretty = rng.random() < args.multiline_rate
                    text = writer.good(audit_shapes.flatten(ev) if flat else ev, extra,
                                       pretty and not is_json)
                    facts = facts_of(ev)
                    copy = "original"
                    if len(earlier) < 50000:
                        earlier.append((key, text, facts))
                    elif rng.random() < 0.01:
                        earlier[rng.randrange(len(earlier))] = (key, text, facts)
                good += 1
                ids[key] = ids.get(key, 0) + 1
                truth.add(facts, line, copy)
                if truth_out:
                    truth_out.write(json.dumps(Truth.event_truth(facts, line, copy),
                                               ensure_ascii=False) + "\n")
            if is_json:
                if args.format == "jsonl":
                    write(text + nl)
                else:
                    write(text if i == 0 else sep + text)
            else:
                write(text.replace("\n", nl) + nl)
                line += text.count("\n")  # quoted newlines inside pretty-printed payloads
        if args.format == "json-array":
            write((nl if args.rows else "") + "]" + nl)
        elif args.format == "json-items":
            write((nl if args.rows else "") + "]}" + nl)

    dup_ids = {k: v for k, v in ids.items() if v > 1}
    rejected = sum(1 for b in bad if b["kind"] in rejected_kinds)
    # Flagged records still carry their id unless it is the empty one.
    all_ids = set(ids)
    all_ids.update(b["id"] for b in bad if b["kind"] not in rejected_kinds and b["id"])
    manifest = {
        "file": args.out.split("/")[-1],
        "seed": args.seed,
        "records": args.rows,
        "good_records": good,
        "bad_records": len(bad),
        "unique_ids": len(ids),
        "duplicate_ids": len(dup_ids),
        "duplicate_extra_records": sum(v - 1 for v in dup_ids.values()),
        "conflicting_duplicate_ids": len(conflicting),
        "header": writer.names if not is_json else names + ([args.extra_column] if args.extra_column else []),
        "format": args.format,
        "rejected_records": rejected,
        "flagged_records": len(bad) - rejected,
        "imported_records": args.rows - rejected,
        "blank_lines": 0,
        "unique_ids_all": len(all_ids),
        "bad": bad,
        "shape": args.shape,
        "orgs": args.orgs,
    }
    if truth_out:
        truth_out.close()
    manifest.update(truth.manifest())
    manifest["unknown_actions"] = {a: manifest["actions"][a] for a in audit_shapes.UNKNOWN_ACTIONS
                                   if a in manifest["actions"]}
    if args.manifest:
        with open(args.manifest, "w", encoding="utf-8") as m:
            json.dump(manifest, m, indent=1)
            m.write("\n")
    else:
        bulky = {"bad", "ips", "action_families", "requests", "events_sample"}
        print(json.dumps({k: v for k, v in manifest.items() if k not in bulky}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
