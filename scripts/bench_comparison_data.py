#!/usr/bin/env python3
"""Writes the fictional products of the comparison benchmark: N products, one fact per criterion of the catalog,
in the catalog's YAML product format. `--version 2` changes every value and date so that importing four versions
leaves every fact with one older version in its history.

    scripts/bench_comparison_data.py CATALOG OUT_DIR --products 28 --version 1
"""
import argparse
import pathlib
import random

import yaml


def value(criterion, rng):
    scale = criterion.get("scale")
    if scale == "boolean":
        return rng.random() < 0.6
    if scale == "level":
        return rng.randint(0, 4)
    low, high = (criterion.get("range") or [0, 100])[:2]
    return round(rng.uniform(low, high), 2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("catalog")
    parser.add_argument("out")
    parser.add_argument("--products", type=int, default=28)
    parser.add_argument("--version", type=int, default=1)
    args = parser.parse_args()
    criteria = yaml.safe_load(pathlib.Path(args.catalog, "criteria.yaml").read_text())["criteria"]
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for number in range(1, args.products + 1):
        rng = random.Random(f"{number}-{args.version}")
        facts = [{
            "criterion": c["id"], "value": value(c, rng), "grade": rng.choice(["editor", "demo", "usergroup"]),
            "source": f"Données fictives de banc d'essai, version {args.version}",
            "date": f"2026-{args.version:02d}",
        } for c in criteria]
        product = {"id": f"banc-{number:02d}", "name": f"Banc d'essai {number:02d} (fictif)", "fictional": True, "facts": facts}
        (out / f"banc-{number:02d}.yaml").write_text(yaml.safe_dump(product, allow_unicode=True, sort_keys=False))


if __name__ == "__main__":
    main()
