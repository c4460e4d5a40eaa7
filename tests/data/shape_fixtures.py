"""The fixtures of today's export shapes, written by make_fixtures.py (run that, not this).

One set of 14 events in five files: the current 14-column CSV, the flat (upper-case columns)
CSV, the older 11-column CSV, JSON Lines as audit-log streaming writes it, and a header
variant that lacks a required column. The events exercise what the current shape adds:
both spellings of an action, IPv4 and IPv6 addresses (one of them written in a non-canonical
form), an address found only in common_fields.source_ip, an event with no address, two events
of one request, two organisations, and the boundaries of the fixed findings rules.
"""
import sys
import textwrap
from pathlib import Path

import make_fixtures as base
from make_fixtures import Doc, csv_row, dumps, eid, entity, job, job_payload, lines_text, slug, write

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from audit_shapes import CURRENT_COLUMNS, FLAT_COLUMNS, flatten  # noqa: E402

ORG, OREN, PRIYA, SYSTEM = base.ORG, base.OREN, base.PRIYA, base.SYSTEM
LABS = entity("organization", "acme-labs")
ACCOUNTS = {ORG["id"]: entity("account", "acme-corp"), LABS["id"]: entity("account", "acme-labs")}
DANA = entity("user", "dana3")
KAI = entity("user", "kai9")
REQUEST_A = eid("request/current-shared")
TRACE_A = eid("trace/current-shared")


def cur(tag, action, actor, target, payload, occurred_at, ip, *, org=ORG, success=True,
        ip_in="both", request=None, trace=""):
    """One current-shape event; ip_in: "both" (request and common_fields), "common" (only
    common_fields.source_ip; request has no ip_address key) or "none" (both empty)."""
    request_id = request or eid(f"request/{tag}")
    req = {"id": request_id, "ip_address": ip, "client_trace_id": trace}
    if ip_in == "common":
        del req["ip_address"]
    return {
        "action": action, "actor": actor, "target": target, "payload": payload,
        "occurred_at": occurred_at, "metadata": {}, "id": eid(f"event/{tag}"), "version": 1,
        "scope": org, "success": success, "request": req, "organization": org,
        "account": ACCOUNTS[org["id"]],
        "common_fields": {"outcome": "success" if success else "failure", "source_ip": ip,
                          "status": "info", "timestamp": occurred_at},
    }


BUILD = job("build", "current-1")
DEPLOY = job("deploy-prod", "current-2")
SECRETS = {"job": {"id": BUILD["id"], "name": "build"}, "project": slug("api-gateway"),
           "secrets": ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]}
