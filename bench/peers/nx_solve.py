#!/usr/bin/env python3
"""Solve one solve-peers input with networkx, timing its own JSON load, graph build and solve.
Prints one JSON line: {"seconds":…, "pairs":…, "total_score":…, "python":…, "networkx":…}. Usage: nx_solve.py FILE score|coverage"""
import json
import platform
import sys
import time

import networkx as nx


def main():
    path, objective = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    with open(path) as f:
        problem = json.load(f)
    graph = nx.Graph()
    graph.add_nodes_from(p["id"] for p in problem["people"])
    graph.add_weighted_edges_from((e["a"], e["b"], e["score"]) for e in problem["edges"])
    matching = nx.max_weight_matching(graph, maxcardinality=(objective == "coverage"))
    seconds = time.perf_counter() - start
    total = sum(graph[a][b]["weight"] for a, b in matching)
    python = "%s %s" % (platform.python_implementation(), platform.python_version())
    print(json.dumps({"seconds": seconds, "pairs": len(matching), "total_score": total,
                      "python": python, "networkx": nx.__version__}))


if __name__ == "__main__":
    main()
