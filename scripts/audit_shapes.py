# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""Today's export shapes for gen_audit.py: `current` (14 columns) and `flat` (upper-case columns).

A classic event (the 11 columns of older exports) is turned into the current shape by
CurrentShape.apply(), which draws only from its own random generator: the classic event
stream, and so `--shape classic`, stays byte for byte what it was.

What the current shape adds, as CircleCI's current audit-log documentation describes it:
  organization   {id, type, name}
  account        {id, type, name}
  request        {id, ip_address, client_trace_id}
  common_fields  {outcome (from success), source_ip (from request.ip_address),
                  status ("info"), timestamp (from occurred_at)}
and the actions that documentation lists, spelled as it spells them (dots and hyphens mixed).

What it adds on purpose, for the importer's tests:
  - each user works from one to three usual addresses, now and then (3 %) from another one:
    IPv4 for four users in five, half of those in 203.0.113.0/24 (a shared office) and the rest
    anywhere; IPv6 for one in five, in one /64 per user within 2001:db8::/32 (the documentation
    gives ip_address in IPv4 dotted notation; the IPv6 users keep the IP filters ready for
    addresses of both kinds);
  - about 5 % of a person's events carry no request.ip_address (the key is absent, or now
    and then empty) while common_fields.source_ip holds the address: the importer falls back
    to it. Events of CircleCI itself (system, schedule) carry no address at all;
  - about 10 % of a person's events belong to the same external request as that person's
    previous event (same request id and address);
  - the older dotted spelling of a renamed action (workflow.job.start for
    workflow-job-start) is written for about 15 % of those events, so both spellings occur;
  - a few events carry an action no catalogue knows (UNKNOWN_ACTIONS), about 1 in 1000;
  - the administrative actions the older shape lacks fail 10 % of the time;
  - with at least BURST_MIN_ROWS rows, two runs of context.secrets.accessed by one rarely
    active person each: 25 events within about 4 minutes (a burst) and 20 within about 4
    minutes (one short of one);
  - --orgs N spreads the people over N organisations (as a SIEM re-export of several
    organisations would hold them).
