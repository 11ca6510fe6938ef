"""Templates and the filters they use: everything a page shows is escaped for HTML.

The Jinja2 environment autoescapes every value; the filters here return Markup
only for markup they build themselves around escaped text (highlights, marked
words). Only http and https URLs ever become links: anything else (javascript:,
data:, a relative path from an article) is shown as text.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from tracker.export import highlight
from tracker.text import web_url

TEMPLATES = Path(__file__).resolve().parent / "templates"


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        http_url=web_url,
        highlighted=highlighted,
        words=words,
        marked_paragraph=marked_paragraph,
        day=day,
        moment=moment,
    )
    return env


def highlighted(snippet: str | None) -> Markup:
    """A search snippet (matches between highlight.MARK_ON and MARK_OFF) with the matches
    in <mark>; a stray mark is dropped."""
    if not snippet:
        return Markup("")
    return Markup("").join(
        Markup(f"<mark>{escape(piece)}</mark>") if marked else escape(piece)
        for piece, marked in highlight.parts(snippet)
    )


def words(text: str, kind: str) -> str:
    """What was said as it reads: direct speech in quotation marks, reported speech not."""
    text = " ".join(text.split())
    if kind == "direct" and not text.startswith(("“", '"', "«")):
        return f"“{text}”"
    return text


def marked_paragraph(citation: dict[str, Any]) -> Markup:
    """A citation's paragraph with the cited words in <mark>."""
    before, cited, after = citation.get("before"), citation.get("cited"), citation.get("after")
    if cited is None:
        return Markup(escape(citation.get("quote") or ""))
    return Markup(f"{escape(before or '')}<mark>{escape(cited)}</mark>{escape(after or '')}")


def day(value: date | str | None) -> str:
    """17 Dec 2021; a publication date known only to the month or year (EDTF text,
    2021-12 or 2021) as Dec 2021 or 2021, never as a made-up day."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        if len(value) == 4:
            return value
        if len(value) == 7:
            return f"{date.fromisoformat(value + '-01'):%b %Y}"
        value = date.fromisoformat(value[:10])
    return f"{value.day} {value:%b %Y}"


def moment(value: datetime | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M} UTC"
