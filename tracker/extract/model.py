"""The two records extraction hands to the rest of tracker: what an article says about
itself, and each statement proposed from its text."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from tracker.dates import DateSpan


@dataclass
class ArticleMeta:
    """What the text itself says about the article (nothing looked up, no year guessed)."""

    title: str | None = None
    outlet: str | None = None
    dateline_place: str | None = None
    dateline_month_day: tuple[int, int] | None = None
    published: datetime.date | None = None
    language: str | None = None
    period: DateSpan | None = None  # the month a head gives alone ("date 2020-09"), no day


@dataclass
class ProposedStatement:
    """One utterance found in a text, for review before it is stored.

    ``span`` covers the statement's words in the text as given: the quoted words without the
    marks, or the reported clause. For a quote broken around its attribution or carried over
    several paragraphs, ``span`` runs from the first word to the last and ``text`` joins the
    quoted pieces with single spaces; otherwise ``text == source[span[0]:span[1]]``.
    """

    speaker: str | None
    speaker_type: str
    role: str | None
    institution: str | None
    kind: str
    said_on: str | None
    date_evidence: str | None
    text: str
    span: tuple[int, int]
    confidence: float
    cue: str | None
