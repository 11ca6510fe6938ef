""" "..., the president said, referring to forced diversion of a plane to Minsk last month": a
day in the thing the words are about (a noun after "referring to", "citing" ... with no
article) is that thing's, not a day the words were said on; they carry the occasion of the
speaker's words before them. Stories written here in the manner of a Baltic wire service's
English copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2021, 6, 14)  # a Monday

LEAD = (
    "NATO must stay firm against Russia's pressure on Belarus, Lithuania's President "
    "Gitanas Nausėda said in Brussels ahead of a meeting with Joe Biden.\n\n"
)


def test_referring_to_a_bare_noun_with_last_month() -> None:
    assert_statements(
        LEAD + "\u201cThe regime in Minsk has shown it will endanger ordinary passengers to "
        "silence its critics,\u201d the Lithuanian president said, referring to forced landing "
        "of a Ryanair jet in Minsk last month.\n",
        PUBLISHED,
        [
            ("Gitanas Nausėda", "NATO must stay firm", "../2021-06-14"),
            ("Gitanas Nausėda", "The regime in Minsk", "../2021-06-14"),
        ],
    )


def test_citing_a_bare_plural_noun_with_last_week() -> None:
    assert_statements(
        LEAD + "\u201cWe will not take part in any talks with Minsk,\u201d the Lithuanian "
        "president said, citing arrests of opposition figures last week.\n",
        PUBLISHED,
        [
            ("Gitanas Nausėda", "NATO must stay firm", "../2021-06-14"),
            ("Gitanas Nausėda", "We will not take part", "../2021-06-14"),
        ],
    )


def test_commenting_on_a_day_is_the_comments_day() -> None:
    # near miss: "commenting on Sunday on ...": no noun after the participle, the day is
    # the comment's own
    assert_statements(
        LEAD + "\u201cThe regime in Minsk has shown it will endanger ordinary passengers,\u201d "
        "the Lithuanian president said, commenting on Sunday on the forced landing.\n",
        PUBLISHED,
        [
            ("Gitanas Nausėda", "NATO must stay firm", "../2021-06-14"),
            ("Gitanas Nausėda", "The regime in Minsk", "2021-06-13"),
        ],
    )
