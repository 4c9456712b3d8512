#!/usr/bin/env python3
"""Evaluates FHIR R4 QuestionnaireResponses against their Questionnaires the way a form filler does, independently
of the Swift code that wrote them (R4: https://hl7.org/fhir/R4/questionnaire-definitions.html#Questionnaire.item.enableWhen).

For each response it computes which questions are enabled:
- `enableWhen` is evaluated per answer: `=` holds when one answer equals the value, `!=` when no answer does (so it
  holds on an unanswered question), `exists` compares "has an answer" with the boolean;
- several `enableWhen` combine with `enableBehavior` (`all` or `any`);
- an item inside a disabled group is disabled, and a disabled question counts as unanswered in later conditions.
Then it checks: every answered question is enabled; in a `completed` response every enabled required question is
answered; no answer chooses an `optionExclusive` option together with another; the response names a Questionnaire
given here as `url|version`.

    python3 scripts/fhir_enablewhen.py questionnaire.json questionnaire-equipe.json reponses-bundle.json
Prints a JSON object {response id: {identifier, questionnaire, status, enabled, answered, problems}} and exits 1
when any response has a problem.
"""
import json
import sys

EXCLUSIVE = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"


def walk(items):
    for item in items or []:
        yield item
        yield from walk(item.get("item"))


def typed_value(element, prefix):
    """The element's `<prefix>[x]` value as a comparable key (a Coding compares by system and code):
    `value[x]` of an answer, `answer[x]` of an enableWhen."""
    for key, value in element.items():
        if key.startswith(prefix):
            kind = key[len(prefix):].lower()
            return ("coding", value.get("system"), value.get("code")) if kind == "coding" else (kind, value)
    raise ValueError(f"no {prefix}[x] in {element}")


def holds(condition, answers):
    operator, expected = condition["operator"], typed_value(condition, "answer")
    if operator == "exists":
        return bool(answers) == expected[1]
    if operator == "=":
        return any(value == expected for value in answers)
    if operator == "!=":
        return all(value != expected for value in answers)
    comparisons = {">": lambda a, b: a > b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b}
    if operator in comparisons:
        return any(value[0] == expected[0] and comparisons[operator](value[1:], expected[1:]) for value in answers)
    raise ValueError(f"unknown enableWhen operator {operator!r}")


def enabled_items(questionnaire, given):
    """linkId -> enabled, in document order, so a disabled question counts as unanswered in later conditions."""
    enabled = {}

    def answers_of(link_id):
        return given.get(link_id, []) if enabled.get(link_id, True) else []

    def visit(items, parent_enabled):
        for item in items or []:
            conditions = item.get("enableWhen") or []
            if not conditions:
                own = True
            else:
                results = [holds(condition, answers_of(condition["question"])) for condition in conditions]
                behavior = item.get("enableBehavior")
                if len(conditions) > 1 and behavior not in ("all", "any"):
                    raise ValueError(f"{item['linkId']}: enableBehavior is required with several enableWhen (que-12)")
                own = any(results) if behavior == "any" else all(results)
            enabled[item["linkId"]] = parent_enabled and own
            visit(item.get("item"), enabled[item["linkId"]])

    visit(questionnaire.get("item"), True)
    return enabled


def check(response, questionnaires):
    problems = []
    questionnaire = questionnaires.get(response.get("questionnaire"))
    if questionnaire is None:
        return {"problems": [f"no Questionnaire given for {response.get('questionnaire')!r} (url|version)"]}
    items = {item["linkId"]: item for item in walk(questionnaire.get("item"))}
    given = {}
    for item in walk(response.get("item")):
        if item.get("answer"):
            given.setdefault(item["linkId"], []).extend(typed_value(answer, "value") for answer in item["answer"])
    enabled = enabled_items(questionnaire, given)
    questions = [link for link, item in items.items() if item["type"] != "group"]
    for link_id, values in given.items():
        if link_id not in items:
            problems.append(f"{link_id}: not in the Questionnaire")
            continue
        if not enabled[link_id]:
            problems.append(f"{link_id}: answered but not enabled")
        exclusive = {("coding", option["valueCoding"].get("system"), option["valueCoding"].get("code"))
                     for option in items[link_id].get("answerOption") or []
                     if any(ext.get("url") == EXCLUSIVE and ext.get("valueBoolean") for ext in option.get("extension") or [])}
        if len(values) > 1 and exclusive & set(values):
            problems.append(f"{link_id}: an exclusive option is chosen with another")
    if response.get("status") == "completed":
        for link_id in questions:
            if enabled[link_id] and items[link_id].get("required") and not given.get(link_id):
                problems.append(f"{link_id}: required, enabled and not answered in a completed response")
    return {
        "identifier": (response.get("identifier") or {}).get("value"),
        "questionnaire": response.get("questionnaire"),
        "status": response.get("status"),
        "enabled": sorted(link for link in questions if enabled[link]),
        "answered": sorted(given),
        "problems": problems,
    }


def main(paths):
    questionnaires, responses = {}, []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        kind = data.get("resourceType")
        if kind == "Questionnaire":
            questionnaires[f"{data['url']}|{data['version']}"] = data
        elif kind == "QuestionnaireResponse":
            responses.append(data)
        elif kind == "Bundle":
            responses += [entry["resource"] for entry in data.get("entry", [])]
    report = {response["id"]: check(response, questionnaires) for response in responses}
    print(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True))
    return 1 if any(result["problems"] for result in report.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
