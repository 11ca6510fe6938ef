"""A timeline as Knight Lab TimelineJS3 JSON: a title slide and one event per statement.

Dates give only the parts that are known ({"year", "month"} for "December
2021"); an interval has an end_date; an open "on or before" date is placed on
its last day, and every uncertain date carries a display_date in words. A
direct quotation is in quotation marks; reported speech is labelled a
paraphrase (tracker.export.quoting). Statements with no known day at all
cannot be placed and are skipped (the writer returns how many).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from html import escape
from typing import IO, Any

from tracker.export import quoting
from tracker.export.timeline import role_line, source_label, source_link


def _date(day: date, parts: int) -> dict[str, int]:
    value = {"year": day.year, "month": day.month, "day": day.day}
    return dict(list(value.items())[:parts])


def event(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The TimelineJS slide for one statement (None when its date is unknown)."""
    start, end, precision = row["said_from"], row["said_to"], row["said_precision"]
    if start is None and end is None:
        return None
    slide: dict[str, Any] = {}
    if precision == "day" and start == end:
        slide["start_date"] = _date(start, 3)
    elif precision == "month" and start is not None:
        slide["start_date"] = _date(start, 2)
    elif precision == "year" and start is not None:
        slide["start_date"] = _date(start, 1)
    elif start is not None and end is not None:
        slide["start_date"] = _date(start, 3)
        slide["end_date"] = _date(end, 3)
    else:
        slide["start_date"] = _date(start or end, 3)
    if precision != "day" or start != end:
        slide["display_date"] = row["when"]
    speaker = row["speaker"] or "unknown speaker"
    words = escape(quoting.shown(row["text"], row["kind"]))
    if paraphrase := quoting.label(row["kind"]):
        words = f"<em>{paraphrase}:</em> {words}"
    body = f"<p>{words}</p>"
    if role := role_line(row):
        body = f"<p><em>{escape(role)}</em></p>" + body
    label = source_label(row)
    if label and (link := source_link(row)):
        body += f'<p>Source: <a href="{escape(link)}">{escape(label)}</a></p>'
    elif label:
        body += f"<p>Source: {escape(label)}</p>"
    slide["text"] = {"headline": escape(speaker), "text": body}
    slide["group"] = speaker
    slide["unique_id"] = f"statement-{row['id']}"
    return slide


def write_timelinejs(
    rows: Iterable[Mapping[str, Any]], out: IO[str], *, title: str
) -> tuple[int, int]:
    """Write the JSON document, streaming events; returns (events written, rows skipped)."""
    heading = {"text": {"headline": escape(title), "text": "Statements recorded by tracker."}}
    out.write('{"title": ' + json.dumps(heading, ensure_ascii=False) + ',\n "events": [')
    written = skipped = 0
    for row in rows:
        slide = event(row)
        if slide is None:
            skipped += 1
            continue
        out.write(",\n  " if written else "\n  ")
        out.write(json.dumps(slide, ensure_ascii=False))
        written += 1
    out.write("\n ]}\n" if written else "]}\n")
    return written, skipped
