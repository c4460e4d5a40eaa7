#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

"""Checks scripts/gen_audit.py and the fixtures of today's export shapes.

  1. `--shape classic` (the default) writes, for the same arguments, exactly the bytes it wrote
     before the other shapes existed (SHA-256 of outputs recorded then).
  2. For the current and flat shapes in CSV, JSON Lines and JSON array, with duplicates,
     conflicting copies, several organisations and a shuffled or upper-case header, the
     manifest agrees with what exportreader.py reads back from the file: records per action
     (as written, normalised, per family), per IP address and network, per organisation and
     request, the time span, the per-record truth (--truth), and the hits of the five fixed
     findings rules computed again by brute force. The current and flat files of one seed hold
     the same events.
  3. The hand-made fixtures tests/data/current*.csv and current.jsonl hold what
     tests/data/README.md says, read both by exportreader.py and through scripts/audit_truth.py.
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
sys.path.insert(0, str(ROOT / "scripts"))
import exportreader  # noqa: E402
from checklist import Checklist  # noqa: E402
from audit_truth import Truth  # noqa: E402

GENERATOR = ROOT / "scripts" / "gen_audit.py"
DATA = ROOT / "tests" / "data"

# Outputs of the generator before the shapes existed: arguments -> SHA-256 of OUT.
CLASSIC = {
    "--rows 2000 --seed 1": "012ba140ee99c957cb1abc36f1b7a0e4715192b5e5d5bacb39e4a49b63827fb6",
    "--rows 2000 --seed 7 --bad 12 --dup-rate 0.05 --conflict-rate 0.01":
        "1c1c6a85e32c307d0b2b307a128bfddf79e355db89b8577e83e865d8a392e626",
    "--rows 1500 --seed 3 --header upper --crlf --bom --multiline-rate 0.05":
        "20856a943d5d45a43462843efa447f719ccdc6592a7c435e3c7a89a703104740",
    "--rows 1500 --seed 4 --header shuffled --extra-column region --bad 9":
        "8a469e5a30b5d76af544723139f16fa72d22873d824b79817aec6792d87f02b7",
    "--rows 1000 --seed 5 --format jsonl --bad 8":
        "dff37c427923077b3f3054e8885612eb376c07959f16d8f1e7286d8f29a865ef",
    "--rows 1000 --seed 6 --format json-array --header upper":
        "2ac3ac5bfb2e5c5c60b71bdc0653cf9681424f12534e98b0d54fe6fada367f48",
    "--rows 1000 --seed 8 --format json-items --extra-column region --crlf":
        "9b4ed33c3d61bfa7eb5e140750ff61c168d5f792b31f14360dcba1a8c5c74cad",
    "--rows 0 --seed 2": "b3410fb6e81a05b6550a125df4b338ffea5ce9a1df663aedcd9fa41fc7756359",
    "--rows 3000 --seed 11 --days 3":
        "a3583b4ef720b0c34f20a55e103b6ec5d52dc8933698c2c311a55d2bf7d3ca3d",
}

checks = Checklist()
check = checks.check


def generate(out, *args):
    manifest, truth = f"{out}.manifest.json", f"{out}.truth.jsonl"
    subprocess.run([sys.executable, str(GENERATOR), str(out), *args, "--manifest", manifest,
                    "--truth", truth], check=True)
    with open(manifest, encoding="utf-8") as m, open(truth, encoding="utf-8") as t:
        return json.load(m), [json.loads(line) for line in t]


def check_classic(tmp):
    for args, digest in CLASSIC.items():
        out = Path(tmp) / "classic.out"
        subprocess.run([sys.executable, str(GENERATOR), str(out), *args.split()], check=True,
                       stdout=subprocess.DEVNULL)
        check(hashlib.sha256(out.read_bytes()).hexdigest() == digest,
              f"classic shape changed: gen_audit.py OUT {args}")


def normalised(actions):
    out = {}
    for a, n in actions.items():
        out[a.replace("-", ".")] = out.get(a.replace("-", "."), 0) + n
    return out


def check_manifest(name, events, m, truth_lines):
    got = exportreader.counts(events)
    check(m["good_records"] == len(events) == m["records"], f"{name}: record count")
    check(got["actions"] == m["actions"], f"{name}: actions differ")
    check(normalised(got["actions"]) == m["actions_normalised"], f"{name}: normalised actions")
    for family, n in m["action_families"].items():
        check(n == sum(1 for e in events if e.action.replace("-", ".").startswith(family + ".")),
              f"{name}: family {family}.*")
    check(got["ips"] == m["ips"], f"{name}: IP counts differ")
    check(got["ip_from"] == m["ip_from"], f"{name}: where the IPs come from differs")
    for network, n in m["cidrs"].items():
        check(exportreader.in_network(events, network) == n, f"{name}: network {network}")
    orgs = {(o["id"], o["name"]): o["records"] for o in m["organizations"]}
    check(got["organizations"] == orgs, f"{name}: organisations differ")
    check(m["requests"]["distinct"] == len(got["requests"]), f"{name}: distinct requests")
    check(m["requests"]["with_several_events"] == sum(1 for n in got["requests"].values() if n > 1),
          f"{name}: requests with several events")
    for request, n in m["requests"]["sample"].items():
        check(got["requests"].get(request) == n, f"{name}: request {request}")
    check(m["distinct_records"] == len(exportreader.collapse(events)), f"{name}: distinct records")
    times = sorted(e.ns for e in events)
    check(exportreader.nanoseconds(m["first"]) == times[0] and
          exportreader.nanoseconds(m["last"]) == times[-1], f"{name}: first/last")
    check(len(truth_lines) == len(events), f"{name}: --truth has one line per record")
    for e, t in zip(events, truth_lines):
        if not check((t["line"], t["id"], t["action"], t["ip"], t["ip_from"], t["request_id"],
                      t["organization_id"], t["success"])
                     == (e.line, e.id, e.action, e.ip, e.ip_from, e.request_id, e.org_id, e.success),
                     f"{name}: --truth differs from the file at line {e.line}"):
            break
    check(m["events_sample"] == truth_lines[:len(m["events_sample"])], f"{name}: events_sample")
    brute = exportreader.findings(events)
    for rule, lines in brute.items():
        f = m["findings"][rule]
        check(f["hits"] == len(lines) and f.get("lines", lines) == lines,
              f"{name}: {rule}: manifest {f['hits']} hits, brute force {len(lines)}")


def check_shapes(tmp):
    runs = {}
    for shape in ("current", "flat"):
        for fmt, ext, header in (("csv", "csv", "shuffled"), ("jsonl", "jsonl", "plain"),
                                 ("json-array", "json", "upper")):
            out = Path(tmp) / f"{shape}.{ext}"
            m, truth = generate(out, "--rows", "2000", "--seed", "4", "--shape", shape,
                                "--format", fmt, "--header", header, "--orgs", "2",
                                "--dup-rate", "0.03", "--conflict-rate", "0.01",
                                "--multiline-rate", "0.01")
            events = exportreader.read(out)
            check_manifest(f"{shape} {fmt}", events, m, truth)
            runs[(shape, fmt)] = (m, truth)
    m, _ = runs[("current", "csv")]
    check(m["findings"]["secrets-access-burst"]["hits"] >= 21, "current: the burst is missing")
    check(m["findings"]["new-ip-for-actor"]["hits"] > 0, "current: no new IP for any actor")
    check(m["ip_from"]["common_fields"] > 0 and m["ip_from"]["none"] > 0,
          "current: no event takes its IP from common_fields, or none lacks one")
    check(m["cidrs"]["::/0"] > 0 and m["cidrs"]["0.0.0.0/0"] > 0, "current: IPv4 and IPv6 both")
    check(len(m["organizations"]) == 2, "current: two organisations")
    check(m["requests"]["with_several_events"] > 0, "current: no request with several events")
    both = [a for a in m["actions_normalised"]
            if sum(1 for w in m["actions"] if w.replace("-", ".") == a) > 1]
    check("workflow.job.start" in both, "current: workflow-job-start in both spellings")
    for fmt in ("csv", "jsonl", "json-array"):
        strip = [{k: v for k, v in t.items() if k != "line"} for t in runs[("current", fmt)][1]]
        flat = [{k: v for k, v in t.items() if k != "line"} for t in runs[("flat", fmt)][1]]
        check(strip == flat, f"{fmt}: the current and flat shapes hold different events")
    # The classic shape of the same seed: no IP, no organisation; findings that need none.
    m, truth = generate(Path(tmp) / "classic.csv", "--rows", "2000", "--seed", "4")
    events = exportreader.read(Path(tmp) / "classic.csv")
    check_manifest("classic csv", events, m, truth)
    check(m["ips"] == {} and m["organizations"] == [] and
          m["findings"]["new-ip-for-actor"]["hits"] == 0, "classic: has IPs or organisations")


# What tests/data/README.md states of the current-shape fixtures.
FIXTURE_FINDINGS = {"secrets-access-off-hours": [4, 6, 15], "secrets-access-burst": [],
                    "new-ip-for-actor": [6, 9, 11, 15], "failed-sensitive-action": [8],
                    "audit-log-pulled": [14]}
FIXTURE_IPS = {"203.0.113.24": 3, "198.51.100.7": 2, "2001:db8:10:20::5": 2,
               "2001:DB8:10:20:0:0:0:5": 1, "2001:db8:10:20::6": 1, "192.0.2.55": 1,
               "192.0.2.56": 1, "10.1.2.3": 1, "10.1.2.4": 1}
FIXTURE_NETWORKS = {"203.0.113.0/24": 3, "192.0.2.0/24": 2, "10.0.0.0/8": 2, "0.0.0.0/0": 9,
                    "2001:db8::/32": 4, "2001:db8:10:20::/64": 4, "::/0": 4}


def check_fixtures():
    import audit_truth
    for name in ("current.csv", "current_flat.csv", "current.jsonl", "current_classic.csv"):
        classic = name == "current_classic.csv"
        events = exportreader.read(DATA / name)
        check(len(events) == 14, f"{name}: 14 events")
        got = exportreader.counts(events)
        norm = normalised(got["actions"])
        check(norm["workflow.job.start"] == 2 and norm["role_grant.update"] == 2 and
              norm["schedule.create"] == 2 and norm["context.secrets.accessed"] == 4,
              f"{name}: actions in both spellings")
        # The README gives CSV lines; JSON Lines has no header line.
        shift = 1 if name.endswith(".jsonl") else 0
        want = {rule: [line - shift for line in lines] for rule, lines in FIXTURE_FINDINGS.items()}
        if classic:
            want["new-ip-for-actor"] = []
        check(exportreader.findings(events) == want, f"{name}: findings (brute force)")
        truth = Truth()
        for e in events:
            facts = (e.action, e.success, e.occurred_at, e.actor_id, e.ip, e.ip_from,
                     e.request_id, e.org_id, e.org_name, e.id)
            truth.add(facts, e.line, "original")
        found = {rule: f["lines"] for rule, f in truth.findings().items()}
        check(found == want, f"{name}: findings (scripts/audit_truth.py) {found}")
        if classic:
            check(got["ips"] == {} and got["organizations"] == {}, f"{name}: no IP, no organisation")
            continue
        check(got["ips"] == FIXTURE_IPS, f"{name}: IPs {got['ips']}")
        check(got["ip_from"] == {"request": 12, "common_fields": 1, "none": 1}, f"{name}: IP sources")
        for network, n in FIXTURE_NETWORKS.items():
            check(exportreader.in_network(events, network) == n, f"{name}: network {network}")
        check(sorted(got["organizations"].values()) == [2, 12], f"{name}: organisations")
        check(sorted(got["requests"].values()) == [1] * 12 + [2], f"{name}: requests")
        check(audit_truth.normalise("role_grant-update") == "role_grant.update", "normalise")
    check((DATA / "circleci_connectivity_test_1767571200").stat().st_size == 0,
          "the connectivity-test object must be empty")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        check_classic(tmp)
        check_shapes(tmp)
    check_fixtures()
    return checks.finish("generator and fixtures agree with their manifests")


if __name__ == "__main__":
    sys.exit(main())
