"""Review fixes of round 40, the last read: "Позднее" after a span the story told ("на
прошлой неделе") is some day after it, up to the page's, whatever that sentence told (a
meeting, a decree) and whatever stands between (the speaker's own quotation); only an
"earlier" phrase ("ранее") and the new "После этого" ask that words were said right before.
Stories written here in the manner of Russian wire copy; and an outlet citing a minister
whose post names a law ("citing Law Minister X"), a person all the same; "later ... at the
same news conference", the occasion above named again."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 12)  # a Wednesday


def test_later_after_a_week_of_talks_is_up_to_the_page() -> None:
    assert_statements(
        "МОСКВА, 12 марта. /ТАСС/. На прошлой неделе министр иностранных дел России Сергей "
        "Лавров провел переговоры с главой МИД Бразилии в Рио-де-Жанейро. Позднее он "
        "заявил, что стороны договорились расширить торговлю.\n",
        PUBLISHED,
        [("Сергей Лавров", "стороны договорились", "../2025-03-12")],
    )


def test_later_after_the_speakers_own_quotation_between() -> None:
    assert_statements(
        "МОСКВА, 12 марта. /ТАСС/. На прошлой неделе министр иностранных дел России Сергей "
        "Лавров заявил, что консультации по Черноморскому региону не дали результата.\n\n"
        "«Мы не видим готовности к компромиссу», — добавил министр.\n\n"
        "Позднее он уточнил, что Москва остается открытой для контактов.\n",
        PUBLISHED,
        [
            ("Сергей Лавров", "консультации по Черноморскому", "2025-03-03/2025-03-09"),
            ("Сергей Лавров", "Мы не видим", "2025-03-03/2025-03-09"),
            ("Сергей Лавров", "Москва остается", "../2025-03-12"),
        ],
    )


def test_citing_a_titled_minister_whose_post_names_the_law() -> None:
    # a post's words ("Law Minister") are no document: the person cited speaks
    assert_statements(
        "ISLAMABAD (Reuters) - The amendment would be tabled in the Senate next week, the "
        "state broadcaster PTV said on Monday, citing Law Minister Azam Nazeer Tarar.\n",
        datetime.date(2024, 10, 15),
        [("Azam Nazeer Tarar", "The amendment would be tabled", "2024-10-14")],
    )


def test_later_at_the_same_news_conference_is_that_day() -> None:
    # "at the same news conference" names the occasion above again, not one of its own
    assert_statements(
        "OSLO (Reuters) - Norwegian Foreign Minister Espen Barth Eide said on Thursday that "
        "Norway would host a new round of talks.\n\n"
        '"Both sides have asked us to help," Eide told a news conference in Oslo.\n\n'
        "Eide later told reporters at the same news conference that no date had been set.\n",
        datetime.date(2024, 5, 17),  # a Friday
        [
            ("Espen Barth Eide", "Norway would host", "2024-05-16"),
            ("Espen Barth Eide", "Both sides have asked", "2024-05-16"),
            ("Espen Barth Eide", "no date had been set", "2024-05-16"),
        ],
    )
