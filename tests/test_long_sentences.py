"""A sentence is never read longer than LONGEST_SENTENCE characters.

Every verb of saying in a sentence reads the sentence back to its start, so a copy that
lost its stops (or kept a stray quotation mark open) would cost the square of its length.
No reporter's sentence comes near the bound (the longest of 33,000 real ones: 1,516
characters), so real sentences stay whole. Texts written here.
"""

from __future__ import annotations

from tracker.extract.quotes import find_quotes
from tracker.extract.russian.text import sentences as russian_sentences
from tracker.extract.segment import LONGEST_SENTENCE, sentences

STOPS_LOST = "the minister said on Monday that talks would go on " * 600
RUSSIAN_STOPS_LOST = "министр заявил в понедельник что переговоры продолжатся " * 600


def _pieces(found, text: str) -> list[str]:
    return [text[s.start : s.end] for s in found]


def test_a_copy_without_stops_is_read_in_pieces_no_longer_than_the_bound() -> None:
    found = sentences(STOPS_LOST, find_quotes(STOPS_LOST))
    assert len(found) > len(STOPS_LOST) // LONGEST_SENTENCE
    assert all(s.end - s.start <= LONGEST_SENTENCE for s in found)
    assert "".join(_pieces(found, STOPS_LOST)).strip() == STOPS_LOST.strip()  # nothing lost


def test_a_stray_opening_mark_does_not_hold_the_rest_of_the_text_together() -> None:
    text = 'The minister said: "We will talk. ' + "He said talks would go on. " * 300
    found = sentences(text, find_quotes(text))
    assert all(s.end - s.start <= LONGEST_SENTENCE for s in found)


def test_a_russian_copy_without_stops_is_read_in_pieces_no_longer_than_the_bound() -> None:
    text = RUSSIAN_STOPS_LOST
    found = russian_sentences(text, find_quotes(text))
    assert len(found) > len(text) // LONGEST_SENTENCE
    assert all(s.end - s.start <= LONGEST_SENTENCE for s in found)


def test_a_long_quoted_sentence_of_real_length_stays_one_sentence() -> None:
    words = "the ministers agreed to keep the channels of communication open " * 22
    text = f'"{words.strip()}," the spokesperson said.'
    assert 1400 < len(text) < LONGEST_SENTENCE
    found = sentences(text, find_quotes(text))
    assert [(s.start, s.end) for s in found] == [(0, len(text))]
