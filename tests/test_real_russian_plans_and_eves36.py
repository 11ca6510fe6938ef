"""Round thirty-six, Russian press (read set w36c): a day after a verb in the future
("раунд, который пройдет в субботу") is a plan's day, never the day of talks held or of
words said at them; "Встреча состоялась накануне раунда" is the eve of the round (a finite
verb before "накануне", not the participle of "состоявшегося накануне разговора"); "накануне
парада", "накануне инаугурации" is the day before the day the story gave that ceremony. Each
test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_a_day_after_a_verb_in_the_future_is_no_day_of_the_talks() -> None:
    text = (
        'Газета "Коммерсантъ"\n14.03.2025, 18:00\n\n'
        "Глава МИД России Сергей Лавров в пятницу провел в Москве переговоры с турецким "
        "коллегой Хаканом Фиданом. Встреча прошла перед консультациями по Черному морю, "
        "которые состоятся во вторник в Стамбуле.\n\n"
        "По итогам переговоров господин Лавров заявил, что стороны «сверили часы» по "
        "украинскому урегулированию.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 14),
        [("Сергей Лавров", "стороны «сверили часы»", "2025-03-14")],
    )


def test_a_meeting_held_on_the_eve_of_a_round_is_not_held_the_day_before() -> None:
    text = (
        "Известия\n21 ноября 2024, 12:00\n\n"
        "Глава МИД Венгрии Петер Сийярто в четверг прибыл в Минск. Визит состоялся накануне "
        "саммита ОДКБ, который откроется в понедельник в Астане.\n\n"
        "Открывая встречу, Сийярто сказал, что Будапешт «выступает за диалог».\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 11, 21),
        [("Петер Сийярто", "Будапешт «выступает", "2024-11-21")],
    )


def test_talks_on_the_eve_of_a_session_to_come_keep_their_own_day() -> None:
    text = (
        "Ведомости\n05 июня 2025, 09:00\n\n"
        "Вице-премьер Александр Новак в среду провел переговоры с министром энергетики "
        "Катара. Переговоры состоялись накануне заседания ОПЕК+, которое пройдет в субботу.\n\n"
        "На встрече Новак отметил, что рынок нефти «сбалансирован».\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 5),
        [("Александр Новак", "рынок нефти", "2025-06-04")],
    )


def test_the_eve_of_a_ceremony_the_story_dated_is_the_day_before() -> None:
    text = (
        "Известия\n02 августа 2024, 10:00\n\n"
        "Инаугурация президента Ирана состоялась 30 июля в Тегеране. На церемонию прибыли "
        "делегации из 80 стран.\n\n"
        "Спикер Госдумы Вячеслав Володин накануне инаугурации сообщил, что Россия "
        "рассчитывает на продолжение сотрудничества с Тегераном.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 8, 2),
        [("Вячеслав Володин", "Россия рассчитывает", "2024-07-29")],
    )


def test_the_eve_of_a_parade_is_the_day_before_it() -> None:
    text = (
        "Коммерсантъ\n05.07.2024, 10:00\n\n"
        "Военный парад в Минске прошел 3 июля. В нем приняли участие войска двух стран.\n\n"
        "Министр обороны Белоруссии Виктор Хренин накануне парада заявил журналистам, что "
        "учения пройдут по плану.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 7, 5),
        [("Виктор Хренин", "учения пройдут", "2024-07-02")],
    )
