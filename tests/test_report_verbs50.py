"""A verb of reporting or learning with its "that" left out ("The Times understands Mr X told
...", "the paper has learnt Mr X assured ...", "CCTV reports Mr X stressed ...") opens the
clause whose subject speaks, as "Reuters reported Mr X said" does: the outlet's verb does not
swallow the named person's words. Sentences written here in the manner of papers and wires
of several regions."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

LEAD = "Foreign Minister Chen Liang met his New Zealand counterpart in Jakarta.\n\n"
DAY = datetime.date(2023, 7, 14)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            'The Harbour Post wrote Mr Chen told the meeting he wanted ties "back on a steady '
            'footing" soon.',
            "he wanted ties",
        ),
        (
            "State broadcaster CCTV reports Mr Chen stressed that cooperation must rest on "
            "mutual respect.",
            "cooperation must rest",
        ),
        (
            "The Daily Courier understands Mr Chen told officials the curbs would be lifted by "
            "the end of the year.",
            "the curbs would",
        ),
        (
            "The Chronicle has learnt Mr Chen assured his host the curbs would be lifted by "
            "year's end.",
            "his host the",
        ),
        (
            "It is understood Mr Chen warned the visiting minister against new export curbs.",
            "the visiting minister",
        ),
    ],
)
def test_a_report_verb_without_that_leaves_the_speakers_words(sentence: str, words: str):
    found = extract(LEAD + sentence + "\n", published=DAY)
    said = [(s.speaker, " ".join(s.text.split()[:3])) for s in found]
    assert ("Chen Liang", words) in said, said


def test_a_report_of_a_thing_is_no_ones_words():
    """Near miss: "local media reported dozens were missing" names no one who spoke."""
    text = (
        "Flooding hit the capital on Friday.\n\n"
        "Local media reported dozens of people were missing after the river burst its banks.\n"
    )
    assert not [s for s in extract(text, published=DAY) if s.speaker], "named speaker"


@pytest.mark.parametrize(
    "headline",
    [
        "Envoy who revealed the back channel admits to other contacts.",
        "Aide who claimed the leaked memo admits to other errors.",
        "Minister who confirmed the visit admits to new talks.",
    ],
)
def test_a_relative_clauses_verb_opens_no_clause(headline: str) -> None:
    # "who revealed the channel": the verb's object is a thing, not a clause whose subject
    # speaks; the headline holds no statement, the body's "said" one
    text = (
        f"{headline}\n\n"
        "But Halvorsen, who recalled meeting the delegation at the embassy, said the talks "
        "had been cordial."
    )
    found = extract(text, published=datetime.date(2024, 3, 5))
    assert [s.text for s in found] == ["the talks had been cordial"]
