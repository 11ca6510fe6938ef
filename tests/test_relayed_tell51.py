"""What a speaker says he told another ("Borrell said on Friday he told Wang that ..."):
after the verb of saying and a phrase of when or where, a subject pronoun with a verb of
telling in the simple past and its hearer opens the words; the teller's relay ("he told Wang
Yi that ...") is what was said, not only the clause he told. A pronoun after a phrase of
place that only opens a relative ("at a meeting he chaired on Friday that ...") opens no
words. Sentences written here, in the manner of wire and European agency copy."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2023, 10, 14)

RELAYS = [
    (
        "BEIJING, Oct 14 (AFP) - EU foreign policy chief Josep Borrell said on Friday he told "
        "Chinese Foreign Minister Wang Yi that Beijing's support for Moscow was harming its "
        "ties with Europe.\n",
        "Josep Borrell",
        "he told Chinese Foreign Minister Wang Yi",
        "2023-10-13",
    ),
    (
        "WARSAW, Oct 14 (PAP) - Foreign Minister Zbigniew Rau said in Warsaw she warned the "
        "Belarusian charge d'affaires that any provocation on the border would meet a firm "
        "response.\n",
        "Zbigniew Rau",
        "she warned the Belarusian",
        None,
    ),
    (
        "SEOUL, Oct 14 (Yonhap) - Foreign Minister Park Jin said in Seoul on Friday he informed "
        "the Japanese ambassador that Seoul would not accept the textbook changes.\n",
        "Park Jin",
        "he informed the Japanese ambassador",
        "2023-10-13",
    ),
    (
        "ANKARA, Oct 14 (Anadolu) - Foreign Minister Hakan Fidan said in Cairo on Thursday "
        "he reminded his Egyptian counterpart that Turkey was ready to help with aid "
        "deliveries.\n",
        "Hakan Fidan",
        "he reminded his Egyptian counterpart",
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start", "day"), RELAYS)
def test_the_relay_of_what_was_told_is_the_words(
    tmp_path: Path, text: str, speaker: str, start: str, day: str | None
) -> None:
    found = ingested_statements(tmp_path, text, PUBLISHED)
    assert found, text
    first = found[0]
    assert first["speaker"] == speaker
    assert first["text"].startswith(start), first["text"]
    if day is not None:
        assert first["said_on"] == day


def test_a_relative_after_the_place_opens_no_words(tmp_path: Path) -> None:
    text = (
        "BRUSSELS, Oct 14 (Reuters) - NATO Secretary-General Jens Stoltenberg said at a "
        "meeting he chaired on Friday that the alliance would boost its presence in the "
        "Baltic Sea.\n"
    )
    found = ingested_statements(tmp_path, text, PUBLISHED)
    assert [s["text"][:12] for s in found] == ["the alliance"]
