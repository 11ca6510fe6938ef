"""Russian news language behind the next-day date errors left on the Russian articles of the
open sets (round 15, third wave): a paper of one day tells of an event of the day before,
and those who spoke there take that event's day.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

# A daily's page of Monday: its news is of the days before
MONDAY = datetime.date(2024, 10, 21)


def said(text: str, published: datetime.date = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_the_same_day_as_a_thing_done_on_a_day() -> None:
    # "Заключенное в пятницу соглашение ... в тот же день заявил": the same day is Friday,
    # the day the thing was done, though that day dates no words itself
    text = (
        "Утренняя газета\n\n"
        "21.10.2024\n\n"
        "Заключенное в пятницу в Вене соглашение о рыболовстве вызывает споры в обеих "
        "странах.\n\n"
        "Министр сельского хозяйства Норвегии Ларс Эйкелунн в тот же день заявил, что "
        "квоты будут пересмотрены через год.\n"
    )
    found = [(s.speaker, s.said_on) for s in said(text)]
    assert found == [("Ларс Эйкелунн", "2024-10-18")]


def test_a_source_line_dates_the_words_of_the_one_it_names() -> None:
    # "Источник: ... Лааксо 20 октября": the labelled line telling where a news item's words
    # come from gives their day, for the lead above it as for the words below
    text = (
        "Вечерние новости\n\n"
        "Понедельник, 21 октября 2024, 09:10\n\n"
        "Премьер-министр Финляндии Юхан Лааксо заявил, что Финляндия закроет еще два "
        "пункта пропуска на границе.\n\n"
        "Источник: телеобращение Лааксо 20 октября\n\n"
        "Детали: Лааксо добавил, что решение будет пересмотрено через месяц.\n"
    )
    found = [(s.speaker, s.said_on) for s in said(text)]
    assert found == [("Юхан Лааксо", "2024-10-20"), ("Юхан Лааксо", "2024-10-20")]
