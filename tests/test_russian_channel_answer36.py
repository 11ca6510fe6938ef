"""A channel copied as one page: an earlier post's news, a break ("* * *", "---"), then a
post "Ответ Посла ... на вопрос СМИ" of questions and answers. The news above the answer's
header is the reporter's, read as news; none of it is the ambassador's (round thirty-six).
Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract


def test_news_above_an_answer_post_is_no_turn_of_the_one_answering() -> None:
    text = (
        "Посольство России в Египте\n\n"
        "Сегодня в Каире прошёл очередной раунд консультаций по ближневосточному "
        "урегулированию. Российскую делегацию возглавил спецпредставитель М.Л.Богданов.\n\n"
        "Накануне египетский МИД сообщил, что стороны обсудят восстановление Газы.\n\n"
        "* * *\n\n"
        "🇷🇺🇪🇬 Ответ Посла России в Египте Г.Е.Борисенко на вопрос СМИ\n\n"
        "Вопрос: Какими были итоги консультаций?\n\n"
        "Ответ: Разговор получился обстоятельным. Мы сверили подходы по всем основным "
        "темам повестки.\n\n"
        "Вопрос: Когда продолжатся контакты?\n\n"
        "Ответ: Сроки новой встречи согласуем по дипломатическим каналам.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 2, 18),
        [
            ("МИД Египта", "стороны обсудят восстановление Газы", "2025-02-17"),
            ("Борисенко", "Разговор получился обстоятельным", "2025-02-18"),
            ("Борисенко", "Сроки новой встречи", "2025-02-18"),
        ],
    )


def test_a_dashed_break_parts_the_posts_too() -> None:
    text = (
        "Постоянное представительство России при ОБСЕ\n\n"
        "Вчера в Вене завершилось заседание Постоянного совета ОБСЕ. Действующий "
        "председатель организации заявил, что работа миссий будет продолжена.\n\n"
        "---\n\n"
        "Комментарий Постоянного представителя России при ОБСЕ А.К.Лукашевича на вопрос "
        "СМИ\n\n"
        "Вопрос: Как Вы оцениваете итоги заседания?\n\n"
        "Ответ: Западные делегации вновь превратили дискуссию в обмен обвинениями. Мы "
        "предлагали заняться реальными проблемами безопасности.\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2025, 3, 14))]
    assert all(not t.startswith("Вчера в Вене") for _, t in got), got
    assert any(s == "Лукашевич" and t.startswith("Западные делегации") for s, t in got), got


def test_a_briefing_with_its_header_on_top_keeps_its_opening_remarks() -> None:
    """Near miss (passes before and after): the header is the page's first line, no post
    above it; the remarks before the first question are the briefer's."""
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
        "6 марта 2025 года\n\n"
        "О визовом режиме\n\n"
        "Мы уже разъясняли порядок выдачи электронных виз для иностранных граждан.\n\n"
        "Вопрос: Как Вы прокомментируете решение Латвии?\n\n"
        "Ответ: Мы считаем его очередным проявлением русофобии.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 6),
        [
            ("Захарова", "Мы уже разъясняли порядок", "2025-03-06"),
            ("Захарова", "Мы считаем его очередным", "2025-03-06"),
        ],
    )
