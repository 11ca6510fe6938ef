"""Reading articles: which inputs a command line names, and the text and metadata of each.

Inputs are files, directories (searched recursively for .txt, .html and .htm),
glob patterns, `-` for stdin, and http(s) URLs fetched with a timeout and a size
limit (tracker.fetch). HTML is reduced to its main text with trafilatura, which
also reads the title, the date and the site name from the markup. Bytes are
decoded as browsers decode them (tracker.charset: byte order mark, declared
charset, meta prescan, else UTF-8), line endings are read the way Python's text
mode reads them, HTML entities and Markdown links left in plain text are
read as meant (tracker.pasted), invisible and control characters are removed
(tracker.text), and so is what a print layout added to a copy (tracker.page_furniture,
tracker.hyphenation) and a web page's chrome copied with its story (tracker.web_chrome,
tracker.russian_page_chrome); Document.original_span turns a span of the text back into
offsets of the text as `Path.read_text()` returns it, which is what the
extraction contract's spans index. A NUL anywhere means binary data. Merging
what a document says with the article's own metadata is tracker.article's.
"""

from __future__ import annotations

import glob
import os
import re
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from tracker.charset import byte_order_mark, decode_as, sniff
from tracker.dates import LAST_YEAR, DateSpan
from tracker.errors import InvalidInput
from tracker.hyphenation import line_end_hyphens
from tracker.page_furniture import page_furniture
from tracker.pasted import decoded
from tracker.russian_page_chrome import page_chrome
from tracker.text import Cleaned, clean, clean_line, clean_tracked, is_web_url
from tracker.web_chrome import web_chrome

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_SNIFF = 8192


@dataclass(frozen=True)
class Input:
    """One thing to read, named as the user gave it; kind is file, url, stdin or missing
    (or text: given whole through the Python API, nothing to read)."""

    name: str
    kind: str

    @property
    def id(self) -> str:
        """The article id of the extraction contract: the file name without extension."""
        if self.kind == "stdin":
            return "stdin"
        if self.kind == "url":
            path = urllib.parse.urlsplit(self.name).path
            return PurePosixPath(path).stem or urllib.parse.urlsplit(self.name).hostname or "url"
        return Path(self.name).stem


