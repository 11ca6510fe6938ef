"""A ministry's page names its own state its own way, and its issuer is named so.

Viet Nam's and Türkiye's ministries write those names on their pages; a page on
mofa.gov.vn that says "Viet Nam" throughout is the "Ministry of Foreign Affairs of Viet
Nam", not of "Vietnam" (a reader searching the page's own words for its issuer finds it).
A page that uses the usual name, or names its state nowhere, keeps the usual name."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.site import ministry_of

BRIEFING = (
    "The 9th Regular Press Conference (14 May 2022)\n"
    "I. Q&A\n"
    "1. VnExpress: What is Viet Nam's reaction to the survey ship's return to the area?\n"
    "Viet Nam has repeatedly stated its position on this matter. Viet Nam requests that the "
    "ship leave its exclusive economic zone at once.\n"
)


def test_the_state_is_named_as_the_page_spells_it():
    url = "https://mofa.gov.vn/en/briefing/9"
    assert ministry_of(url, BRIEFING).name == "Ministry of Foreign Affairs of Viet Nam"
    turkish = "Türkiye strongly condemns the attack and calls for restraint."
    assert ministry_of("https://www.mfa.gov.tr/no_-12.en.mfa", turkish).name == (
        "Ministry of Foreign Affairs of Türkiye"
    )


def test_the_usual_name_where_the_page_uses_it_or_none():
    url = "https://mofa.gov.vn/en/briefing/9"
    both = "Vietnam welcomes the visit. Viet Nam and Laos are neighbours."
    assert ministry_of(url, both).name == "Ministry of Foreign Affairs of Vietnam"
    assert ministry_of(url, "We welcome the visit.").name == (
        "Ministry of Foreign Affairs of Vietnam"
    )
    # the words of a name inside other words are no naming of it
    assert ministry_of(url, "Vietnamese officials met.").name == (
        "Ministry of Foreign Affairs of Vietnam"
    )


def test_a_briefing_page_is_the_ministry_its_text_names_so():
    found = extract(BRIEFING, published=datetime.date(2022, 5, 14), url="https://mofa.gov.vn/en/b")
    assert found
    assert {s.speaker for s in found} == {"Ministry of Foreign Affairs of Viet Nam"}


def test_a_formal_long_name_is_no_other_issuer():
    russian = "The Russian Federation calls on all parties to show restraint."
    assert ministry_of("https://mid.ru/en/foreign_policy/news/1", russian).name == (
        "Ministry of Foreign Affairs of Russia"
    )
    korean = "The Republic of Korea welcomes the agreement reached in Geneva."
    assert ministry_of("https://www.mofa.go.kr/eng/brd/m_5676/view.do", korean).name == (
        "Ministry of Foreign Affairs of South Korea"
    )
