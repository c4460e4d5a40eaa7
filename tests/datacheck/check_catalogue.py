#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""Checks the shipped action catalogue and findings rules (resources/catalogue/).

  - both files are in the strict YAML subset their headers describe (and, where PyYAML is
    installed, read the same by it);
  - every action CircleCI's current documentation lists, and every older spelling, is in the
    catalogue; every entry has a meaning, a valid category and sensitivity; no two entries
    share a name or alias with '-' and '.' as one separator;
  - every rule has an id, title, severity, known kind, the parameters of its kind, and an
    explanation; every action a rule names is in the catalogue;
  - the five fixed rules are exactly as the findings issue defines them, and as the
    generator's ground truth (scripts/audit_truth.py) evaluates them;
  - the generator writes only actions the catalogue knows, except the deliberately unknown
    ones its manifest lists, and writes every documented action.
Standard library only. Run by CTest; exits non-zero with a list of what is wrong.
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts"))
import audit_truth  # noqa: E402
import strictyaml  # noqa: E402
from checklist import Checklist  # noqa: E402

CATALOGUE = ROOT / "resources" / "catalogue" / "circleci-actions.yaml"
RULES = ROOT / "resources" / "catalogue" / "circleci-rules.yaml"
DOCUMENTED = ROOT / "tests" / "data" / "circleci-documented-actions.txt"
DOCUMENTED_OLDER = ROOT / "tests" / "data" / "circleci-documented-actions-older.txt"

CATEGORIES = {"secrets", "keys and tokens", "access control", "integrations", "supply chain",
              "org administration", "pipeline activity", "authentication", "audit"}
LEVELS = {"high", "medium", "low"}
ACTION_NAME = re.compile(r"[a-z0-9_]+([.-][a-z0-9_]+)*$")
RULE_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*$")
FIELDS = {"action", "actor.id", "actor.type", "actor.name", "target.id", "target.type",
          "target.name", "scope.id", "scope.name", "organization.id", "organization.name", "ip",
          "request.id"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
CONCERNS = {"invisible", "bidi-control", "control", "mixed-scripts"}
COMMON = {"actions", "success"}
# kind -> {parameter: checker}; a checker returns an error text or None.
KINDS = {
    "action-set": {"actions", "success"},
    "off-hours": COMMON | {"days", "start", "end", "time_zone"},
    "burst": COMMON | {"group_by", "more_than", "span_seconds"},
    "first-seen-pair": COMMON | {"key", "value", "min_earlier"},
    "unknown-action": {"ignore"},
    "lookalike-name": {"fields", "concerns"},
}
REQUIRED = {"action-set": {"actions"}, "off-hours": {"actions", "days", "start", "end"},
            "burst": {"actions", "group_by", "more_than", "span_seconds"},
            "first-seen-pair": {"key", "value"}, "unknown-action": set(),
            "lookalike-name": {"fields"}}

# The fixed rules, as the findings issue defines them (names in either spelling).
FIXED = {
    "secrets-access-off-hours": ("off-hours", {
        "actions": ["context.secrets.accessed"], "days": DAYS[:5], "start": "07:00",
        "end": "19:00", "time_zone": "UTC"}),
    "secrets-access-burst": ("burst", {
        "actions": ["context.secrets.accessed"], "group_by": "actor.id", "more_than": "20",
        "span_seconds": "600"}),
    "new-ip-for-actor": ("first-seen-pair", {
        "actions": [], "key": "actor.id", "value": "ip", "min_earlier": "1"}),
    "failed-sensitive-action": ("action-set", {
        "actions": audit_truth.FAILED_SENSITIVE_ACTIONS, "success": "false"}),
    "audit-log-pulled": ("action-set", {
        "actions": ["audit_log.requested", "audit_log.download_url.generated"]}),
}
# The further rules the findings issues ask for (ids chosen here; tests may rely on them).
FURTHER = ["secret-inventory-changed", "key-material-changed", "guardrail-removed",
           "permissions-changed", "webhook-or-trigger-created", "orb-release-promoted",
           "org-or-project-destroyed", "first-seen-context-reader", "unknown-action",
           "lookalike-name"]

checks = Checklist()
fail = checks.fail


def normalise(name):
    return audit_truth.normalise(name)


def read_list(path):
    names = [line for line in path.read_text(encoding="utf-8").split("\n") if line]
    if len(set(names)) != len(names):
        fail(f"{path.name}: a name is listed twice")
    return names


def same_as_pyyaml(path, doc):
    try:
        import yaml
    except ImportError:
        return

    def strings(x):
        if isinstance(x, dict):
            return {k: strings(v) for k, v in x.items()}
        if isinstance(x, list):
            return [strings(v) for v in x]
        if isinstance(x, bool):
            return "true" if x else "false"
        return str(x)
    if strings(yaml.safe_load(path.read_text(encoding="utf-8"))) != doc:
        fail(f"{path.name}: PyYAML reads it differently from the strict parser")


def check_catalogue():
    doc = strictyaml.load(CATALOGUE)
    same_as_pyyaml(CATALOGUE, doc)
    if doc.get("version") != "1" or set(doc) != {"version", "actions"}:
        fail("catalogue: expected exactly the keys version (1) and actions")
    known = {}  # normalised spelling -> entry name
    written = set()
    for entry in doc.get("actions", []):
        name = entry.get("name", "?")
        where = f"catalogue entry {name}"
        if not isinstance(entry, dict):
            fail(f"{where}: not a mapping")
            continue
        extra = set(entry) - {"name", "aliases", "meaning", "category", "sensitivity"}
        missing = {"name", "meaning", "category", "sensitivity"} - set(entry)
        if extra or missing:
            fail(f"{where}: unknown keys {sorted(extra)} / missing keys {sorted(missing)}")
        if entry.get("category") not in CATEGORIES:
            fail(f"{where}: category {entry.get('category')!r} is not one of {sorted(CATEGORIES)}")
        if entry.get("sensitivity") not in LEVELS:
            fail(f"{where}: sensitivity {entry.get('sensitivity')!r} is not high, medium or low")
        meaning = entry.get("meaning", "")
        if not isinstance(meaning, str) or not meaning.endswith(".") or not 10 <= len(meaning) <= 240:
            fail(f"{where}: the meaning must be one sentence of 10 to 240 characters")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list):
            fail(f"{where}: aliases must be a list")
            aliases = []
        for spelling in [name] + aliases:
            if not isinstance(spelling, str) or not ACTION_NAME.match(spelling):
                fail(f"{where}: {spelling!r} is not an action name")
                continue
            key = normalise(spelling)
            if known.get(key, name) != name:
                fail(f"{where}: {spelling} is also {known[key]} ('-' and '.' as one separator)")
            known[key] = name
            written.add(spelling)
    for path in (DOCUMENTED, DOCUMENTED_OLDER):
        for action in read_list(path):
            if action not in written:
                fail(f"catalogue: {action} ({path.name}) is neither a name nor an alias")
    return known