@dataclass(frozen=True)
class Document:
    """The text of one input and what its markup (HTML) said about it.

    removed: where invisible and control characters (and the rest of an entity or of a
    link's syntax) were taken out of the text as read; folded: see Cleaned (both for
    original_span).
    """

    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    removed: tuple[int, ...] = ()
    folded: tuple[int, ...] = ()
    period: DateSpan | None = None  # the month or year published in, when no day is given

    def original_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of `text` as offsets into the text as read, before cleaning."""
        return Cleaned(self.text, self.removed, self.folded).original_span(span)


def expand(args: Iterable[str]) -> list[Input]:
    """The inputs named by arguments, in order, each once; unmatched names come back missing."""
    found: list[Input] = []
    seen: set[tuple[str, str]] = set()

    def add(item: Input) -> None:
        key = (item.kind, os.path.normpath(item.name) if item.kind == "file" else item.name)
        if key not in seen:
            seen.add(key)
            found.append(item)

    for arg in args:
        for item in _expand_one(arg):
            add(item)
    return found


def _expand_one(arg: str) -> Iterator[Input]:
    if arg == "-":
        yield Input("-", "stdin")
    elif is_url(arg):
        yield Input(arg, "url")
    elif os.path.isdir(arg):
        yield from (Input(p, "file") for p in _walk(arg))
    elif os.path.exists(arg):
        yield Input(arg, "file")
    elif glob.has_magic(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        files = [m for m in matches if os.path.isfile(m)]
        for directory in (m for m in matches if os.path.isdir(m)):
            files.extend(_walk(directory))
        yield from (Input(p, "file") for p in files) if files else [Input(arg, "missing")]
    else:
        yield Input(arg, "missing")


def _walk(directory: str) -> list[str]:
    """Article files under a directory, recursively, in a stable order; hidden ones skipped."""
    paths = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        paths.extend(
            os.path.join(root, name)
            for name in sorted(files)
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")
        )
    return paths


def is_url(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def read(
    item: Input,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    public_only: bool = False,
) -> Document:
    """The text and markup metadata of one input; InvalidInput says why it cannot be read.

    public_only: fetch URLs only from public addresses (see tracker.fetch; any server
    fetching for others must set it).
    """
    if item.kind == "url":
        from tracker.fetch import fetch

        page = fetch(item.name, timeout=timeout, max_bytes=max_bytes, public_only=public_only)
        html = "html" in page.content_type or _looks_like_html(page.body)
        return _document(page.body, html=html, url=item.name, charset=page.charset)
    data = read_bytes(item, max_bytes=max_bytes, stdin=stdin)
    if item.kind == "stdin":
        return _document(data, html=_looks_like_html(data))
    html = item.name.lower().endswith(HTML_SUFFIXES) or _looks_like_html(data)
    return _with_sidecar(_document(data, html=html), Path(item.name))


def text_document(text: str) -> Document:
    """A text given as a string (the Python API) as a Document, cleaned as files are."""
    cleaned = plain_text(text.replace("\r\n", "\n"))
    if not cleaned.text.strip():
        raise InvalidInput("empty: no text to read")
    return Document(text=cleaned.text, removed=cleaned.removed, folded=cleaned.folded)


def read_text(
    item: Input, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Document:
    """A file or stdin as plain text (markup kept as written), under the same size limit,
    decoding and cleaning as articles: what `tracker source add` stores."""
    data = read_bytes(item, max_bytes=max_bytes, stdin=stdin)
    if not data.strip():
        raise InvalidInput("empty: no text to read")
    return _text_document(data, charset=None)


def read_bytes(
    item: Input, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> bytes:
    """The bytes of a file or of stdin, refused over max_bytes before they are all read."""
    if item.kind == "missing":
        raise InvalidInput("no such file, directory or matching pattern")
    if item.kind == "stdin":
        import sys

        stream = stdin if stdin is not None else sys.stdin.buffer
        return _read_limited(stream, max_bytes)
    try:
        size = os.path.getsize(item.name)
        if size > max_bytes:
            raise InvalidInput(f"file is {_mb(size)}, over the {_mb(max_bytes)} limit (--max-size)")
        with open(item.name, "rb") as stream:
            return _read_limited(stream, max_bytes, what="file")
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror or exc}") from None


SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = ("title", "outlet", "published", "url")


def sidecar_path(path: Path) -> Path:
    """Where a file's own metadata may lie: story.txt -> story.meta.json beside it."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def _with_sidecar(document: Document, path: Path) -> Document:
    """Complete a file's document with the metadata file beside it, if there is one.

    Scrapers and archives often keep an article's publication date, url and
    outlet apart from its text (wire copy has no year in its dateline); a
    `NAME.meta.json` with those keys gives them the trust of the page's markup.
    """
    side = sidecar_path(path)
    if not side.is_file():
        return document
    import json

    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"unreadable metadata file {side}: {exc}") from None
    except RecursionError:
        raise InvalidInput(f"metadata file {side}: JSON nested too deeply") from None
    if not isinstance(meta, dict):
        raise InvalidInput(f"metadata file {side} must hold a JSON object")
    found = {key: meta[key] for key in SIDECAR_FIELDS if meta.get(key)}
    for key in ("title", "outlet", "url"):
        if key in found:
            if not isinstance(found[key], str):
                raise InvalidInput(f"metadata file {side}: {key} must be text")
            found[key] = clean_line(found[key]) or None
    if found.get("url") and not is_web_url(found["url"]):
        raise InvalidInput(f"metadata file {side}: url must be an http or https URL")
    if "published" in found:
        published = _iso_date(str(found["published"]))
        period = _iso_period(str(found["published"])) if published is None else None
        if published is None and period is None:
            raise InvalidInput(
                f"metadata file {side}: published must be YYYY-MM-DD (or YYYY-MM, YYYY when "
                f"only the month or year is known), in {LAST_YEAR} or before"
            )
        found["published"] = published
        if period is not None and document.published is None:
            found["period"] = period
    found = {k: v for k, v in found.items() if v is not None}
    return replace(document, **{k: v for k, v in found.items() if getattr(document, k) is None})


def _read_limited(stream: BinaryIO, max_bytes: int, *, what: str = "input") -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InvalidInput(f"{what} is over the {_mb(max_bytes)} limit (--max-size)")
    return data


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 104_858 else f"{size} bytes"


