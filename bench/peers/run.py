#!/usr/bin/env python3
"""Run `tandem match solve-peers` and networkx side by side on bench/data/peers-*.json, check the
optima agree, and write bench/peers/RESULTS.md.

Tandem is timed as a whole process (start, parse, solve, write). networkx is timed on its own
JSON load, graph build and solve, in a child process bounded by --nx-timeout seconds.
networkx takes many minutes per large instance, so its results are cached in
bench/data/nx-results.json, keyed by file name, size and mtime and objective; `--nx-only` fills
the cache (run it early, under `nice`), and RESULTS.md says when each networkx figure was measured.
--nx-python picks the interpreter that runs networkx (say `pypy3` with PYTHONPATH pointing at a
networkx install); a cached result is reused only if it came from the same interpreter.
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


def run_tandem(command, path, objective, repeats=3):
    """Whole-process wall time, the median of `repeats` runs (the file is in the page cache after
    the first read, as it is for networkx's timed load too)."""
    times = []
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run(command + ["--input", path, "--objective", objective, "--output", out.name], check=True)
            times.append(time.perf_counter() - start)
        result = json.load(open(out.name))
    times.sort()
    return {"seconds": times[len(times) // 2], "runs": times, "pairs": len(result["pairs"]),
            "total_score": result["total_score"], "proof": check_proof(command, path, objective)}


def check_proof(command, path, objective):
    """One more (untimed) run that also writes the dual certificate, checked by
    check_certificate.py on every allowed pair, independently of the solver."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out, tempfile.NamedTemporaryFile(suffix=".json") as cert:
        done = subprocess.run(command + ["--input", path, "--objective", objective, "--output", out.name,
                                         "--certificate", cert.name], capture_output=True)
        if done.returncode != 0:
            return "n/a (binary has no --certificate)"
        check = subprocess.run([sys.executable, os.path.join(HERE, "check_certificate.py"), path, objective,
                                out.name, cert.name], capture_output=True, text=True)
        verdict = json.loads(check.stdout)
        return "proved" if verdict["proved"] else "**FAILED**: " + "; ".join(verdict["problems"])


CACHE = os.path.join(DATA, "nx-results.json")


def cache_key(path, objective):
    st = os.stat(path)
    return "%s|%d|%d|%s" % (os.path.basename(path), st.st_size, int(st.st_mtime), objective)


def load_cache():
    try:
        return json.load(open(CACHE))
    except (OSError, ValueError):
        return {}


NX_PYTHON = [sys.executable]


def run_networkx(path, objective, timeout, use_cache=True):
    """networkx's result (with "measured" = when), from the cache if this exact file was solved
    before; None if it was stopped after `timeout` seconds (a stop is cached too, with its cap)."""
    key = cache_key(path, objective)
    cached = load_cache().get(key) if use_cache else None
    if cached is not None and cached.get("interpreter") != NX_PYTHON[0]:
        cached = None
    if cached is not None and (not cached.get("stopped") or cached["stopped"] >= timeout):
        return None if cached.get("stopped") else cached
    measured = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    try:
        done = subprocess.run(["nice", "-n", "10", NX_PYTHON[0], os.path.join(HERE, "nx_solve.py"), path, objective],
                              capture_output=True, text=True, timeout=timeout, check=True)
        result = json.loads(done.stdout)
        result["measured"] = measured
    except subprocess.TimeoutExpired:
        result = {"stopped": timeout, "measured": measured}
    result["interpreter"] = NX_PYTHON[0]
    cache = load_cache()  # re-read: another --nx-only run may have written meanwhile.
    cache[key] = result
    with open(CACHE + ".tmp", "w") as f:
        json.dump(cache, f, indent=1)
    os.replace(CACHE + ".tmp", CACHE)
    return None if result.get("stopped") else result


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
    parser.add_argument("--objectives", default="score,coverage")
    parser.add_argument("--nx-only", action="store_true", help="only fill the networkx cache")
    parser.add_argument("--nx-python", default=sys.executable, help="interpreter that runs networkx")
    parser.add_argument("--note", default="", help="what else was running, for RESULTS.md")
    args = parser.parse_args()
    NX_PYTHON[0] = args.nx_python
    if args.nx_only:
        for path in sorted(glob.glob(os.path.join(DATA, "peers-*.json"))):
            if args.only in path:
                for objective in args.objectives.split(","):
                    print(path, objective, run_networkx(path, objective, args.nx_timeout), flush=True)
        return
    command = tandem_command()
    files = sorted(glob.glob(os.path.join(DATA, "peers-*.json")), key=lambda p: int(p.split("-")[-2]))
    rows, all_agree = [], True
    for path in files:
        if args.only not in path:
            continue
        meta = json.load(open(path))  # only for the counts in the table
        people, edges = len(meta["people"]), len(meta["edges"])
        del meta
        for objective in args.objectives.split(","):
            ours = run_tandem(command, path, objective)
            theirs = run_networkx(path, objective, args.nx_timeout)
            same = theirs is not None and agrees(objective, ours, theirs)
            all_agree &= (theirs is None or same) and not ours["proof"].startswith("**")
            rows.append((os.path.basename(path), people, edges, objective, ours, theirs, same))
            print(rows[-1], flush=True)
            write_results(rows, command, args.nx_timeout, args.note)  # after every row, so a long run shows progress
    sys.exit(0 if all_agree else 1)


def write_results(rows, command, timeout, note=""):
    lines = [
        "# Peer matching benchmark: tandem vs networkx",
        "",
        "- Date: %s" % datetime.date.today().isoformat(),
        "- Machine: %d cores (nproc), %s; networkx ran on %s"
        % (os.cpu_count(), cpu_model(), nx_runtimes(rows)),
        "- Load: %s" % (note or "load average %.1f at the end" % os.getloadavg()[0]),
        "- Tandem command: `%s` (whole process: start, parse, solve, write; median of 3 runs)"
        % " ".join(command),
        "- networkx: `max_weight_matching` (maxcardinality=True for coverage), timed on its JSON load,"
        " graph build and solve, run under `nice -n 10`; stopped after %d s. networkx results are cached"
        " per input file (bench/data/nx-results.json); measured at: %s." % (timeout, nx_times(rows)),
        "",
        "| instance | people | edges | objective | pairs | total score | tandem s | networkx s | ratio | same optimum as networkx | dual certificate |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for name, people, edges, objective, ours, theirs, same in rows:
        nx_s = "%.2f" % theirs["seconds"] if theirs else "> %d (stopped)" % stopped_after(name, objective, timeout)
        ratio = "%.0f×" % (theirs["seconds"] / ours["seconds"]) if theirs else "—"
        verdict = "yes" if same else (
            "not checked (networkx stopped after %d s)" % stopped_after(name, objective, timeout)
            if theirs is None else "**NO**")
        lines.append("| %s | %d | %d | %s | %d | %d | %.2f | %s | %s | %s | %s |" % (
            name, people, edges, objective, ours["pairs"], ours["total_score"], ours["seconds"], nx_s, ratio, verdict,
            ours["proof"]))
    lines += [
        "",
        "\"same optimum as networkx\" compares the total score (and, for coverage, the number of pairs) with",
        "networkx's. \"dual certificate\": `check_certificate.py` re-checked LP duality on every allowed pair",
        "(feasible duals, complementary slackness, equal objectives), which proves the optimum without",
        "networkx; it is a separate check, not a substitute for a networkx row that was stopped.",
    ]
    with open(os.path.join(HERE, "RESULTS.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


def nx_runtimes(rows):
    found = sorted({"%s with networkx %s" % (t["python"], t["networkx"]) for r in rows for t in [r[5]]
                    if t and "python" in t})
    return ", ".join(found) or "(no networkx result)"


def nx_times(rows):
    cache = load_cache()
    stamps = sorted({v.get("measured", "?") for k, v in cache.items()
                     if any(k.startswith(r[0] + "|") and k.endswith("|" + r[3]) for r in rows)})
    return ", ".join(stamps) or "this run"


def stopped_after(name, objective, timeout):
    for key, value in load_cache().items():
        if key.startswith(name + "|") and key.endswith("|" + objective) and value.get("stopped"):
            return value["stopped"]
    return timeout


if __name__ == "__main__":
    main()