def check_parameter(where, kind, key, value, known):
    def actions(names):
        if not isinstance(names, list):
            return fail(f"{where}: {key} must be a list")
        for n in names:
            if normalise(n) not in known:
                fail(f"{where}: the action {n} is not in the catalogue")
    if key in ("actions", "ignore"):
        actions(value)
    elif key == "success" and value not in ("any", "true", "false"):
        fail(f"{where}: success must be any, true or false")
    elif key == "days" and (not isinstance(value, list) or not value
                            or any(d not in DAYS for d in value) or len(set(value)) != len(value)):
        fail(f"{where}: days must be a list of distinct {DAYS}")
    elif key in ("start", "end") and not re.match(r"([01]\d|2[0-3]):[0-5]\d$", str(value)):
        fail(f"{where}: {key} must be HH:MM")
    elif key == "time_zone" and not re.match(r"(UTC|[A-Za-z_]+(/[A-Za-z_+-]+)+)$", str(value)):
        fail(f"{where}: time_zone must be UTC or an IANA name")
    elif key in ("group_by", "key", "value") and value not in FIELDS:
        fail(f"{where}: {key} must be one of {sorted(FIELDS)}")
    elif key in ("more_than", "span_seconds", "min_earlier") and not re.match(r"\d+$", str(value)):
        fail(f"{where}: {key} must be a whole number")
    elif key == "fields" and (not isinstance(value, list) or any(f not in FIELDS for f in value)):
        fail(f"{where}: fields must be a list of {sorted(FIELDS)}")
    elif key == "concerns" and (not isinstance(value, list) or any(c not in CONCERNS for c in value)):
        fail(f"{where}: concerns must be a list of {sorted(CONCERNS)}")


