"""What every timeline writer shares: labels for a statement and its group (day or month).

Rows come from tracker.query.statements (sorted by the latest day a statement
may have been said); consecutive rows with the same group key form a group, so
grouping streams too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from typing import Any

GROUPINGS = ("day", "month")
UNDATED = "Date unknown"
# The fields of a statement in the data formats (csv, json) of `said`, `timeline` and the web
DATA_COLUMNS = (
    "id",
    "date",
    "when",
    "said_from",
    "said_to",
    "speaker",
    "official",
    "institution",
    "role",
    "text",
    "kind",
    "status",
    "occasion",
    "place",
    "source_id",
    "source_url",
    "source_title",
    "outlet",
    "source_published",
)


def group_key(row: Mapping[str, Any], by: str) -> tuple[str, str]:
    """(key, heading) of the group a statement belongs to.

    By month: the month of its latest possible day. By day: its day when it
    is known to the day, else its own uncertain date ("December 2021").
    """
    said_to = row["said_to"]
    if said_to is None:
        return ("~", UNDATED)
    if by == "month":
        return (said_to.strftime("%Y-%m"), said_to.strftime("%B %Y"))
    if row["said_precision"] == "day" and row["said_from"] == said_to:
        return (said_to.isoformat(), f"{said_to.strftime('%A')} {said_to.day} {said_to:%B %Y}")
    return (row["date"] or "~", row["when"])


def grouped(
    rows: Iterable[Mapping[str, Any]], by: str
) -> Iterator[tuple[str, Iterator[Mapping[str, Any]]]]:
    """(heading, rows) for each run of rows in the same group."""
    for (_, heading), members in groupby(rows, key=lambda row: group_key(row, by)):
        yield heading, members


def role_line(row: Mapping[str, Any]) -> str:
    """ "Deputy Foreign Minister, Russian Foreign Ministry" (whatever of it is known)."""
    parts = [row.get("role")]
    if row.get("official"):
        parts.append(row.get("institution"))
    return ", ".join(p for p in parts if p)


def source_link(row: Mapping[str, Any]) -> str | None:
    """The first source's URL, fit to be a link in any format: http(s) only (never
    javascript: or data:), percent-encoded to one line of printable ASCII."""
    from tracker.text import web_url

    return web_url(row.get("source_url"))


def source_label(row: Mapping[str, Any]) -> str | None:
    """The outlet and day of the first source that reported a statement."""
    if row.get("source_id") is None:
        return None
    name = row.get("outlet") or row.get("source_title") or row.get("source_url")
    name = name or f"source {row['source_id']}"
    published = row.get("source_published")  # already text: listing renders it by precision
    return f"{name}, {published}" if published else name
