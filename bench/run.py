#!/usr/bin/env python3
"""Times `tandem match solve` against scipy and OR-Tools on the same problems, in one run.

Each oracle is timed end to end like the CLI: reading the JSON, building its model (scipy:
the seat-expanded matrix with one zero "unmatched" column per mentee; OR-Tools: a min-cost
flow network) and solving. Objectives must agree exactly, or the run fails.

    bench/.venv/bin/python bench/run.py [--instances bench/data/dense-5000x1500.json ...]
    bench/.venv/bin/python bench/run.py --generator realistic   # bench/generate_realistic.py's files

The oracles run up to --oracle-max-mentees (the 20000x6000 instances are Tandem only).

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
    if "edges" in doc:  # the sparse form: pairs not listed are forbidden
        mentee = {p["id"]: i for i, p in enumerate(doc["mentees"])}
        mentor = {p["id"]: j for j, p in enumerate(doc["mentors"])}
        scores = np.full((len(mentee), len(mentor)), -1, dtype=np.int64)
        for e in doc["edges"]:
            scores[mentee[e["mentee"]], mentor[e["mentor"]]] = e["score"]
        return scores, caps
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
    """Total, matched, wall seconds and peak resident memory (MB) of one `tandem match solve`."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        start = time.perf_counter()
        child = subprocess.Popen([binary, "match", "solve", "--input", path, "--objective", objective, "--output", out.name])
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        if status != 0:
            raise SystemExit("tandem failed on %s" % path)
        result = json.load(open(out.name))
    return result["total_score"], result["matched"], elapsed, usage.ru_maxrss / 1024


def count_mentees(path):
    """The mentee count, without loading a 370 MB matrix: the list comes before the scores."""
    with open(path, "rb") as f:
        head = f.read(4 << 20).decode(errors="ignore")
    start = head.index('"mentees":[')
    return head[start:head.index("]", start)].count('"id"')


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
    parser.add_argument("--generator", choices=["generate", "realistic"], default="generate",
                        help="which generator's files to run by default: generate.py (dense-*) or generate_realistic.py (realistic-*)")
    parser.add_argument("--instances", nargs="*")
    parser.add_argument("--scipy-max-mentees", type=int, default=6000,
                        help="skip scipy above this size (its dense seat matrix needs n x (seats+n) doubles)")
    parser.add_argument("--oracle-max-mentees", type=int, default=10000,
                        help="skip both oracles above this size (Tandem alone at 20000x6000)")
    parser.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"), help="where to write the table")
    args = parser.parse_args()
    if args.instances is None:
        pattern = "dense-*.json" if args.generator == "generate" else "realistic-*.json"
        args.instances = sorted(glob.glob(os.path.join(HERE, "data", pattern)), key=lambda p: (os.path.getsize(p), p))
    binary = os.environ.get("TANDEM_BIN", os.path.join(ROOT, ".build-release", "release", "tandem"))
    rows = []
    failed = False
    for path in args.instances:
        name = os.path.basename(path).replace(".json", "").replace("dense-", "")
        n = count_mentees(path)
        oracles = n <= args.oracle_max_mentees
        for objective in ["score", "coverage"]:
            t_total, t_matched, t_time, t_mb = tandem_solve(binary, path, objective)
            o_time = s_time = None
            same = "not run"
            if oracles:
                o_total, o_matched, o_time = ortools_solve(path, objective)
                if objective == "score" and n <= args.scipy_max_mentees:
                    s_total, s_matched, s_time = scipy_solve(path, objective)
                    failed |= (s_total, s_matched) != (t_total, t_matched)
                failed |= (o_total, o_matched) != (t_total, t_matched)
                same = "yes" if (o_total, o_matched) == (t_total, t_matched) else "**NO**"
            rows.append((name, objective, t_total, t_matched, same, t_time, t_mb, s_time, o_time))
            print(rows[-1], flush=True)
        st_total, st_matched, st_time, st_mb = tandem_solve(binary, path, "stable")
        rows.append((name, "stable", st_total, st_matched, "n/a", st_time, st_mb, None, None))
        print(rows[-1], flush=True)
    date, where = machine()
    load = "%.1f, %.1f, %.1f" % os.getloadavg()
    fmt = lambda t: "–" if t is None else "%.2f s" % t
    ratio = lambda a, b: "–" if b is None else "%.2f×" % (a / b)
    table = ["| instance | objective | total score | matched | equal to oracles | tandem | tandem peak RSS | scipy | tandem/scipy | OR-Tools | tandem/OR-Tools |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, objective, total, matched, same, t, mb, s, o in rows:
        table.append("| %s | %s | %s | %s | %s | %s | %d MB | %s | %s | %s | %s |" % (
            name, objective, total, matched, same, fmt(t), mb, fmt(s), ratio(t, s), fmt(o), ratio(t, o)))
    text = "\n".join(table)
    print(text)
    with open(args.results, "w") as out:
        command = "bench/.venv/bin/python bench/run.py" + ("" if args.generator == "generate" else " --generator realistic")
        out.write("# Matching benchmark\n\nRun: %s  \nMachine: %s  \nLoad average at the end (1, 5, 15 min): %s  \n"
                  "Binary: `%s`  \nCommand: `%s`  \nGenerator: `bench/%s.py`  \nInstances: %s\n\n" % (
                      date, where, load, os.path.relpath(binary, ROOT), command,
                      "generate" if args.generator == "generate" else "generate_realistic",
                      ", ".join("`%s`" % os.path.relpath(p, ROOT) for p in args.instances)))
        out.write("Times are wall-clock per process and include reading and parsing the JSON. scipy runs "
                  "`linear_sum_assignment` on the seat-expanded matrix plus one zero column per mentee (unmatched); "
                  "OR-Tools runs `SimpleMinCostFlow`. Both oracles use the same lexicographic weights as Tandem "
                  "(PairCost.swift), so total score and matched count must be equal.\n\n")
        out.write(text + "\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
