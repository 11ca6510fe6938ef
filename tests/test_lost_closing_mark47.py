"""A quotation in straight marks that the source left without its closing mark, the next
quotation opening in the same paragraph ('she said, "We stand for dialogue, adding that "We
will not ..."'), ends before the reporter's words that lead to the next one: each is a
statement of its own, and the sentence after the second, run on with no space ('...
again."Beijing urges ..., she said.'), is the speaker's too, not the rest of a quotation. A
nested quotation in straight marks, whose marks do not pair up from its opening on, is read
as before. Stories written here, in the manner of a state newspaper's English website."""

import datetime
import re

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import quotes
from tracker.extract.quotes import find_quotes

DAY = datetime.date(2026, 3, 13)

LOST = (
    "Beijing rejects think tank's report\n\n"
    "Chinese Foreign Ministry spokesperson Mao Ning said on Friday that the report was full of "
    'bias. China firmly rejects it, Mao said.Mao said, "I want to stress that China pursues '
    'a foreign policy of dialogue and cooperation, adding that "China will never seek '
    'spheres of influence, now or in the future."Beijing urges the authors to view China '
    "objectively and stop spreading rumors, she said.Global Times\n"
)


EACH = [
    ("Mao Ning", "the report was full of bias", "2026-03-13"),
    ("Mao Ning", "China firmly rejects it", "2026-03-13"),
    ("Mao Ning", "I want to stress that China pursues", "2026-03-13"),
    ("Mao Ning", "China will never seek spheres of influence", "2026-03-13"),
    ("Mao Ning", "Beijing urges the authors to view China", "2026-03-13"),
]


def test_each_quotation_is_a_statement_of_its_own():
    assert_statements(LOST, DAY, EACH)


def test_the_open_quotation_ends_before_the_reporters_words():
    quotes = find_quotes(LOST)
    words = [LOST[q.start : q.end] for q in quotes]
    assert words == [
        "I want to stress that China pursues a foreign policy of dialogue and cooperation",
        "China will never seek spheres of influence, now or in the future.",
    ]
    assert [q.unclosed for q in quotes] == [True, False]


# near miss: a nested quotation in straight marks (an odd number of straight marks from its
# opening on) is not taken for one whose closing mark was lost. (What the marks then give is
# the old alternation, which misreads the nesting: 'They call it' and 'but nothing has
# changed' come out as two quotations. That is a known limit, not what this test is for; it
# asserts only that the lost-mark rule leaves the paragraph alone.)
def test_a_nested_straight_quotation_is_not_taken_for_a_lost_mark():
    text = 'He said, "They call it "a new era," but nothing has changed," the envoy added.\n'
    quotes = find_quotes(text)
    assert not any(q.unclosed for q in quotes)
    assert [text[q.start : q.end] for q in quotes] == ["They call it", "but nothing has changed"]


# near miss: inside typographic marks a straight pair is a nested quotation, whatever the
# count of straight marks after it; no quotation there lost its closing mark
def test_a_straight_pair_inside_typographic_marks_is_no_lost_mark():
    text = (
        'LONDON, June 4 - \u201cThe so-called "Road Map" is finished,\u201d the foreign '
        "secretary told reporters on Wednesday. \u201cWe will keep talking,\u201d she added.\n"
    )
    assert not any(q.unclosed for q in find_quotes(text))


# the reporter's words before the next quotation may end in a comma ('..., she said, "We')
# or stand as a sentence of their own after a full stop ('... talks. She added: "We'): the
# quotation left open ends before them
def test_the_reporters_words_may_end_in_a_comma_or_follow_a_full_stop():
    comma = (
        'ANKARA, June 4 - The minister said on Wednesday, "Turkey backs the talks, she said, '
        '"We will host the next round." She also met the envoy.\n'
    )
    stop = comma.replace("talks, she said,", "talks. She added:")
    assert [comma[q.start : q.end] for q in find_quotes(comma)] == [
        "Turkey backs the talks",
        "We will host the next round.",
    ]
    assert [stop[q.start : q.end] for q in find_quotes(stop)] == [
        "Turkey backs the talks.",
        "We will host the next round.",
    ]


class _CountedScans:
    """A compiled pattern whose scans are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scans = pattern, 0

    def finditer(self, *args: object) -> object:
        self.scans += 1
        return self.pattern.finditer(*args)


class _CountedText(str):
    counts = 0

    def count(self, *args: object) -> int:  # type: ignore[override]
        _CountedText.counts += 1
        return str.count(self, *args)


# cost: a paragraph of many straight openings ('"A "A "A ...') has its straight marks listed
# once, not counted again from each mark to the paragraph's end (quadratic)
def test_straight_marks_are_listed_once_per_paragraph(monkeypatch: pytest.MonkeyPatch):
    scans = _CountedScans(quotes._STRAIGHT)
    monkeypatch.setattr(quotes, "_STRAIGHT", scans)
    text = _CountedText("Head\n\nHe said, " + '"A ' * 400 + "\n")
    find_quotes(text)
    assert scans.scans <= 2 and _CountedText.counts == 0


# near miss, right on both: both marks in place
def test_a_closed_quotation_is_read_as_before():
    text = LOST.replace("cooperation, adding", 'cooperation," adding')
    assert not any(getattr(q, "unclosed", False) for q in find_quotes(text))
    assert_statements(text, DAY, EACH)