AWS_PROD = entity("context", "aws-prod")
AWS_STAGING = entity("context", "aws-staging")
# (event, what a reader must note); in file order. Times: 2026-01-05 is a Monday.
EVENTS = [
    (cur("current-1", "workflow.job.start", OREN, BUILD,
         job_payload(BUILD, 61001, 3001, "main", "api-gateway"),
         "2026-01-05T06:58:00.000Z", "203.0.113.24"),
     "older dotted spelling; oren1's first address"),
    (cur("current-2", "workflow-job-start", SYSTEM, DEPLOY,
         job_payload(DEPLOY, 61002, 3001, "main", "api-gateway"),
         "2026-01-05T06:58:30.5Z", "", ip_in="none"),
     "hyphenated spelling of the same action; CircleCI itself: no address (both empty)"),
    (cur("current-3", "context.secrets.accessed", OREN, AWS_PROD, SECRETS,
         "2026-01-05T06:59:59.999999999Z", "203.0.113.24"),
     "Monday, one nanosecond before 07:00: off hours"),
    (cur("current-4", "context.secrets.accessed", OREN, AWS_PROD, SECRETS,
         "2026-01-05T07:00:00.000Z", "203.0.113.24"),
     "Monday 07:00 exactly: working hours (start inclusive)"),
    (cur("current-5", "context.secrets.accessed", OREN, AWS_PROD, SECRETS,
         "2026-01-05T19:00:00Z", "198.51.100.7"),
     "Monday 19:00 exactly: off hours (end exclusive); a new address for oren1"),
    (cur("current-6", "context.env_var.store", PRIYA, AWS_STAGING,
         {"env_var": {"name": "DOCKER_PASSWORD"}}, "2026-01-06T10:15:00.5Z",
         "2001:db8:10:20::5", request=REQUEST_A, trace=TRACE_A),
     "IPv6; first of two events of one request; priya0's first address"),
    (cur("current-7", "context.env_var.delete", PRIYA, AWS_STAGING,
         {"env_var": {"name": "NPM_TOKEN"}}, "2026-01-06T10:15:00.75Z",
         "2001:db8:10:20::5", request=REQUEST_A, trace=TRACE_A, success=False),
     "second event of the same request; failed"),
    (cur("current-8", "role_grant-update", PRIYA, DANA, {"role": "admin"},
         "2026-01-06T11:00:00Z", "2001:db8:10:20::6", ip_in="common"),
     "request has no ip_address: the address is common_fields.source_ip; new for priya0"),
    (cur("current-9", "role_grant.update", DANA, OREN, {"role": "member"},
         "2026-01-07T09:30:00.123456Z", "192.0.2.55"),
     "dotted spelling of role_grant-update; dana3's first address"),
    (cur("current-10", "schedule-create", DANA, base.project("payments"),
         {"schedule": {"name": "nightly"}}, "2026-01-07T09:30:00.123456000Z", "192.0.2.56"),
     "the same instant as the line before (written with 9 digits); later in file order, "
     "so the new address for dana3 is this one"),
    (cur("current-11", "webhook-create", PRIYA, base.project("api-gateway"),
         {"webhook": {"url": "https://hooks.example.net/4711", "events": ["workflow-completed"]}},
         "2026-01-07T14:00:00Z", "2001:DB8:10:20:0:0:0:5"),
     "the address of priya0's first events, written in full and in upper case: "
     "the same address, not a new one"),
    (cur("current-12", "schedule.create", KAI, base.project("ml-training"),
         {"schedule": {"name": "weekly"}}, "2026-01-08T16:20:00Z", "10.1.2.3", org=LABS,
         success=False),
     "organisation acme-labs; dotted spelling of schedule-create; failed, but not a sensitive "
     "action"),
    (cur("current-13", "audit_log.requested", OREN, ORG, {"from": "2025-12-01", "to": "2025-12-31"},
         "2026-01-10T03:12:00Z", "198.51.100.7"),
     "Saturday; someone took the evidence"),
    (cur("current-14", "context.secrets.accessed", KAI, entity("context", "gcp-deploy"),
         {"job": {"id": eid("job/current-14"), "name": "train"}, "project": slug("ml-training"),
          "secrets": ["GCP_KEY"]},
         "2026-01-10T12:00:00Z", "10.1.2.4", org=LABS),
     "Saturday noon: off hours; a new address for kai9"),
]
CLASSIC_COLUMNS = CURRENT_COLUMNS[:11]
VARIANT_COLUMNS = ["id", "action", "event_time", "success", "actor.id", "actor.type", "actor.name",
                   "target.id", "target.type", "target.name", "request.id", "request.ip_address"]


def classic(e):
    """The same event as an older export writes it: 11 columns, request with only its id."""
    return dict(e, request={"id": e["request"]["id"]})


def variant(e):
    row = {"id": e["id"], "action": e["action"], "event_time": e["occurred_at"],
           "success": e["success"], "request.id": e["request"]["id"],
           "request.ip_address": e["request"].get("ip_address", "")}
    for entity_name in ("actor", "target"):
        for key in ("id", "type", "name"):
            row[f"{entity_name}.{key}"] = e[entity_name][key]
    return row


def make(rows):
    """Write the fixtures and add their README rows to rows."""
    events = [e for e, _ in EVENTS]
    n = len(events)
    notes = "; ".join(f"line {i + 2}: {note}" for i, (_, note) in enumerate(EVENTS))
    for name, columns, convert, what in (
            ("current.csv", CURRENT_COLUMNS, None,
             "today's 14 columns (`organization`, `account`, `common_fields`; `request` with "
             "`ip_address` and `client_trace_id`)"),
            ("current_flat.csv", FLAT_COLUMNS, flatten,
             "the same events flattened into upper-case columns (`ACTOR_ID`, …, "
             "`REQUEST_IP_ADDRESS`, `COMMON_FIELDS_SOURCE_IP`, …; `PAYLOAD` and `METADATA` "
             "JSON)"),
            ("current_classic.csv", CLASSIC_COLUMNS, classic,
             "the same events in the older 11 columns (`request` holds only `id`, so no "
             "address, organisation or account)")):
        d = Doc()
        d.header(",".join(columns))
        for e in events:
            d.record(csv_row(convert(e) if convert else e, columns=columns))
        write(name, d.data())
        rows.append((name, f"{n} events of the current-shape set: {what}", n, n, 0, 0, 0,
                     f"records at lines {lines_text(d.starts)}; see \"Today's export shapes\" "
                     "below" + ("; " + notes if name == "current.csv" else "")))
    d = Doc()
    for e in events:
        d.record(dumps(e))
    write("current.jsonl", d.data())
    rows.append(("current.jsonl", f"the {n} events as audit-log streaming writes them: JSON Lines "
                 "with the 14 keys, nested objects", n, n, 0, 0, 0,
                 f"events at lines {lines_text(d.starts)}"))
    write(CONNECTIVITY, b"")
    rows.append((CONNECTIVITY, "the empty object audit-log streaming writes first, to test "
                 "that it may write to the bucket", 0, 0, 0, 0, 0,
                 "0 bytes; to be skipped (not a source, not an error) when imported beside "
                 "`current.jsonl`"))
    d = Doc()
    d.header(",".join(VARIANT_COLUMNS))
    for e in events[:4]:
        d.record(csv_row(variant(e), columns=VARIANT_COLUMNS))
    write("header_variant.csv", d.data())
    rows.append(("header_variant.csv", "a re-export whose header lacks a required column: the "
                 "time is in `event_time`; actor and target in dotted columns (`actor.id`, …): "
                 f"`{','.join(VARIANT_COLUMNS)}`", 4, "— (4 once mapped)", "—", "—", "—",
                 f"records at lines {lines_text(d.starts)} (the first 4 events of the set); "
                 "expected: the missing column `occurred_at` is named and a mapping is "
                 "offered; mapped `event_time` → `occurred_at`, 4 events import"))


