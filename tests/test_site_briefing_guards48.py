"""A ministry's site gives its pages no words of the ministry's unless the page is its
briefing (review rv48d 5-6): a headline "Full transcript: Prime Minister X's address at
..." names whose words they are; "Transcript released of talks between ..." is a report;
a briefing record naming its spokesperson below the header ("The Spokesperson,
Ambassador X, also briefed the media ...") may be hers. Sentences written here in the
manner of a South Asian foreign office's site.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 4, 18)
URL = "https://mofa.gov.pk/press-releases/item-1842"


def _speakers(text: str) -> set[str | None]:
    return {s.speaker for s in extract(text, published=DAY, url=URL)}


def test_a_transcript_of_a_leaders_address_is_not_the_ministrys() -> None:
    speakers = _speakers(
        "Full transcript: President Arif Karimov's address at the Indus Forum\n\n"
        "Thank you very much. It is an honour to speak before this gathering of scholars.\n\n"
        "We want trade and friendship with every neighbour, and we will not let our land be "
        "used against anyone.\n"
    )
    assert not any("Ministry" in (who or "") for who in speakers)


def test_a_report_of_a_released_transcript_is_not_the_ministrys() -> None:
    speakers = _speakers(
        "Transcript released of consultations between the Foreign Office and the Tajik "
        "delegation\n\n"
        "The two sides discussed water sharing, transit trade and visas. The Tajik side was "
        "led by Deputy Foreign Minister Rustam Nazarov.\n\n"
        "Both sides agreed to meet again in Dushanbe in the autumn.\n"
    )
    assert not any("Ministry" in (who or "") for who in speakers)


def test_a_spokesperson_named_below_the_header_is_not_joined_to_the_ministrys_answer() -> None:
    found = extract(
        "Record of the Weekly Press Briefing\n\n"
        "Ministry of Foreign Affairs, Islamabad\n"
        "18 April 2024\n\n"
        "Question: How does the Ministry view the shelling across the border?\n\n"
        "Answer: We condemn it and have conveyed a strong protest to the authorities "
        "concerned.\n\n"
        "The Spokesperson, Ambassador Sadia Rahim, also briefed the media on the Prime "
        "Minister's coming visit to Tashkent.\n\n"
        "Question: When will the Prime Minister leave?\n\n"
        "Answer: The dates will be announced in due course.\n",
        published=DAY,
        url=URL,
    )
    assert not any(
        "Ministry" in (s.speaker or "") and "also briefed the media" in s.text for s in found
    )