"""
import ipaddress

# The documented spelling of older dotted names; about 15 % of those events keep the old one.
CURRENT_SPELLING = {
    "workflow.job.start": "workflow-job-start", "workflow.job.finish": "workflow-job-finish",
    "workflow.job.scheduled": "workflow-job-scheduled", "schedule.create": "schedule-create",
    "schedule.update": "schedule-update", "schedule.delete": "schedule-delete",
}
OLD_SPELLING_RATE = 0.15

# Actions the current documentation lists that older exports lack: (name, weight, target kind).
CURRENT_EXTRA = [
    ("ams.invitation.created", 2, "user"), ("ams.invitation.accepted", 2, "user"),
    ("ams.invitation.revoked", 1, "user"), ("audit_log.requested", 1, "org"),
    ("audit_log.download_url.generated", 1, "org"), ("build.create", 20, "project"),
    ("checkout-key.delete-all", 1, "project"),
    ("component.promote_release", 1, "project"), ("component.cancel_release", 1, "project"),
    ("context.group_add", 1, "context"), ("context.group_remove", 1, "context"),
    ("context.restriction.create", 1, "context"), ("context.restriction.delete", 1, "context"),
    ("group.update", 1, "group"), ("group.delete", 1, "group"),
    ("group_member.add", 2, "group"), ("group_member.remove", 1, "group"),
    ("orb.namespace.create", 1, "orb"), ("orb.orb.create", 1, "orb"),
    ("orb.publish.dev", 2, "orb"), ("orb.publish.release", 1, "orb"),
    ("orb.version.promote", 1, "orb"), ("org.contacts.updated", 1, "org"),
    ("org.create", 1, "org"), ("org.rename", 1, "org"), ("org_member.remove", 1, "user"),
    ("organization.settings.update", 1, "org"), ("project.add", 1, "project"),
    ("project.create", 1, "project"), ("project.delete", 1, "project"),
    ("project.env_var.copy", 1, "project"), ("project.follow", 3, "project"),
    ("project.unfollow", 1, "project"), ("project.rollback", 1, "project"),
    ("project.setup", 1, "project"), ("project.stop_building", 1, "project"),
    ("project.toggle-abusive", 1, "project"),
    ("project_group_role_grant.create", 1, "project"), ("project_group_role_grant-update", 1, "project"),
    ("release_integration-create", 1, "project"), ("release_integration-delete", 1, "project"),
    ("release_integration-token-create", 1, "project"),
    ("release_integration-token-revoke", 1, "project"), ("role_grant-update", 1, "user"),
    ("role_grant-delete", 1, "user"), ("trigger-create", 1, "project"),
    ("trigger-delete", 1, "project"), ("trigger_event-create", 10, "project"),
    ("webhook-create", 1, "project"), ("webhook-update", 1, "project"),
    ("webhook-delete", 1, "project"), ("workflow-start", 60, "project"),
    ("workflow-cancel", 4, "project"), ("workflow-retry", 4, "project"),
    ("workflow-schedule-start", 6, "project"), ("workflow-job-context-request", 6, "context"),
]
EXTRA_RATE = 0.08
EXTRA_FAILURE_RATE = 0.1
# Deliberately unknown to the action catalogue: a misspelling and a name no documentation lists.
UNKNOWN_ACTIONS = ["context.secret.accessed", "workflow-job-rerun"]
UNKNOWN_RATE = 0.001

ORG_NAMES = ["acme-corp", "acme-labs", "acme-eu", "acme-gov", "acme-retail"]
GROUPS = ["platform", "security", "release-managers", "contractors"]
ORBS = ["acme/deploy", "acme/notify", "acme/security-scan"]
# Addresses from the ranges reserved for documentation (RFC 5737, RFC 3849).
OFFICE_V4 = ipaddress.ip_network("203.0.113.0/24")
USER_V6 = ipaddress.ip_network("2001:db8::/32")
IPV6_USER_RATE = 0.2
OTHER_IP_RATE = 0.03
NO_REQUEST_IP_RATE = 0.05
SAME_REQUEST_RATE = 0.10
TRACE_RATE = 0.3

BURST_MIN_ROWS = 400
# (share of the rows where the run starts, events in the run, seconds the run is squeezed into)
BURSTS = [(0.4, 25, 240), (0.7, 20, 240)]


def random_ipv4(rng):
    return "%d.%d.%d.%d" % (rng.randrange(1, 223), rng.randrange(256), rng.randrange(256),
                            rng.randrange(1, 255))


def address_in(network, rng):
    """A host address in network, as its canonical text."""
    return str(network[rng.randrange(1, network.num_addresses - 1)])


class CurrentShape:
    """Turns classic events into the current shape; see the module's comment."""

    def __init__(self, world, rng, rows, uid, orgs=1, contexts=(), projects=(), jobs=(),
                 env_vars=()):
        """uid(rng) draws an id; contexts, projects, jobs and env_vars are the world's names."""
        self.rng = rng
        self.uid = uid
        self.world = world
        self.contexts, self.projects, self.jobs, self.env_vars = contexts, projects, jobs, env_vars
        self.orgs = [dict(world.org)]
        for name in ORG_NAMES[1:max(1, orgs)]:
            self.orgs.append({"id": self.uid(rng), "type": "organization", "name": name})
        self.accounts = {o["id"]: {"id": self.uid(rng), "type": "account", "name": o["name"]}
                         for o in self.orgs}
        for user in world.users:
            user["org"] = self.orgs[rng.randrange(len(self.orgs))] if len(self.orgs) > 1 else self.orgs[0]
            if rng.random() < IPV6_USER_RATE:
                prefix = ipaddress.ip_network((int(USER_V6.network_address)
                                               | (rng.getrandbits(32) << 64), 64))
                user["ips"] = [address_in(prefix, rng) for _ in range(rng.randrange(1, 4))]
            else:
                user["ips"] = [address_in(OFFICE_V4, rng) if rng.random() < 0.5 else random_ipv4(rng)
                               for _ in range(rng.randrange(1, 4))]
            user["last_request"] = None
        self.groups = {g: self.uid(rng) for g in GROUPS}
        self.orbs = {o: self.uid(rng) for o in ORBS}
        # Bursts of context.secrets.accessed, each by one of the least active people.
        self.bursts = []
        if rows >= BURST_MIN_ROWS:
            for n, (share, count, seconds) in enumerate(BURSTS):
                start = int(rows * share)
                self.bursts.append((start, start + count, seconds, world.users[-1 - n]))
        self.burst_start_time = {}

    # ------------------------------------------------------------ time and bursts

    def burst_at(self, i):
        for burst in self.bursts:
            if burst[0] <= i < burst[1]:
                return burst
        return None

    def time(self, i, t, step):
        """The time of row i: inside a burst, squeezed towards the burst's first row."""
        burst = self.burst_at(i)
        if burst is None:
            return t
        start, end, seconds, _ = burst
        t0 = self.burst_start_time.setdefault(start, t)
        factor = min(1.0, seconds / max(step * (end - start), 1e-9))
        return t0 + (t - t0) * factor

    # ------------------------------------------------------------ events

    def apply(self, ev, user, i):
        """Turn the classic event ev (done by user) into the current shape, in place."""
        rng = self.rng
        burst = self.burst_at(i)
        if burst is not None:
            user = burst[3]
            self._secrets_access(ev, user)
        elif rng.random() < UNKNOWN_RATE:
            ev["action"] = rng.choice(UNKNOWN_ACTIONS)
        elif rng.random() < EXTRA_RATE:
            self._extra(ev, user)
        elif ev["action"] in CURRENT_SPELLING and rng.random() >= OLD_SPELLING_RATE:
            ev["action"] = CURRENT_SPELLING[ev["action"]]
        org = user["org"] if ev["actor"]["type"] == "user" else self.orgs[rng.randrange(len(self.orgs))]
        ev["scope"] = dict(org)
        if ev["target"].get("type") == "organization":
            ev["target"] = dict(org)
        ip = ""
        if ev["actor"]["type"] == "user":
            last = user["last_request"]
            if last is not None and rng.random() < SAME_REQUEST_RATE:
                request_id, ip = last
            else:
                request_id = ev["request"]["id"]
                ip = rng.choice(user["ips"]) if rng.random() >= OTHER_IP_RATE else self._other_ip()
            user["last_request"] = (request_id, ip)
            trace = self.uid(rng) if rng.random() < TRACE_RATE else ""
            request = {"id": request_id, "ip_address": ip, "client_trace_id": trace}
            if rng.random() < NO_REQUEST_IP_RATE:
                if rng.random() < 0.8:
                    del request["ip_address"]
                else:
                    request["ip_address"] = ""
            ev["request"] = request
        ev["organization"] = dict(org)
        ev["account"] = dict(self.accounts[org["id"]])
        ev["common_fields"] = {"outcome": "success" if ev["success"] else "failure",
                               "source_ip": ip, "status": "info", "timestamp": ev["occurred_at"]}
        return ev

    def _other_ip(self):
        rng = self.rng
        if rng.random() < 0.3:
            return address_in(ipaddress.ip_network((int(USER_V6.network_address)
                                                    | (rng.getrandbits(32) << 64), 64)), rng)
        return random_ipv4(rng)

    def _secrets_access(self, ev, user):
        rng = self.rng
        ctx = rng.choice(self.contexts)
        project = rng.choice(self.projects)
        ev["action"] = "context.secrets.accessed"
        ev["actor"] = {"id": user["id"], "type": "user", "name": user["login"]}
        ev["target"] = {"id": self.world.contexts[ctx], "type": "context", "name": ctx}
        ev["payload"] = {"job": {"id": self.uid(rng), "name": rng.choice(self.jobs)},
                         "project": {"id": self.world.projects[project],
                                     "slug": f"gh/acme-corp/{project}"},
                         "secrets": rng.sample(self.env_vars, rng.randrange(1, 4))}

    def _extra(self, ev, user):
        rng = self.rng
        name, _, kind = rng.choices(CURRENT_EXTRA, weights=[w for _, w, _ in CURRENT_EXTRA])[0]
        ev["action"] = name
        # Administrative attempts fail more often than jobs (permissions, validation).
        ev["success"] = rng.random() >= EXTRA_FAILURE_RATE
        if kind == "context":
            ctx = rng.choice(self.contexts)
            ev["target"] = {"id": self.world.contexts[ctx], "type": "context", "name": ctx}
            ev["payload"] = {"context_name": ctx}
        elif kind == "project":
            project = rng.choice(self.projects)
            ev["target"] = {"id": self.world.projects[project], "type": "project", "name": project}
            ev["payload"] = {"project": {"slug": f"gh/acme-corp/{project}"}}
            if name.startswith("webhook"):
                ev["payload"]["webhook"] = {"url": f"https://hooks.example.net/{rng.randrange(10**6)}",
                                            "events": ["workflow-completed"]}
        elif kind == "group":
            g = rng.choice(GROUPS)
            ev["target"] = {"id": self.groups[g], "type": "group", "name": g}
        elif kind == "orb":
            o = rng.choice(ORBS)
            ev["target"] = {"id": self.orbs[o], "type": "orb", "name": o}
            ev["payload"] = {"version": f"{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}"}
        elif kind == "user":
            other = rng.choice(self.world.users)
            ev["target"] = {"id": other["id"], "type": "user", "name": other["login"]}
        else:
            ev["target"] = {"type": "organization"}  # apply() puts the event's organisation here


