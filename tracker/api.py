"""tracker from Python: a notebook's or a script's way in, as sqlite_utils.Database is.

    from tracker import Tracker

    with Tracker("statements.db") as db:          # a file path or any database URL
        db.ingest_file("tass.txt", published="2021-12-17")
        rows = db.said(by="Sergey Ryabkov", date_from="2021-12", about="NATO")

    import pandas
    pandas.DataFrame(rows)                       # a list of plain dicts, taken as is

The methods are the CLI's use cases, through the same functions: ingesting is
tracker.services.ingest (prepare, then ingest) and querying is tracker.query
with the same Criteria the query commands build from their options. Each call
is one transaction, as each command is; errors are tracker.errors exceptions
(InvalidInput, NotFound, Ambiguous...), whose message is the line the CLI prints.
Rows are dicts of str, int, float, None and datetime.date values.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from tracker import reader
from tracker.article import checked_overrides
from tracker.db import Database
from tracker.errors import InvalidInput
from tracker.query import Criteria, build_filter, statements, stats, who
from tracker.services.ingest import AskYear, Prepared, Review, ingest, prepare, prepare_document

__all__ = ["Criteria", "Tracker"]


class Tracker:
    """One database: open it by URL or path (None: TRACKER_DATABASE_URL, else the default file).

    A new database is created at the current schema; close() (or a `with` block)
    releases its connections.
    """

    def __init__(self, url: str | None = None) -> None:
        self.database = Database(url)

    @property
    def url(self) -> str:
        return self.database.url

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Tracker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- ingesting ---------------------------------------------------------------------

    def ingest_text(
        self,
        text: str,
        *,
        name: str = "text",
        published: date | str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        title: str | None = None,
        language: str | None = None,
        review: Review | None = None,
        ask_year: AskYear | None = None,
    ) -> dict[str, Any]:
        """Find the statements in an article's text and record them, as `tracker ingest` does.

        Citations index `text` exactly as given. Without `review` every statement is
        recorded "proposed"; a review callback gets (article, statements) and returns
        services.ingest.Decisions. `published` is a day ("2021-12-17" or a date), or
        "2021-12" / "2021" when only the month or year is known. A dateline without a year
        needs `published` (or `ask_year`). Returns what was done: source_id, already,
        statements, citations, unattributed, notes.
        """
        prepared = self.extract_text(
            text,
            name=name,
            published=published,
            outlet=outlet,
            url=url,
            title=title,
            language=language,
            ask_year=ask_year,
        )
        return self._record(prepared, review)

    def ingest_file(
        self,
        path: str | Path,
        *,
        published: date | str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        title: str | None = None,
        language: str | None = None,
        review: Review | None = None,
        ask_year: AskYear | None = None,
        timeout: float = reader.DEFAULT_TIMEOUT,
        max_bytes: int = reader.DEFAULT_MAX_BYTES,
        public_only: bool = False,
    ) -> dict[str, Any]:
        """Ingest one article file (.txt or .html) or http(s) URL; see ingest_text.

        public_only: fetch a URL only from a public address (tracker.fetch), as any
        service fetching on behalf of others must.
        """
        prepared = self._prepare_file(
            path,
            published=published,
            outlet=outlet,
            url=url,
            title=title,
            language=language,
            ask_year=ask_year,
            timeout=timeout,
            max_bytes=max_bytes,
            public_only=public_only,
        )
        return self._record(prepared, review)

    def extract_text(
        self,
        text: str,
        *,
        name: str = "text",
        published: date | str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        title: str | None = None,
        language: str | None = None,
        ask_year: AskYear | None = None,
        unnamed: bool = False,
    ) -> Prepared:
        """What ingesting the text would record, without writing: `ingest --dry-run`
        (`--unnamed` with ``unnamed``: the words of unnamed sources too).

        Prepared.article is the article with its metadata settled, .statements the
        proposed statements, and .contract() the `--json` object.
        """
        if not text.strip():
            raise InvalidInput("empty: no text to read")
        overrides = checked_overrides(
            url=url, outlet=outlet, published=published, title=title, language=language, prefix=""
        )
        item = reader.Input(name, "text")
        document = reader.text_document(text)
        return prepare_document(
            item, document, overrides=overrides, ask_year=ask_year, unnamed=unnamed
        )

    def _prepare_file(self, path: str | Path, **options: Any) -> Prepared:
        name = str(path)
        item = reader.Input(name, "url" if reader.is_url(name) else "file")
        given = {k: options.pop(k) for k in ("url", "outlet", "published", "title", "language")}
        overrides = checked_overrides(**given, prefix="")
        return prepare(item, overrides=overrides, **options)

    def _record(self, prepared: Prepared, review: Review | None) -> dict[str, Any]:
        done = ingest(database=self.database, prepared=prepared, review=review)
        return asdict(done)

    # --- querying ----------------------------------------------------------------------

    def said(
        self,
        criteria: Criteria | None = None,
        /,
        *,
        sort: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        **filters: Any,
    ) -> list[dict[str, Any]]:
        """The statements matching every filter, as `tracker said` lists them (all by default).

        Filters are a Criteria or its fields as keywords: by, institution, country,
        date_from, date_to, about, mentions, topic, kind, source, status (by, mentions,
        kind and status take a string or a list). sort is date (newest first, the
        default without `about`), relevance (the default with it) or chronological.
        """
        criteria = _criteria(criteria, filters)
        order = sort or ("relevance" if criteria.about else "date")
        with self.database.transaction(write=False) as s:
            filt = build_filter(session=s, criteria=criteria)
            found = statements(session=s, filt=filt, sort=order, limit=limit, offset=offset)
            return list(found)

    def search(
        self,
        query: str,
        criteria: Criteria | None = None,
        /,
        *,
        limit: int | None = None,
        offset: int = 0,
        **filters: Any,
    ) -> list[dict[str, Any]]:
        """Full-text search, best matches first (`tracker search`); each row has a score."""
        criteria = replace(_criteria(criteria, filters), about=query)
        return self.said(criteria, sort="relevance", limit=limit, offset=offset)

    def timeline(self, criteria: Criteria | None = None, /, **filters: Any) -> list[dict[str, Any]]:
        """The matching statements oldest first, as `tracker timeline` places them."""
        return self.said(_criteria(criteria, filters), sort="chronological")

    def stats(
        self, criteria: Criteria | None = None, /, *, per: str = "official", **filters: Any
    ) -> list[dict[str, Any]]:
        """Statement counts per official, institution or month, with the EDTF dates of the
        first and the last statement ("first", "last": see `tracker stats --help`)."""
        criteria = _criteria(criteria, filters)
        with self.database.transaction(write=False) as s:
            filt = build_filter(session=s, criteria=criteria)
            return list(stats(session=s, filt=filt, dimension=per))

    def who(
        self,
        about: str,
        criteria: Criteria | None = None,
        /,
        *,
        limit: int | None = None,
        **filters: Any,
    ) -> list[dict[str, Any]]:
        """Who spoke on a subject: speakers by matching statements, then relevance, with the
        EDTF dates of their first and last statement ("first", "last")."""
        criteria = replace(_criteria(criteria, filters), about=about)
        with self.database.transaction(write=False) as s:
            filt = build_filter(session=s, criteria=criteria)
            return list(who(session=s, filt=filt, limit=limit))


def _criteria(criteria: Criteria | None, filters: dict[str, Any]) -> Criteria:
    """A Criteria from one given, the keyword filters, or both (the keywords win)."""
    unknown = sorted(set(filters) - set(Criteria.__dataclass_fields__))
    if unknown:
        raise InvalidInput(f"unknown filter {', '.join(unknown)}; see tracker.query.Criteria")
    return replace(criteria or Criteria(), **filters)
