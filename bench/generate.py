#!/usr/bin/env python3
"""Writes reproducible `tandem match solve` problems to bench/data/.

Scores look like real ones: skills come in clusters (data, design, sales, ...), people want
and offer mostly skills from their own cluster, and the score mixes skill fit, shared
motivators, seniority gap and time zones roughly as Tandem's scorer does. About 2% of pairs
are forbidden (no common language, manager). Capacities are 1-5.

    python3 bench/generate.py                 # 5000x1500 and 10000x3000
    python3 bench/generate.py --sizes 200x60 --seed 7
"""
import argparse
import os

import numpy as np

CLUSTERS = 10
SKILLS_PER_CLUSTER = 8


def people(rng, count, skills_each):
    """Cluster, skills (indices with levels), motivator bits, seniority, utc offset (hours)."""
    cluster = rng.integers(0, CLUSTERS, count)
    own = rng.random((count, skills_each)) < 0.8
    other = rng.integers(0, CLUSTERS, (count, skills_each))
    skill_cluster = np.where(own, cluster[:, None], other)
    skills = skill_cluster * SKILLS_PER_CLUSTER + rng.integers(0, SKILLS_PER_CLUSTER, (count, skills_each))
    levels = rng.integers(1, 4, (count, skills_each))
    motivators = rng.integers(0, 256, count) & rng.integers(0, 256, count)
    seniority = rng.integers(1, 11, count)
    offset = rng.choice([-5, 0, 0, 0, 1, 1, 2, 5, 8], count)
    return skills, levels, motivators, seniority, offset


def scores(rng, n, m):
    """An n x m int matrix 0..100, with -1 for forbidden pairs."""
    total_skills = CLUSTERS * SKILLS_PER_CLUSTER
    want, _, mot_e, sen_e, tz_e = people(rng, n, 3)
    offer, lvl, mot_m, sen_m, tz_m = people(rng, m, 4)
    wanted = np.zeros((n, total_skills), dtype=np.float32)
    np.put_along_axis(wanted, want, 1.0, axis=1)
    offered = np.zeros((m, total_skills), dtype=np.float32)
    np.put_along_axis(offered, offer, lvl / 3.0, axis=1)
    skill = np.minimum(1.0, (wanted @ offered.T) / 3.0)
    shared = np.vectorize(lambda x: bin(x).count("1"))(mot_e[:, None] & mot_m[None, :])
    motivators = np.minimum(1.0, shared / 2.0)
    gap = sen_m[None, :] - sen_e[:, None]
    seniority = np.select([gap <= 0, gap == 1, gap <= 3, gap == 4], [0.0, 0.7, 1.0, 0.7], 0.4)
    apart = np.abs(tz_m[None, :] - tz_e[:, None])
    zone = np.maximum(0.0, 1 - apart / 8.0)
    style = rng.choice([0.2, 0.6, 1.0], (n, m), p=[0.2, 0.4, 0.4])
    score = 45 * skill + 15 * motivators + 15 * seniority + 10 * zone + 10 * style + 5 * rng.random((n, m))
    result = np.clip(np.rint(score), 0, 100).astype(np.int16)
    result[rng.random((n, m)) < 0.02] = -1
    return result


def write(path, matrix, capacities):
    n, m = matrix.shape
    with open(path, "w") as out:
        out.write('{"mentors":[')
        out.write(",".join('{"id":"m%d","capacity":%d}' % (j, c) for j, c in enumerate(capacities)))
        out.write('],\n"mentees":[')
        out.write(",".join('{"id":"e%d"}' % i for i in range(n)))
        out.write('],\n"scores":[\n')
        for i, row in enumerate(matrix):
            text = ",".join("null" if v < 0 else str(v) for v in row.tolist())
            out.write(("[" if i == 0 else ",\n[") + text + "]")
        out.write("\n]}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", default=["5000x1500", "10000x3000"])
    parser.add_argument("--seed", type=int, default=20260521)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "data"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for size in args.sizes:
        n, m = (int(x) for x in size.split("x"))
        rng = np.random.default_rng([args.seed, n, m])
        matrix = scores(rng, n, m)
        capacities = rng.integers(1, 6, m)
        path = os.path.join(args.out, "dense-%s.json" % size)
        write(path, matrix, capacities)
        print("wrote %s (%.1f MB, mean score %.1f)" % (path, os.path.getsize(path) / 1e6, matrix[matrix >= 0].mean()))


if __name__ == "__main__":
    main()
