"""Three of the round's Russian rules held to what they were for: an agency is an outlet
only by an outlet's name after it ("агентства Блумберг"), not the international agency
the story is about; a heading naming a foreign body between a briefing's answers leaves
the words below it to the spokeswoman; "кремлевский дипломат" is a serving aide of the
president, not a former Kremlin official named since."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

DAY = datetime.date(2025, 3, 4)


def test_agency_the_story_is_about_is_no_outlet() -> None:
    text = (
        "МАГАТЭ о Запорожской АЭС\n\n"
        "ВЕНА, 4 марта. /ТАСС/. Международное агентство по атомной энергии (МАГАТЭ) "
        "заявило во вторник, что на станции вновь пропало внешнее электроснабжение.\n\n"
        "В сообщении агентства говорится, что дизельные генераторы работают штатно.\n"
    )
    got = [s.speaker for s in extract(text, published=DAY)]
    assert got == ["МАГАТЭ", "МАГАТЭ"], got


def test_page_of_a_named_news_agency_has_no_speaker() -> None:
    text = (
        "Анкара о зерновой сделке\n\n"
        "АНКАРА, 4 марта. Министр иностранных дел Турции Хакан Фидан заявил во вторник, что "
        "Анкара готова вновь выступить посредником.\n\n"
        "В материале информационного агентства говорится, что новый раунд пройдет в апреле.\n"
    )
    assert_statements(text, DAY, [("Хакан Фидан", "Анкара готова", "2025-03-04")])


def test_heading_naming_a_foreign_ministry_leaves_the_words_to_the_briefer() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 4 марта "
        "2025 года\n\n"
        "Из ответов на вопросы:\n\n"
        "Вопрос: Как в Москве восприняли слова главы французской дипломатии?\n\n"
        "Ответ: Как очередную попытку переложить ответственность на других.\n\n"
        "Позиция МИД Франции\n\n"
        "Париж, по сути, призывает к продолжению боевых действий. Мы это отвергаем.\n"
    )
    got = [s.speaker for s in extract(text, published=DAY)]
    assert got == ["Захарова", "Захарова"], got


def test_former_kremlin_official_is_no_kremlin_diplomat() -> None:
    text = (
        "Ушаков о саммите\n\n"
        "МОСКВА, 4 марта. /ТАСС/. Помощник президента России Юрий Ушаков сообщил во "
        "вторник, что место встречи лидеров пока не выбрано.\n\n"
        "Бывший кремлевский чиновник Сергей Марков считает, что встреча пройдет в Эр-Рияде.\n\n"
        "Кремлевский дипломат также сообщил, что делегации уже обменялись списками.\n"
    )
    got = [s.speaker for s in extract(text, published=DAY)]
    assert got == ["Юрий Ушаков", "Сергей Марков", "Юрий Ушаков"], got


def test_kremlin_official_is_no_foreign_presidents_aide() -> None:
    text = (
        "Контакты с Вашингтоном\n\n"
        "МОСКВА, 4 марта. /РИА Новости/. Пресс-секретарь президента России Дмитрий Песков "
        "сказал во вторник, что Кремль ждет сигналов от американской стороны. Советник "
        "президента США по национальной безопасности Майк Уолтц ранее заявил, что "
        "Вашингтон изучает варианты.\n\n"
        "По словам кремлевского чиновника, график контактов пока не определен.\n"
    )
    got = [s.speaker for s in extract(text, published=DAY)]
    assert got == ["Дмитрий Песков", "Майк Уолтц", "Дмитрий Песков"], got
