#!/usr/bin/env python3
"""Validates FHIR R4 JSON files with an independent implementation: the `fhirclient` models (FHIR 4.0.1) in
strict mode, which reject unknown elements, wrong types and missing required elements. Also checks that every
QuestionnaireResponse names, as `url|version`, one of the Questionnaires given before it, and that each of its
items' linkIds exists in that Questionnaire.

    python3 scripts/validate_fhir.py questionnaire.json questionnaire-equipe.json reponse-001.json reponses-bundle.json
Exit status 0 when every file is valid.
"""
import json
import sys

from fhirclient.models.bundle import Bundle
from fhirclient.models.questionnaire import Questionnaire
from fhirclient.models.questionnaireresponse import QuestionnaireResponse

MODELS = {"Questionnaire": Questionnaire, "QuestionnaireResponse": QuestionnaireResponse, "Bundle": Bundle}


def link_ids(items):
    for item in items or []:
        yield item["linkId"]
        yield from link_ids(item.get("item"))


def main(paths):
    known = {}   # canonical url|version -> linkIds
    failures = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        model = MODELS.get(data.get("resourceType"))
        try:
            if model is None:
                raise ValueError(f"unexpected resourceType {data.get('resourceType')!r}")
            model(data, strict=True)
            if data["resourceType"] == "Questionnaire":
                known[f"{data['url']}|{data['version']}"] = set(link_ids(data.get("item")))
            responses = [data] if data["resourceType"] == "QuestionnaireResponse" else \
                [e["resource"] for e in data.get("entry", [])] if data["resourceType"] == "Bundle" else []
            for response in responses:
                if not known:
                    continue
                if response["questionnaire"] not in known:
                    raise ValueError(f"{response['id']}: Questionnaire {response['questionnaire']!r} not given (url|version)")
                unknown = set(link_ids(response.get("item"))) - known[response["questionnaire"]]
                if unknown:
                    raise ValueError(f"{response['id']}: linkIds not in the Questionnaire: {sorted(unknown)}")
            print(f"OK {path}")
        except Exception as error:  # report every file, then fail
            failures += 1
            print(f"INVALID {path}: {error}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
