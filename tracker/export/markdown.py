"""A timeline or listing as Markdown: a heading per day or month, a bullet per statement.

A direct quotation is shown in quotation marks; reported speech is labelled a
paraphrase and keeps only its own quoted words in marks (tracker.export.quoting).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, Any

from tracker.export import quoting
from tracker.export.highlight import MARK_OFF, MARK_ON
from tracker.export.terminal import visible
from tracker.export.timeline import grouped, role_line, source_label, source_link


def _escape(text: str) -> str:
    """Keep a statement's own characters from turning into Markdown markup (or into
    terminal control: the file is often read as it is)."""
    for char in ("\\", "`", "*", "_", "[", "]", "<", ">"):
        text = text.replace(char, "\\" + char)
    return " ".join(visible(text).split())


def _item(row: Mapping[str, Any], *, with_date: bool) -> str:
    who = f"**{_escape(row['speaker'] or 'unknown speaker')}**"
    if role := role_line(row):
        who += f" ({_escape(role)})"
    line = f"- {_escape(row['when'])}: {who}" if with_date else f"- {who}"
    if paraphrase := quoting.label(row["kind"]):
        line += f", {paraphrase}"
    words = _escape(quoting.shown(row.get("excerpt") or row["text"], row["kind"]))
    line += ": " + words.replace(MARK_ON, "**").replace(MARK_OFF, "**")  # search matches
    label = source_label(row)
    if label and (link := source_link(row)):
        url = link.replace("(", "%28").replace(")", "%29")
        line += f" — [{_escape(label)}]({url})"
    elif label:
        line += f" — {_escape(label)}"
    return line + "\n"


def write_markdown(
    rows: Iterable[Mapping[str, Any]], out: IO[str], *, title: str, group: str | None = "day"
) -> int:
    """Write the rows under `title`; grouped by day or month, or one flat list (group=None)."""
    out.write(f"# {_escape(title)}\n")
    count = 0
    if group is None:
        out.write("\n")
        for row in rows:
            out.write(_item(row, with_date=True))
            count += 1
    else:
        for heading, members in grouped(rows, group):
            out.write(f"\n## {heading}\n\n")
            for row in members:
                out.write(_item(row, with_date=group == "month"))
                count += 1
    if not count:
        out.write("\nNo statements match.\n")
    return count
