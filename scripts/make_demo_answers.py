#!/usr/bin/env python3
"""Generates the FICTIONAL demo campaign files (catalog/demo/respondents.csv, catalog/demo/answers.csv) from the
questionnaire and maturity grid, deterministically (fixed seed). Every person here is invented.

Run again after changing catalog/questionnaire.yaml or catalog/maturity.yaml:
    python3 scripts/make_demo_answers.py
"""
import csv
import random
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "catalog"

# 13 invited, 12 answer: the dietician never answers, so the synthesis shows a missing profession.
RESPONDENTS = [
    ("MG 1", "medecin-generaliste"), ("MG 2", "medecin-generaliste"), ("MG 3", "medecin-generaliste"),
    ("MG 4", "medecin-generaliste"), ("IDE 1", "infirmier"), ("IDE 2", "infirmier"), ("IDE 3", "infirmier"),
    ("MK 1", "masseur-kinesitherapeute"), ("MK 2", "masseur-kinesitherapeute"), ("PH 1", "pharmacien"),
    ("ORTHO 1", "orthophoniste"), ("COORD 1", "coordinateur"), ("DIET 1", "dieteticien"),
]
SILENT = {"DIET 1"}
HOME_VISITS = {"medecin-generaliste", "infirmier", "masseur-kinesitherapeute"}
TEAM = {
    "sites": "2", "debit-internet": "2-8", "hebergement": "editeur", "budget-mensuel": "110",
    "equipe-projet": "true", "equipe-projet-professions": "3",
    "referents": "medecin-generaliste|infirmier|masseur-kinesitherapeute",
    "projet-sante-valide": "true", "sisa": "true", "coordinateur": "true",
    "logiciels-actuels": "Logiciels fictifs : trois logiciels métier différents et des cahiers papier.",
}


def load(name):
    with open(CATALOG / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def asked(item, profession, answers):
    # Per answer, as the Survey module and FHIR evaluate a condition on a multichoice.
    if item.get("professions") and profession not in item["professions"]:
        return False
    when = item.get("when")
    if when:
        value = answers.get(when["item"])
        if value is None:
            return False
        codes = value.split("|")
        if "equals" in when and when["equals"] not in codes:
            return False
        if "not" in when and when["not"] in codes:
            return False
    return True


def answer(item, profession, label, rng, scales, professions):
    kind = item["type"]
    if item["id"] == "profession":
        return profession
    if item["id"] == "visites-domicile":
        return "true" if profession in HOME_VISITS else "false"
    if kind == "boolean":
        return rng.choice(["true", "false"])
    if kind == "integer":
        low, high = item.get("min", 0), min(item.get("max", 30), 30)
        return str(rng.randint(low, high))
    if kind == "text":
        return f"Réponse fictive de {label}."
    if kind == "scale":
        codes = [o["code"] for o in scales[item["scale"]]]
        if item.get("criteria"):
            # Profession-specific needs matter most to the profession concerned: nurses need their billing.
            if item.get("professions"):
                # A profession's own billing and offline rounds are vital to it; its other specific needs matter.
                vital = "facturation" in item["id"] or (item["id"] == "besoin-tournee-hors-ligne" and profession == "infirmier")
                return codes[-1] if vital else codes[rng.choice([1, 2, 2])]
            return codes[rng.choice([1, 2, 2, 3])] if profession != "medecin-generaliste" else codes[rng.choice([0, 1, 2, 3])]
        return codes[rng.randint(0, len(codes) - 1)]
    options = [p["id"] for p in professions] if item.get("options_from") == "professions" else [o["code"] for o in item["options"]]
    if kind == "choice":
        return rng.choice(options)
    chosen = sorted(rng.sample(options, k=min(2, len(options))), key=options.index)
    # An exclusive option ("rien pour l'instant") is never chosen with another: the other one is kept.
    exclusive = {o["code"] for o in item.get("options", []) if o.get("exclusive")}
    return "|".join([code for code in chosen if code not in exclusive] or chosen)


def maturity_level(dimension, profession, rng):
    # Doctors see the meetings as more structured than nurses do: the synthesis shows the disagreement.
    if "concertation" in dimension["id"] or "rcp" in dimension["id"]:
        return "2" if profession == "medecin-generaliste" else rng.choice(["0", "1"])
    return str(rng.choice([0, 1, 1, 2, 2, 3]))


def main():
    questionnaire, grid, professions = load("questionnaire.yaml"), load("maturity.yaml"), load("professions.yaml")["professions"]
    scales = {s["id"]: s["options"] for s in questionnaire["scales"]}
    rng = random.Random(2026)
    rows = []
    for label, profession in RESPONDENTS:
        if label in SILENT:
            continue
        answers = {}
        for section in questionnaire["sections"]:
            if section["audience"] != "respondent":
                continue
            for item in section["items"]:
                if asked(item, profession, answers):
                    answers[item["id"]] = answer(item, profession, label, rng, scales, professions)
                    rows.append((label, item["id"], answers[item["id"]]))
        for axis in grid["axes"]:
            for dimension in axis["dimensions"]:
                rows.append((label, f"maturite-{dimension['id']}", maturity_level(dimension, profession, rng)))
    team_items = {i["id"] for s in questionnaire["sections"] if s["audience"] == "team" for i in s["items"]}
    rows += [("équipe", item, value) for item, value in TEAM.items() if item in team_items]
    demo = CATALOG / "demo"
    with open(demo / "respondents.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["identifiant", "profession"])
        writer.writerows(RESPONDENTS)
    with open(demo / "answers.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["repondant", "question", "valeur"])
        writer.writerows(rows)
    print(f"{len(RESPONDENTS)} répondants fictifs, {len(rows)} réponses écrites dans {demo}")


if __name__ == "__main__":
    main()
