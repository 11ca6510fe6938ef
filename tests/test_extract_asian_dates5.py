"""Dates (and one speaker class) found by running the extractor on real English pages from
Chinese, Korean, Japanese and other Asian outlets (Xinhua, Yonhap, Kyodo, CNA copy; issue 8),
each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2024, 5, 14)


def run(text: str, published: datetime.date | None = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_ministry_named_by_another_field_is_another_body() -> None:
    # Yonhap: the foreign ministry speaks first, then "The unification ministry said
    # separately ..." and "ministry spokesperson Koo ...": neither is the foreign ministry's
    text = (
        "SEOUL, May 14 (Yonhap) -- South Korea's foreign ministry on Tuesday voiced deep "
        "concern over the North's newest satellite launch, calling it a grave provocation.\n\n"
        "The unification ministry said separately that it was tracking movements of North "
        "Korean troops near the demarcation line.\n\n"
        '"Pyongyang should halt every step that raises tension," ministry spokesperson Koo '
        "Byoung-sam told a regular press briefing.\n"
    )
    found = run(text)
    assert [s.speaker for s in found][1:] == ["South Korean Unification Ministry", "Koo Byoung-sam"]
    assert found[2].institution == "South Korean Unification Ministry"


def test_a_ministry_of_the_same_field_is_still_the_one_named_before() -> None:
    text = (
        "SEOUL, May 14 (Yonhap) -- South Korea's foreign ministry on Tuesday voiced deep "
        "concern over the North's newest satellite launch.\n\n"
        "The foreign ministry also said it would consult closely with Washington and Tokyo.\n"
    )
    found = run(text)
    assert len({s.speaker for s in found}) == 1


def test_earlier_in_the_day_is_the_day_the_story_has_reached() -> None:
    # next-day copy relaying a wire: "X said on Monday ... During talks with Y earlier in the
    # day, X ...": Monday's talks, not the reporter's day
    text = (
        "Chinese Premier Li Qiang said on Monday that he had asked the visiting German "
        "chancellor to keep markets open to Chinese carmakers.\n\n"
        "During a meeting with Olaf Scholz in Beijing earlier in the day, Li said tariffs "
        "would only hurt consumers on both sides.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-13", "2024-05-13"]


def test_earlier_in_the_day_alone_is_still_the_articles_day() -> None:
    text = (
        "Chinese Premier Li Qiang said earlier in the day that tariffs would only hurt "
        "consumers on both sides.\n"
    )
    (found,) = run(text)
    assert found.said_on == "2024-05-14"

