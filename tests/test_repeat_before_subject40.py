"""A repeat put before an English subject with no comma: "and once again NATO said",
"yet again the Kremlin said", "and again Zelenskiy said". The adverb is no part of the
speaker's name. Stories written here, in the manner of Reuters and AP."""

import datetime

import pytest

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2026, 6, 10)


def _page(sentence: str) -> str:
    return (
        f"Strikes on Kyiv\n\nBRUSSELS (Reuters) - Russia fired more missiles at Kyiv. {sentence}\n"
    )


@pytest.mark.parametrize(
    ("sentence", "speaker", "start"),
    [
        ("And once again NATO said it would not be drawn into the war.", "NATO", "it would"),
        (
            "The strikes went on, and yet again the Kremlin said it had hit only military sites.",
            "Kremlin",
            "it had hit",
        ),
        (
            "Kyiv asked for help, and again Zelenskiy said Ukraine needed more air defences.",
            "Zelenskiy",
            "Ukraine needed",
        ),
        # near misses, right on both: the adverb after the name, or set off by a comma
        ("NATO once again said it would not be drawn into the war.", "NATO", "it would"),
        (
            "Once more, Kremlin spokesman Dmitry Peskov said only military sites were hit.",
            "Dmitry Peskov",
            "military sites",
        ),
    ],
)
def test_the_repeat_is_no_part_of_the_name(sentence: str, speaker: str, start: str) -> None:
    assert_statements(_page(sentence), PUBLISHED, [(speaker, start, "2026-06-10")])
