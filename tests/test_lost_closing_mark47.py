"""A quotation in straight marks that the source left without its closing mark, the next
quotation opening in the same paragraph ('she said, "We stand for dialogue, adding that "We
will not ..."'), ends before the reporter's words that lead to the next one: each is a
statement of its own, and the sentence after the second, run on with no space ('...
again."Beijing urges ..., she said.'), is the speaker's too, not the rest of a quotation. A
nested quotation in straight marks, whose marks do not pair up from its opening on, is read
as before. Stories written here, in the manner of a state newspaper's English website."""

import datetime

from tests.statement_checks import assert_statements
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


def test_each_quotation_is_a_statement_of_its_own():
    assert_statements(
        LOST,
        DAY,
        [
            ("Mao Ning", "the report was full of bias", "2026-03-13"),
            ("Mao Ning", "China firmly rejects it", "2026-03-13"),
            ("Mao Ning", "I want to stress that China pursues", "2026-03-13"),
            ("Mao Ning", "China will never seek spheres of influence", "2026-03-13"),
            ("Mao Ning", "Beijing urges the authors to view China", "2026-03-13"),
        ],
    )


def test_the_open_quotation_ends_before_the_reporters_words():
    quotes = find_quotes(LOST)
    words = [LOST[q.start : q.end] for q in quotes]
    assert words == [
        "I want to stress that China pursues a foreign policy of dialogue and cooperation",
        "China will never seek spheres of influence, now or in the future.",
    ]
    assert [q.unclosed for q in quotes] == [True, False]


# near miss, right on both: a nested quotation in straight marks (an odd number of marks from
# its opening on) is not taken for one whose closing mark was lost
def test_a_nested_straight_quotation_is_read_as_before():
    text = 'He said, "They call it "a new era," but nothing has changed," the envoy added.\n'
    quotes = find_quotes(text)
    # (straight marks alternate there, as they always did: the rule for a lost mark is not
    # what reads them)
    assert [text[q.start : q.end] for q in quotes] == ["They call it", "but nothing has changed"]


# near miss, right on both: both marks in place
def test_a_closed_quotation_is_read_as_before():
    text = LOST.replace("cooperation, adding", 'cooperation," adding')
    assert not any(getattr(q, "unclosed", False) for q in find_quotes(text))
    assert_statements(
        text,
        DAY,
        [
            ("Mao Ning", "the report was full of bias", "2026-03-13"),
            ("Mao Ning", "China firmly rejects it", "2026-03-13"),
            ("Mao Ning", "I want to stress that China pursues", "2026-03-13"),
            ("Mao Ning", "China will never seek spheres of influence", "2026-03-13"),
            ("Mao Ning", "Beijing urges the authors to view China", "2026-03-13"),
        ],
    )
