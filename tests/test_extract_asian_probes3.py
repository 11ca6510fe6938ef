"""Failure classes found by running the extractor on real English pages from Chinese, Indian
and other Asian outlets (China Daily, Xinhua, PTI, Yonhap copy; issue 8), each test in new
words written here."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2024, 5, 14)


def run(text: str, published: datetime.date | None = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_spokesperson_at_a_briefing_speaks_on_the_day_the_lead_gave_the_ministry() -> None:
    # China Daily: "Beijing on Monday rejected ...", then the spokesman quoted "at a daily
    # news briefing" with no day: the ministry's words are his, at Monday's briefing
    text = (
        "By LI MENG | China Daily | Updated: 2024-05-14 07:52\n\n"
        "China's Foreign Ministry on Monday rejected Manila's account of the shoal incident, "
        "saying the Philippine vessels had entered Chinese waters without permission.\n\n"
        '"The facts are clear and cannot be twisted," ministry spokesman Wang Wenbin said at '
        "a daily news briefing.\n\n"
        "Beijing has always kept the door to dialogue open, Wang said.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Chinese Foreign Ministry",
        "Wang Wenbin",
        "Wang Wenbin",
    ]
    assert [s.said_on for s in found] == ["2024-05-13"] * 3


def test_a_briefing_after_an_undated_lead_keeps_the_article_day() -> None:
    text = (
        "BEIJING -- China's Foreign Ministry rejected Manila's account of the shoal incident, "
        "saying the Philippine vessels had entered Chinese waters without permission.\n\n"
        '"The facts are clear and cannot be twisted," ministry spokesman Wang Wenbin said at '
        "a daily news briefing.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-14", "2024-05-14"]
