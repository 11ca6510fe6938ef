"""A page that prints one person's speech: its title names the speaker, the body is theirs.

Ministries and leaders' offices publish speeches under a title that says whose they are
("Выступление Министра ... С.В.Лаврова на ...", "Policy statement by Chancellor X"). The
title may sit under a few lines of the site's chrome, and it may qualify the speech
("Policy", "National", "Inaugural"); either way the paragraphs below are the speaker's
words, not the page's report.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

_RU_BODY = (
    "Уважаемый господин Председатель,\n\nУважаемые коллеги,\n\n"
    "Мы собрались в трудное для Организации время: ее решения все чаще блокируются теми, "
    "кто привык диктовать.\n\n"
    "Российская сторона по-прежнему открыта для честного разговора, если партнеры "
    "откажутся от ультиматумов.\n\nБлагодарю за внимание.\n"
)


@pytest.mark.parametrize(
    "chrome",
    [
        "",
        "Министерство иностранных дел Российской Федерации\n\n",
        "Министерство иностранных дел Российской Федерации\nГлавная / Выступления\n\n",
    ],
)
def test_russian_speech_title_under_site_chrome(chrome: str) -> None:
    text = (
        chrome + "Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на "
        "заседании Совета министров иностранных дел ОБСЕ, Вена, 5 декабря 2024 года\n\n" + _RU_BODY
    )
    found = extract(text, published=datetime.date(2024, 12, 5))
    assert len(found) == 1
    (said,) = found
    assert said.speaker.endswith("Лавров")
    assert said.text.startswith("Мы собрались в трудное")
    assert said.said_on == "2024-12-05"


def test_russian_news_under_a_speech_headline_stays_news() -> None:
    text = (
        "Новости\nПолитика\n\nВыступление Лаврова в Вене\n\n"
        "ВЕНА, 5 дек. Министр иностранных дел России Сергей Лавров заявил в четверг, что "
        "решения ОБСЕ все чаще блокируются.\n\n"
        '"Мы открыты для честного разговора", - добавил министр.\n'
    )
    found = extract(text, published=datetime.date(2024, 12, 5))
    assert [s.text for s in found] == [
        "решения ОБСЕ все чаще блокируются",
        "Мы открыты для честного разговора",
    ]


_EN_BODY = (
    "Mr President, honourable members,\n\n"
    "This week has changed the continent we live in. A neighbour has been attacked without "
    "cause, and the rules that kept us safe have been broken.\n\n"
    "We will stand by the people under attack, and we will pay what it costs to defend "
    "ourselves.\n"
)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        (
            "Policy statement by Chancellor Olaf Scholz in the German Bundestag",
            "Olaf Scholz",
        ),
        (
            "Government statement by Prime Minister Mette Frederiksen on 1 March 2022",
            "Mette Frederiksen",
        ),
        (
            "National Statement by H.E. Mr. Ahmed Attaf, Minister of Foreign Affairs of Algeria",
            "Ahmed Attaf",
        ),
        ("Inaugural address by President John Dramani Mahama", "John Dramani Mahama"),
        (
            "Policy statement by Olaf Scholz, Chancellor of the Federal Republic of Germany and "
            "Member of the German Bundestag, 27 February 2022 in Berlin",
            "Olaf Scholz",
        ),
    ],
)
def test_qualified_speech_title_gives_the_body_to_its_speaker(title: str, speaker: str) -> None:
    found = extract(title + "\n\n" + _EN_BODY, published=datetime.date(2022, 3, 1))
    assert len(found) == 1
    (said,) = found
    assert said.speaker == speaker
    assert said.text.startswith("This week has changed the continent")
