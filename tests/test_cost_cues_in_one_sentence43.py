"""The cost of a sentence with many verbs of saying, counted in characters read (pf43).

The benchmark's "remarks on a topic in one sentence" ("Bakori remarked on Monday and quipped
on January 5 and commented on Tuesday's meeting and ...") took 23 s at 0.5 MB: every verb's
checks read the sentence from its start (what ends the head before it: its adverbs, a modal,
a joined "and said", the subject's occasion), and the words told after each verb were read
against every later verb, each time from the first verb. A pattern that ends the head is now
looked for in its last characters only (clause_words.TAIL_REACH), a later verb's joint once
for all verbs far before it (what_was_said._JOINT_REACH), and the sentence's clause breaks
found once. The counts below are of characters the patterns are given to read; on 614faf33
they were several times these bounds.
"""

from __future__ import annotations

import datetime
import re
import sys
from typing import Any

import pytest

from tracker.extract import clauses, extract, saying, subject_phrase, what_was_said
from tracker.extract.clause_words import TAIL_REACH
from tracker.extract.segment import LONGEST_SENTENCE

PUBLISHED = datetime.date(2024, 1, 1)
_NAMES = ("Bakori", "Dumesa", "Fokalu", "Gitami", "Kelovu", "Lomira", "Mavesi", "Nodupa")


def _one_long_sentence() -> str:
    """The benchmark's unit over and over, with its names, in one sentence under the
    longest a sentence is read as (segment.LONGEST_SENTENCE)."""
    unit = "{} remarked on Monday and quipped on January 5 and commented on Tuesday's meeting and "
    text = ""
    n = 0
    while len(text) < LONGEST_SENTENCE - 200:
        text += unit.format(_NAMES[n % len(_NAMES)] + "ko" * (n // len(_NAMES)))
        n += 1
    return text + "nothing changed."


class _Reading:
    """A compiled pattern that counts its searches and the characters each is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0
        self.read = 0

    def _count(self, string: str, pos: int, endpos: int) -> None:
        self.calls += 1
        self.read += max(0, min(endpos, len(string)) - pos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._count(string, pos, endpos)
        return self.pattern.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._count(string, pos, endpos)
        return self.pattern.finditer(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _watch(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> _Reading:
    reading = _Reading(getattr(owner, name))
    monkeypatch.setattr(owner, name, reading)
    return reading


def test_the_long_sentence_is_one_sentence_of_at_least_60_verbs() -> None:
    text = _one_long_sentence()
    assert len(text) <= LONGEST_SENTENCE
    assert len(re.findall(r"remarked|quipped|commented", text)) >= 60


def test_each_search_ending_a_head_reads_at_most_tail_reach_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # patterns ending the sentence's head up to a verb ("...$"): each search is given at most
    # TAIL_REACH characters (the number of searches is not bounded here); on 614faf33 each
    # read the head from the sentence's start
    # (saying.PASSIVE: 41 searches of 37,064 characters, 900 each)
    watched = {
        "what ends a head before a verb of saying (saying.PASSIVE)": _watch(
            monkeypatch, saying, "PASSIVE"
        ),
        "a modal before it (saying._MODAL_BEFORE)": _watch(monkeypatch, saying, "_MODAL_BEFORE"),
        "a joined 'and said' (clauses._AND_THEN)": _watch(monkeypatch, clauses, "_AND_THEN"),
        "the subject's occasion (subject_phrase.TAIL_OCCASION)": _watch(
            monkeypatch, subject_phrase, "TAIL_OCCASION"
        ),
        "'took to X to say' (subject_phrase._TOOK_TO)": _watch(
            monkeypatch, subject_phrase, "_TOOK_TO"
        ),
    }
    extract(_one_long_sentence(), published=PUBLISHED)
    for what, reading in watched.items():
        assert reading.calls > 0, what
        # (the head's closing blank past the TAIL_REACH characters before it)
        assert reading.read <= reading.calls * (TAIL_REACH + 1), (what, reading.calls, reading.read)


def test_joint_searches_are_at_most_four_per_verb_of_joint_reach_characters_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the words after each verb run on past every later verb not joined on (", and he said");
    # each later verb's joint was looked for from each earlier verb, reading the lead from it
    # (on 614faf33, 780 searches of JOINT, of 472,320 characters, for this sentence; now 150
    # of 13,436)
    text = _one_long_sentence()
    verbs = len(re.findall(r"remarked|quipped|commented", text))
    joint = _watch(monkeypatch, what_was_said, "JOINT")
    extract(text, published=PUBLISHED)
    assert 0 < joint.calls <= 4 * verbs, (joint.calls, verbs)
    assert joint.read <= 4 * verbs * what_was_said._JOINT_REACH, joint.read


def test_clause_breaks_read_at_most_four_times_the_sentence_s_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the commas, "and"s and "that"s before each verb were found again from the sentence's
    # start for each verb (on 614faf33, 17,416 characters read for this sentence of 1,848;
    # now 3,179)
    text = _one_long_sentence()
    breaks = _watch(monkeypatch, subject_phrase, "BREAK")
    extract(text, published=PUBLISHED)
    assert 0 < breaks.read <= 4 * len(text), (breaks.calls, breaks.read)