# ---------------------------------------------------------------- the flat shape

CURRENT_COLUMNS = ["action", "actor", "target", "payload", "occurred_at", "metadata",
                   "id", "version", "scope", "success", "request",
                   "organization", "account", "common_fields"]
FLAT_COLUMNS = ["ID", "ACTION", "OCCURRED_AT", "SUCCESS", "VERSION",
                "ACTOR_ID", "ACTOR_TYPE", "ACTOR_NAME",
                "TARGET_ID", "TARGET_TYPE", "TARGET_NAME",
                "SCOPE_ID", "SCOPE_TYPE", "SCOPE_NAME",
                "ORGANIZATION_ID", "ORGANIZATION_NAME", "ACCOUNT_ID",
                "REQUEST_ID", "REQUEST_IP_ADDRESS", "REQUEST_CLIENT_TRACE_ID",
                "COMMON_FIELDS_OUTCOME", "COMMON_FIELDS_SOURCE_IP",
                "COMMON_FIELDS_STATUS", "COMMON_FIELDS_TIMESTAMP",
                "PAYLOAD", "METADATA"]


def flatten(ev):
    """The flat shape of a current-shape event: nested objects spread over upper-case columns."""
    out = {"ID": ev["id"], "ACTION": ev["action"], "OCCURRED_AT": ev["occurred_at"],
           "SUCCESS": ev["success"], "VERSION": ev["version"],
           "PAYLOAD": ev["payload"], "METADATA": ev["metadata"]}
    for col in ("actor", "target", "scope"):
        for k in ("id", "type", "name"):
            out[f"{col.upper()}_{k.upper()}"] = ev[col].get(k, "")
    out["ORGANIZATION_ID"] = ev["organization"]["id"]
    out["ORGANIZATION_NAME"] = ev["organization"]["name"]
    out["ACCOUNT_ID"] = ev["account"]["id"]
    for k in ("id", "ip_address", "client_trace_id"):
        out[f"REQUEST_{k.upper()}"] = ev["request"].get(k, "")
    for k in ("outcome", "source_ip", "status", "timestamp"):
        out[f"COMMON_FIELDS_{k.upper()}"] = ev["common_fields"][k]
    return out
