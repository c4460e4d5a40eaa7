# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""Ground truth of a generated export: what a correct import, query and findings run report.

Used by gen_audit.py (its manifest) and slice_exports.py (time parsing). Standard library only.

Conventions shared with the product:
  - Action names are shown as written and matched with '-' and '.' as one separator:
    normalise() maps every '-' to '.'. A family P ("workflow", "workflow.job") holds the
    actions whose normalised name starts with P followed by '.'.
  - The IP address of an event is request.ip_address when present and non-empty, else
    common_fields.source_ip when non-empty, else none. Addresses compare as addresses
    (2001:DB8::1 equals 2001:db8::1); an IPv4 address is never inside an IPv6 network.
  - Findings count events with the exact copies of a duplicate group once; a conflicting
    copy is an event of its own. "Earlier" is by occurred_at, ties in file order.
  - Times are ISO-8601 UTC to the nanosecond: 2026-01-05T07:00:00.000000000Z.
"""
import calendar
import ipaddress
import re
import time
from array import array

# ---------------------------------------------------------------- names and times

_SEPARATOR = str.maketrans("-", ".")


def normalise(action):
    return action.translate(_SEPARATOR)


_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:[.,](\d{1,9}))?"
                  r"(?:([Zz])|([+-])(\d\d):?(\d\d))$")


_DAYS = {}


def iso_ns(text):
    """Nanoseconds since the epoch of an ISO-8601 time with a zone, or None."""
    # The common case first: 2026-01-05T07:00:00[.fraction]Z.
    if len(text) >= 20 and text[-1] == "Z" and text[10] == "T" and text[19] in ".Z":
        frac = text[20:-1]
        day = _DAYS.get(text[:10])
        if day is None:
            midnight = _iso_ns_general(text[:10] + "T00:00:00Z")
            if midnight is not None:
                day = _DAYS[text[:10]] = midnight // 1_000_000_000
        if (day is not None and text[13] == ":" and text[16] == ":" and len(frac) <= 9
                and (frac.isascii() and frac.isdigit() if text[19] == "." else not frac)):
            h, mi, s = int(text[11:13]), int(text[14:16]), int(text[17:19])
            if h < 24 and mi < 60 and s < 60:
                return (day + h * 3600 + mi * 60 + s) * 1_000_000_000 + int(frac.ljust(9, "0"))
    return _iso_ns_general(text)


def _iso_ns_general(text):
    m = _ISO.match(text)
    if not m:
        return None
    y, mo, d, h, mi, s = (int(g) for g in m.group(1, 2, 3, 4, 5, 6))
    if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1] and h < 24 and mi < 60
            and s < 60):
        return None
    seconds = calendar.timegm((y, mo, d, h, mi, s))
    if m.group(9):
        offset = int(m.group(10)) * 3600 + int(m.group(11)) * 60
        seconds -= offset if m.group(9) == "+" else -offset
    frac = (m.group(7) or "").ljust(9, "0")
    return seconds * 1_000_000_000 + int(frac)


def ns_iso(ns):
    seconds, frac = divmod(ns, 1_000_000_000)
    y, mo, d, h, mi, s = time.gmtime(seconds)[:6]
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{frac:09d}Z"


DAY_NS = 86400 * 1_000_000_000


def day_text(day):
    """The UTC date of day number `day` (days since the epoch)."""
    return ns_iso(day * DAY_NS)[:10]


# ---------------------------------------------------------------- one event's facts

def effective_ip(ev):
    """(address, where from): "request", "common_fields" or "none" (address "")."""
    request = ev.get("request")
    ip = request.get("ip_address") if isinstance(request, dict) else None
    if isinstance(ip, str) and ip:
        return ip, "request"
    common = ev.get("common_fields")
    ip = common.get("source_ip") if isinstance(common, dict) else None
    if isinstance(ip, str) and ip:
        return ip, "common_fields"
    return "", "none"


def facts_of(ev):
    """What the truth needs of a nested (classic or current) event."""
    ip, source = effective_ip(ev)
    request = ev.get("request") or {}
    org = ev.get("organization") or {}
    return (ev["action"], ev["success"] is True, ev["occurred_at"], ev["actor"].get("id", ""),
            ip, source, request.get("id", ""), org.get("id", ""), org.get("name", ""), ev["id"])


_CANONICAL = {}


def canonical_ip(text):
    """The address text stands for (an ipaddress object), or text itself when it is none."""
    found = _CANONICAL.get(text)
    if found is None:
        try:
            found = ipaddress.ip_address(text)
        except ValueError:
            found = text
        _CANONICAL[text] = found
    return found


# ---------------------------------------------------------------- the fixed rules (issue 13)

SECRETS_ACCESSED = "context.secrets.accessed"
OFF_HOURS = {"days": {0, 1, 2, 3, 4}, "start_ns": 7 * 3600 * 10**9, "end_ns": 19 * 3600 * 10**9}
BURST = {"more_than": 20, "span_ns": 600 * 10**9}
# As the findings issue lists them; they match in either spelling.
FAILED_SENSITIVE_ACTIONS = [
    "context.env_var.store", "context.env_var.delete", "context.restriction.delete",
    "context.group_remove", "context.delete", "project.env_var.create", "project.env_var.delete",
    "project.env_var.copy", "project.ssh_key.create", "project.api_token.create",
    "checkout-key.create", "checkout-key.delete-all", "deploy-keys.delete", "role_grant.update",
    "role_grant.delete", "project_group_role_grant.create", "project_group_role_grant.update",
    "group_member.add", "org_member.remove", "organization.settings.update",
    "project.settings.update", "webhook.create", "webhook.update",
    "release_integration.token.create", "orb.publish.release", "orb.version.promote",
    "audit_log.requested", "audit_log.download_url.generated"]
FAILED_SENSITIVE = {normalise(a) for a in FAILED_SENSITIVE_ACTIONS}
AUDIT_LOG_PULLED = {normalise(a) for a in ["audit_log.requested", "audit_log.download_url.generated"]}
FIXED_RULES = ["secrets-access-off-hours", "secrets-access-burst", "new-ip-for-actor",
               "failed-sensitive-action", "audit-log-pulled"]


def off_hours(ns):
    day, tod = divmod(ns, DAY_NS)
    weekday = (day + 3) % 7  # 1970-01-01 was a Thursday; Monday is 0
    return not (weekday in OFF_HOURS["days"] and OFF_HOURS["start_ns"] <= tod < OFF_HOURS["end_ns"])


class Truth:
    """Tallies of the good records of one export, in file order."""

    SAMPLE = 50

    def __init__(self):
        self.actions = {}
        self.ips = {}
        self.ip_from = {"request": 0, "common_fields": 0, "none": 0}
        self.organizations = {}
        self.requests = {}
        self.first = self.last = None
        self.distinct = 0
        self.sample = []
        # Findings: hits as (ns, line); the IP and burst rules need every event first.
        self.hits = {rule: [] for rule in FIXED_RULES}
        self.secrets_by_actor = {}
        self.actor_codes, self.ip_codes = {}, {}
        self.ip_ns, self.ip_line, self.ip_actor, self.ip_addr = (array("q"), array("q"),
                                                                 array("l"), array("l"))

    def add(self, facts, line, copy):
        """One good record; copy is "original", "exact" or "conflicting"."""
        action, success, occurred_at, actor, ip, source, request, org_id, org_name, _ = facts
        self.actions[action] = self.actions.get(action, 0) + 1
        self.ip_from[source] += 1
        if ip:
            self.ips[ip] = self.ips.get(ip, 0) + 1
        if org_id or org_name:
            self.organizations[(org_id, org_name)] = self.organizations.get((org_id, org_name), 0) + 1
        if request:
            self.requests[request] = self.requests.get(request, 0) + 1
        ns = iso_ns(occurred_at)
        if ns is not None:
            self.first = ns if self.first is None else min(self.first, ns)
            self.last = ns if self.last is None else max(self.last, ns)
        if len(self.sample) < self.SAMPLE:
            self.sample.append(self.event_truth(facts, line, copy))
        if copy == "exact" or ns is None:
            return
        self.distinct += 1
        name = normalise(action)
        if name == SECRETS_ACCESSED:
            if off_hours(ns):
                self.hits["secrets-access-off-hours"].append((ns, line))
            self.secrets_by_actor.setdefault(actor, []).append((ns, line))
        if not success and name in FAILED_SENSITIVE:
            self.hits["failed-sensitive-action"].append((ns, line))
        if name in AUDIT_LOG_PULLED:
            self.hits["audit-log-pulled"].append((ns, line))
        if ip:
            self.ip_ns.append(ns)
            self.ip_line.append(line)
            self.ip_actor.append(self.actor_codes.setdefault(actor, len(self.actor_codes)))
            self.ip_addr.append(self.ip_codes.setdefault(canonical_ip(ip), len(self.ip_codes)))

    @staticmethod
    def event_truth(facts, line, copy):
        action, success, occurred_at, actor, ip, source, request, org_id, _, event_id = facts
        return {"line": line, "id": event_id, "action": action, "occurred_at": occurred_at,
                "success": success, "actor_id": actor, "ip": ip, "ip_from": source,
                "request_id": request, "organization_id": org_id, "copy": copy}

    # ------------------------------------------------------------ findings

    def _burst_hits(self):
        hits = []
        for events in self.secrets_by_actor.values():
            events.sort()
            inside = [False] * len(events)
            j = 0
            for i, (ns, _) in enumerate(events):
                j = max(j, i)
                while j + 1 < len(events) and events[j + 1][0] <= ns + BURST["span_ns"]:
                    j += 1
                if j - i + 1 > BURST["more_than"]:
                    for k in range(i, j + 1):
                        inside[k] = True
            hits.extend(e for e, hit in zip(events, inside) if hit)
        return hits

    def _new_ip_hits(self):
        order = sorted(range(len(self.ip_ns)), key=lambda k: (self.ip_ns[k], self.ip_line[k]))
        seen = {}
        hits = []
        for k in order:
            used = seen.setdefault(self.ip_actor[k], set())
            if self.ip_addr[k] not in used:
                if used:
                    hits.append((self.ip_ns[k], self.ip_line[k]))
                used.add(self.ip_addr[k])
        return hits

    def findings(self):
        self.hits["secrets-access-burst"] = self._burst_hits()
        self.hits["new-ip-for-actor"] = self._new_ip_hits()
        out = {}
        for rule in FIXED_RULES:
            hits = sorted(self.hits[rule])
            entry = {"hits": len(hits), "first": ns_iso(hits[0][0]) if hits else None,
                     "last": ns_iso(hits[-1][0]) if hits else None}
            if len(hits) <= 100:
                entry["lines"] = sorted(line for _, line in hits)
            out[rule] = entry
        return out

    # ------------------------------------------------------------ the manifest's part

    def cidrs(self):
        """Counts for a few networks: fixed ones and ones around the busiest addresses."""
        nets = ["203.0.113.0/24", "198.51.100.0/24", "10.0.0.0/8", "0.0.0.0/0",
                "2001:db8::/32", "::/0"]
        by_count = sorted(self.ips.items(), key=lambda kv: (-kv[1], kv[0]))
        v4 = [ip for ip, _ in by_count if isinstance(canonical_ip(ip), ipaddress.IPv4Address)]
        v6 = [ip for ip, _ in by_count if isinstance(canonical_ip(ip), ipaddress.IPv6Address)]
        outside = [ip for ip in v4 if canonical_ip(ip) not in ipaddress.ip_network(nets[0])]
        if v4:
            nets.append(f"{canonical_ip(v4[0])}/32")
        if outside:
            nets.append(str(ipaddress.ip_network(f"{outside[0]}/16", strict=False)))
        if v6:
            nets.append(str(ipaddress.ip_network(f"{v6[0]}/64", strict=False)))
            nets.append(str(ipaddress.ip_network(f"{v6[0]}/48", strict=False)))
            nets.append(f"{canonical_ip(v6[0])}/128")
        counts = {}
        for net in nets:
            network = ipaddress.ip_network(net)
            counts[net] = sum(n for ip, n in self.ips.items()
                              if isinstance(canonical_ip(ip), type(network.network_address))
                              and canonical_ip(ip) in network)
        return counts

    def manifest(self):
        normalised = {}
        for action, n in self.actions.items():
            normalised[normalise(action)] = normalised.get(normalise(action), 0) + n
        families = {}
        for action, n in normalised.items():
            parts = action.split(".")
            for k in range(1, len(parts)):
                prefix = ".".join(parts[:k])
                families[prefix] = families.get(prefix, 0) + n
        multi = sorted((r for r, n in self.requests.items() if n > 1),
                       key=lambda r: (-self.requests[r], r))
        singles = sorted(r for r, n in self.requests.items() if n == 1)
        return {
            "distinct_records": self.distinct,
            "first": ns_iso(self.first) if self.first is not None else None,
            "last": ns_iso(self.last) if self.last is not None else None,
            "actions": dict(sorted(self.actions.items())),
            "actions_normalised": dict(sorted(normalised.items())),
            "action_families": dict(sorted(families.items())),
            "ips": dict(sorted(self.ips.items())),
            "ip_from": self.ip_from,
            "cidrs": self.cidrs(),
            "organizations": [{"id": i, "name": n, "records": c}
                              for (i, n), c in sorted(self.organizations.items())],
            "requests": {"distinct": len(self.requests), "with_several_events": len(multi),
                         "sample": {r: self.requests[r] for r in multi[:20] + singles[:5]}},
            "findings": self.findings(),
            "events_sample": self.sample,
        }
