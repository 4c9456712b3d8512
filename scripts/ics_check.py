#!/usr/bin/env python3
"""Reads .ics files with the `icalendar` module (PyPI, `scripts/setup --test`) as a calendar application would, and
prints what each holds as JSON: the calendar's properties and, per event, its dates as the module types them (a
`date` for an all-day event, a `datetime` otherwise), summary, status, categories and URL.

Used by the Swift tests (`CalendarExportTests`), independent of the Swift writer. Exit 3 when `icalendar` is absent.
"""
import datetime
import json
import sys

try:
    import icalendar
except ImportError:
    print("icalendar absent : pip install icalendar (scripts/setup --test)", file=sys.stderr)
    sys.exit(3)


def day(value):
    """An event's date as `{"type": "date"|"datetime", "value": ISO}`."""
    if value is None:
        return None
    moment = value.dt
    kind = "datetime" if isinstance(moment, datetime.datetime) else "date"
    return {"type": kind, "value": moment.isoformat()}


def categories(event):
    found = event.get("CATEGORIES")
    if found is None:
        return []
    found = found if isinstance(found, list) else [found]
    return [str(name) for entry in found for name in entry.cats]


def read(path):
    with open(path, "rb") as handle:
        raw = handle.read()
    calendar = icalendar.Calendar.from_ical(raw)
    events = []
    for event in calendar.walk("VEVENT"):
        events.append({
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY")),
            "description": str(event.get("DESCRIPTION", "")),
            "start": day(event.get("DTSTART")),
            "end": day(event.get("DTEND")),
            "stamp": day(event.get("DTSTAMP")),
            "status": str(event.get("STATUS", "")),
            "url": str(event.get("URL", "")) or None,
            "categories": categories(event),
        })
    lines = raw.split(b"\r\n")
    return {
        "version": str(calendar.get("VERSION")),
        "name": str(calendar.get("X-WR-CALNAME", "")),
        "method": str(calendar.get("METHOD", "")),
        "crlf": raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""),
        "longest": max(len(line) for line in lines),
        "events": events,
    }


if __name__ == "__main__":
    print(json.dumps({path.rsplit("/", 1)[-1]: read(path) for path in sys.argv[1:]}, ensure_ascii=False))
