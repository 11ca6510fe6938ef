"""A quotation that opens with an editor's bracket ('"(Putin) does not need ...," he said',
'"[The talks] will go on," she said') opens a new sentence after a stop, as a quotation
opening with a capital does: the words before the stop are one statement, the quotation its
own. Stories written here in the manner of The Kyiv Independent's news-desk copy."""

import datetime

import pytest

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2022, 10, 10)

LEAD = (
    "Kuleba: Partners did not talk about negotiations\n\n"
    "Foreign Minister Dmytro Kuleba said on Oct. 10 that Ukraine had asked its partners for "
    "more air defense systems.\n\n"
)


@pytest.mark.parametrize(
    ("bracketed", "start"),
    [
        ('"(Putin) does not need a pretext to kill civilians," he said.', "(Putin) does not"),
        ("\u201c[The Kremlin] will not stop at one bridge,\u201d he said.", "[The Kremlin] will"),
    ],
)
def test_quotation_opening_with_a_bracket_is_its_own_sentence(bracketed: str, start: str) -> None:
    text = LEAD + (
        'Russia uses the "missile terror" to change the course of the war, according to '
        f"Kuleba. {bracketed}\n"
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Dmytro Kuleba", "Ukraine had asked its partners", "2022-10-10"),
            ("Dmytro Kuleba", 'Russia uses the "missile terror"', "2022-10-10"),
            ("Dmytro Kuleba", start, "2022-10-10"),
        ],
    )


def test_bracket_inside_a_sentence_splits_nothing() -> None:
    # near miss: the bracketed quotation follows no stop; the sentence stays one statement
    text = LEAD + (
        'Kuleba said the strikes would "(not) break Ukraine\'s will," according to the '
        "ministry's readout.\n"
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Dmytro Kuleba", "Ukraine had asked its partners", "2022-10-10"),
            ("Dmytro Kuleba", 'the strikes would "(not) break', "2022-10-10"),
        ],
    )
