"""What a page's URL asks for: the statement filter as typed, the sort and the page.

The filter is kept in the URL under the CLI's option names (by, institution,
country, from, to, about, mentions, topic, kind, status, source), so a search can be
bookmarked and shared; FilterParams reads it back and writes it into links.
Every value is bounded in length and count before anything runs.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, Protocol
from urllib.parse import urlencode

from tracker.errors import InvalidInput

MAX_VALUE_CHARS = 500
MAX_VALUES = 10
PAGE_SIZE = 50
MAX_OFFSET = 10_000  # deeper pages: narrow the filter, or download the whole listing
SORTS = {"date": "newest first", "chronological": "oldest first", "relevance": "best match"}

# (field, URL name, several values allowed)
URL_NAMES = (
    ("by", "by", True),
    ("institution", "institution", False),
    ("country", "country", False),
    ("date_from", "from", False),
    ("date_to", "to", False),
    ("about", "about", False),
    ("mentions", "mentions", True),
    ("topic", "topic", False),
    ("kind", "kind", True),
    ("status", "status", True),
    ("source", "source", False),
)


class QueryParams(Protocol):
    def getlist(self, key: str) -> list[str]: ...


@dataclass(frozen=True)
class FilterParams:
    """The statement filter as the visitor typed it (names, dates), before it is resolved."""

    by: tuple[str, ...] = ()
    institution: str = ""
    country: str = ""
    date_from: str = ""
    date_to: str = ""
    about: str = ""
    mentions: tuple[str, ...] = ()
    topic: str = ""
    kind: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    source: str = ""

    @classmethod
    def from_query(cls, params: QueryParams) -> FilterParams:
        """Read the filter from a query string; blank values are left out."""
        values: dict[str, Any] = {}
        for name, url_name, several in URL_NAMES:
            given = [v.strip() for v in params.getlist(url_name) if v.strip()]
            if len(given) > (MAX_VALUES if several else 1):
                raise InvalidInput(f"too many values for {url_name!r}")
            for value in given:
                if len(value) > MAX_VALUE_CHARS:
                    raise InvalidInput(f"{url_name!r} is longer than {MAX_VALUE_CHARS} characters")
            if given:
                values[name] = tuple(dict.fromkeys(given)) if several else given[0]
        if "source" in values and not values["source"].isdigit():
            raise InvalidInput(f"source must be a source id (a number), not {values['source']!r}")
        return cls(**values)

    def pairs(self) -> list[tuple[str, str]]:
        """(URL name, value) pairs, for links that keep the filter."""
        out: list[tuple[str, str]] = []
        for name, url_name, several in URL_NAMES:
            value = getattr(self, name)
            if several:
                out.extend((url_name, v) for v in value)
            elif value:
                out.append((url_name, value))
        return out

    def with_(self, **changes: Any) -> FilterParams:
        return replace(self, **changes)

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class Listing:
    """A page of a listing: its filter, sort and page number."""

    filt: FilterParams
    sort: str
    page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * PAGE_SIZE

    def url(self, path: str, **changes: Any) -> str:
        """The URL of this listing (or of another page, sort...) at `path`."""
        page = changes.pop("page", self.page)
        sort = changes.pop("sort", self.sort)
        filt = self.filt.with_(**changes) if changes else self.filt
        pairs = filt.pairs()
        if sort and sort != default_sort(filt):
            pairs.append(("sort", sort))
        if page > 1:
            pairs.append(("page", str(page)))
        return path + ("?" + urlencode(pairs) if pairs else "")

    def filter_url(self, path: str) -> str:
        """The URL of another view of the same statements (timeline, download) at `path`."""
        pairs = self.filt.pairs()
        return path + ("?" + urlencode(pairs) if pairs else "")


def default_sort(filt: FilterParams) -> str:
    """As the CLI: by relevance with a full-text query, else newest first."""
    return "relevance" if filt.about else "date"


def read_listing(params: QueryParams, *, default: str | None = None) -> Listing:
    """The filter, sort and page of a listing URL; bad values raise InvalidInput."""
    filt = FilterParams.from_query(params)
    sort = _one(params, "sort") or default or default_sort(filt)
    if sort not in SORTS:
        raise InvalidInput(f"unknown sort {sort!r}; use one of: {', '.join(SORTS)}")
    if sort == "relevance" and not filt.about:
        raise InvalidInput("sorting by best match needs words to search for")
    page_text = _one(params, "page") or "1"
    if not page_text.isdigit() or int(page_text) < 1:
        raise InvalidInput(f"page must be a number from 1, not {page_text!r}")
    page = int(page_text)
    if (page - 1) * PAGE_SIZE > MAX_OFFSET:
        raise InvalidInput(
            f"pages stop at {MAX_OFFSET // PAGE_SIZE + 1}: narrow the filter, or download "
            "the whole listing"
        )
    return Listing(filt=filt, sort=sort, page=page)


def _one(params: QueryParams, name: str) -> str:
    values = params.getlist(name)
    if len(values) > 1:
        raise InvalidInput(f"give {name!r} once")
    value = values[0].strip() if values else ""
    if len(value) > MAX_VALUE_CHARS:
        raise InvalidInput(f"{name!r} is too long")
    return value
