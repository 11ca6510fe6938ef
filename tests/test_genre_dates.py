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


# Wire stories where the occasion closes the reported words and an aside follows its day:
# the interview or news conference is the words' occasion, its day theirs (not the page's)
OCCASION_THEN_ASIDE = [
    (
        "Sikorski rules out troops for Ukraine\n\n"
        "WARSAW, March 10 (PAP) - Polish Foreign Minister Radoslaw Sikorski told Reuters that "
        "Poland had no plans to send soldiers to Ukraine, in an interview conducted on Saturday "
        "afternoon, a day after talks in Paris.\n",
        ("Radoslaw Sikorski", "Poland had no plans", "2025-03-08"),
    ),
    (
        "Ishiba rules out retaliation\n\n"
        "TOKYO (Kyodo) -- Prime Minister Shigeru Ishiba said Japan would not take retaliatory "
        "measures against the U.S. tariffs, at a news conference on Friday evening, his first "
        "since the levies were announced.\n",
        ("Shigeru Ishiba", "Japan would not take", "2025-03-07"),
    ),
    (
        "Burhan rejects rival government\n\n"
        "PORT SUDAN (AFP) - Sudan's army chief Abdel Fattah al-Burhan told AFP the "
        'paramilitary\'s plan for a rival government would "never be accepted", in an '
        "interview on Sunday, two days after the charter was signed in Nairobi.\n",
        ("Abdel Fattah al-Burhan", "the paramilitary's plan", "2025-03-09"),
    ),
    # near-misses: a meeting to come is a plan, not the occasion; "after the meeting on
    # Thursday" places the words on Thursday as before
    (
        "Ankara to host Black Sea talks\n\n"
        "ANKARA (AA) - Turkish Foreign Minister Hakan Fidan said the issue would be raised at a "
        "meeting on Friday, the first of its kind since 2022.\n",
        ("Hakan Fidan", "the issue would be raised", "2025-03-10"),
    ),
    (
        "Hungary blocks EU statement on Ukraine\n\n"
        "BRUSSELS (dpa) - Hungarian Foreign Minister Peter Szijjarto said Budapest would veto "
        "any joint text, speaking to reporters after the meeting on Thursday, where 26 states "
        "backed the plan.\n",
        ("Peter Szijjarto", "Budapest would veto", "2025-03-06"),
    ),
]


@pytest.mark.parametrize(("page", "want"), OCCASION_THEN_ASIDE)
def test_the_occasion_closing_the_words_dates_them_past_an_aside(page, want) -> None:
    found = [
        (s.speaker, s.said_on)
        for s in extract(page, published=datetime.date(2025, 3, 10))
        if s.text.startswith(want[1])
    ]
    assert found == [(want[0], want[2])]


# An interview that went out on one day and was recorded on another: its words are of the
# day it was recorded, wherever the page tells it (the lead, a later sentence, a participle)
RECORDED_THEN_AIRED = [
    (
        "Lavrov: Europe is preparing for war\n\n"
        "By Staff reporter | Published Wednesday, March 5, 2025\n\n"
        "In an interview recorded on Monday for the French channel LCI, Russian Foreign "
        'Minister Sergei Lavrov said European leaders were "preparing for war".\n\n'
        '"They talk about peace, but they send weapons," Lavrov said in the interview, which '
        "aired on Tuesday evening.\n",
        datetime.date(2025, 3, 5),
        [
            ("Sergei Lavrov", "European leaders were", "2025-03-03"),
            ("Sergei Lavrov", "They talk about peace", "2025-03-03"),
        ],
    ),
    (
        "Rubio: Ukraine must consider concessions\n\n"
        "WASHINGTON (AP) — Secretary of State Marco Rubio said Ukraine would have to make "
        '"difficult concessions" in an interview that aired Sunday on CBS.\n\n'
        '"Nobody is going to get everything they want," Rubio said.\n\n'
        "The interview was taped on Friday in Washington.\n",
        datetime.date(2025, 3, 10),
        [
            ("Marco Rubio", "Ukraine would have to make", "2025-03-07"),
            ("Marco Rubio", "Nobody is going to get", "2025-03-07"),
        ],
    ),
    (
        "Лавров: Европа готовится к войне\n\n"
        "10 марта 2025, 09:15\n\n"
        "Министр иностранных дел России Сергей Лавров в интервью французскому телеканалу, "
        "записанном в пятницу, заявил, что Европа готовится к войне.\n",
        datetime.date(2025, 3, 10),
        [("Сергей Лавров", "Европа готовится к войне", "2025-03-07")],
    ),
    # near-misses: aired with no day of recording, or recorded "before" an event, keep the
    # day it aired
    (
        "Netanyahu rules out Palestinian state\n\n"
        "JERUSALEM (Reuters) - Israeli Prime Minister Benjamin Netanyahu said on Sunday that "
        'Israel would not accept a Palestinian state "in any form", in an interview aired on '
        "Channel 14.\n\n"
        '"That is not going to happen," Netanyahu said.\n',
        datetime.date(2025, 3, 10),
        [
            ("Benjamin Netanyahu", "Israel would not accept", "2025-03-09"),
            ("Benjamin Netanyahu", "That is not going to happen", "2025-03-09"),
        ],
    ),
    (
        "Merz: Europe must be ready\n\n"
        "BERLIN (dpa) - German Chancellor-in-waiting Friedrich Merz said Europe must be able "
        "to defend itself, in an interview broadcast on Sunday evening by ARD.\n\n"
        '"We have to prepare for the worst," Merz said in the interview, which was recorded '
        "before Saturday's talks in London.\n",
        datetime.date(2025, 3, 10),
        [
            ("Friedrich Merz", "Europe must be able", "2025-03-09"),
            ("Friedrich Merz", "We have to prepare", "2025-03-09"),
        ],
    ),
]


