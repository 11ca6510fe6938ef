"""Russian stories that go back to what was said before the page's time ("Ранее МИД Эстонии
сообщил ...") and then on from it ("Позднее посольство назвало ...", "После этого
пресс-секретарь заявил ..."): the later words come after something said on some day up to
the page's, so they too were said on or before the page's day (``../``), not on the day of
the page's own stamps. "После этого" opens such a sentence as "Вскоре после этого" does; a
comparative "Позднее" before the speaker is no fronted object of a verb of naming. A story
whose "later" follows a day of its own keeps that day. Stories written here, in the manner
of Russian live pages and wire copy; each expected statement is checked for its speaker,
its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 12)

LIVE_PAGE = (
    "Главные события\n"
    "12 марта 2025, 10:15\n"
    "12 марта 2025, 11:15\n"
    "Захарова: Москва ответит на высылку дипломатов\n"
    "Россия ответит на высылку своих дипломатов из Эстонии. Об этом заявила официальный "
    "представитель МИД России Мария Захарова.\n"
    "Ранее МИД Эстонии сообщил, что два сотрудника посольства России объявлены персонами "
    "нон грата.\n"
    "Позднее посольство России в Таллине назвало решение эстонской стороны «недружественным "
    "шагом» и пообещало выполнить все требования.\n"
)

AFTER_THAT = (
    "12.03.2025 14:20\n"
    "Ранее Минобороны Эстонии объявило о начале учений у границы с Россией.\n\n"
    "После этого пресс-секретарь президента РФ Дмитрий Песков заявил, что Кремль "
    "внимательно следит за ситуацией. «Мы будем анализировать эти новости», - отметил "
    "представитель Кремля.\n"
)

# near miss: "later" after a day of the story's own, this week: later that day
LATER_THAT_DAY = (
    "Во вторник МИД Эстонии сообщил, что два сотрудника посольства России объявлены "
    "персонами нон грата.\n"
    "Позднее посольство России в Таллине назвало решение эстонской стороны «недружественным "
    "шагом».\n"
)


def test_later_than_earlier_on_a_live_page() -> None:
    assert_statements(
        LIVE_PAGE,
        PUBLISHED,
        [
            ("Мария Захарова", "Россия ответит на высылку", "2025-03-12"),
            ("МИД Эстонии", "два сотрудника посольства", "../2025-03-12"),
            ("посольство России в Таллине", "решение эстонской стороны", "../2025-03-12"),
        ],
    )


def test_after_that_follows_earlier() -> None:
    assert_statements(
        AFTER_THAT,
        PUBLISHED,
        [
            ("Минобороны Эстонии", "о начале учений", "../2025-03-12"),
            ("Дмитрий Песков", "Кремль внимательно следит", "../2025-03-12"),
            ("Дмитрий Песков", "Мы будем анализировать", "../2025-03-12"),
        ],
    )


def test_later_than_a_day_of_the_story() -> None:
    assert_statements(
        LATER_THAT_DAY,
        PUBLISHED,
        [
            ("МИД Эстонии", "два сотрудника посольства", "2025-03-11"),
            ("посольство России в Таллине", "решение эстонской стороны", "2025-03-11"),
        ],
    )
