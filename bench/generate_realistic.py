#!/usr/bin/env python3
"""Writes harder, realistic `tandem match solve` problems to bench/data/ (seeded, reproducible).

Unlike generate.py, mentors compete: everyone wants the same few popular mentors.

- Each mentee's wanted skills and each mentor's offered skills are drawn from a sparse
  Dirichlet over 12 skills (alpha 0.2: most weight on one to three skills); the fit of a pair
  is the dot product of the two vectors.
- Each mentor has a popularity drawn from a lognormal; it adds to every mentee's score for
  that mentor, so popular mentors are wanted by many.
- Gaussian noise is added, and the sum is scaled to whole scores 0-100 (by the 0.1% and 99.9%
  quantiles of a sample, then clipped).
- 5% of pairs are forbidden: `null` in the dense `scores` matrix, left out of `edges`.
- Capacities are 1-5.

The `edges` form (`--edges-density 0.1`) lists each allowed pair with that probability, the
rest are not allowed. Rows are generated in blocks, so 20000x6000 needs little memory.

    python3 bench/generate_realistic.py                            # 5000x1500, 10000x3000, 20000x6000
    python3 bench/generate_realistic.py --sizes 20000x6000 --edges-density 0.1
"""
import argparse
import os

import numpy as np

SKILLS = 12
ALPHA = 0.2
FORBIDDEN = 0.05
BLOCK = 500  # mentee rows per block

# "0" .. "100" and "null" (index 101), as bytes, to write rows quickly.
WORDS = np.array([str(v).encode() for v in range(101)] + [b"null"], dtype=object)


class Model:
    """Everything drawn per person; scores are computed block by block from it."""

    def __init__(self, rng, n, m):
        self.rng = rng
        self.wanted = rng.dirichlet(np.full(SKILLS, ALPHA), n)
        self.offered = rng.dirichlet(np.full(SKILLS, ALPHA), m)
        self.popularity = rng.lognormal(mean=0.0, sigma=0.75, size=m)
        self.capacities = rng.integers(1, 6, m)
        # Scale: fit is in 0..1, popularity around 1 with a long tail, noise sd 0.15.
        sample = self.raw(np.arange(min(n, 400)))
        self.low, self.high = np.quantile(sample, [0.001, 0.999])

    def raw(self, rows):
        fit = self.wanted[rows] @ self.offered.T
        return 1.5 * fit + 0.25 * self.popularity[None, :] + self.rng.normal(0.0, 0.15, (len(rows), len(self.popularity)))

    def block(self, rows):
        """Scores 0..100 as int16, -1 for a forbidden pair."""
        scaled = (self.raw(rows) - self.low) / (self.high - self.low) * 100
        scores = np.clip(np.rint(scaled), 0, 100).astype(np.int16)
        scores[self.rng.random(scores.shape) < FORBIDDEN] = -1
        return scores


def header(out, n, capacities):
    out.write(b'{"mentors":[')
    out.write(",".join('{"id":"m%d","capacity":%d}' % (j, c) for j, c in enumerate(capacities)).encode())
    out.write(b'],\n"mentees":[')
    out.write(",".join('{"id":"e%d"}' % i for i in range(n)).encode())


def write_dense(path, model, n):
    total, count = 0, 0
    with open(path, "wb") as out:
        header(out, n, model.capacities)
        out.write(b'],\n"scores":[\n')
        for start in range(0, n, BLOCK):
            block = model.block(np.arange(start, min(n, start + BLOCK)))
            allowed = block >= 0
            total, count = total + int(block[allowed].sum()), count + int(allowed.sum())
            words = WORDS[np.where(allowed, block, 101)]
            for i, row in enumerate(words):
                out.write(b"[" if start + i == 0 else b",\n[")
                out.write(b",".join(row))
                out.write(b"]")
        out.write(b"\n]}\n")
    return total / max(count, 1)


def write_edges(path, model, n, density):
    total, count = 0, 0
    with open(path, "wb") as out:
        header(out, n, model.capacities)
        out.write(b'],\n"edges":[\n')
        first = True
        for start in range(0, n, BLOCK):
            block = model.block(np.arange(start, min(n, start + BLOCK)))
            keep = (block >= 0) & (model.rng.random(block.shape) < density)
            rows, cols = np.nonzero(keep)
            values = block[rows, cols]
            total, count = total + int(values.sum()), count + len(values)
            lines = ['{"mentee":"e%d","mentor":"m%d","score":%d}' % (start + i, j, v)
                     for i, j, v in zip(rows.tolist(), cols.tolist(), values.tolist())]
            if lines:
                out.write(("" if first else ",\n").encode() + ",\n".join(lines).encode())
                first = False
        out.write(b"\n]}\n")
    return total / max(count, 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", default=["5000x1500", "10000x3000", "20000x6000"])
    parser.add_argument("--edges-density", type=float, default=None,
                        help="write the edges form, keeping each allowed pair with this probability")
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "data"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for size in args.sizes:
        n, m = (int(x) for x in size.split("x"))
        model = Model(np.random.default_rng([args.seed, n, m]), n, m)
        if args.edges_density is None:
            path = os.path.join(args.out, "realistic-%s.json" % size)
            mean = write_dense(path, model, n)
        else:
            path = os.path.join(args.out, "realistic-edges%d-%s.json" % (round(args.edges_density * 100), size))
            mean = write_edges(path, model, n, args.edges_density)
        print("wrote %s (%.1f MB, mean score %.1f)" % (path, os.path.getsize(path) / 1e6, mean))


if __name__ == "__main__":
    main()
