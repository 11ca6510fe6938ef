"""'Used the address to repeat his claims that ...': the bare verb after "to" says again.

"repeated his claim that ...", "reiterated Beijing's position that ..." were read; after
"used the speech to", "used the meeting to", the verb stands bare ("to repeat", "to reiterate",
"to renew") and had been missed. Articles written here, in the manner of British papers.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2023, 2, 21)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Erdogan used the 90-minute rally speech to repeat his claim that",
        "Mr Erdogan used the meeting to reiterate Ankara's long-standing position that",
        "Mr Erdogan used his closing remarks to restate the government's view that",
    ],
)
def test_a_bare_verb_of_saying_again(sentence: str) -> None:
    text = (
        "Erdogan rallies supporters in Ankara\n\n"
        "Turkish President Recep Tayyip Erdogan addressed a rally in Ankara on Tuesday.\n\n"
        f"{sentence} Sweden was still sheltering militants.\n"
    )
    assert_statements(
        text, TUESDAY, [("Recep Tayyip Erdogan", "Sweden was still sheltering", "2023-02-21")]
    )
