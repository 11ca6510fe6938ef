"""British copy's quotation in single marks opening a sentence after a full stop in the same
paragraph ("... on Tuesday. 'It was a mistake,' Starmer said."): the mark opens the next
sentence, as a double one does, so the quote is not run on with the sentence before it. And
a surname that is a word of English after a given name and a post ("trade minister Stockwell
Day", "founder Al From"): a person, not a day or a preposition. Stories written here, in the
manner of Reuters, the BBC and the Canadian Press."""

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2026, 6, 10)


def _said(page: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(page, published=PUBLISHED)]


@pytest.mark.parametrize("marks", [("'", "'"), ("\u2018", "\u2019")])
def test_a_single_mark_opens_the_next_sentence(marks: tuple[str, str]) -> None:
    o, c = marks
    page = (
        "Budget row\n\nLONDON (Reuters) - Prime Minister Keir Starmer spoke to MPs on Tuesday. "
        f"{o}It was a mistake,{c} Starmer said.\n"
    )
    assert _said(page) == [("Keir Starmer", "It was a mistake")]


# near miss, right on both: a double mark after the stop
def test_a_double_mark_still_opens_it() -> None:
    page = (
        "Budget row\n\nLONDON (Reuters) - Prime Minister Keir Starmer spoke to MPs on Tuesday. "
        '"It was a mistake," Starmer said.\n'
    )
    assert _said(page) == [("Keir Starmer", "It was a mistake")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Canadian trade minister Stockwell Day said on Tuesday the talks would resume.",
            "Stockwell Day",
        ),
        (
            "Al From, founder of the Democratic Leadership Council, said on Tuesday the talks "
            "would resume.",
            "Al From",
        ),
    ],
)
def test_a_surname_that_is_a_word(sentence: str, speaker: str) -> None:
    said = _said(f"Trade talks\n\nOTTAWA (Reuters) - {sentence}\n")
    assert [who for who, _ in said] == [speaker], said
    assert said[0][1].startswith("the talks would resume"), said


# near misses, right on both: a holiday names no one; the day a time, not a name
@pytest.mark.parametrize(
    "sentence",
    [
        "On Independence Day, Trade Minister Mary Ng said the talks would resume.",
        "Later in the day Trade Minister Mary Ng said the talks would resume.",
        "Independence Day said a lot about the country, Trade Minister Mary Ng said.",
    ],
)
def test_a_day_is_no_name(sentence: str) -> None:
    said = _said(f"Trade talks\n\nOTTAWA (Reuters) - {sentence}\n")
    assert [who for who, _ in said] == ["Mary Ng"], said