def _looks_like_html(data: bytes) -> bool:
    head = data[:_SNIFF]
    encoding = byte_order_mark(head)
    if encoding and encoding.startswith("utf-16"):
        head = decode_as(head[: len(head) // 2 * 2], encoding).encode("utf-8", "replace")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head[:2048]


def decode(data: bytes, charset: str | None = None, *, html: bool = False) -> str:
    """Bytes as text, in the encoding a browser would choose (tracker.charset); refuses
    binary data (a NUL anywhere) and undecodable bytes; newlines as text mode reads them."""
    encoding = sniff(data, declared=charset, html=html)
    if not encoding.startswith("utf-16") and b"\x00" in data:
        raise InvalidInput(f"binary file, not text (a NUL byte at offset {data.index(0)})")
    try:
        text = decode_as(data, encoding)
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"not valid {encoding.upper()} text (bad byte at offset {exc.start})"
        ) from None
    if "\x00" in text:
        raise InvalidInput("binary file, not text (a NUL character)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _document(
    data: bytes, *, html: bool, url: str | None = None, charset: str | None = None
) -> Document:
    if not data.strip():
        raise InvalidInput("empty: no text to read")
    if not html:
        return _text_document(data, charset=charset, url=url)
    return _from_html(clean(decode(data, charset, html=True)), url)


def _text_document(data: bytes, *, charset: str | None, url: str | None = None) -> Document:
    cleaned = plain_text(decode(data, charset))
    if not cleaned.text.strip():
        raise InvalidInput("empty: no text to read")
    return Document(text=cleaned.text, url=url, removed=cleaned.removed, folded=cleaned.folded)


def plain_text(text: str) -> Cleaned:
    """An article's plain text as meant: markup left in it decoded, then cleaned, then
    without what a print layout added to it (tracker.page_furniture, tracker.hyphenation) and
    the lines a web page's chrome left in a copy of it (tracker.web_chrome; a Russian news
    page's, tracker.russian_page_chrome)."""
    read = decoded(text)
    cleaned = read.then(clean_tracked(read.text))
    for layout in (page_furniture, web_chrome, line_end_hyphens, page_chrome):
        cleaned = cleaned.without(*layout(cleaned.text))
    return cleaned


def _from_html(markup: str, url: str | None) -> Document:
    """The main text of a web page and the title, date and site name its markup gives."""
    import trafilatura

    found = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only dates the page declares (meta tags, time elements), never one guessed from text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    # the markup was cleaned, but entities (&#x202e;, &#27;) come back as characters
    text = clean(found.text or "").strip() if found is not None else ""
    if not text:
        raise InvalidInput("no article text found in the HTML")
    page_url = found.url if found.url and is_web_url(found.url) else None
    published, period = _markup_date(markup, _iso_date(found.date))
    return Document(
        text="\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n",
        title=clean_line(found.title or "") or None,
        outlet=clean_line(found.sitename or "") or None,
        published=published,
        url=url or page_url,
        period=period,
    )


# a tag that declares a date: <meta property="article:published_time" content="...">,
# <time datetime="...">, itemprop="datePublished" (whatever the attributes' order)
_DATE_TAG = re.compile(r"<(?:meta|time)\b[^>]*>", re.IGNORECASE)
_DATE_VALUE = re.compile(
    r"""\b(?:content|datetime)\s*=\s*(["'])\s*(?P<value>[^"'<>]*?)\s*\1""", re.I
)
_DATE_NAME = re.compile(r"date|time|published|issued|created", re.IGNORECASE)


def _markup_date(markup: str, found: date | None) -> tuple[date | None, DateSpan | None]:
    """The day the page's markup gives (trafilatura's), or the month or year it gives when
    that is all: trafilatura (htmldate, dateutil) fills the day a "2020-09" lacks with
    today's day of the month, and the day no tag gives is not taken."""
    if found is None:
        return None, None
    periods = []
    for tag in _DATE_TAG.findall(markup):
        m = _DATE_VALUE.search(tag)
        if m is None or not _DATE_NAME.search(_DATE_VALUE.sub("", tag)):
            continue
        value = m["value"]
        if value.startswith(found.isoformat()) or value.startswith(f"{found:%Y%m%d}"):
            return found, None
        period = _iso_period(value)
        if period is not None and period.start <= found <= period.end:
            periods.append(period)
    if periods:
        return None, min(periods, key=lambda p: p.end - p.start)
    return found, None


_PERIOD_VALUE = re.compile(r"(\d{4})(?:-(\d{2}))?")


def _iso_period(value: str | None) -> DateSpan | None:
    """The month (YYYY-MM) or year (YYYY) a page or its metadata file declares itself
    published in, when that is all it declares; None for a day or anything else."""
    m = _PERIOD_VALUE.fullmatch((value or "").strip())
    if m is None or not 1 <= int(m[1]) <= LAST_YEAR:
        return None
    if m[2] is None:
        return DateSpan.year(int(m[1]))
    return DateSpan.month(int(m[1]), int(m[2])) if 1 <= int(m[2]) <= 12 else None


def _iso_date(value: str | None) -> date | None:
    """A YYYY-MM-DD date, None when it is not one or lies after LAST_YEAR."""
    try:
        found = date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
    return found if found is not None and found.year <= LAST_YEAR else None
