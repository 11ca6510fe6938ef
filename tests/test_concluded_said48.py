"""'concluded' as saying and as an event ending (review rv48d 1-2).

"The talks concluded on Friday." tells that an event ended; "The tribunal concluded on
Thursday the contract was void." reports a finding with its "that" left out, and stays a
statement. Sentences written here in the manner of a wire report.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 3, 5)


def _texts(text: str) -> list[str]:
    return [s.text for s in extract(text, published=DAY)]


def test_a_finding_with_that_left_out_after_a_day_is_said() -> None:
    texts = _texts(
        "LONDON, March 5 (Reuters) - A tribunal ruled against the port operator.\n\n"
        "The tribunal concluded on Thursday the contract was void from the start.\n"
    )
    assert any("the contract was void" in t for t in texts)


def test_a_finding_after_a_long_review_is_said() -> None:
    texts = _texts(
        "OSLO, March 5 (Reuters) - Regulators approved the vaccine.\n\n"
        "The review board concluded after an eighteen-month study the vaccine was safe for "
        "children.\n"
    )
    assert any("the vaccine was safe" in t for t in texts)


def test_an_inquiry_finding_last_year_is_said() -> None:
    texts = _texts(
        "MADRID, March 5 (Reuters) - The minister resigned.\n\n"
        "The parliamentary inquiry concluded last year the agency had ignored several "
        "warnings about the dam.\n"
    )
    assert any("the agency had ignored" in t for t in texts)


def test_talks_that_concluded_said_nothing() -> None:
    texts = _texts(
        "Foreign Ministry Spokesperson's Regular Press Conference on March 5, 2024\n\n"
        "The Strategic Dialogue concluded in Brasilia yesterday. The two sides agreed to "
        "widen cooperation in farming and energy.\n"
    )
    assert not any(t.startswith("in Brasilia") for t in texts)


def test_the_look_for_a_that_stays_on_its_line_and_is_bounded() -> None:
    """A "that" on a later line, or hundreds of characters on, is no clause of the verb's:
    the scan stops there (a page of unpunctuated lines had been scanned to its end from
    each "concluded in" and "told X about")."""
    from tracker.extract.saying import _CONCLUDED_WHEN, _DOING_NOT_SAYING

    assert _CONCLUDED_WHEN.match(" in Oslo yesterday\nOfficials say that it went well", 0)
    assert _CONCLUDED_WHEN.match(" in Oslo yesterday and " + "the envoys " * 40 + "that", 0)
    assert not _CONCLUDED_WHEN.match(" in Oslo yesterday that it had gone well", 0)
    tell = _DOING_NOT_SAYING["tell"]
    assert tell.match(" reporters about the plan and " + "the envoys " * 40 + "that", 0)
    assert not tell.match(" reporters about the plan that it would go ahead", 0)
