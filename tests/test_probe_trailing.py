"""An attribution after the words, with what follows it (issue 8, construction probes of
the tenth round): a participle's comment and a single hearer. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 10, 2)


def test_a_call_after_a_trailing_attribution_is_the_speakers() -> None:
    # ", X said, calling for more air defence.": the call is the speaker's, and the short
    # phrase closing the sentence is not a speaker put after the verb
    text = (
        "KYIV, Oct 2 (Wire) - Energy Minister Herman Halushchenko visited Kharkiv on "
        "Wednesday.\n\n"
        "Drones hit three power stations overnight, Halushchenko said, calling for more air "
        "defence."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Herman Halushchenko"]
    assert found[0].text.startswith("Drones hit three power stations overnight")


def test_a_call_on_someone_after_a_quote_keeps_the_quoted_speaker() -> None:
    text = (
        "KYIV, Oct 2 (Wire) - Prime Minister Denys Shmyhal met donors on Wednesday.\n\n"
        '"The grid is holding, but only just," the prime minister said, calling on '
        "the alliance to act faster."
    )
    found = extract(text, published=WEDNESDAY)
    # (the call after a whole quotation is a statement of its own, the same speaker's)
    assert [s.speaker for s in found] == ["Denys Shmyhal", "Denys Shmyhal"]


def test_one_hearer_after_a_trailing_told_is_not_what_was_said() -> None:
    # "..., X told his Indian counterpart.": the words come before the verb; the one told
    # is a description, not a clause
    text = (
        "BEIJING, Oct 2 (Wire) - Border patrols should return to the old lines, Foreign "
        "Minister Wang Yi told his Indian counterpart, according to a readout.\n\n"
        "The talks were useful, Wang told the visiting minister."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.text for s in found] == [
        "Border patrols should return to the old lines",
        "The talks were useful",
    ]


def test_a_counterpart_told_before_the_words_is_no_part_of_them() -> None:
    text = "Wang Yi told his Indian counterpart the two armies should pull back further."
    found = extract(text, published=WEDNESDAY)
    assert [s.text for s in found] == ["the two armies should pull back further"]


def test_the_outlet_after_quoted_as_saying_by_is_not_what_was_said() -> None:
    # Reuters' "..., X was quoted as saying by the RIA news agency.": the words come first
    text = (
        "MOSCOW, Oct 2 (Wire) - Moscow will answer any new sanctions in kind, Kremlin "
        "spokesman Dmitry Peskov was quoted as saying by the TASS news agency."
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Dmitry Peskov", "Moscow will answer any new sanctions in kind")
    ]
