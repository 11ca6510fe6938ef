"""Dates on unseen real text (issue 8, nineteenth round): words in a document that bears a
day ("In a letter dated March 3 and released on Thursday, X told ...", "said in a statement
dated Oct. 6 and carried by state media on Monday", "A memo dated 12 January, seen last
week, shows X warned ...") are of that day; the day the document was released, seen or
carried came after. A letter the speaker answers ("Responding to a letter dated ...",
"rejected claims in a letter dated ... from ...") dates nothing of theirs. Each test in new
words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

SATURDAY = datetime.date(2023, 6, 17)


def _days(text: str) -> list[str | None]:
    return [s.said_on for s in extract(text, published=SATURDAY)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # newspaper, the document fronted, released on a later day
        (
            "Minister answers auditors\n\nIn a letter dated June 2 and made public by his office "
            "on Thursday, Health Minister Omar Zaki told the auditors that the figures were "
            '"badly out of date".\n',
            "2023-06-02",
        ),
        # bare plural, released last week
        (
            "Minister answers auditors\n\nIn letters dated 5 June and sent to donors last week, "
            'Finance Minister Aiko Mori said the loans "will be repaid in full".\n',
            "2023-06-05",
        ),
        # wire, the document after the verb
        (
            "Ministry warns over exercises\n\nSEOUL, June 17 (Yonhap) -- The ministry's "
            "spokesman, Lee Dong-hoon, said in a statement dated June 12 and carried by state "
            'media on Thursday that the exercises were "reckless".\n',
            "2023-06-12",
        ),
        # a reply set off by commas
        (
            "Government replies to rapporteurs\n\nIn its reply, dated 30 May and published on the "
            "UN website last week, Interior Minister Kemal Arat said the arrests "
            'were "lawful".\n',
            "2023-05-30",
        ),
    ],
)
def test_words_in_a_document_take_the_day_it_bears(text: str, day: str) -> None:
    assert _days(text) == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "EU answers Minsk\n\nResponding to a letter dated June 3 from the EU, Foreign "
            'Minister Yuri Pavlenko said on Friday that Minsk "will not be lectured".\n',
            "2023-06-16",
        ),
        (
            "EU answers Minsk\n\nIn response to letters dated June 1 from donors, the central "
            'bank governor, Farid Noor, said on Tuesday reserves were "sufficient".\n',
            "2023-06-13",
        ),
    ],
)
def test_a_document_answered_dates_nothing_of_the_speakers(text: str, day: str) -> None:
    assert _days(text) == [day]
