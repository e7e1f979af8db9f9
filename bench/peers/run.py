#!/usr/bin/env python3
"""Run `tandem match solve-peers` and networkx side by side on bench/data/peers-*.json, check the
optima agree, and write bench/peers/RESULTS.md.

Tandem is timed as a whole process (start, parse, solve, write). networkx is timed on its own
JSON load, graph build and solve, in a child process bounded by --nx-timeout seconds.
Binary: $TANDEM_BIN, else /work/main/.build-release/release/tandem; $TANDEM_PEERS_CMD overrides
the whole command (for a scratch build), e.g. "path/peertool solve-peers".
"""
import argparse
import datetime
import glob
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "data"))
DEFAULT_BIN = "/work/main/.build-release/release/tandem"


def tandem_command():
    if os.environ.get("TANDEM_PEERS_CMD"):
        return shlex.split(os.environ["TANDEM_PEERS_CMD"])
    return [os.environ.get("TANDEM_BIN", DEFAULT_BIN), "match", "solve-peers"]


def run_tandem(command, path, objective):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        start = time.perf_counter()
        subprocess.run(command + ["--input", path, "--objective", objective, "--output", out.name], check=True)
        seconds = time.perf_counter() - start
        result = json.load(open(out.name))
    return {"seconds": seconds, "pairs": len(result["pairs"]), "total_score": result["total_score"]}


def run_networkx(path, objective, timeout):
    try:
        done = subprocess.run([sys.executable, os.path.join(HERE, "nx_solve.py"), path, objective],
                              capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout)


def agrees(objective, ours, theirs):
    if objective == "coverage":
        return (ours["pairs"], ours["total_score"]) == (theirs["pairs"], theirs["total_score"])
    return ours["total_score"] == theirs["total_score"]


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nx-timeout", type=float, default=900)
    parser.add_argument("--only", default="", help="substring of the data file names to run")
    args = parser.parse_args()
    command = tandem_command()
    files = sorted(glob.glob(os.path.join(DATA, "peers-*.json")), key=lambda p: int(p.split("-")[-2]))
    rows, all_agree = [], True
    for path in files:
        if args.only not in path:
            continue
        meta = json.load(open(path))  # only for the counts in the table
        people, edges = len(meta["people"]), len(meta["edges"])
        del meta
        for objective in ("score", "coverage"):
            ours = run_tandem(command, path, objective)
            theirs = run_networkx(path, objective, args.nx_timeout)
            same = theirs is not None and agrees(objective, ours, theirs)
            all_agree &= theirs is None or same
            rows.append((os.path.basename(path), people, edges, objective, ours, theirs, same))
            print(rows[-1], flush=True)
            write_results(rows, command, args.nx_timeout)  # after every row, so a long run shows progress
    sys.exit(0 if all_agree else 1)


def write_results(rows, command, timeout):
    lines = [
        "# Peer matching benchmark: tandem vs networkx",
        "",
        "- Date: %s" % datetime.date.today().isoformat(),
        "- Machine: %d cores (nproc), %s; Python %s, networkx %s"
        % (os.cpu_count(), cpu_model(), platform.python_version(), networkx_version()),
        "- Tandem command: `%s` (whole process: start, parse, solve, write)" % " ".join(command),
        "- networkx: `max_weight_matching` (maxcardinality=True for coverage), timed on its JSON load,"
        " graph build and solve; stopped after %d s." % timeout,
        "",
        "| instance | people | edges | objective | pairs | total score | tandem s | networkx s | ratio | same optimum |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, people, edges, objective, ours, theirs, same in rows:
        nx_s = "%.2f" % theirs["seconds"] if theirs else "> %d (stopped)" % timeout
        ratio = "%.0f×" % (theirs["seconds"] / ours["seconds"]) if theirs else "—"
        verdict = "yes" if same else ("not checked" if theirs is None else "**NO**")
        lines.append("| %s | %d | %d | %s | %d | %d | %.2f | %s | %s | %s |" % (
            name, people, edges, objective, ours["pairs"], ours["total_score"], ours["seconds"], nx_s, ratio, verdict))
    with open(os.path.join(HERE, "RESULTS.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


def networkx_version():
    try:
        import networkx
        return networkx.__version__
    except ImportError:
        return "not installed"


if __name__ == "__main__":
    main()
