#!/usr/bin/env python3
"""Times `tandem match solve` against scipy and OR-Tools on the same problems, in one run.

Each oracle is timed end to end like the CLI: reading the JSON, building its model (scipy:
the seat-expanded matrix with one zero "unmatched" column per mentee; OR-Tools: a min-cost
flow network) and solving. Objectives must agree exactly, or the run fails.

    bench/.venv/bin/python bench/run.py [--instances bench/data/dense-5000x1500.json ...]

Uses TANDEM_BIN, or .build-release/release/tandem. Writes bench/RESULTS.md.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load(path):
    with open(path) as f:
        doc = json.load(f)
    caps = np.array([m["capacity"] for m in doc["mentors"]], dtype=np.int64)
    scores = np.nan_to_num(np.array(doc["scores"], dtype=np.float64), nan=-1).astype(np.int64)
    return scores, caps


def weights(scores, objective):
    """The same lexicographic costs the solver uses: see PairCost.swift."""
    n = max(scores.shape[0], 1)
    if objective == "coverage":
        return np.where(scores >= 0, scores + 100 * n + 1, 0)
    return np.where(scores >= 0, scores * (n + 1) + 1, 0)


def scipy_solve(path, objective):
    from scipy.optimize import linear_sum_assignment
    start = time.perf_counter()
    scores, caps = load(path)
    n = scores.shape[0]
    seats = np.repeat(np.arange(len(caps)), caps)
    gain = weights(scores, objective)[:, seats].astype(np.float64)
    allowed = scores[:, seats] >= 0
    gain[~allowed] = -1e18  # never chosen: the zero "unmatched" column is always better
    matrix = np.hstack([gain, np.zeros((n, n))])
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    real = (cols < len(seats)) & allowed[rows, np.minimum(cols, len(seats) - 1)]
    total = int(scores[rows[real], seats[cols[real]]].sum())
    return total, int(real.sum()), time.perf_counter() - start


def ortools_solve(path, objective):
    from ortools.graph.python import min_cost_flow
    start = time.perf_counter()
    scores, caps = load(path)
    n, m = scores.shape
    source, sink = n + m, n + m + 1
    flow = min_cost_flow.SimpleMinCostFlow()
    mentee, mentor = np.nonzero(scores >= 0)
    cost = -weights(scores, objective)[mentee, mentor]
    tails = np.concatenate([np.full(n, source), mentee, np.arange(n), n + np.arange(m)])
    heads = np.concatenate([np.arange(n), n + mentor, np.full(n, sink), np.full(m, sink)])
    capacity = np.concatenate([np.ones(n), np.ones(len(mentee)), np.ones(n), caps]).astype(np.int64)
    unit = np.concatenate([np.zeros(n), cost, np.zeros(n), np.zeros(m)]).astype(np.int64)
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, capacity, unit)
    flow.set_node_supply(source, n)
    flow.set_node_supply(sink, -n)
    if flow.solve() != flow.OPTIMAL:
        raise SystemExit("OR-Tools did not find an optimum")
    used = flow.flows(np.arange(n, n + len(mentee))) > 0  # arcs n .. n+pairs are the pairs
    total = int(scores[mentee[used], mentor[used]].sum())
    return total, int(used.sum()), time.perf_counter() - start


def tandem_solve(binary, path, objective):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        start = time.perf_counter()
        subprocess.run([binary, "match", "solve", "--input", path, "--objective", objective, "--output", out.name], check=True)
        elapsed = time.perf_counter() - start
        result = json.load(open(out.name))
    return result["total_score"], result["matched"], elapsed


def machine():
    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    date = subprocess.run(["date"], capture_output=True, text=True).stdout.strip()
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return date, "%s cores, %s" % (cores, cpu)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--instances", nargs="*", default=sorted(glob.glob(os.path.join(HERE, "data", "dense-*.json"))))
    parser.add_argument("--scipy-max-mentees", type=int, default=6000,
                        help="skip scipy above this size (its dense seat matrix needs n x (seats+n) doubles)")
    args = parser.parse_args()
    binary = os.environ.get("TANDEM_BIN", os.path.join(ROOT, ".build-release", "release", "tandem"))
    rows = []
    failed = False
    for path in args.instances:
        name = os.path.basename(path).replace(".json", "").replace("dense-", "")
        n = len(json.load(open(path))["mentees"])
        for objective in ["score", "coverage"]:
            t_total, t_matched, t_time = tandem_solve(binary, path, objective)
            o_total, o_matched, o_time = ortools_solve(path, objective)
            s_time = None
            if objective == "score" and n <= args.scipy_max_mentees:
                s_total, s_matched, s_time = scipy_solve(path, objective)
                failed |= (s_total, s_matched) != (t_total, t_matched)
            failed |= (o_total, o_matched) != (t_total, t_matched)
            same = "yes" if (o_total, o_matched) == (t_total, t_matched) else "**NO**"
            rows.append((name, objective, t_total, t_matched, same, t_time, s_time, o_time))
            print(rows[-1], flush=True)
        _, st_matched, st_time = tandem_solve(binary, path, "stable")
        rows.append((name, "stable", _, st_matched, "n/a", st_time, None, None))
        print(rows[-1], flush=True)
    date, where = machine()
    load = "%.1f, %.1f, %.1f" % os.getloadavg()
    fmt = lambda t: "–" if t is None else "%.2f s" % t
    ratio = lambda a, b: "–" if b is None else "%.2f×" % (a / b)
    table = ["| instance | objective | total score | matched | equal to oracles | tandem | scipy | tandem/scipy | OR-Tools | tandem/OR-Tools |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for name, objective, total, matched, same, t, s, o in rows:
        table.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            name, objective, total, matched, same, fmt(t), fmt(s), ratio(t, s), fmt(o), ratio(t, o)))
    text = "\n".join(table)
    print(text)
    with open(os.path.join(HERE, "RESULTS.md"), "w") as out:
        out.write("# Matching benchmark\n\nRun: %s  \nMachine: %s  \nLoad average at the end (1, 5, 15 min): %s  \n"
                  "Binary: `%s`  \nCommand: `bench/.venv/bin/python bench/run.py`\n\n" % (date, where, load, os.path.relpath(binary, ROOT)))
        out.write("Times are wall-clock per process and include reading and parsing the JSON. scipy runs "
                  "`linear_sum_assignment` on the seat-expanded matrix plus one zero column per mentee (unmatched); "
                  "OR-Tools runs `SimpleMinCostFlow`. Both oracles use the same lexicographic weights as Tandem "
                  "(PairCost.swift), so total score and matched count must be equal.\n\n")
        out.write(text + "\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
