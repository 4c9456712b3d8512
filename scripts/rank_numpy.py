#!/usr/bin/env python3
"""Reference implementation of `sipadvisor rank --method topsis --draws N` in vectorised numpy.

Used two ways: as the baseline of the process-level benchmark (scripts/bench-vs-numpy) and as an independent
cross-check of the Swift engine's scores in the test suite. Same perturbation model (each weight multiplied by a
uniform factor in [1 - spread, 1 + spread]); the random streams differ, so only scores are compared exactly.
"""
import argparse
import json
import sys

import numpy as np


def topsis_gaps(x, benefit):
    norm = np.sqrt((x * x).sum(axis=0))
    r = np.divide(x, norm, out=np.zeros_like(x), where=norm != 0)
    best = np.where(benefit, r.max(axis=0), r.min(axis=0))
    worst = np.where(benefit, r.min(axis=0), r.max(axis=0))
    return (r - best) ** 2, (r - worst) ** 2


def scores(ideal, anti, w2):
    plus = np.sqrt(w2 @ ideal.T)
    minus = np.sqrt(w2 @ anti.T)
    total = plus + minus
    return np.divide(minus, total, out=np.full_like(total, 0.5), where=total != 0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--matrix", required=True)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--types", required=True)
    parser.add_argument("--draws", type=int, default=0)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--spread", type=float, default=0.2)
    args = parser.parse_args()

    with open(args.matrix, encoding="utf-8") as handle:
        header = handle.readline()
    delimiter = ";" if header.count(";") > header.count(",") else ","
    names = np.loadtxt(args.matrix, delimiter=delimiter, skiprows=1, usecols=0, dtype=str, ndmin=1)
    columns = len(header.split(delimiter))
    x = np.loadtxt(args.matrix, delimiter=delimiter, skiprows=1, usecols=range(1, columns), ndmin=2)
    weights = np.array([float(v) for v in args.weights.split(",")])
    benefit = np.array([t.strip() == "max" for t in args.types.split(",")])

    ideal, anti = topsis_gaps(x, benefit)
    base = scores(ideal, anti, (weights ** 2)[None, :])[0]
    ranks = 1 + (base[None, :] > base[:, None] + 1e-12).sum(axis=1)
    result = {"method": "topsis",
              "alternatives": [{"name": str(n), "score": float(s), "rank": int(r)} for n, s, r in zip(names, base, ranks)]}
    if args.draws:
        rng = np.random.default_rng(args.seed)
        factors = 1 + args.spread * (2 * rng.random((args.draws, len(weights))) - 1)
        s = scores(ideal, anti, (weights[None, :] * factors) ** 2)
        first = np.bincount(s.argmax(axis=1), minlength=len(names)) / args.draws
        order = (-s).argsort(axis=1).argsort(axis=1) + 1
        result["sensitivity"] = {
            "draws": args.draws,
            "firstPlaceProbability": {str(n): float(p) for n, p in zip(names, first)},
            "rankRange": {str(n): [int(order[:, i].min()), int(order[:, i].max())] for i, n in enumerate(names)},
        }
    json.dump(result, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
