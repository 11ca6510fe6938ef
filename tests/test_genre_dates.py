"""The day a statement was said, page genre by page genre, where the page's own day is not
that day (a round-up of the week under days' heads) or where it is and another time word
tempts otherwise. Pages written here, in the manner of several outlets; each expected
statement is checked for its speaker, its first words and its day."""

import datetime

import pytest

from tracker.extract import extract

# A week's digest in a Russian business paper: each day's items under "Понедельник, 3 марта"
# (the weekday with its date); a speaker under two days' heads speaks on each day
RU_WEEK_DATED_HEADS = (
    "Неделя: Эр-Рияд, Лондон и пошлины\n\n"
    "Главное за 3–7 марта\n\n"
    "7 марта 2025, 19:40\n\n"
    "Понедельник, 3 марта\n"
    "Министр иностранных дел Сергей Лавров заявил, что Москва готова к переговорам «без "
    "предварительных условий». Пресс-секретарь президента Дмитрий Песков назвал саммит в "
    "Лондоне «неконструктивным».\n\n"
    "Среда, 5 марта\n"
    "Вечером Песков сообщил, что Кремль изучает американские предложения.\n\n"
    "Четверг, 6 марта\n"
    "Официальный представитель МИД Мария Захарова заявила, что Европа «вооружается за счет "
    "своих граждан».\n"
)
# the same heads in capitals, a week that crosses the turn of the year
RU_WEEK_NEW_YEAR = (
    "ИТОГИ НЕДЕЛИ\n\n"
    "3 января 2025\n\n"
    "ПОНЕДЕЛЬНИК, 30 ДЕКАБРЯ\n"
    "Глава МИД Венгрии Петер Сийярто заявил, что Будапешт не поддержит новые санкции.\n\n"
    "ЧЕТВЕРГ, 2 ЯНВАРЯ\n"
    "Посол России в США Александр Дарчиев сообщил, что посольство ждет новых контактов.\n"
)
# a story, no round-up: one line opened by a weekday is no day's head
RU_NEWS_ONE_WEEKDAY = (
    "Лавров встретился с Фиданом\n\n"
    "МОСКВА, 7 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил в "
    "пятницу, что Москва ценит посредничество Анкары.\n\n"
    "Пятница, 7 марта, стала третьим днем визита турецкого министра. Глава МИД Турции Хакан "
    "Фидан сказал, что Анкара готова принять новый раунд переговоров.\n"
)

FRIDAY = datetime.date(2025, 3, 7)


@pytest.mark.parametrize(
    ("page", "published", "want"),
    [
        (
            RU_WEEK_DATED_HEADS,
            FRIDAY,
            [
                ("Сергей Лавров", "Москва готова к переговорам", "2025-03-03"),
                ("Дмитрий Песков", "саммит в Лондоне", "2025-03-03"),
                ("Дмитрий Песков", "Кремль изучает американские", "2025-03-05"),
                ("Мария Захарова", "Европа «вооружается", "2025-03-06"),
            ],
        ),
        (
            RU_WEEK_NEW_YEAR,
            datetime.date(2025, 1, 3),
            [
                ("Петер Сийярто", "Будапешт не поддержит", "2024-12-30"),
                ("Александр Дарчиев", "посольство ждет новых", "2025-01-02"),
            ],
        ),
        (
            RU_NEWS_ONE_WEEKDAY,
            FRIDAY,
            [
                ("Сергей Лавров", "Москва ценит посредничество", "2025-03-07"),
                ("Хакан Фидан", "Анкара готова принять", "2025-03-07"),
            ],
        ),
    ],
)
def test_a_round_up_dates_each_item_by_its_days_head(page, published, want) -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(page, published=published)]
    for speaker, start, day in want:
        hits = [f for f in found if f[1].startswith(start)]
        assert [(f[0], f[2]) for f in hits] == [(speaker, day)], (start, found)
