#!/usr/bin/env python3
"""Converts an XLSForm with pyxform (as KoboToolbox does) and evaluates the XForm's `relevant` expressions the way
ODK Collect does, independently of the Swift code that wrote the form.

    python3 scripts/xlsform_check.py questionnaire.xlsx cases.json
`cases.json` is a list of {"name": ..., "answers": {question name: value}} (ODK values: a multiple choice is its
codes separated by spaces). Prints {"warnings": [...], "cases": {name: [relevant question names, in form order]}}
and exits 1 when pyxform raises an error or gives a warning.

Evaluation: questions are taken in document order; a question whose `relevant` is false is non-relevant and its
value is empty for every later expression (ODK clears it); an item inside a non-relevant group is non-relevant.
The XPath subset pyxform produces from the form: paths, string literals, numbers, `=`, `!=`, `>`, `<`, `>=`, `<=`,
`and`, `or`, `not()`, `selected()`, `count-selected()`.
"""
import json
import logging
import re
import sys
import warnings as python_warnings
import xml.etree.ElementTree as ET

from pyxform.xls2xform import convert

XF = "{http://www.w3.org/2002/xforms}"
TOKEN = re.compile(r"\s*(?:(?P<path>/[\w\-/.]+)|(?P<string>'[^']*'|\"[^\"]*\")|(?P<number>\d+(?:\.\d+)?)"
                   r"|(?P<op>!=|>=|<=|=|>|<|\(|\)|,)|(?P<name>[a-z][\w\-]*))")


def tokens(expression):
    position, out = 0, []
    expression = expression.strip()
    while position < len(expression):
        match = TOKEN.match(expression, position)
        if not match or match.end() == position:
            raise ValueError(f"cannot read {expression[position:]!r} in {expression!r}")
        kind = match.lastgroup
        out.append((kind, match.group(kind)))
        position = match.end()
    return out


class Evaluator:
    """A recursive-descent reader of the subset: or > and > comparison > primary."""

    def __init__(self, expression, value_of):
        self.tokens, self.position, self.value_of = tokens(expression), 0, value_of

    def peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else (None, None)

    def take(self, expected=None):
        token = self.peek()
        if expected is not None and token[1] != expected:
            raise ValueError(f"expected {expected!r}, found {token!r}")
        self.position += 1
        return token

    def run(self):
        value = self.disjunction()
        if self.position != len(self.tokens):
            raise ValueError(f"unread tokens {self.tokens[self.position:]}")
        return truth(value)

    def disjunction(self):
        value = self.conjunction()
        while self.peek() == ("name", "or"):
            self.take()
            right = self.conjunction()
            value = truth(value) or truth(right)
        return value

    def conjunction(self):
        value = self.comparison()
        while self.peek() == ("name", "and"):
            self.take()
            right = self.comparison()
            value = truth(value) and truth(right)
        return value

    def comparison(self):
        left = self.primary()
        if self.peek()[0] == "op" and self.peek()[1] in ("=", "!=", ">", "<", ">=", "<="):
            operator = self.take()[1]
            right = self.primary()
            return compare(left, operator, right)
        return left

    def primary(self):
        kind, text = self.take()
        if kind == "path":
            return self.value_of(text.rstrip("/").split("/")[-1])
        if kind == "string":
            return text[1:-1]
        if kind == "number":
            return float(text)
        if kind == "op" and text == "(":
            value = self.disjunction()
            self.take(")")
            return value
        if kind == "name":
            self.take("(")
            arguments = [self.disjunction()]
            while self.peek() == ("op", ","):
                self.take()
                arguments.append(self.disjunction())
            self.take(")")
            return call(text, arguments)
        raise ValueError(f"unexpected {text!r}")


def truth(value):
    return value if isinstance(value, bool) else (value != "" if isinstance(value, str) else value != 0)


def compare(left, operator, right):
    if isinstance(left, float) or isinstance(right, float):
        try:
            left, right = float(left), float(right)
        except ValueError:
            return operator == "!="
    return {"=": left == right, "!=": left != right, ">": left > right, "<": left < right,
            ">=": left >= right, "<=": left <= right}[operator]


def call(name, arguments):
    if name == "not":
        return not truth(arguments[0])
    if name == "selected":
        return arguments[1] in str(arguments[0]).split()
    if name == "count-selected":
        return float(len(str(arguments[0]).split()))
    raise ValueError(f"function {name}() is outside the subset")


def relevant_questions(root, binds, answers):
    """Names of the relevant questions and groups, in document order, with ODK's clearing of non-relevant values."""
    values, relevant, irrelevant_paths = {}, [], []
    instance = root.find(f".//{XF}instance")
    data = list(instance)[0]

    def walk(node, path):
        for child in node:
            name = child.tag.split("}")[-1]
            child_path = f"{path}/{name}"
            if name == "meta":
                continue
            bind = binds.get(child_path, {})
            inside_irrelevant = any(child_path.startswith(p + "/") for p in irrelevant_paths)
            expression = bind.get("relevant")
            is_relevant = not inside_irrelevant and (
                expression is None or Evaluator(expression, lambda n: values.get(n, "")).run())
            if is_relevant:
                relevant.append(name)
                values[name] = answers.get(name, "")
            else:
                irrelevant_paths.append(child_path)
                values[name] = ""
            walk(child, child_path)

    walk(data, "/" + data.tag.split("}")[-1])
    return relevant


def main(form_path, cases_path):
    collected = []
    logging.basicConfig(level=logging.WARNING)
    handler = logging.Handler()
    handler.emit = lambda record: collected.append(record.getMessage())
    logging.getLogger().addHandler(handler)
    with python_warnings.catch_warnings(record=True) as caught:
        python_warnings.simplefilter("always")
        try:
            result = convert(xlsform=form_path, warnings=collected, validate=False)
        except Exception as error:  # pyxform's errors name the sheet and row
            print(json.dumps({"error": f"{type(error).__name__}: {error}", "warnings": collected}, ensure_ascii=False))
            return 1
    collected += [str(w.message) for w in caught]
    root = ET.fromstring(result.xform)
    binds = {b.get("nodeset"): b.attrib for b in root.iter(f"{XF}bind")}
    with open(cases_path, encoding="utf-8") as file:
        cases = json.load(file)
    output = {"warnings": collected,
              "cases": {case["name"]: relevant_questions(root, binds, case["answers"]) for case in cases}}
    print(json.dumps(output, ensure_ascii=False))
    return 1 if collected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
