#!/usr/bin/env python3
"""Check, independently of the solver, that a solve-peers result is optimal, using the dual
certificate written by `solve-peers --certificate` (see docs/peer-matching.md).

It rebuilds the engine graph from the input (scores, plus 100*(people//2)+1 per pair for
coverage; zero-score pairs dropped for score; pinned people left out), then checks LP duality
for maximum-weight matching on EVERY allowed pair: duals non-negative, every pair feasible
(d_i + d_j + 2*sum z over blossoms holding both >= 2*w*scale), matched pairs tight, single people
at dual 0, blossoms with z > 0 full, and the dual objective equal to the matching's weight.
Usage: check_certificate.py INPUT OBJECTIVE RESULT CERTIFICATE. Prints one JSON line."""
import json
import sys


def main():
    problem_path, objective, result_path, cert_path = sys.argv[1:5]
    problem = json.load(open(problem_path))
    result = json.load(open(result_path))
    cert = json.load(open(cert_path))
    ids = [p["id"] for p in problem["people"]]
    index = {x: i for i, x in enumerate(ids)}
    n = len(ids)
    pinned = set()
    for p in result["pairs"]:
        if p.get("pinned"):
            pinned.update((index[p["a"]], index[p["b"]]))
    forbidden = {frozenset((index[f["a"]], index[f["b"]])) for f in problem.get("forbids", [])}
    bonus = 100 * (n // 2) + 1 if objective == "coverage" else 0
    scale = cert["scale"]
    dual = [cert["duals"][x] for x in ids]
    blossoms = [(b["z"], [index[m] for m in b["members"]]) for b in cert["blossoms"]]
    member_of = [[] for _ in range(n)]
    for k, (z, members) in enumerate(blossoms):
        for v in members:
            member_of[v].append(k)
    problems = []
    if any(d < 0 for d in dual) or any(z <= 0 for z, _ in blossoms):
        problems.append("negative dual")

    def extra(i, j):
        if not member_of[i] or not member_of[j]:
            return 0
        return 2 * sum(blossoms[k][0] for k in set(member_of[i]).intersection(member_of[j]))

    weight = {}
    for e in problem["edges"]:
        i, j, w = index[e["a"]], index[e["b"]], e["score"]
        key = (min(i, j), max(i, j))
        if i in pinned or j in pinned or frozenset(key) in forbidden or (objective == "score" and w == 0):
            continue
        weight[key] = w + bonus
    violated = 0
    for (i, j), w in weight.items():
        s = dual[i] + dual[j] - 2 * w * scale
        if s < 0 and s + extra(i, j) < 0:
            violated += 1
    if violated:
        problems.append("%d infeasible pairs" % violated)
    mate = [-1] * n
    total = 0
    for p in result["pairs"]:
        if p.get("pinned"):
            continue
        i, j = index[p["a"]], index[p["b"]]
        key = (min(i, j), max(i, j))
        if key not in weight:
            problems.append("pair %s-%s is not an engine edge" % (p["a"], p["b"]))
            continue
        mate[i], mate[j] = j, i
        total += weight[key]
        if dual[i] + dual[j] + extra(i, j) != 2 * weight[key] * scale:
            problems.append("pair %s-%s is not tight" % (p["a"], p["b"]))
    for v in range(n):
        if v not in pinned and mate[v] == -1 and dual[v] != 0:
            problems.append("single %s has dual %d" % (ids[v], dual[v]))
    for z, members in blossoms:
        inside = set(members)
        matched = sum(1 for v in members if mate[v] in inside) // 2
        if matched != (len(members) - 1) // 2:
            problems.append("blossom of %d is not full" % len(members))
    dual_objective = sum(d for v, d in enumerate(dual) if v not in pinned) + sum(z * (len(m) - 1) for z, m in blossoms)
    if dual_objective != 2 * scale * total:
        problems.append("dual objective %d != 2*scale*weight %d" % (dual_objective, 2 * scale * total))
    print(json.dumps({"proved": not problems, "engine_weight": total, "pairs_checked": len(weight),
                      "problems": problems[:10]}))
    sys.exit(0 if not problems else 1)


if __name__ == "__main__":
    main()
