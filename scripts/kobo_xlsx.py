#!/usr/bin/env python3
"""Writes a KoboToolbox-like XLSX export from a `;`-separated UTF-8 CSV, as Kobo's « XLS » export types its cells:
integers as numbers, `true`/`false` as booleans, `today` as a date and `_submission_time` as a date and time
(both with a date format, so a reader must turn serial numbers into dates), text as shared strings.

Used by the Swift tests of `answers import --from kobo` (openpyxl from PyPI, installed by `scripts/setup --test`).
Usage: kobo_xlsx.py INPUT.csv OUTPUT.xlsx
"""
import csv
import datetime
import sys

from openpyxl import Workbook


def typed(header, value):
    if header == "today" and value:
        return datetime.date.fromisoformat(value)
    if header == "_submission_time" and value:
        return datetime.datetime.fromisoformat(value)
    if value in ("true", "false"):
        return value == "true"
    if value.isdigit() and not value.startswith("0") or value == "0":
        return int(value)
    return value


def main(source, target):
    with open(source, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    book = Workbook()
    sheet = book.active
    sheet.title = "Besoins SIP"  # Kobo names the first sheet after the form
    header = rows[0]
    sheet.append(header)
    for row in rows[1:]:
        sheet.append([typed(name, value) for name, value in zip(header, row)])
    for column, name in enumerate(header, start=1):
        if name in ("today", "_submission_time"):
            for cell in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell[0].number_format = "yyyy-mm-dd" if name == "today" else "yyyy-mm-dd hh:mm:ss"
    book.create_sheet("repeat_group")  # Kobo adds one sheet per repeat group: never read
    book.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
