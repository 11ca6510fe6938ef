"""Reading articles: which inputs a command line names, and the text and metadata of each.

Inputs are files, directories (searched recursively for .txt, .html and .htm),
glob patterns, `-` for stdin, and http(s) URLs fetched with a timeout and a size
limit. HTML is reduced to its main text with trafilatura, which also reads the
title, the date and the site name from the markup. Text is decoded as UTF-8 and
its line endings read the way Python's text mode reads them, so character
spans index the text exactly as `Path.read_text()` returns it. Merging what a
document says with the article's own metadata is tracker.article's.
"""

from __future__ import annotations

import glob
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from tracker.errors import InvalidInput

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
USER_AGENT = "tracker/0.1 (statement tracker; +https://example.org/tracker)"
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
    """The text of one input and what its markup (HTML) said about it."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None


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
) -> Document:
    """The text and markup metadata of one input; InvalidInput says why it cannot be read."""
    if item.kind == "missing":
        raise InvalidInput("no such file, directory or matching pattern")
    if item.kind == "url":
        data, content_type, charset = fetch(item.name, timeout=timeout, max_bytes=max_bytes)
        html = "html" in content_type or _looks_like_html(data)
        return _document(data, html=html, url=item.name, charset=charset)
    if item.kind == "stdin":
        import sys

        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_limited(stream, max_bytes)
        return _document(data, html=_looks_like_html(data))
    try:
        size = os.path.getsize(item.name)
        if size > max_bytes:
            raise InvalidInput(f"file is {_mb(size)}, over the {_mb(max_bytes)} limit (--max-size)")
        data = Path(item.name).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror or exc}") from None
    html = item.name.lower().endswith(HTML_SUFFIXES) or _looks_like_html(data)
    return _with_sidecar(_document(data, html=html), Path(item.name))


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
    if not isinstance(meta, dict):
        raise InvalidInput(f"metadata file {side} must hold a JSON object")
    found = {key: meta[key] for key in SIDECAR_FIELDS if meta.get(key)}
    if "published" in found:
        published = _iso_date(str(found["published"]))
        if published is None:
            raise InvalidInput(f"metadata file {side}: published must be YYYY-MM-DD")
        found["published"] = published
    return replace(document, **{k: v for k, v in found.items() if getattr(document, k) is None})


def fetch(url: str, *, timeout: float, max_bytes: int) -> tuple[bytes, str, str | None]:
    """GET a URL: (body, content type, charset); refuses bodies over max_bytes."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InvalidInput(
                    f"{url} is {_mb(int(length))}, over the {_mb(max_bytes)} limit (--max-size)"
                )
            data = _read_limited(response, max_bytes, what=url)
            return data, response.headers.get_content_type(), response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise InvalidInput(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise InvalidInput(f"{url}: no answer within {timeout:g} s (--timeout)") from None
        raise InvalidInput(f"{url}: {getattr(reason, 'strerror', None) or reason}") from None
    except TimeoutError:
        raise InvalidInput(f"{url}: no answer within {timeout:g} s (--timeout)") from None


def _read_limited(stream: BinaryIO, max_bytes: int, *, what: str = "input") -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InvalidInput(f"{what} is over the {_mb(max_bytes)} limit (--max-size)")
    return data


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 104_858 else f"{size} bytes"


def _looks_like_html(data: bytes) -> bool:
    head = data[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head[:2048]


def decode(data: bytes, charset: str | None = None) -> str:
    """Bytes as text: refuses binary data and invalid UTF-8; newlines as text mode reads them."""
    if b"\x00" in data[:_SNIFF]:
        raise InvalidInput("binary file, not text")
    encoding = charset or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"not valid {encoding.upper()} text (bad byte at offset {exc.start})"
        ) from None
    except LookupError:
        raise InvalidInput(f"unknown character set {charset!r}") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _document(
    data: bytes, *, html: bool, url: str | None = None, charset: str | None = None
) -> Document:
    if not data.strip():
        raise InvalidInput("empty: no text to read")
    if not html:
        text = decode(data, charset)
        if not text.strip():
            raise InvalidInput("empty: no text to read")
        return Document(text=text, url=url)
    return _from_html(decode(data, charset), url)


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
    text = (found.text or "").strip() if found is not None else ""
    if not text:
        raise InvalidInput("no article text found in the HTML")
    return Document(
        text="\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n",
        title=found.title or None,
        outlet=found.sitename or None,
        published=_iso_date(found.date),
        url=url or found.url or None,
    )


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
