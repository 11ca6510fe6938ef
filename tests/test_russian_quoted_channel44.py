"""A name set alone in quotation marks is no person's (round 44, Russian): Russian news
quotes the names of channels, papers and firms («России-24», «Известиям», «Роснефть»),
never a person's. "В эфире «России-24» он пояснил" is his words, said on the channel; a
hyphenated channel name read as a double surname made the channel the speaker.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2025, 6, 10)
LEAD = (
    "Министр иностранных дел Белоруссии Максим Рыженков сообщил о готовности Минска "
    "принять переговоры."
)


def said(text: str) -> list[ProposedStatement]:
    return extract(text, published=TUESDAY)


def test_a_pronoun_after_a_quoted_channel_is_the_speaker() -> None:
    text = f"{LEAD}\nВ эфире «России-24» он пояснил, что Минск готов предоставить площадку."
    got = said(text)
    assert [s.speaker for s in got] == ["Максим Рыженков", "Максим Рыженков"], got
    assert got[1].text.startswith("Минск готов предоставить площадку")


def test_a_post_after_a_quoted_channel_is_the_speaker() -> None:
    text = (
        f"{LEAD}\nВ интервью телеканалу «Россия-24» министр подчеркнул, что Минск готов "
        "предоставить площадку."
    )
    got = said(text)
    assert [s.speaker for s in got] == ["Максим Рыженков", "Максим Рыженков"], got


def test_near_miss_a_name_opening_a_quotation_is_not_taken_for_a_title() -> None:
    text = (
        "Ранее президент Белоруссии высказался о переговорах. «Лукашенко прав», — заявил "
        "министр иностранных дел Белоруссии Максим Рыженков в эфире «России-24»."
    )
    got = said(text)
    assert len(got) == 1, got
    assert got[0].speaker == "Максим Рыженков"
    assert got[0].text.startswith("Лукашенко прав")