@pytest.mark.parametrize(("page", "published", "want"), RECORDED_THEN_AIRED)
def test_an_interview_is_dated_by_its_recording_not_its_airing(page, published, want) -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(page, published=published)]
    for speaker, start, day in want:
        hits = [f for f in found if f[1].startswith(start)]
        assert [(f[0], f[2]) for f in hits] == [(speaker, day)], (start, found)


# A summit's live page numbering its days ("Day 2 – Friday 21 February"), entries stamped by
# the time alone under each: an entry is of the day headed above it
LIVE_NUMBERED_DAYS = (
    "Live: G20 foreign ministers meet in Johannesburg\n\n"
    "Refresh for the latest\n\n"
    "Day 2 – Friday 21 February\n\n"
    "10:02\n"
    "South African Foreign Minister Ronald Lamola said that the meeting had shown "
    '"multilateralism still works".\n\n'
    "DAY 1: Thursday 20 February\n\n"
    "16:40\n"
    'Chinese Foreign Minister Wang Yi said the G20 must "stand up for the Global South".\n\n'
    "14:15\n"
    'Lamola said the absence of the US secretary of state was "regrettable".\n'
)


@pytest.mark.parametrize(
    ("start", "want"),
    [
        ("the meeting had shown", ("Ronald Lamola", "2025-02-21")),
        ("the G20 must", ("Wang Yi", "2025-02-20")),
        ("the absence of the US", ("Ronald Lamola", "2025-02-20")),
    ],
)
def test_a_live_page_numbering_its_days_dates_entries_by_the_day_above(start, want) -> None:
    found = [
        (s.speaker, s.said_on)
        for s in extract(LIVE_NUMBERED_DAYS, published=datetime.date(2025, 2, 21))
        if s.text.startswith(start)
    ]
    assert found == [want]


# A reaction to a strike or a launch: the day told after the event and what it struck ("last
# Monday", a weekday's night) is the event's, not the words'; a plain "on Tuesday" after
# the object stays the words' day, as the corpus reads it
EVENT_DAY_IN_THE_OBJECT = [
    (
        "Seoul, Tokyo vow close cooperation\n\n"
        "SEOUL, March 10 (Yonhap) -- Foreign Minister Cho Tae-yul said Monday that Seoul and "
        "Tokyo would keep their ties on track, after talks with his Japanese counterpart.\n\n"
        "He also condemned North Korea's launch of a solid-fuel missile last Monday, calling "
        'it a "grave provocation".\n',
        datetime.date(2025, 3, 10),
        ("Cho Tae-yul", "condemned North Korea's launch", "2025-03-10"),
    ),
    (
        "Kremlin denies targeting civilians\n\n"
        "March 13, 2025\n\n"
        "Kremlin spokesman Dmitry Peskov rejected reports of drone strikes on apartment blocks "
        'in Sumy on Monday night, saying Russian forces hit "only military targets".\n\n'
        "Peskov made the remarks to reporters on Wednesday.\n",
        datetime.date(2025, 3, 13),
        ("Dmitry Peskov", "reports of drone strikes", "2025-03-12"),
    ),
    (
        "Tehran condemns strike on Damascus\n\n"
        "TEHRAN (IRNA) - Iranian Foreign Ministry spokesman Esmaeil Baghaei condemned the "
        "Israeli attack on the Syrian capital on Tuesday, saying it showed contempt for "
        "international law.\n",
        datetime.date(2025, 3, 13),
        ("Esmaeil Baghaei", "condemned the Israeli attack", "2025-03-11"),
    ),
    (
        "Riyadh rejects claims\n\n"
        "RIYADH (SPA) - Foreign Minister Prince Faisal bin Farhan rejected the claims on "
        "Tuesday, calling them baseless.\n",
        datetime.date(2025, 3, 13),
        ("Faisal bin Farhan", "the claims", "2025-03-11"),
    ),
]


@pytest.mark.parametrize(("page", "published", "want"), EVENT_DAY_IN_THE_OBJECT)
def test_the_day_of_a_strike_in_the_object_is_not_the_words_day(page, published, want) -> None:
    found = [
        (s.speaker, s.said_on)
        for s in extract(page, published=published)
        if s.text.startswith(want[1])
    ]
    assert found == [(want[0], want[2])]


# A Kremlin transcript copied a day later: its date line gives the day, the time and then
# the place ("12 марта 2025 года, 15:00, Ново-Огарёво"); the turns are of that day, not of
# the page's (a page stamp "Обновлено ..." is no such line)
def _kremlin_page(date_line: str) -> str:
    return (
        "Президент России\n\n"
        "Стенограммы\n\n"
        f"Совещание с членами Правительства\n{date_line}\n\n"
        "В.Путин: Добрый день, уважаемые коллеги!\n\n"
        "Сегодня обсудим ход исполнения поручений по поддержке семей с детьми.\n\n"
        "Опубликовано 13 марта 2025 года\n"
    )


@pytest.mark.parametrize(
    ("date_line", "day"),
    [
        ("12 марта 2025 года, 15:00, Ново-Огарёво", "2025-03-12"),
        ("11 марта 2025 года 17:30 Москва, Кремль", "2025-03-11"),
        ("10 марта 2025 года, 14:00, Ново-Огарёво, Московская область", "2025-03-10"),
        ("Обновлено 12.03.2025 10:15, Москва", "2025-03-13"),
    ],
)
def test_a_transcripts_date_line_with_time_and_place_dates_its_turns(date_line, day) -> None:
    found = [
        s.said_on
        for s in extract(_kremlin_page(date_line), published=datetime.date(2025, 3, 13))
        if s.text.startswith("Сегодня обсудим")
    ]
    assert found == [day]