# The streaming documentation names it circleci_connectivity_test_<timestamp> without saying
# how the timestamp is written; seconds since the epoch here (2026-01-05T00:00:00Z).
CONNECTIVITY = "circleci_connectivity_test_1767571200"

README = """
## Today's export shapes

`current.csv`, `current_flat.csv`, `current_classic.csv` and `current.jsonl` hold the same 14
events (`shape_fixtures.py` lists them), in the same order, so each count below holds for
every one of them except where the classic shape has no such field. The IP address of an event
is `request.ip_address` when present and non-empty, else `common_fields.source_ip`
(`COMMON_FIELDS_SOURCE_IP` in the flat file); addresses compare as addresses.

| line | action as written | actor | organisation | IP that counts (from) | notes |
| --- | --- | --- | --- | --- | --- |
{table}

Expected in the current, flat and JSON Lines files (the classic file: the same actions,
`success` and times, no IP, organisation or account):
- per action as written: {actions}
- with `-` and `.` as one separator: `workflow.job.start` 2, `role_grant.update` 2,
  `schedule.create` 2, `context.secrets.accessed` 4; family `context.*` 6, `workflow.*` 2.
- per IP address: `203.0.113.24` 3, `198.51.100.7` 2, `2001:db8:10:20::5` 3 (one written
  `2001:DB8:10:20:0:0:0:5`), `2001:db8:10:20::6` 1, `192.0.2.55` 1, `192.0.2.56` 1, `10.1.2.3` 1,
  `10.1.2.4` 1; no IP: 1 (line 3).
- per network: `203.0.113.0/24` 3, `192.0.2.0/24` 2, `10.0.0.0/8` 2, `0.0.0.0/0` 9,
  `2001:db8::/32` 4, `2001:db8:10:20::/64` 4, `::/0` 4.
- per organisation: `acme-corp` 12, `acme-labs` 2.
- per request: `{request}` 2 (lines 7, 8), every other request 1.
- fixed findings rules with their defaults (lines of the CSV files; in `current.jsonl` one
  less): `secrets-access-off-hours` 3 (lines 4, 6, 15), `secrets-access-burst` 0,
  `new-ip-for-actor` 4 (lines 6, 9, 11, 15; in the classic file 0), `failed-sensitive-action` 1
  (line 8), `audit-log-pulled` 1 (line 14).

`{connectivity}` is the empty object that audit-log streaming writes to the
bucket before the events (its documentation names it `circleci_connectivity_test_<timestamp>`
without saying how the timestamp is written).

`circleci-documented-actions.txt` lists, one per line, the actions CircleCI's current
audit-log documentation lists (77; the list says it is not complete).
`circleci-documented-actions-older.txt` lists the older dotted spellings that earlier
documentation and older exports use (the security page in `../shared/reference/`, and the
`schedule.*` names older exports write). The action catalogue must know every name in both.
"""


def readme():
    table = []
    for i, (e, note) in enumerate(EVENTS):
        ip = e["request"].get("ip_address") or e["common_fields"]["source_ip"]
        source = ("request" if e["request"].get("ip_address") else
                  "common_fields" if ip else "none")
        table.append(f"| {i + 2} | `{e['action']}` | {e['actor']['name']} | "
                     f"{e['organization']['name']} | {('`' + ip + '`') if ip else '—'} ({source}) "
                     f"| {note} |")
    counts = {}
    for e, _ in EVENTS:
        counts[e["action"]] = counts.get(e["action"], 0) + 1
    actions = textwrap.fill(", ".join(f"`{a}` {n}" for a, n in sorted(counts.items())),
                            width=96, initial_indent=" " * 26, subsequent_indent="  ").lstrip()
    return README.format(table="\n".join(table), actions=actions, request=REQUEST_A,
                         connectivity=CONNECTIVITY)
