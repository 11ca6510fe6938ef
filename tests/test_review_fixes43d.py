"""rv43d's finding on pf43 (607a4c2d, 4abbc022), with near misses.

F1: clause_words.tail_adverbs read a head's last 64 characters first and stopped there when
that cut fell inside an aside in brackets longer than 64 characters ("The representative of
Uganda (speaking on behalf of the Group of 77 developing countries and China) said that
..."): the aside is one unit of TAIL_ADVERBS's run, so the subject was read with it and the
statement was lost (614faf33 found it). tail_adverbs now reads further back while a unit of
the run may hold the stretch before what it found (an aside opened before it, of any length
or depth, or a unit of a few words), so it finds what a search of the whole head finds.

Sentences written here in the manner of UN meeting coverage and wire copy."""

from __future__ import annotations

import datetime
import random
import re
import sys
from typing import Any

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import clause_words
from tracker.extract.clause_words import TAIL_ADVERBS, tail_adverbs

PUBLISHED = datetime.date(2024, 10, 16)  # a Wednesday

SPOKE_FOR_A_GROUP = (
    "UNITED NATIONS, Oct 15 -- The General Assembly's Second Committee opened its debate on "
    "financing for development on Tuesday.\n\n"
    "The representative of Uganda (speaking on behalf of the Group of 77 developing countries "
    "and China) said that developing countries needed far more financing on fair terms.\n"
)

TOLD_FOR_A_GROUP = (
    "UNITED NATIONS, Oct 15 -- Delegates in the Fifth Committee took up the budget on "
    "Tuesday.\n\n"
    "The representative of Samoa (speaking for the Alliance of Small Island States, a group of "
    "39 member countries) told the committee that the liquidity crisis threatened work on the "
    "ground.\n"
)

LONG_TITLE_IN_BRACKETS = (
    "GENEVA, Oct 15 (Reuters) -\n\n"
    "The United Nations High Commissioner for Refugees (the head of the agency, known by its "
    "acronym UNHCR, since 2024) said on Tuesday that funds for the winter had run out.\n"
)

SHORT_TITLE_IN_BRACKETS = (
    "GENEVA, Oct 15 (Reuters) -\n\n"
    "The World Food Programme (WFP) said aid convoys were stuck at the border.\n"
)


def test_f1_one_speaking_for_a_group_in_a_long_aside_says() -> None:
    assert_statements(
        SPOKE_FOR_A_GROUP,
        PUBLISHED,
        [("The representative of Uganda", "developing countries needed", "2024-10-16")],
    )


def test_f1_one_speaking_for_a_group_in_a_long_aside_tells() -> None:
    assert_statements(
        TOLD_FOR_A_GROUP,
        PUBLISHED,
        [("The representative of Samoa", "the liquidity crisis threatened", "2024-10-16")],
    )


def test_f1_a_long_title_in_brackets_before_the_verb() -> None:
    assert_statements(
        LONG_TITLE_IN_BRACKETS,
        PUBLISHED,
        [
            (
                "United Nations High Commissioner for Refugees",
                "funds for the winter had run out",
                "2024-10-15",
            )
        ],
    )


def test_f1_near_miss_a_short_title_in_brackets_before_the_verb() -> None:
    assert_statements(
        SHORT_TITLE_IN_BRACKETS,
        PUBLISHED,
        [("World Food Programme", "aid convoys were stuck at the border", "2024-10-16")],
    )


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


@pytest.mark.parametrize(
    "head",
    [
        "The representative of Uganda (speaking on behalf of the Group of 77 developing "
        "countries and China) ",
        "María Fernanda Espinosa (President of the 73rd session of the United Nations General "
        "Assembly) ",
        # an aside holding a "(" of its own: the run's unit runs from the first "("
        "The envoy (who spoke for the group of states that had signed the text last year (and "
        "China) ",
        # asides in brackets within asides: no unit of the run ends with the outer ")"
        "The envoy (speaking for the group of states that signed (in Paris, 2015) the text) ",
        "The envoy (speaking for the group (in Paris) of states that signed the accord in 2015) "
        "also ",
        # a long aside after a name that opens with one, then an adverb and a day
        "The OSCE (the world's largest regional security organization, with 57 participating "
        "States) on Monday also ",
    ],
)
def test_f1_the_run_ending_a_head_is_the_whole_head_s(head: str) -> None:
    tail_adverbs.cache_clear()
    assert _span(tail_adverbs(head)) == _span(TAIL_ADVERBS.search(head)), head


# pieces heads are made of here: names, words, marks, adverbs and days of the run, asides in
# brackets of every length and depth, brackets left open or closed alone, and units of the
# run longer than the first stretch read (a run of blanks, a long "-ly" word, a long month)
_PIECES = (
    " The representative of Uganda",
    " Sergei Lavrov",
    " the minister",
    " who visited the region last week,",
    ",",
    " and",
    " —",
    ";",
    ":",
    " also",
    " has",
    " not",
    " since",
    " has since",
    " once more",
    " reportedly",
    ' "strongly"',
    " on Monday",
    " last week",
    " said to have",
    " the day before yesterday",
    " in the afternoon of Jan 26, 2024",
    " on Sunday, Jan. 26, 2024,",
    " as recently as three days ago",
    " (Reuters)",
    " (WFP)",
    " (speaking on behalf of the Group of 77 developing countries and China)",
    " (Russia's foreign minister since 2004, who has served under three presidents)",
    " (a (b) c)",
    " (an aside (left open",
    " ((twice opened)",
    " (",
    ")",
    " ) ",
    "\n",
    " " * 70,
    " " + "exceeding" * 9 + "ly",
    " Jan" + "uary" * 20 + " 5",
)


def test_f1_the_run_ending_any_head_is_the_whole_head_s() -> None:
    rng = random.Random(43)
    for _ in range(6000):
        head = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16)))
        head += rng.choice(("", " ", "  "))
        tail_adverbs.cache_clear()
        assert _span(tail_adverbs(head)) == _span(TAIL_ADVERBS.search(head)), repr(head)


class _Reading:
    """TAIL_ADVERBS, counting the characters its searches are given."""

    def __init__(self) -> None:
        self.read = 0

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self.read += min(endpos, len(string)) - pos
        return TAIL_ADVERBS.search(string, pos, endpos)


def test_f1_near_miss_a_long_head_is_still_read_by_its_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (the speed-up kept: a head of thousands of words, or one ending in a long aside, is read
    # back only as far as the run may reach)
    reading = _Reading()
    monkeypatch.setattr(clause_words, "TAIL_ADVERBS", reading)
    words = "and the talks went on for another day " * 400
    for head, most in (
        (words + "The minister also ", 4 * clause_words._TAIL_ADVERB_STEP),
        (words + "The WFP (Reuters) ", 4 * clause_words._TAIL_ADVERB_STEP),
        (words + SPOKE_FOR_A_GROUP.split("\n\n")[1].split(" said")[0] + " ", 600),
    ):
        reading.read = 0
        tail_adverbs.cache_clear()
        assert _span(tail_adverbs(head)) == _span(TAIL_ADVERBS.search(head)), head[-80:]
        assert reading.read <= most, (head[-80:], reading.read)
