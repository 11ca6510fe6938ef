"""Round thirty-three, Russian next-day copy: a paper dated the day after the news ("во вторник
согласовали" in Wednesday's issue) places words at a gathering by its noun alone ("на итоговой
пресс-конференции", "по итогам заседания"); with no other day reached before them and no
earlier dated mention of that gathering, they are the news day's, as the English reader
already holds. A ministry's briefing, a gathering placed in a town of its own, or a story
that has moved on to the paper's day keep the paper's day. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_a_closing_press_conference_in_next_day_copy_is_the_news_day() -> None:
    text = (
        "Известия\n12.03.2025 07:10:00\n\n"
        "Семерка договорилась о заявлении по Ближнему Востоку\n\n"
        "Министры иностранных дел стран «Группы семи» во вторник согласовали совместное "
        "заявление по ситуации на Ближнем Востоке после двух дней обсуждений в Шарлевуа.\n\n"
        "«Мы едины как никогда в стремлении остановить насилие», – сказала глава МИД Канады "
        "Мелани Жоли на итоговой пресс-конференции.\n\n"
        "Госсекретарь США Марко Рубио заявил, что Вашингтон рассчитывает на поддержку "
        "союзников.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 12),
        [
            ("Мелани Жоли", "Мы едины как никогда", "2025-03-11"),
            ("Марко Рубио", "Вашингтон рассчитывает", "2025-03-12"),
        ],
    )


def test_words_at_and_after_the_council_session_the_lead_dates() -> None:
    text = (
        "Коммерсантъ\n05.06.2024\n\n"
        "Совбез ООН поддержал американский план по Газе\n\n"
        "Совет Безопасности ООН во вторник одобрил резолюцию в поддержку плана прекращения "
        "огня в секторе Газа. Россия при голосовании воздержалась.\n\n"
        "Выступая на заседании, постоянный представитель Китая Фу Цун заявил, что Пекин "
        "поддерживает любые усилия по прекращению огня.\n\n"
        "По итогам заседания постпред США Линда Томас-Гринфилд сказала журналистам, что "
        "теперь слово за ХАМАС.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 6, 5),
        [
            ("Фу Цун", "Пекин поддерживает", "2024-06-04"),
            ("Линда Томас-Гринфилд", "теперь слово за ХАМАС", "2024-06-04"),
        ],
    )


def test_a_press_conference_in_a_town_of_its_own_keeps_the_papers_day() -> None:
    # near miss: passes on the starting code too
    text = (
        "Российская газета\n15.10.2024\n\n"
        "Лавров обсудил с коллегой двустороннее сотрудничество\n\n"
        "Министр иностранных дел России Сергей Лавров в понедельник провел переговоры с главой "
        "МИД Малайзии Мохамадом Хасаном.\n\n"
        "Министр иностранных дел Венгрии Петер Сийярто на пресс-конференции в Будапеште "
        "заявил, что его страна не поддержит новые санкции.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 10, 15),
        [("Петер Сийярто", "его страна не поддержит", "2024-10-15")],
    )


def test_a_story_moved_on_to_the_papers_day_keeps_it() -> None:
    # near miss: passes on the starting code too
    text = (
        "Ведомости\n20.11.2024\n\n"
        "Делегации во вторник продолжили работу над итоговым документом. В среду "
        "председатель представил новый проект.\n\n"
        "Выступая на заседании, министр иностранных дел Бразилии Мауро Виейра заявил, что "
        "проект требует доработки.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 11, 20),
        [("Мауро Виейра", "проект требует доработки", "2024-11-20")],
    )
