"""Untrusted text as it comes in: one rule for what is kept, at every entry point.

Articles, names, titles and URLs come from pages nobody here controls, and some
characters in them do harm without being seen:

* control characters: NUL is stored by SQLite but refused by PostgreSQL (so a
  move between them would lose the row), and ESC starts sequences that retitle
  or clear a terminal;
* zero-width characters, the byte order mark and soft hyphens: "Rya\\u200bbkov"
  looks like Ryabkov but is another word, so the speaker is never matched;
* bidirectional overrides and isolates: they reorder how text is displayed.

`clean` removes them all (tab and line feed stay; other line and page breaks
become line feeds), the same way for every engine, before anything is
stored. Zero-width joiners stay where a script needs them (Arabic, Indic
scripts, emoji sequences) and go beside letters of cased scripts (Latin,
Cyrillic, Greek), which never use them. `clean_tracked` also says which
positions it removed, so that offsets into the cleaned text can be given back
as offsets into the text as it was read (the extraction contract's spans).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

# C0 and C1 controls except tab and the line breaks below, DEL, soft hyphen, Arabic letter
# mark, Mongolian vowel separator, zero-width space, LRM/RLM, bidi embeddings and overrides,
# word joiner and invisible operators, bidi isolates, BOM / zero-width no-break space,
# interlinear annotation marks, and the invisible "tag" characters.
_INVISIBLE = (
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\U000e0000-\U000e007f"
)
_JOINERS = "\u200c\u200d"
_FOUND = re.compile(f"[{_INVISIBLE}{_JOINERS}]|[\x0b\x0c\r\x85\u2028\u2029]")
_BREAK = re.compile("[\x0b\x0c\r\x85\u2028\u2029]")
MAX_URL = 2000  # the source.url column
_URL_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text and the positions (in the text as given) of the characters removed.

    folded: the removed positions that belong to the character kept before them (the
    "rdquo;" of an entity read as its mark), which a span ending on that character covers.
    """

    text: str
    removed: tuple[int, ...] = ()
    folded: tuple[int, ...] = ()

    def original_offset(self, offset: int) -> int:
        """Where a position of the cleaned text was in the text as given."""
        position = offset
        for at in self.removed[: bisect.bisect_right(self.removed, offset + len(self.removed))]:
            if at <= position:
                position += 1
            else:
                break
        return position

    def original_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A [start, end) span of the cleaned text as a span of the text as given."""
        start, end = span
        first = self.original_offset(start)
        if end <= start:
            return first, first
        last = self.original_offset(end - 1) + 1
        at = bisect.bisect_left(self.folded, last)
        while at < len(self.folded) and self.folded[at] == last:
            at, last = at + 1, last + 1
        return first, last

    def without(self, text: str, positions: list[int]) -> Cleaned:
        """``text`` (this one's text, or one as long) without the characters at
        ``positions``, tracked with those this cleaning removed."""
        if not positions:
            return replace(self, text=text)
        kept = [
            text[a + 1 : b] for a, b in zip([-1, *positions], [*positions, len(text)], strict=True)
        ]
        removed = {*self.removed, *(self.original_offset(at) for at in positions)}
        return Cleaned("".join(kept), tuple(sorted(removed)), self.folded)

    def then(self, later: Cleaned) -> Cleaned:
        """This cleaning followed by ``later`` (a cleaning of this one's text), as one."""
        if not later.removed:
            return replace(later, removed=self.removed, folded=self.folded)
        moved = [self.original_offset(at) for at in later.removed]
        return Cleaned(
            later.text,
            tuple(sorted({*self.removed, *moved})),
            tuple(sorted({*self.folded, *(self.original_offset(at) for at in later.folded)})),
        )


def _cased(char: str) -> bool:
    return char.lower() != char.upper()


def clean_tracked(text: str) -> Cleaned:
    """The text without invisible and control characters, and where they were."""
    if not _FOUND.search(text):
        return Cleaned(text)
    text = _BREAK.sub("\n", text)  # one character for one: no offset moves
    kept: list[str] = []
    removed: list[int] = []
    last = 0
    for match in re.finditer(f"[{_INVISIBLE}{_JOINERS}]", text):
        at = match.start()
        char = text[at]
        if char in _JOINERS:
            before = text[at - 1] if at else ""
            after = text[at + 1] if at + 1 < len(text) else ""
            if not (_cased(before) or _cased(after)):
                continue  # a joiner a script needs
        kept.append(text[last:at])
        removed.append(at)
        last = at + 1
    kept.append(text[last:])
    return Cleaned("".join(kept), tuple(removed))


def clean(text: str) -> str:
    """The text without invisible and control characters (tab and line feed kept)."""
    return clean_tracked(text).text


def clean_line(text: str) -> str:
    """A one-line value (a name, a title, a URL): cleaned, its white space folded to single
    spaces."""
    return " ".join(clean(text).split())


def clean_optional(value: str | None) -> str | None:
    """clean() of an optional value, None kept; blank becomes None."""
    if value is None:
        return None
    cleaned = clean(value).strip()
    return cleaned or None


def is_web_url(value: str) -> bool:
    """Whether a value is an absolute http or https URL with a host, and no control
    characters (a URL holding a line break or an ESC is an injection or a corruption)."""
    import urllib.parse

    text = value.strip()
    if _URL_CONTROL.search(text):
        return False
    try:
        parts = urllib.parse.urlsplit(text)
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return False
    return not any(char.isspace() for char in parts.netloc)


def web_url(value: object) -> str | None:
    """An http(s) URL made safe to write into any output (a link in HTML, Markdown,
    TimelineJS, iCalendar, the web pages), or None for anything else.

    Other schemes (javascript:, data:, file:), URLs with control characters and
    URLs longer than the source.url column are never a link. Spaces, quotes,
    angle brackets and non-ASCII characters are percent-encoded (as UTF-8), so
    the result is one line of printable ASCII that cannot end an attribute, a
    Markdown link or an iCalendar property.
    """
    import urllib.parse

    if not isinstance(value, str) or len(value) > MAX_URL or not is_web_url(value):
        return None
    return urllib.parse.quote(value.strip(), safe="!#$%&'()*+,-./:;=?@[]~_")


def checked_web_url(value: str | None, *, what: str = "the URL") -> str | None:
    """A URL to record: cleaned, http or https, at most MAX_URL characters; None for none.

    Anything else (javascript:, data:, a bare path) is refused, so no stored URL can
    become a script link in an export.
    """
    from tracker.errors import InvalidInput

    if value is None or not value.strip():
        return None
    url = clean_line(value)
    if not is_web_url(url):
        raise InvalidInput(f"{what} must be an http or https URL (got {url[:80]!r})")
    if len(url) > MAX_URL:
        raise InvalidInput(f"{what} must be a URL of at most {MAX_URL} characters")
    return url


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")


@lru_cache(maxsize=16)
def guess_language(text: str) -> str | None:
    """en or ru by script: enough to tell the two languages the desk reads (the reader's
    Russian page chrome and the extractor both ask)."""
    sample = text[:4000]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if not cyrillic and not latin:
        return None
    return "ru" if cyrillic > latin else "en"