def check_rules(known):
    doc = strictyaml.load(RULES)
    same_as_pyyaml(RULES, doc)
    if doc.get("version") != "1" or set(doc) != {"version", "rules"}:
        fail("rules: expected exactly the keys version (1) and rules")
    rules = {}
    for rule in doc.get("rules", []):
        rid = rule.get("id", "?")
        where = f"rule {rid}"
        if not RULE_ID.match(rid) or rid in rules:
            fail(f"{where}: the id must be unique lower-case words joined by '-'")
        rules[rid] = rule
        extra = set(rule) - {"id", "title", "severity", "kind", "enabled", "parameters", "explanation"}
        missing = {"id", "title", "severity", "kind", "parameters", "explanation"} - set(rule)
        if extra or missing:
            fail(f"{where}: unknown keys {sorted(extra)} / missing keys {sorted(missing)}")
        if rule.get("severity") not in LEVELS:
            fail(f"{where}: severity must be high, medium or low")
        if rule.get("enabled", "true") not in ("true", "false"):
            fail(f"{where}: enabled must be true or false")
        if len(rule.get("title", "")) < 5 or len(rule.get("explanation", "")) < 80:
            fail(f"{where}: the title or the explanation is missing or too short")
        kind = rule.get("kind")
        if kind not in KINDS:
            fail(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
            continue
        params = rule.get("parameters", {})
        if not isinstance(params, dict):
            fail(f"{where}: parameters must be a mapping")
            continue
        if set(params) - KINDS[kind] or REQUIRED[kind] - set(params):
            fail(f"{where}: parameters {sorted(params)}; {kind} takes {sorted(KINDS[kind])} "
                 f"and needs {sorted(REQUIRED[kind])}")
        for key, value in params.items():
            check_parameter(where, kind, key, value, known)
    for rid, (kind, params) in FIXED.items():
        rule = rules.get(rid)
        if rule is None:
            fail(f"the fixed rule {rid} is missing")
            continue
        got = dict(rule.get("parameters", {}))
        if got.get("success") == "any":
            del got["success"]
        got_actions = sorted(normalise(a) for a in got.pop("actions", []))
        want = dict(params)
        want_actions = sorted(normalise(a) for a in want.pop("actions"))
        if rule.get("kind") != kind or got != want or got_actions != want_actions:
            fail(f"the fixed rule {rid} differs from its definition: {kind} {params}")
        if rule.get("enabled", "true") != "true":
            fail(f"the fixed rule {rid} must be enabled by default")
    for rid in FURTHER:
        if rid not in rules:
            fail(f"the rule {rid} is missing")
    # The generator's ground truth evaluates the fixed rules with the same definitions.
    pulled = {normalise(a) for a in FIXED["audit-log-pulled"][1]["actions"]}
    if set(audit_truth.AUDIT_LOG_PULLED) != pulled:
        fail("scripts/audit_truth.py evaluates audit-log-pulled with other actions")
    if (audit_truth.BURST != {"more_than": 20, "span_ns": 600 * 10**9}
            or audit_truth.OFF_HOURS != {"days": {0, 1, 2, 3, 4}, "start_ns": 7 * 3600 * 10**9,
                                         "end_ns": 19 * 3600 * 10**9}):
        fail("scripts/audit_truth.py evaluates the burst or off-hours rule with other parameters")


def check_generator(known):
    documented = read_list(DOCUMENTED)
    with tempfile.TemporaryDirectory() as tmp:
        for shape, rows in (("classic", 3000), ("current", 10000)):
            out, manifest = Path(tmp) / f"{shape}.csv", Path(tmp) / f"{shape}.json"
            subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_audit.py"), str(out),
                            "--rows", str(rows), "--seed", "3", "--shape", shape,
                            "--manifest", str(manifest)], check=True)
            m = json.loads(manifest.read_text(encoding="utf-8"))
            unknown = set(m["unknown_actions"])
            for action in m["actions"]:
                if action in unknown:
                    if normalise(action) in known:
                        fail(f"generator: {action} is meant to be unknown but the catalogue knows it")
                elif normalise(action) not in known:
                    fail(f"generator ({shape}): writes {action}, which the catalogue does not know")
            if shape == "current":
                if not unknown:
                    fail("generator: the current shape wrote no deliberately unknown action")
                for action in documented:
                    if action not in m["actions"]:
                        fail(f"generator: the current shape never writes the documented {action}")


def main():
    known = check_catalogue()
    check_rules(known)
    check_generator(known)
    return checks.finish("catalogue, rules and generator agree")


if __name__ == "__main__":
    sys.exit(main())
