"""Words not told again (issue 8, round twenty): a later paragraph giving the same speaker
a day retells the story's opening words only when it can be the same saying. A saying in the
pluperfect ("had said on Monday") is set before the story's time; words that themselves say
"today", under a lead told on the article's day, are that day's. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _has(text: str, published: datetime.date, speaker: str, start: str, day: str) -> bool:
    """Whether ``speaker``'s words opening with ``start`` are dated ``day``."""
    return any(
        s.speaker == speaker and s.text.startswith(start) and s.said_on == day
        for s in extract(text, published=published)
    )


_PUB = datetime.date(2023, 6, 16)


def test_an_earlier_saying_in_the_pluperfect_is_not_the_leads() -> None:
    for verb in ("had said", "had already told reporters", "had also said"):
        text = (
            "Sweden completes ratification\n\n"
            "Stockholm, 16 June 2023\n\n"
            "Sweden's parliament approved the country's accession to the defence pact, "
            "completing its domestic procedure.\n\n"
            '"This is a day of great pride for our country," Prime Minister Ulf Kristersson '
            'said. "Sweden will carry its share of the burden."\n\n'
            f"Addressing parliament on Tuesday, the prime minister {verb} that the government "
            "expected a broad majority."
        )
        assert _has(text, _PUB, "Ulf Kristersson", "This is a day of great", "2023-06-16"), verb
        assert _has(text, _PUB, "Ulf Kristersson", "the government expected", "2023-06-13"), verb


def test_a_releases_quote_saying_today_keeps_the_release_day() -> None:
    text = (
        "Japan imposes additional measures against Russia\n\n"
        "16 June 2023\n\n"
        "The Government of Japan has today decided to impose additional asset freezes on 12 "
        "individuals.\n\n"
        "Minister for Foreign Affairs Yoshimasa Hayashi said:\n\n"
        "\"Japan strongly condemns the continued aggression. Today's measures reflect our "
        'determination to stand with Ukraine."\n\n'
        "Speaking to reporters in Tokyo on 9 June, the Minister said that Japan would "
        "coordinate closely with its partners on further steps."
    )
    assert _has(text, _PUB, "Yoshimasa Hayashi", "Japan strongly condemns", "2023-06-16")
    assert _has(text, _PUB, "Yoshimasa Hayashi", "Japan would coordinate", "2023-06-09")


def test_a_quote_saying_today_under_a_lead_of_the_weekday_of_publication() -> None:
    text = (
        "EU adopts new sanctions package\n\n"
        "The Council on Friday adopted a new package of restrictive measures.\n\n"
        '"Today we close loopholes that let banned goods reach the front," High '
        "Representative Josep Borrell said.\n\n"
        "At the ministers' meeting on Monday, Borrell told reporters that circumvention was "
        "the main challenge for the sanctions regime."
    )
    assert _has(text, _PUB, "Josep Borrell", "Today we close loopholes", "2023-06-16")
    assert _has(text, _PUB, "Josep Borrell", "circumvention was", "2023-06-12")


def test_a_lead_summing_up_words_told_below_still_takes_their_day() -> None:
    text = (
        "Borrell urges unity\n\n"
        "Europe must close ranks on Ukraine, the EU's foreign policy chief Josep Borrell has "
        "said.\n\n"
        "Speaking after Monday's meeting of foreign ministers in Luxembourg, Borrell said "
        "Europe needed to close ranks and keep its support steady."
    )
    assert _has(text, _PUB, "Josep Borrell", "Europe must close ranks", "2023-06-12")


def test_next_day_copy_quoting_today_still_retells_the_day_below() -> None:
    text = (
        "Kishida hails summit\n\n"
        "TOKYO (Reuters) - Japanese Prime Minister Fumio Kishida hailed a summit with South "
        "Korea's president as a new start.\n\n"
        '"Today marks a new chapter," Kishida said.\n\n'
        "Speaking at a joint news conference in Tokyo on Thursday, Kishida said that today "
        "marked a new chapter and that shuttle diplomacy would resume."
    )
    assert _has(text, _PUB, "Fumio Kishida", "Today marks a new chapter", "2023-06-15")
