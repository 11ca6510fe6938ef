"""Failure classes found on real English copy of Balkan and Central European outlets (N1,
Tanjug, B92), issue 8; each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2022, 6, 15)


def test_a_low_opening_mark_is_closed_by_a_high_one() -> None:
    # '\u201eAll they asked for meant they wanted to avoid the talks,\u201c Vucic said.': the
    # low mark was no quote mark, and the closing one opened a quote that never closed
    text = (
        "\u201eThey came only to walk out of the talks,\u201c Milica Jovanovic said.\n\n"
        "She called on the mediators to prevent \u201eany incident that could endanger the "
        "peace.\u201c"
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Milica Jovanovic", "direct"),
        ("Milica Jovanovic", "mixed"),
    ]
    assert found[0].text == "They came only to walk out of the talks"


def test_words_that_open_with_a_naming_clause_are_still_said() -> None:
    # "He warned that what he described as the lack of X could lead to Y": the naming verb
    # inside the words cut them to "what he", and the statement was lost
    text = (
        "Milica Jovanovic said the talks had failed. She warned that what she described as "
        "the other side's bad faith could lead to an escalation."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.text for s in found][1] == (
        "what she described as the other side's bad faith could lead to an escalation"
    )


def test_announcing_what_someone_called_a_thing_is_still_naming() -> None:
    # guard (passes before): "announced what he called a special operation" says nothing
    text = "The president announced what he called a special security operation."
    assert extract(text, published=WEDNESDAY) == []
