"""Short answers in official transcripts: a minister's or spokesperson's turn of one whole
sentence of five words ("That is a hypothetical situation.") is an answer that holds a
position, a statement; a turn cut off by an interruption, trailing off, going on from the
words before it, or declining to answer ("I don't have an update.") is the floor's, as
shorter turns ("Correct.", "Thank you.") are.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.transcript_paragraphs import is_procedural

# A foreign ministry's page of the minister's press conference, a provisional translation:
# the minister labelled by post and surname, the questions by "Reporter:".

MINISTRY_PRESS_CONFERENCE = """\
Extraordinary Press Conference by Foreign Minister HAYASHI Yoshimasa

Tuesday, March 12, 2024, 9:40 a.m. Ministry of Foreign Affairs

Minister HAYASHI: I have just spoken with the Foreign Minister of Indonesia about the \
evacuation of Japanese nationals, and we agreed to keep in close contact.

Reporter: If the airport were to close, would the Government charter ships instead?

Minister HAYASHI: That is a purely hypothetical question.

Reporter: Has the other side granted access to the detained national?

Minister HAYASHI: They have refused consular visits.

Reporter: So no visit at all so far?

Minister HAYASHI: Correct.
"""


def test_a_five_word_answer_of_one_whole_sentence_is_a_statement() -> None:
    found = extract(MINISTRY_PRESS_CONFERENCE, published=datetime.date(2024, 3, 12))
    texts = [s.text for s in found]
    assert any(t.startswith("That is a purely hypothetical question") for t in texts)
    assert any(t.startswith("They have refused consular visits") for t in texts)
    assert not any(t.startswith("Correct") for t in texts)
    assert len(found) == 3
    assert {s.speaker for s in found} == {"Yoshimasa Hayashi"}
    assert {s.said_on for s in found} == {"2024-03-12"}


# A spokesperson's daily briefing: short turns that hold no position.

SPOKESPERSON_BRIEFING = """\
Department Press Briefing

Spokesperson Jane Doe
Washington, D.C.
May 6, 2024

MS DOE: Good afternoon. I want to start with the situation in Sudan, where we remain deeply \
concerned by the fighting around El Fasher and call on both sides to stop it.

QUESTION: Has the embassy been able to see him?

MS DOE: No. No. They have refused —

QUESTION: And the talks in Jeddah?

MS DOE: I don't have an update.

QUESTION: Will they resume?

MS DOE: And we hope they will.

QUESTION: Thanks.

MS DOE: I have nothing to add.
"""


def test_short_turns_cut_off_going_on_or_declining_stay_the_floor_s() -> None:
    found = extract(SPOKESPERSON_BRIEFING, published=datetime.date(2024, 5, 6))
    assert len(found) == 1
    assert "situation in Sudan" in found[0].text


@pytest.mark.parametrize(
    "turn",
    [
        "That statement is online.",
        "No. No. They have rejected \u2014",
        "Mr President, excuse me, please\u2026",
        "Is that a hypothetical question?",
        "And you need only one.",
        "I don't have an update.",
        "I don't have any update on that today.",
        "I'd refer you to the ministry.",
        "We'll get back to you on that.",
        "I have nothing further to add.",
        "That is all from me.",
        "That's it for today.",
    ],
)
def test_a_short_turn_that_holds_no_position_is_procedural(turn: str) -> None:
    assert is_procedural(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "That is a hypothetical situation.",
        "They have rejected consular access.",
        "\u201cWe reject these claims outright.\u201d",
        "Our position has not changed.",
    ],
)
def test_a_five_word_sentence_is_no_floor_line(turn: str) -> None:
    assert not is_procedural(turn)


# The minister's answer in two paragraphs, the second opening on a question he puts himself
# and answers: the answer stays one turn (an opening's points are split, an answer is not).
# A paragraph going on with the same point stays in the turn too.

OWN_QUESTION_OPENS_A_POINT = """\
Press Conference by Foreign Minister HAYASHI Yoshimasa

Friday, June 7, 2024, 10:15 a.m. Ministry of Foreign Affairs

Missile Launch

NHK, SATO: Will you speak to the Secretary of State about the launch this week?

Minister HAYASHI: The launch this morning breaches the Security Council resolutions and is \
deeply regrettable. Japan lodged a firm protest through the embassy in Beijing.

How will the other side respond to the protest? We will decide the next steps with our \
partners once the analysis of the launch is complete. Nothing has been settled yet.

NHK, SATO: Thank you.
"""

SAME_POINT_GOES_ON = OWN_QUESTION_OPENS_A_POINT.replace(
    "How will the other side respond to the protest? We",
    "The Government will keep in close touch with the United States, and we",
)


def test_a_paragraph_opening_on_the_speakers_own_question_stays_in_the_answer() -> None:
    found = extract(OWN_QUESTION_OPENS_A_POINT, published=datetime.date(2024, 6, 7))
    assert [s.text[:30] for s in found] == ["The launch this morning breach"]
    assert "How will the other side respond" in found[0].text
    assert {s.speaker for s in found} == {"Yoshimasa Hayashi"}


def test_a_paragraph_going_on_with_the_point_stays_in_the_turn() -> None:
    found = extract(SAME_POINT_GOES_ON, published=datetime.date(2024, 6, 7))
    assert len(found) == 1
    assert found[0].text.startswith("The launch this morning breaches")
