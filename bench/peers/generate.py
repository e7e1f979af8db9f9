#!/usr/bin/env python3
"""Generate seeded peer-matching pools for the solve-peers benchmark.

Each person belongs to one of a few clusters (think departments or skill areas) and has a
latent skill profile. A pair's score rewards complementary skills (what one can teach the other)
and a shared cluster, plus noise, clipped to 0-100: realistic, clustered, with many near-ties.
Output goes to bench/data/ (git-ignored). Usage: generate.py [--sizes 500,2000,5000]
"""
import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "data"))

# name -> (people, density); density 1.0 is the complete graph.
POOLS = {
    500: ("complete", 1.0),
    2000: ("complete", 1.0),
    5000: ("dense", 0.10),
}


def people(n, rng):
    clusters = max(4, n // 250)
    out = []
    for i in range(n):
        cluster = rng.randrange(clusters)
        # 6 skills: level 0-4 offered, 0-4 wanted; a cluster leans towards two skills.
        offered = [rng.randint(0, 4) + (1 if s % clusters == cluster % 6 else 0) for s in range(6)]
        wanted = [rng.randint(0, 4) for _ in range(6)]
        out.append((cluster, offered, wanted))
    return out


def score(p, q, rng):
    (cp, op, wp), (cq, oq, wq) = p, q
    teach = sum(min(o, w) for o, w in zip(op, wq)) + sum(min(o, w) for o, w in zip(oq, wp))
    value = 10 + 2.2 * teach + (18 if cp == cq else 0) + rng.gauss(0, 6)
    return max(0, min(100, int(round(value))))


def generate(n, density, seed):
    rng = random.Random(seed)
    pool = people(n, rng)
    ids = ["p%d" % i for i in range(n)]
    edges = []
    for i in range(n):
        for j in range(i + 1, n):
            if density >= 1.0 or rng.random() < density:
                edges.append('{"a":"%s","b":"%s","score":%d}' % (ids[i], ids[j], score(pool[i], pool[j], rng)))
    head = '{"people":[' + ",".join('{"id":"%s"}' % x for x in ids) + '],\n"edges":[\n'
    return head + ",\n".join(edges) + "\n]}\n", len(edges)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(n) for n in POOLS))
    args = parser.parse_args()
    os.makedirs(DATA, exist_ok=True)
    for n in (int(s) for s in args.sizes.split(",")):
        kind, density = POOLS.get(n, ("dense", 0.10))
        text, m = generate(n, density, seed=7000 + n)
        path = os.path.join(DATA, "peers-%d-%s.json" % (n, kind))
        with open(path, "w") as f:
            f.write(text)
        print("%s: %d people, %d edges, %.1f MB" % (path, n, m, len(text) / 1e6))


if __name__ == "__main__":
    main()
