"""Russian news language behind errors left on the twelfth round's Russian open sets (w12b,
w12d, w12f, w12h), tested in sentences written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2023, 3, 15)


def said(text: str, published: datetime.date = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_name_given_then_a_second_verb_is_one_statement_from_the_object() -> None:
    # "назвал X Y и отметил, что Z": the name given is said too; the corpus records the
    # sentence as one statement from the first verb's object on
    text = (
        "РИГА, 15 марта. /ТАСС/. Министр иностранных дел Латвии Эдгар Ринкевич назвал эти "
        "планы безответственными и добавил, что Рига «не будет молчать».\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Эдгар Ринкевич",
            "эти планы безответственными и добавил, что Рига «не будет молчать»",
        )
    ]


def test_a_short_object_before_that_stays_the_verbs_own() -> None:
    # "выразил уверенность, что": no name given, the clause after "что" is what was said
    text = (
        "ВИЛЬНЮС, 15 марта. /ТАСС/. Президент Литвы Гитанас Науседа выразил уверенность, "
        "что союзники помогут.\n"
    )
    found = said(text)
    assert [s.text for s in found] == ["союзники помогут"]


def test_an_estimate_in_figures_is_said() -> None:
    # "оценил ущерб в 2 млрд долларов": the figure put on a thing is the speaker's claim
    text = (
        "АСТАНА, 15 марта – Sputnik. Министр энергетики Казахстана Алмасадам Саткалиев "
        "оценил потери от остановки трубопровода в 300 млн долларов.\n\n"
        "Глава ведомства оценил ситуацию в отрасли.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Алмасадам Саткалиев", "потери от остановки трубопровода в 300 млн долларов")
    ]


def test_words_given_to_the_paper_are_not_dated_by_the_event_it_reports() -> None:
    # A newspaper's lead dates the talks "вчера"; a deputy's comment "в беседе с «Ъ»" is a
    # conversation of its own, with no day given: the article's day, not the talks'
    text = (
        "Газета «Коммерсантъ» №45 от 15.03.2023, стр. 6\n\n"
        "Вчера в Минске прошли переговоры министров иностранных дел Белоруссии и Казахстана.\n\n"
        "«Мы договорились о новых маршрутах»,— сказал господин Алейник по итогам встречи. "
        "Министр иностранных дел Белоруссии Сергей Алейник добавил, что документы подпишут "
        "летом.\n\n"
        "Депутат Палаты представителей Олег Гайдукевич считает, что сроки реальны. «Все "
        "зависит от логистики»,— сказал депутат “Ъ”.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Сергей Алейник", "2023-03-14"),
        ("Сергей Алейник", "2023-03-14"),
        ("Олег Гайдукевич", "2023-03-15"),
        ("Олег Гайдукевич", "2023-03-15"),
    ]
