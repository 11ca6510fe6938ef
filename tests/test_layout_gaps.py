"""A gap of dozens of spaces or tabs inside a line: a page's layout, read as a break.

Pages pasted from tables and forms carry such gaps (a photo credit and the lead set side by
side, a date column and a headline). Several readings look back over the spaces before a
word, and a gap of a thousand cost seconds a sentence (found by fuzzing: a 2,800-character
page took 15 s), and the reading of a page's lines was cubic on a line of spaces alone (3,000
spaces: 31 s); `bench_worst_case` measures 'a wide gap in every sentence' and 'lines of
spaces alone'. Pages written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.pasted_marks import gaps_as_breaks

THURSDAY = datetime.date(2022, 3, 3)
LEAD = "MOSCOW, March 3 (Reuters) - Russia and Ukraine ended a second round of talks.\n\n"
CREDIT = "Photo: Reuters / Maxim Shemetov"
SAID = (
    "Foreign Minister Sergei Lavrov said on Thursday that the talks had produced no "
    "agreement on a ceasefire.\n"
)


def test_a_wide_gap_is_a_break_of_the_same_length() -> None:
    for gap in (" " * 40, "\t" * 900, "\u00a0 \t" * 30):
        read = gaps_as_breaks("credit" + gap + "lead")
        assert len(read) == len("credit" + gap + "lead")
        assert read.startswith("credit\n\n") and read.endswith("lead")
        assert read[len("credit") + 2 : -len("lead")].strip(" ") == ""


def test_a_narrow_gap_is_kept() -> None:
    text = "MR PRICE:" + " " * 39 + "Thank you."
    assert gaps_as_breaks(text) == text


def test_the_words_after_a_wide_gap_read_as_after_a_break() -> None:
    by_gap = LEAD + CREDIT + "\t" * 1500 + SAID
    by_break = LEAD + CREDIT + "\n\n" + SAID
    got = extract(by_gap, published=THURSDAY)
    want = extract(by_break, published=THURSDAY)
    assert [(s.speaker, s.text, s.said_on) for s in got] == [
        ("Sergei Lavrov", "the talks had produced no agreement on a ceasefire", "2022-03-03")
    ]
    assert [(s.speaker, s.text, s.said_on) for s in got] == [
        (s.speaker, s.text, s.said_on) for s in want
    ]
    # the spans index the page as given, gap and all
    (found,) = got
    assert by_gap[found.span[0] : found.span[1]] == found.text


def test_a_line_of_spaces_alone_is_an_empty_line() -> None:
    page = LEAD + " " * 3000 + "\n\n" + SAID
    got = extract(page, published=THURSDAY)
    assert [(s.speaker, s.text, s.said_on) for s in got] == [
        ("Sergei Lavrov", "the talks had produced no agreement on a ceasefire", "2022-03-03")
    ]
    assert page[got[0].span[0] : got[0].span[1]] == got[0].text
