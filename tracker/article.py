"""An article ready for extraction: its text and the metadata merged from every source.

What the article says about itself (its dateline) is merged here with what its
markup says and what the user passes on the command line, in that order of
trust. A dateline without a year is never completed by guessing: reference_date
raises MissingYear, and the caller asks the user (with_year) or stops. Reading
the inputs themselves is tracker.reader's; nothing here does I/O, so the
services and the CLI share these types without importing the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from tracker.dates import DateSpan, publication_date, safe_date
from tracker.errors import InvalidInput
from tracker.text import Cleaned, checked_web_url, clean_line
from tracker.url_dates import day_in_url, month_in_url

if TYPE_CHECKING:
    from tracker.extract.model import ArticleMeta
    from tracker.reader import Document, Input

LANGUAGE_CODE = r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,2}"  # BCP 47, as far as tracker needs


@dataclass(frozen=True)
class Overrides:
    """What the user says about the article (ingest's options); it wins over the article.

    published is the publication day; period the month or year it was published in, when
    the user knows no more (``--published 2020-09``)."""

    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    language: str | None = None
    period: DateSpan | None = None


def checked_overrides(
    *,
    url: str | None = None,
    outlet: str | None = None,
    published: date | DateSpan | str | None = None,
    title: str | None = None,
    language: str | None = None,
    prefix: str = "--",
) -> Overrides:
    """Overrides from what a user gave (the ingest options, or the Python API's arguments):
    an http(s) URL of at most 2000 characters, a language code, a publication date: a day
    ("2021-12-17"), or only a month ("2021-12") or a year ("2021"). A refusal names what
    was given as the option (`--published`), or with prefix="" as the API's parameter
    (`published`)."""
    url = checked_web_url(url, what=f"{prefix}url")  # http(s) only, at most 2000 characters
    if language is not None and not re.fullmatch(LANGUAGE_CODE, language):
        raise InvalidInput(
            f"{prefix}language takes a code such as en, ru or en-GB, not {language!r}"
        )
    if language is not None and len(language) > 10:
        raise InvalidInput(f"{prefix}language code {language!r} is longer than 10 characters")
    period = None
    if published is not None:
        span = publication_date(published, what=f"{prefix}published")
        period = span if span.precision != "day" else None
        published = span.start if span.precision == "day" else None
    return Overrides(
        url=url, outlet=outlet, published=published, title=title, language=language, period=period
    )


@dataclass(frozen=True)
class Article:
    """One article ready for extraction: its text and merged metadata.

    published is the article's full publication date when anything tells it, never a
    made-up one; period is the month or year it was published in when that is all that is
    known (published is then None); dateline_month_day is the dateline's month and day
    when it gives them.
    """

    path: str
    id: str
    text: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    dateline_place: str | None
    dateline_month_day: tuple[int, int] | None
    language: str | None
    removed: tuple[int, ...] = ()  # see Document.removed
    folded: tuple[int, ...] = ()
    period: DateSpan | None = None

    @property
    def published_edtf(self) -> str | None:
        """The publication date as EDTF: its day, else its month or year (2020-09)."""
        if self.published is not None:
            return self.published.isoformat()
        return self.period.edtf() if self.period is not None else None

    def original_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of `text` as offsets into the text as read, before cleaning."""
        return Cleaned(self.text, self.removed, self.folded).original_span(span)


class MissingYear(InvalidInput):
    """A dateline gives month and day but nothing gives the year."""

    def __init__(self, path: str, month_day: tuple[int, int]) -> None:
        self.month_day = month_day
        shown = date(2000, *month_day).strftime("%B %-d")
        super().__init__(
            f"the dateline says {shown!r} but not the year, and nothing else gives it; "
            "pass --published YYYY-MM-DD (tracker never guesses a year)"
        )


def describe(item: Input, document: Document, meta: ArticleMeta, overrides: Overrides) -> Article:
    """Merge what the command line, the markup and the text say (in that order of trust).

    Names and titles are cleaned as one line each (tracker.text), whichever said them.
    A publication month or year (the user's, the markup's, the text's head's or the
    address's) counts only where nothing gives the day; the user's period bounds the day
    the page gives (a day outside it is not taken).
    """
    given, period = overrides.published, overrides.period
    if given is None and period is None:
        given, period = document.published, None if document.published else document.period
    elif given is None and _within(document.published, period):
        given = document.published  # the markup's day in the user's month
    last = given or (period.end if period else None)
    if last and meta.published and meta.published > last and meta.dateline_month_day:
        # "Montevideo, November 21st 2024 - 14:59 UTC" over a story published in 2020: a
        # line dated after the story was published is the site's stamp of the day it was
        # read, not the story's dateline
        meta = replace(meta, dateline_place=None, dateline_month_day=None, published=None)
    url = overrides.url or document.url
    published = given or _page_day(meta, day_in_url(url))
    if overrides.period is not None and not _within(published, overrides.period):
        published = None
    if published is None and period is None:
        period = meta.period or month_in_url(url)
    if published is not None:
        period = None
    return Article(
        path=item.name,
        id=item.id,
        text=document.text,
        title=_line(overrides.title) or document.title or _line(meta.title),
        url=url,
        outlet=_line(overrides.outlet) or document.outlet or _line(meta.outlet),
        published=published,
        dateline_place=meta.dateline_place,
        dateline_month_day=meta.dateline_month_day,
        language=overrides.language or meta.language,
        removed=document.removed,
        folded=document.folded,
        period=period,
    )


def _within(day: date | None, period: DateSpan | None) -> bool:
    return day is not None and period is not None and period.start <= day <= period.end


def _page_day(meta: ArticleMeta, from_url: date | None) -> date | None:
    """The publication day the page itself gives: its dateline's, else its address's (a
    site files a story under the day it went up), else the first the text's head gives
    (which may be a photo caption's or a meeting's, so it yields to the address)."""
    if from_url is None or from_url == meta.published:
        # a wire dateline's day a day or two before the page's stamp is the story's, when no
        # address gives another day than the stamp's (one that does settles it as before)
        meta = replace(meta, published=_dateline_day(meta))
    if meta.published is None or from_url is None:
        return meta.published or from_url
    dateline_day = (meta.published.month, meta.published.day) == meta.dateline_month_day
    return meta.published if dateline_day else from_url


# how many days after a wire story's dateline a site may stamp the page that runs it
_RUN_LATER = 2


def _dateline_day(meta: ArticleMeta) -> date | None:
    """The page's day, or its dateline's where that is a day or two earlier: a site that runs
    a wire's story ("BEIJING, July 27 (Xinhua) --") stamps the page with the day it ran it
    ("Source: Xinhua | 2022-07-28"), the story's own day being the dateline's."""
    page = meta.published
    if page is None or meta.dateline_month_day is None:
        return page
    if (page.month, page.day) == meta.dateline_month_day:
        return page
    month, day = meta.dateline_month_day
    for year in (page.year, page.year - 1):
        dated = safe_date(year, month, day)
        if dated is not None and 0 < (page - dated).days <= _RUN_LATER:
            return dated
    return page


def _line(value: str | None) -> str | None:
    return clean_line(value) or None if value else None


def reference_date(article: Article) -> date | None:
    """The day the article speaks from ("on Friday" counts back from it), or None if untold.

    A dateline's month and day take their year from the publication date: the
    nearest such day to it, so a 31 December dateline published on 1 January
    stays in December. Without a publication date MissingYear is raised (the
    caller asks the user, see with_year, or stops).
    """
    if article.dateline_month_day is None:
        return article.published
    month, day = article.dateline_month_day
    if article.published is None and article.period is not None:
        return _in_period(month, day, article.period)
    if article.published is None:
        raise MissingYear(article.path, article.dateline_month_day)
    published = article.published
    candidates = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := safe_date(y, month, day)) is not None
    ]
    return min(candidates, key=lambda d: abs((d - published).days))


def _in_period(month: int, day: int, period: DateSpan) -> date | None:
    """The dateline's day in the period the article was published in (the month the page
    gives and the dateline's day: the day), or up to two days before it (a wire's dateline
    over the page that ran it); None when no such day is near the period."""
    period_days = (period.end - period.start).days
    for year in range(period.start.year - 1, period.end.year + 1):
        found = safe_date(year, month, day)
        if found is not None and -_RUN_LATER <= (found - period.start).days <= period_days:
            return found
    return None


def with_year(article: Article, year: int) -> Article:
    """The article dated on its dateline's day in a year the user gave."""
    if article.dateline_month_day is None:
        return article
    return replace(article, published=_on(year, *article.dateline_month_day, article.path))


def _on(year: int, month: int, day: int, path: str) -> date:
    found = safe_date(year, month, day)
    if found is None:
        raise InvalidInput(f"{year} has no {date(2000, month, day):%B} {day} ({path})")
    return found
