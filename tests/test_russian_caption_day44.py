"""A photo's caption is no occasion of the story (round 44, Russian): РИА Новости and the
Sputnik sites set a picture's caption twice, once after its credit ("© Sputnik / ...") and
again under the picture, closed by the site's name, the picture's width and the day
("... (3 марта 2024). Минск - Sputnik Беларусь, 1920, 14.03.2024"). A day there is the
picture's, often of an earlier visit; the statements below are dated by the dateline.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2024, 3, 14)


def said(text: str) -> list[ProposedStatement]:
    return extract(text, published=THURSDAY)


CAPTION = (
    "Встреча министров иностранных дел Белоруссии и России Максима Рыженкова и Сергея "
    "Лаврова (3 марта 2024). Минск"
)


def test_a_day_in_a_caption_under_its_picture_dates_nothing() -> None:
    text = (
        "Лавров: Минск и Москва сохранят общий курс\n\n"
        f"© Sputnik / Виктор Толочко / Перейти в фотобанк{CAPTION}\n"
        f"{CAPTION} - Sputnik Беларусь, 1920, 14.03.2024\n"
        "МИНСК, 14 мар — Sputnik. Москва и Минск сохранят общий внешнеполитический курс, "
        "заявил министр иностранных дел России Сергей Лавров.\n"
        "По его словам, западные страны пытаются расколоть Союзное государство."
    )
    got = said(text)
    assert [s.speaker for s in got] == ["Сергей Лавров", "Сергей Лавров"], got
    assert all(s.said_on == "2024-03-14" for s in got), got


def test_near_miss_a_meeting_dated_in_the_story_still_dates_it() -> None:
    text = (
        "МИНСК, 14 мар — Sputnik. Встреча министров иностранных дел Белоруссии и России "
        "Максима Рыженкова и Сергея Лаврова прошла 3 марта в Минске. Москва и Минск сохранят "
        "общий внешнеполитический курс, заявил министр иностранных дел России Сергей Лавров."
    )
    got = said(text)
    assert len(got) == 1, got
    assert got[0].speaker == "Сергей Лавров"
    assert got[0].said_on == "2024-03-03"
