#!/usr/bin/env python3
"""Dumps an XLSX workbook as openpyxl reads it, independently of the Swift code that wrote it: for each sheet its
frozen cell, autofilter, column widths, header font, and every cell as [python type, value].

    python3 scripts/xlsx_dump.py classeur.xlsx
Prints {"sheets": [{"name", "freeze", "autofilter", "bold_header", "widths", "rows": [[[type, value], ...], ...]}]}.
Dates are printed as ISO text with type "datetime"; numbers keep their type ("int" or "float"); booleans "bool".
"""
import datetime
import json
import sys

import openpyxl


def cell(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return ["datetime", value.isoformat()]
    return [type(value).__name__, value]


def main(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        header = next(sheet.iter_rows(min_row=1, max_row=1), [])
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "autofilter": sheet.auto_filter.ref,
            "bold_header": bool(header) and all(c.font.b for c in header),
            "widths": {key: dim.width for key, dim in sheet.column_dimensions.items() if dim.customWidth},
            "rows": [[cell(c.value) for c in row] for row in sheet.iter_rows()],
        })
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
