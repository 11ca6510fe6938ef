"""Proposals that are no statements: a verb of saying whose only words are the topic ("told
a separate rally on the issue."), a mention with no content; and the near miss of a share of
those polled (test_poll_share_no_speaker45 holds the share itself), a pollster by name who
speaks. The near misses keep the words that are said. Sentences written here in the manner
of agency copy."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import assert_statements, ingested_statements

PUBLISHED = datetime.date(2021, 6, 23)  # a Wednesday
DAY = "2021-06-23"


def test_a_named_pollster_still_speaks() -> None:
    # near miss: the pollster who ran the survey is a person who speaks of it
    assert_statements(
        "SYDNEY, June 23 (Reuters) - Natasha Kassam, who ran the survey, said on Wednesday "
        "that 63 percent of Australians now see China as a security threat.\n",
        PUBLISHED,
        [("Natasha Kassam", "63 percent of Australians now see China as a security", DAY)],
    )


def test_told_a_rally_on_the_issue_says_nothing(tmp_path: Path) -> None:
    got = [
        s["text"]
        for s in ingested_statements(
            tmp_path,
            "TOKYO, June 23 (Kyodo) - Prime Minister Yoshihide Suga met relatives of the "
            "abductees on Wednesday and said Japan would not give up. Later in the day, Suga "
            "told a separate meeting on the issue.\n\n"
            "\u201cThe government will press Pyongyang harder for the return of every "
            "abductee.\u201d\n",
            PUBLISHED,
        )
    ]
    assert not any(t.strip().startswith("on the issue") for t in got), got
    assert any(t.startswith("Japan would not give up") for t in got)
    # the quotation the sentence introduces below is still the prime minister's
    assert any(t.startswith("The government will press Pyongyang") for t in got)


def test_told_a_rally_on_the_issue_that_keeps_the_words(tmp_path: Path) -> None:
    # near miss: the topic, then what was told about it
    got = [
        s["text"]
        for s in ingested_statements(
            tmp_path,
            "TOKYO, June 23 (Kyodo) - Prime Minister Yoshihide Suga told a rally on the issue "
            "that Japan would never give up on the abductees.\n",
            PUBLISHED,
        )
    ]
    assert any(t.startswith("Japan would never give up") for t in got)
