"""'..., to which Zelensky responded, "..."': a relative clause that hands the sentence to a
second speaker answering the first. The first speaker's words end at the comma before "to
which"; the answer, quoted after a comma or a colon or told after "that", is the second
speaker's. Stories written here in the manner of Ukrinform's meeting reports."""

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2024, 9, 27)

LEAD = (
    "Trump and Zelensky meet in New York\n\n"
    "Former U.S. President Donald Trump met Ukrainian President Volodymyr Zelensky in New "
    "York on Friday.\n\n"
)


@pytest.mark.parametrize(
    ("answer", "start"),
    [
        (', to which Zelensky responded, "We hope to have even better ties."', "We hope to"),
        (", to which Zelensky replied: \u201cWe hope to have even better ties.\u201d", "We hope"),
        (", to which Zelensky replied that Kyiv hoped for even better ties.", "Kyiv hoped"),
    ],
)
def test_the_answer_is_the_second_speakers(answer: str, start: str) -> None:
    text = LEAD + f'Trump praised his "very good" relationship with the Kremlin leader{answer}\n'
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Donald Trump", 'praised his "very good" relationship', "2024-09-27"),
            ("Volodymyr Zelensky", start, "2024-09-27"),
        ],
    )
    first = extract(text, published=PUBLISHED)[0]
    assert first.text.endswith("the Kremlin leader"), first.text  # not the answer's words


def test_answer_without_words_is_no_statement() -> None:
    # near miss: the reply is a gesture, no words; the first speaker's words still end there
    text = LEAD + (
        'Trump praised his "very good" relationship with the Kremlin leader, to which '
        "Zelensky responded with a smile.\n"
    )
    assert_statements(
        text,
        PUBLISHED,
        [("Donald Trump", 'praised his "very good" relationship', "2024-09-27")],
    )
    first = extract(text, published=PUBLISHED)[0]
    assert first.text.endswith("the Kremlin leader"), first.text
