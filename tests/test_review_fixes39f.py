"""Round thirty-nine, review of the second wave's English rules: a recalled paper whose own
words follow after ", which <verb of saying>" keeps the paper's day for them (and a body's
name holding "and" is whole before that "which"); "recognised" is words said only for a
merit acknowledged, not a standing granted ("as interim president"), a prize given ("with the
Peace Prize") or before a plain "and said"; an aside between the subject and its verb that
holds the participle's own quoted words ('warning that "...,"') is a statement of its own.
Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

_WED = datetime.date(2025, 12, 10)


def test_recalled_paper_whose_words_follow_which_said_keeps_its_day() -> None:
    assert_statements(
        "Peskov on the withdrawal\n\n"
        "MOSCOW, Dec 10 (Reuters) - Kremlin spokesman Dmitry Peskov recalled the statement "
        "released on Friday by the Russian Defence Ministry, which said that its units had "
        "pulled back from the village.\n",
        _WED,
        [("Russian Defence Ministry", "its units had pulled back", "2025-12-05")],
    )


def test_recalled_communique_which_demanded_is_the_councils_of_its_day() -> None:
    assert_statements(
        " date 2025-12-10 Statement of the Chairperson on the situation in the Sahel\n\n"
        "The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, recalls "
        "the communique adopted on 14 November 2025 by the Peace and Security Council, which "
        "demanded an immediate end to the blockade of the town.\n",
        _WED,
        [("Peace and Security Council", "demanded an immediate end", "2025-11-14")],
    )


def test_recalled_paper_then_a_relative_of_no_saying_still_leaves_the_page_day() -> None:
    """Near miss: "which was welcomed ..." tells no words of the paper's; the chairperson's
    own call after it is of the page's day."""
    assert_statements(
        " date 2025-12-10 Statement of the Chairperson on the situation in the Sahel\n\n"
        "The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, recalls "
        "his statement of 14 November 2025, which was widely welcomed in the region, and "
        "urges the parties to lift the blockade of the town.\n",
        _WED,
        [("Mahmoud Ali Youssouf", "urges the parties to lift", "2025-12-10")],
    )


_THU = datetime.date(2025, 3, 6)
_WIRE = "Opposition in Minsk\n\nVILNIUS, March 6 (Reuters) - "


def _said(body: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in extract(_WIRE + body + "\n", published=_THU)]


def test_standing_recognised_as_a_post_is_no_statement() -> None:
    said = _said(
        "The Lithuanian parliament recognised the leadership of Sviatlana Tsikhanouskaya as "
        "the legitimate representative of Belarus on Thursday."
    )
    assert said == [], said


def test_merit_recognised_with_a_prize_is_no_statement() -> None:
    said = _said(
        "The European Parliament recognised the work of Belarusian activist Ales Bialiatski "
        "with the Sakharov Prize."
    )
    assert said == [], said


def test_recognised_then_and_said_gives_the_said_words() -> None:
    said = _said(
        "Lithuanian President Gitanas Nauseda on Wednesday recognised the role of the Polish "
        "border guards and said the crossing would reopen next week."
    )
    assert said == [("Gitanas Nauseda", "indirect", "the crossing would reopen next week")], said


def test_support_recognised_in_thanks_is_still_said() -> None:
    """Near miss: a merit of a named party acknowledged in a readout remains words said."""
    said = _said(
        "Foreign Minister Gabrielius Landsbergis recognised Poland's steadfast support for "
        "the Belarusian opposition."
    )
    assert [t for _, _, t in said] == [
        "recognised Poland's steadfast support for the Belarusian opposition"
    ], said


_GENEVA = "Talks in Geneva\n\nGENEVA, March 4 (Reuters) - "


def _geneva(body: str) -> list[tuple[str | None, str, str]]:
    return [
        (s.speaker, s.kind, s.text)
        for s in extract(_GENEVA + body + "\n", published=datetime.date(2025, 3, 4))
    ]


def test_aside_warning_that_quoted_words_is_a_statement_of_its_own() -> None:
    said = _geneva(
        'Foreign Minister Sergei Lavrov, warning that "Europe will pay dearly for this," '
        "said Moscow would answer any new tariffs."
    )
    assert said == [
        ("Sergei Lavrov", "direct", "Europe will pay dearly for this"),
        ("Sergei Lavrov", "indirect", "Moscow would answer any new tariffs"),
    ], said


def test_aside_insisting_on_a_quoted_clause_is_a_statement_of_its_own() -> None:
    said = _geneva(
        "Foreign Minister Sergei Lavrov, insisting \u201cwe are not going anywhere\u201d, "
        "said Moscow would answer any new tariffs."
    )
    assert said == [
        ("Sergei Lavrov", "direct", "we are not going anywhere"),
        ("Sergei Lavrov", "indirect", "Moscow would answer any new tariffs"),
    ], said


def test_aside_naming_with_a_quoted_word_still_leaves_the_main_verbs_words() -> None:
    """Near miss: a name given in the aside ("baseless,") is no statement of its own."""
    said = _geneva(
        'Kremlin spokesman Dmitry Peskov, calling the report "baseless," said Moscow had '
        "not been consulted."
    )
    assert said == [("Dmitry Peskov", "indirect", "Moscow had not been consulted")], said
