"""A channel copied as one page, each post closed by its views and time ("👁 5.6K  12:15"):
a post titled "Комментарий Посольства в связи с ..." further down the page is the
channel's own statement, a paragraph a statement, as a statement page's are; the page's
first line names the embassy, in Russian before its name in the host's language after a
slash. The paragraphs of the next post are no part of it (round thirty-six). Each test in
new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract


def test_a_comment_in_a_later_post_is_the_embassys() -> None:
    text = (
        "Посольство России в Норвегии / Russlands ambassade i Norge\n\n"
        "17 апреля 2025\n\n"
        "Посол России в Норвегии Н.В.Корчунов посетил Киркенес.\n\n"
        "«Приграничное сотрудничество на Севере нужно обоим нашим народам», – сказал "
        "Посол.\n\n"
        "👁 5.6K  12:15\n\n"
        "* * *\n\n"
        "18 апреля 2025\n\n"
        "❗️ Комментарий Посольства в связи с закрытием пункта пропуска Стурскуг\n\n"
        "Недружественные решения норвежских властей наносят прямой ущерб жителям "
        "приграничья по обе стороны границы.\n\n"
        "Убеждены, что рано или поздно Осло придётся вернуться к прагматичному диалогу с "
        "соседом.\n\n"
        "👁 8.3K  18:50\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 4, 18),
        [
            ("Корчунов", "Приграничное сотрудничество", "2025-04-17"),
            ("Посольство России в Норвегии", "Недружественные решения", "2025-04-18"),
            ("Посольство России в Норвегии", "Убеждены, что рано или поздно", "2025-04-18"),
        ],
    )


def test_the_next_posts_news_is_no_part_of_a_statement_post() -> None:
    text = (
        "Посольство России в Швеции\n\n"
        "Заявление Посольства в связи с новыми ограничениями для российских граждан\n\n"
        "Вновь приходится констатировать, что шведские власти ставят политику выше "
        "интересов собственных граждан.\n\n"
        "👁 2.7K  10:40\n\n"
        "* * *\n\n"
        "Посол России в Швеции С.Б.Беляев встретился с соотечественниками в Гётеборге.\n\n"
        "👁 1.9K  17:05\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2025, 5, 6))]
    assert all("Беляев" not in t for _, t in got), got
    assert any(t.startswith("Вновь приходится") for _, t in got), got
