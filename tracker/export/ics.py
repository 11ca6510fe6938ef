"""A timeline as an iCalendar file (RFC 5545): one all-day event per statement.

A day is a one-day event; an interval ("December 2021", "17-19 Dec") spans its
days (DTEND is the day after, exclusive); an open "on or before 17 Dec 2021"
is a one-day event on 17 December with "on or before" in its summary.
Statements with no known day, or with a day the calendar cannot hold
(9999-12-31 has no day after), are skipped, never stopping the rest. A direct
quotation is in quotation marks; reported speech is labelled a paraphrase
(tracker.export.quoting). Lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character; text is escaped as RFC 5545 TEXT and the URL is an
http(s) link percent-encoded to one line, so no value can start a property of
its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import IO, Any

from tracker.export import quoting
from tracker.export.timeline import role_line, source_label, source_link

SUMMARY_WORDS = 12
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


def escape_text(value: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines; other control
    characters, which TEXT may not hold, are left out."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return _CONTROL.sub("", value)


def fold(line: str) -> str:
    """One content line, folded into CRLF-ended pieces of at most 75 octets."""
    pieces, current, size, limit = [], [], 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines begin with a space
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces) + "\r\n"


def _days(row: Mapping[str, Any]) -> tuple[date, date, str] | None:
    """(first day, day after the last, words for an uncertain date or "")."""
    start, end = row["said_from"], row["said_to"]
    if start is None and end is None:
        return None
    if start is None:
        return end, end + timedelta(days=1), row["when"]
    if end is None:
        return start, start + timedelta(days=1), row["when"]
    exact = row["said_precision"] == "day" and start == end
    return start, end + timedelta(days=1), "" if exact else row["when"]


def _event(row: Mapping[str, Any], stamp: str) -> str | None:
    days = _days(row)
    if days is None:
        return None
    first, after, uncertain = days
    speaker = row["speaker"] or "unknown speaker"
    words = row["text"].split()
    summary = " ".join(words[:SUMMARY_WORDS]) + (" …" if len(words) > SUMMARY_WORDS else "")
    summary = quoting.shown(summary, row["kind"])
    notes = "; ".join(n for n in (uncertain, quoting.label(row["kind"])) if n)
    summary = f"{speaker} ({notes}): {summary}" if notes else f"{speaker}: {summary}"
    description = [quoting.shown(row["text"], row["kind"])]
    if role := role_line(row):
        description.append(f"{speaker}, {role}")
    if label := source_label(row):
        description.append(f"Source: {label}")
    lines = [
        "BEGIN:VEVENT",
        f"UID:statement-{row['id']}@tracker",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        f"DTEND;VALUE=DATE:{after:%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(description))}",
    ]
    if link := source_link(row):
        lines.append(f"URL:{link}")
    lines.append("END:VEVENT")
    return "".join(fold(line) for line in lines)


def write_ics(rows: Iterable[Mapping[str, Any]], out: IO[str], *, title: str) -> tuple[int, int]:
    """Write the calendar; returns (events written, rows skipped for want of a usable date)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tracker//timeline//EN"]
    head += ["CALSCALE:GREGORIAN", f"X-WR-CALNAME:{escape_text(title)}"]
    out.write("".join(fold(line) for line in head))
    written = skipped = 0
    for row in rows:
        try:
            event = _event(row, stamp)
        except OverflowError:  # a day at the end of the calendar (9999-12-31) has no next
            event = None
        if event is None:
            skipped += 1
            continue
        out.write(event)
        written += 1
    out.write(fold("END:VCALENDAR"))
    return written, skipped
