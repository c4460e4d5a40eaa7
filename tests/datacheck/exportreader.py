# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""Reads generated exports and fixtures independently of the generator, for the data checks.

Every shape (classic, current, flat) and format (CSV, JSON Lines, JSON array) comes back as a
list of Event, in file order, with the physical line where each record starts. The IP address
and the findings are worked out here again, plainly and slowly, sharing no code with
scripts/audit_truth.py (only the fixed rules' list of sensitive actions, which is data), so
that the generator's manifest is checked against a second implementation.
"""
import csv
import ipaddress
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
# The fixed rules' list of sensitive actions, as the findings issue gives it (data, not code).
from audit_truth import FAILED_SENSITIVE_ACTIONS  # noqa: E402

class Event:
    __slots__ = ("line", "id", "action", "success", "occurred_at", "ns", "actor_id", "ip",
                 "ip_from", "request_id", "org_id", "org_name", "content")

    def same_action(self, name):
        return self.action.replace("-", ".") == name.replace("-", ".")


def nanoseconds(text):
    """ns since the epoch of YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z, through datetime."""
    base, _, frac = text[:-1].partition(".")
    seconds = int(datetime.fromisoformat(base + "+00:00").timestamp())
    return seconds * 1_000_000_000 + int(frac.ljust(9, "0") or "0")


def _event(line, get, content):
    """get(field) -> the text or object of a field, in the file's shape."""
    e = Event()
    e.line, e.content = line, content
    e.id, e.action, e.occurred_at = get("id"), get("action"), get("occurred_at")
    success = get("success")
    e.success = success is True or success == "true"
    e.ns = nanoseconds(e.occurred_at)
    e.actor_id = get("actor.id")
    e.request_id = get("request.id") or ""
    request_ip = get("request.ip_address") or ""
    source_ip = get("common_fields.source_ip") or ""
    e.ip = request_ip or source_ip
    e.ip_from = "request" if request_ip else "common_fields" if source_ip else "none"
    e.org_id, e.org_name = get("organization.id") or "", get("organization.name") or ""
    return e


def _nested_getter(obj):
    def get(field):
        head, _, tail = field.partition(".")
        value = obj.get(head)
        if tail:
            if isinstance(value, str):
                value = json.loads(value) if value else {}
            return (value or {}).get(tail)
        return value
    return get


def _flat_getter(obj):
    def get(field):
        return obj.get(field.replace(".", "_"))
    return get


def read(path):
    """[Event] of a CSV, JSON Lines or JSON array export of any shape."""
    events = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        if str(path).endswith((".jsonl", ".json-array", ".json")):
            text = f.read()
            if text.lstrip().startswith(("[", "{\"items\"")):
                # One event per line, the first on line 1 (as gen_audit.py writes them).
                doc = json.loads(text)
                objects = [(i + 1, json.dumps(o, sort_keys=True), o)
                           for i, o in enumerate(doc["items"] if isinstance(doc, dict) else doc)]
            else:
                objects = [(i + 1, line, json.loads(line))
                           for i, line in enumerate(text.split("\n")) if line.strip()]
            for line, content, obj in objects:
                obj = {k.lower(): v for k, v in obj.items()}
                flat = "actor_id" in obj
                events.append(_event(line, (_flat_getter if flat else _nested_getter)(obj), content))
            return events
        reader = csv.reader(f)
        names = [n.lower() for n in next(reader)]
        flat = "actor_id" in names
        previous = reader.line_num
        for row in reader:
            obj = dict(zip(names, row))
            events.append(_event(previous + 1, (_flat_getter if flat else _nested_getter)(obj),
                                 tuple(row)))
            previous = reader.line_num
    return events


def collapse(events):
    """The events with the exact copies of an id (same content) counted once."""
    seen, out = set(), []
    for e in events:
        if (e.id, e.content) not in seen:
            seen.add((e.id, e.content))
            out.append(e)
    return out


def address(text):
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return text


def findings(events):
    """{rule id: sorted lines of its hits} for the five fixed rules, by brute force."""
    events = collapse(events)
    secrets = [e for e in events if e.same_action("context.secrets.accessed")]
    out = {}
    hits = []
    for e in secrets:
        t = datetime.fromtimestamp(e.ns // 1_000_000_000, timezone.utc)
        at_work = t.weekday() < 5 and 7 <= t.hour < 19
        if not at_work:
            hits.append(e.line)
    out["secrets-access-off-hours"] = sorted(hits)
    hits = []
    for e in secrets:
        mine = [x for x in secrets if x.actor_id == e.actor_id]
        for s in mine:
            inside = [x for x in mine if s.ns <= x.ns <= s.ns + 600 * 10**9]
            if e in inside and len(inside) > 20:
                hits.append(e.line)
                break
    out["secrets-access-burst"] = sorted(hits)
    hits = []
    with_ip = [e for e in events if e.ip]
    for e in with_ip:
        earlier = [x for x in with_ip if x.actor_id == e.actor_id and (x.ns, x.line) < (e.ns, e.line)]
        if earlier and all(address(x.ip) != address(e.ip) for x in earlier):
            hits.append(e.line)
    out["new-ip-for-actor"] = sorted(hits)
    out["failed-sensitive-action"] = sorted(
        e.line for e in events if not e.success and any(e.same_action(a) for a in FAILED_SENSITIVE_ACTIONS))
    out["audit-log-pulled"] = sorted(
        e.line for e in events
        if e.same_action("audit_log.requested") or e.same_action("audit_log.download_url.generated"))
    return out


def counts(events):
    """What the manifest counts over every record: actions, IPs, organisations, requests."""
    out = {"actions": {}, "ips": {}, "ip_from": {"request": 0, "common_fields": 0, "none": 0},
           "organizations": {}, "requests": {}}
    for e in events:
        out["actions"][e.action] = out["actions"].get(e.action, 0) + 1
        out["ip_from"][e.ip_from] += 1
        if e.ip:
            out["ips"][e.ip] = out["ips"].get(e.ip, 0) + 1
        if e.org_id:
            key = (e.org_id, e.org_name)
            out["organizations"][key] = out["organizations"].get(key, 0) + 1
        if e.request_id:
            out["requests"][e.request_id] = out["requests"].get(e.request_id, 0) + 1
    return out


def in_network(events, network):
    net = ipaddress.ip_network(network)
    return sum(1 for e in events if e.ip and isinstance(address(e.ip), type(net.network_address))
               and address(e.ip) in net)
