"""Rewritten wire copy whose stray full stop leaves a participle of saying opening a
sentence, a name right after it: "... the talks. Saying Turkey had told Stockholm it would
not wait, the minister added that ...". "Saying Turkey" is no one; the main clause after the
comma names who speaks. Stories written here, in the manner of Reuters and Daily Sabah."""

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2026, 6, 10)


def _said(sentence: str) -> list[tuple[str | None, str]]:
    page = f"Sweden's bid\n\nANKARA (Reuters) - Turkey is still blocking the bid. {sentence}\n"
    return [(s.speaker, s.text) for s in extract(page, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Saying Turkey had told Stockholm what it needed, the minister added that there "
            "would be no vote this year.",
            "the minister",
        ),
        (
            "Noting Erdogan had told Stockholm what it needed, Foreign Minister Hakan Fidan "
            "said there would be no vote this year.",
            "Hakan Fidan",
        ),
        (
            "Stressing Ankara had told Stockholm what it needed, Foreign Minister Hakan Fidan "
            "said there would be no vote this year.",
            "Hakan Fidan",
        ),
    ],
)
def test_the_participle_names_no_one(sentence: str, speaker: str) -> None:
    said = _said(sentence)
    assert [who for who, _ in said] == [speaker], said
    assert said[0][1].startswith("there would be no vote"), said


# near misses, right on both: a name that ends in -ing, a place's name in "-ing"
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Irving Kristol said there would be no vote this year.", "Irving Kristol"),
        ("Downing Street said there would be no vote this year.", "Downing Street"),
    ],
)
def test_a_name_in_ing_still_speaks(sentence: str, speaker: str) -> None:
    assert [who for who, _ in _said(sentence)] == [speaker]
