"""Detection on unseen real text (issue 8, twentieth round): speech acts told by verbs the cue
list lacked. A censure after "to" ("used a press conference to accuse the West of ...",
"went on television to denounce ..."), as "to warn" already was; 'spoke of "a new era"' with
the speaker's words quoted; 'branded the summit "a disaster"' (a name given, as "labelled");
'paid tribute to her "courage"' with words quoted; "apologized for the incident" (an apology
is words). Near misses (a topic spoken of, an adjective "branded", a tribute with no words, a
censure refused) stay no statement. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _said(sentence: str) -> list[tuple[str | None, str, str | None]]:
    found = extract(f"Leaders react\n\n{sentence}\n", published=FRIDAY)
    return [(s.speaker, s.text, s.said_on) for s in found]


@pytest.mark.parametrize(
    ("sentence", "speaker", "words", "day"),
    [
        (
            "Foreign Minister Ahmed Attaf used a news conference on Thursday to accuse Rabat of "
            "stalling the talks.",
            "Ahmed Attaf",
            "Rabat of stalling the talks",
            "2023-06-15",
        ),
        (
            "Senator Maria Lopes had used her maiden speech to condemn the blockade as "
            '"collective punishment".',
            "Maria Lopes",
            'the blockade as "collective punishment"',
            "2023-06-16",
        ),
        (
            "President Bola Tinubu went on national television to denounce the coup leaders.",
            "Bola Tinubu",
            "the coup leaders",
            "2023-06-16",
        ),
        (
            "NATO Secretary General Jens Stoltenberg, writing on X late on Wednesday, spoke of "
            '"a dark day for European security".',
            "Jens Stoltenberg",
            "a dark day for European security",
            "2023-06-14",
        ),
        (
            'Chancellor Olaf Scholz spoke of a "turning point" for the alliance on Thursday.',
            "Olaf Scholz",
            'a "turning point" for the alliance',
            "2023-06-15",
        ),
        (
            'Opposition leader Keir Starmer on Tuesday branded the budget "a con".',
            "Keir Starmer",
            'the budget "a con"',
            "2023-06-13",
        ),
        (
            "The ministry branded the protesters as foreign agents.",
            "The ministry",
            "the protesters as foreign agents",
            "2023-06-16",
        ),
        (
            "Canadian Prime Minister Justin Trudeau paid tribute on Instagram to the "
            'journalist\'s "fearless reporting".',
            "Justin Trudeau",
            'journalist\'s "fearless reporting"',
            "2023-06-16",
        ),
        (
            "In the call, Prime Minister Fumio Kishida apologised for the remarks made by his "
            "aide.",
            "Fumio Kishida",
            "the remarks made by his aide",
            "2023-06-16",
        ),
    ],
)
def test_a_speech_act_is_a_statement(sentence: str, speaker: str, words: str, day: str) -> None:
    said = _said(sentence)
    assert len(said) == 1
    assert said[0][0] == speaker
    assert words in said[0][1]
    assert said[0][2] == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Olaf Scholz spoke of the war in Ukraine at length.",
        "The retailer sells branded goods across Asia.",
        "President Emmanuel Macron paid tribute to the fallen soldiers at the memorial.",
        "China has refused to condemn the invasion.",
        "Beijing declined to accuse Moscow over the strikes.",
    ],
)
def test_no_words_told_stays_no_statement(sentence: str) -> None:
    assert _said(sentence) == []


def test_an_occasion_put_to_use_at_the_news_days_meeting_is_its_day() -> None:
    # next-day copy: the sentence tells the meeting with no day, and the censure is made by
    # putting the speaker's turn at it to use
    text = (
        "Leaders react\n\nThe Serbian president told the summit in Tirana on Wednesday that "
        "the region needed calm.\n\nThe closing session, meant to be a formality, dragged on "
        "after Kosovo's prime minister, Albin Kurti, used his speech to accuse Belgrade of "
        "arming militias.\n"
    )
    found = extract(text, published=datetime.date(2023, 6, 15))
    kurti = [s for s in found if s.speaker == "Albin Kurti"]
    assert [s.said_on for s in kurti] == ["2023-06-14"]
