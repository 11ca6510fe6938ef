"""Proposals that are no statements: a share of those polled ("only 16 percent of
respondents saying they trust ..."), who are counted, not heard; and a verb of saying whose
only words are the topic ("told a separate rally on the issue."), a mention with no content.
Their near misses keep the words that are said. Sentences written here in the manner of
agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements, ingested_statements

PUBLISHED = datetime.date(2021, 6, 23)  # a Wednesday
DAY = "2021-06-23"


def test_a_share_of_those_polled_is_no_speaker() -> None:
    assert_statements(
        "BEIJING, June 23 (Xinhua) -- Chinese Foreign Ministry spokesperson Wang Wenbin said "
        "on Wednesday that the survey was biased. The remarks came after a poll showed that "
        "trust in China had fallen, with only 12 percent of respondents saying they trust "
        "Beijing to act responsibly.\n",
        PUBLISHED,
        [("Wang Wenbin", "the survey was biased", DAY)],
    )


def test_a_named_pollster_still_speaks() -> None:
    # near miss: the pollster who ran the survey is a person who speaks of it
    assert_statements(
        "SYDNEY, June 23 (Reuters) - Natasha Kassam, who ran the survey, said on Wednesday "
        "that 63 percent of Australians now see China as a security threat.\n",
        PUBLISHED,
        [("Natasha Kassam", "63 percent of Australians now see China as a security", DAY)],
    )


def test_told_a_rally_on_the_issue_says_nothing() -> None:
    got = [
        s["text"]
        for s in ingested_statements_text(
            "TOKYO, June 23 (Kyodo) - Prime Minister Yoshihide Suga met relatives of the "
            "abductees on Wednesday and said Japan would not give up. Later in the day, Suga "
            "told a separate meeting on the issue.\n\n"
            "\u201cThe government will press Pyongyang harder for the return of every "
            "abductee.\u201d\n"
        )
    ]
    assert "on the issue" not in [t.strip(" .") for t in got]
    assert any(t.startswith("Japan would not give up") for t in got)
    # the quotation the sentence introduces below is still the prime minister's
    assert any(t.startswith("The government will press Pyongyang") for t in got)


def test_told_a_rally_on_the_issue_that_keeps_the_words() -> None:
    # near miss: the topic, then what was told about it
    got = [
        s["text"]
        for s in ingested_statements_text(
            "TOKYO, June 23 (Kyodo) - Prime Minister Yoshihide Suga told a rally on the issue "
            "that Japan would never give up on the abductees.\n"
        )
    ]
    assert any(t.startswith("Japan would never give up") for t in got)


def ingested_statements_text(text: str) -> list[dict]:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        return ingested_statements(Path(tmp), text, PUBLISHED)
