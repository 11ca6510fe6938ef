"""Days of statements in real copy (issue 8, round 37: date classes from the open sets
wb, wd, we, wg, wh, xc, xd, xe, xg, xh and the census of real31-36). Each test in new words
written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2014, 3, 15)


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_words_another_was_asked_about_come_before_his_answer() -> None:
    # "when asked about Minister X statements": X's words, told with no day of their own,
    # were said before the answer's day, not at it (MercoPress copy)
    text = (
        "Argentine cabinet chief Jorge Capitanich said on Friday during his daily press "
        "conference that London was looking for allies in Buenos Aires, when asked about "
        "Minister Hugo Swire statements to a news agency in Montevideo.\n\n"
        "Swire pointed out that the UK wants to work with the Argentine government on trade "
        "and science."
    )
    assert _days(text, SATURDAY) == [
        ("Jorge Capitanich", "2014-03-14"),
        ("Hugo Swire", "../2014-03-15"),
    ]


def test_comments_made_earlier_by_the_speaker_come_before_the_answer() -> None:
    # "in response to questions about comments made earlier by X": X's words below, told
    # with no day, are on or before the story's day (KBS World copy)
    text = (
        "The unification ministry stated its position Thursday in response to questions "
        "about comments made earlier by national security adviser Wi Sung-lac.\n\n"
        "Wi suggested that hasty remarks from Seoul may have hardened the North\u2019s stance."
    )
    days = _days(text, datetime.date(2026, 1, 9))
    assert [d for d in days if d[0] == "Wi Sung-lac"] == [("Wi Sung-lac", "../2026-01-09")]


def test_words_asked_about_told_with_their_own_day_keep_it() -> None:
    # near miss: the speaker asked about says something on a day of his own
    text = (
        "Argentine cabinet chief Jorge Capitanich said on Friday during his daily press "
        "conference that London was looking for allies in Buenos Aires, when asked about "
        "Minister Hugo Swire statements to a news agency in Montevideo.\n\n"
        "Swire said on Saturday that the UK wants to work with the Argentine government on "
        "trade and science."
    )
    assert _days(text, SATURDAY) == [
        ("Jorge Capitanich", "2014-03-14"),
        ("Hugo Swire", "2014-03-15"),
    ]


def test_statements_by_someones_officials_are_not_his() -> None:
    # near miss: "the latest statements by representatives of X's administration": his
    # officials' words, not his; his own words keep the story's day
    text = (
        "RIGA, March 10 (LETA) - Commenting on the latest statements by representatives of "
        "US President Donald Trump\u2019s administration, Latvian Foreign Minister Baiba "
        "Braze said on Monday that Riga would not panic.\n\n"
        "Trump said that Europe must pay more for its own defence."
    )
    assert _days(text, datetime.date(2025, 3, 10)) == [
        ("Baiba Braze", "2025-03-10"),
        ("Donald Trump", "2025-03-10"),
    ]


WEDNESDAY = datetime.date(2015, 3, 4)


def test_who_said_before_an_action_stays_said_before() -> None:
    # near miss: the relative clause about someone whose sentence tells an act, not a
    # saying: background told in passing, said before
    text = (
        "NEW DELHI - Foreign Secretary Subrahmanyam Jaishankar, who said last month the "
        "talks would go ahead, flew to Islamabad with a letter from the prime minister.\n\n"
        "Pakistan's foreign secretary Aizaz Ahmed Chaudhry, who said the two sides should "
        "discourage hostile propaganda, met him at the airport."
    )
    assert _days(text, WEDNESDAY) == [
        ("Subrahmanyam Jaishankar", "2015-02"),
        ("Aizaz Ahmed Chaudhry", "../2015-03-04"),
    ]
