"""Review fixes (round 36, rv44f): a five-word answer in a transcript is a statement only
when it is about the matter, not about the answering (F1); "in that" opening a clause with a
subject of its own is a conjunction, and its day is that clause's (F2); remarks a relay cites
give their day only when they are the speaker's: the same name, a pronoun of the speaker's
known gender, and a relay citing them (F3, S2).

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.transcript_paragraphs import is_procedural

# F1: a spokesperson's daily briefing whose short answers refuse, defer or manage the floor.

BRIEFING = """\
Department Press Briefing

Spokesperson Matthew Miller
Washington, D.C.
March 19, 2024

MR MILLER: Good afternoon. I want to start with the situation in Haiti, where we remain \
deeply concerned by the violence in the capital and call on all sides to stop it.

QUESTION: Is the envoy travelling to Port-au-Prince this week?

MR MILLER: I'm not going to speculate.

QUESTION: There are reports the gangs have taken the port.

MR MILLER: I haven't seen the report.

QUESTION: And the funding for the mission?

MR MILLER: That's a very good question.

QUESTION: But will Congress release it?

MR MILLER: Let me finish my answer.

QUESTION: Did the Kenyans ask for a delay?

MR MILLER: Sorry, could you repeat that.

QUESTION: Have the gangs agreed to talks?

MR MILLER: They have rejected any talks.
"""


def test_five_word_turns_about_the_answering_stay_the_floor_s() -> None:
    found = extract(BRIEFING, published=datetime.date(2024, 3, 19))
    assert [s.text[:30] for s in found] == [
        "Good afternoon. I want to star",
        "They have rejected any talks.",
    ]
    assert {s.speaker for s in found} == {"Matthew Miller"}


@pytest.mark.parametrize(
    "turn",
    [
        "I'm not going to speculate.",
        "I cannot comment on that.",
        "Let me check on that.",
        "That's a very good question.",
        "Oh, what a great question.",
        "Let me finish my answer.",
        "I really couldn't tell you.",
        "I haven't seen the report.",
        "Sorry, could you repeat that.",
        "You know the answer already.",
        "Let\u2019s move to that later.",
    ],
)
def test_a_five_word_turn_the_speaker_or_the_asker_is_in_is_procedural(turn: str) -> None:
    assert is_procedural(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "That is a hypothetical situation.",
        "They have rejected consular access.",
        "No, we do not agree.",
        "That is simply not true.",
        "Well, that is their opinion.",
    ],
)
def test_a_five_word_answer_about_the_matter_is_no_floor_line(turn: str) -> None:
    # near miss: no one of the exchange in it, or "we", the government's voice
    assert not is_procedural(turn)


# F2: "in that" (in so far as) opens a clause; its day is the agreement's, not the words'.

WEDNESDAY = datetime.date(2024, 11, 6)


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_a_day_in_a_clause_opened_by_in_that_dates_no_words() -> None:
    text = (
        "GENEVA, Nov 6 (Reuters) - The meeting marked progress in that the two delegations "
        "agreed on Monday to exchange data on their arsenals. \u201cWe intend to keep to this "
        "course,\u201d Russian Deputy Foreign Minister Sergei Ryabkov said.\n\n"
        "The accord goes further than earlier ones in that Washington signed on Sunday a "
        "protocol on inspections, and \u201cthis matters to us,\u201d Ryabkov told reporters."
    )
    assert _days(text, WEDNESDAY) == [
        ("Sergei Ryabkov", "2024-11-06"),
        ("Sergei Ryabkov", "2024-11-06"),
    ]


def test_in_that_before_a_noun_still_points_at_it() -> None:
    # near miss: "in that first meeting" is a demonstrative, no clause; the remarks made on
    # the day given keep it
    text = (
        "The two ministers met in Baku on November 1.\n\n"
        "Whatever was agreed in that first meeting was undone by remarks made on November 4 "
        "by the deputy minister, Sergei Ryabkov, who demanded that the inspections stop.\n\n"
        "\u201cWe will not accept any inspections on these terms,\u201d Ryabkov said."
    )
    assert _days(text, WEDNESDAY) == [
        ("Sergei Ryabkov", "2024-11-04"),
        ("Sergei Ryabkov", "2024-11-04"),
    ]


# F3 and S2: the remarks a relay cites are the speaker's only when they name the speaker.

TUESDAY = datetime.date(2024, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        # a relative sharing the family name, not the speaker
        "SEOUL, March 12 (Reuters) - North Korea's Kim Yo Jong said the drills were a "
        "rehearsal for war, state media KCNA reported, citing comments Kim Jong Un made on "
        "Sunday at a factory.",
        # a colleague sharing the surname
        "CARACAS, March 12 (Reuters) - Vice President Delcy Rodriguez said the opposition "
        "was planning unrest, state television reported, citing comments Jorge Rodriguez "
        "made on Monday in the National Assembly.",
        # a ministry: "Foreign" is a word of its name, but the minister is not the ministry
        "MOSCOW, March 12 (Reuters) - The Russian Foreign Ministry said Moscow would stay "
        "away from the talks, RIA reported, citing comments Foreign Minister Lavrov made on "
        "Monday in Minsk.",
        # "he" for a woman: someone else
        "MOSCOW, March 12 (Reuters) - Foreign ministry spokeswoman Maria Zakharova said "
        "Moscow would respond, TASS reported, citing comments he made on Sunday in Minsk.",
        # no relay: the speaker pointing at earlier remarks of his, not their source
        "TOKYO, March 12 (Reuters) - Japanese Foreign Minister Yoshimasa Hayashi said Tokyo "
        "would not accept the change, citing comments he made on Monday to parliament.",
    ],
)
def test_remarks_that_are_not_the_speaker_s_leave_the_story_day(text: str) -> None:
    found = extract(text, published=TUESDAY)
    assert [s.said_on for s in found] == ["2024-03-12"]


def test_a_relay_citing_the_speaker_s_remarks_gives_their_day() -> None:
    # near miss: the same person by post and surname, or "he" for a man
    text = (
        "MOSCOW, March 12 (Reuters) - Russian Foreign Minister Sergei Lavrov said the West was "
        "preparing for war, TASS reported, citing comments he made on Sunday in Minsk.\n\n"
        "Japanese Prime Minister Fumio Kishida said Tokyo would keep talking, NHK reported, "
        "citing comments Prime Minister Kishida made on Monday in Osaka."
    )
    assert _days(text, TUESDAY) == [
        ("Sergei Lavrov", "2024-03-10"),
        ("Fumio Kishida", "2024-03-11"),
    ]
