"""Transcript page shapes crossed with speaker labels and page furniture (Russian and English).

A slice of a matrix of label formats x genres x date lines: the cells that failed before
(Russian "Ответ:" under a reporter's sentence naming the guest, an outlet asking in its
quotation marks, a transcript's title line taken for its first answer, a title's or
place line's day under a page stamp) and near-misses that must not change. Each answer turn
is one direct statement of the person the page names, dated by the transcript's own day.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

POSTED = datetime.date(2024, 3, 12)
ANSWERS_RU = (
    "Мы внимательно следим за развитием ситуации вокруг порта.",
    "Наша позиция по этому вопросу хорошо известна и не меняется.",
)
ANSWERS_EN = (
    "We have seen those reports and are in touch with our partners.",
    "Our position on that has not changed, and it will not change.",
)


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.text[:24], s.said_on or "") for s in extract(text, published=POSTED)]


def _exchange_ru(asks: str, answers: str) -> str:
    return (
        f"{asks} Как вы оцениваете переговоры в Женеве?\n\n{answers} {ANSWERS_RU[0]}\n\n"
        f"{asks} А что с санкциями?\n\n{answers} {ANSWERS_RU[1]}\n"
    )


@pytest.mark.parametrize(
    "lead",
    [
        "Министр иностранных дел Эстонии Карл Тамм дал интервью газете «Известия».",
        "Глава МИД Эстонии Карл Тамм в интервью «Известиям» рассказал о переговорах в Женеве.",
        "Тамм: нас не заставят спешить\n\nМинистр иностранных дел Эстонии Карл Тамм ответил "
        "на вопросы «Известий».",
    ],
)
def test_answer_labels_under_a_lead_naming_the_guest_are_the_guests(lead: str) -> None:
    text = f"{lead}\n\n12 марта 2024, 15:32\n\n" + _exchange_ru("Вопрос:", "Ответ:")
    assert _said(text) == [
        ("Карл Тамм", ANSWERS_RU[0][:24], "2024-03-12"),
        ("Карл Тамм", ANSWERS_RU[1][:24], "2024-03-12"),
    ]


def test_answer_labels_with_no_one_named_stay_unsaid() -> None:
    text = "Интервью газете «Известия»\n\n12 марта 2024, 15:32\n\n" + _exchange_ru(
        "Вопрос:", "Ответ:"
    )
    assert _said(text) == []


@pytest.mark.parametrize("asks", ["«Известия»:", "«Коммерсант»:", "Вопрос:", "ТАСС:"])
def test_an_outlet_in_its_marks_asks(asks: str) -> None:
    text = (
        "Интервью Министра иностранных дел Эстонии Карла Тамма газете «Известия»\n\n"
        "12 марта 2024, 15:32\n\n" + _exchange_ru(asks, "К.Тамм:")
    )
    assert [(s[0].split()[-1], s[1]) for s in _said(text)] == [
        ("Тамм", ANSWERS_RU[0][:24]),
        ("Тамм", ANSWERS_RU[1][:24]),
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Нина Орлова: «Нас не заставят спешить»\n\n"
        "Интервью официального представителя МИД Нины Орловой газете «Известия»",
        "Интервью официального представителя МИД Нины Орловой газете «Известия»",
    ],
)
def test_a_title_line_under_a_headline_is_no_answer(head: str) -> None:
    text = f"{head}\n\n12 марта 2024, 15:32\n\n" + _exchange_ru("Вопрос:", "Ответ:")
    assert _said(text) == [
        ("Нина Орлова", ANSWERS_RU[0][:24], "2024-03-12"),
        ("Нина Орлова", ANSWERS_RU[1][:24], "2024-03-12"),
    ]


TITLE_RU = "Ответы Министра иностранных дел Эстонии Карла Тамма на вопросы СМИ"


@pytest.mark.parametrize(
    ("above", "head"),
    [
        # a page's stamp above: the page changed then; the title's day is the words'
        ("Обновлено 12.03.2024 09:10\n\n", f"{TITLE_RU}, Москва, 11 марта 2024 года"),
        ("Дата публикации: 12.03.2024\n\n", f"{TITLE_RU}, Москва, 11 марта 2024 года"),
        ("Фото: РИА Новости / Иван Иванов\n\n", f"{TITLE_RU}, Москва, 11 марта 2024 года"),
        # the day on a place line of its own, or with a time of day
        ("", f"{TITLE_RU}\n\nМосква, 11 марта 2024 года"),
        ("Обновлено 12.03.2024 09:10\n\n", f"{TITLE_RU}\n\n11 марта 2024 года"),
        ("", f"{TITLE_RU}\n\n11.03.2024 15:32"),
        ("", f"{TITLE_RU}\n\n11 марта 2024, 15:32"),
        # near-miss: the title's day in the first paragraph, as before
        ("", f"{TITLE_RU}, Москва, 11 марта 2024 года"),
    ],
)
def test_a_transcripts_own_day_under_page_furniture(above: str, head: str) -> None:
    text = above + head + "\n\n" + _exchange_ru("Вопрос:", "К.Тамм:")
    assert [(s[1], s[2]) for s in _said(text)] == [
        (ANSWERS_RU[0][:24], "2024-03-11"),
        (ANSWERS_RU[1][:24], "2024-03-11"),
    ]


@pytest.mark.parametrize(
    ("asks", "answers"),
    [
        ("Q:", "A:"),
        ("Question:", "Answer:"),
        ("QUESTION:", "TAMM:"),
        ("Reuters:", "Foreign Minister Tamm:"),
        ("QUESTION: (Via interpreter)", "FOREIGN MINISTER TAMM: (Via interpreter)"),
    ],
)
def test_english_labels_under_a_lead_naming_the_guest(asks: str, answers: str) -> None:
    # near-misses: the English reading of the same pages holds already
    text = (
        "Estonian Foreign Minister Karl Tamm gave an interview to Izvestia newspaper.\n\n"
        "12 March 2024 15:32\n\n"
        f"{asks} How do you assess the talks in Geneva?\n\n{answers} {ANSWERS_EN[0]}\n\n"
        f"{asks} What about sanctions?\n\n{answers} {ANSWERS_EN[1]}\n"
    )
    assert _said(text) == [
        ("Karl Tamm", ANSWERS_EN[0][:24], "2024-03-12"),
        ("Karl Tamm", ANSWERS_EN[1][:24], "2024-03-12"),
    ]


def _press_availability(floor: str) -> str:
    return (
        "Joint press availability of Secretary Dana Holt and Foreign Minister Ivo Marin\n\n"
        "May 2, 2024\n\n"
        "SECRETARY HOLT: We agreed today to open a new crossing for aid into the region.\n\n"
        f"MR WEBB: {floor}\n\n"
        "QUESTION: Madam Secretary, when will the crossing open?\n\n"
        "SECRETARY HOLT: The first convoys should move through it within two weeks.\n"
    )


@pytest.mark.parametrize(
    "floor",
    [
        "The first from Lena Ortiz of Reuters.",
        "I'll leave it there. Thanks, everyone.",
        "That's all for today. Thank you very much.",
        "Let's stay in the region. Go ahead.",
        "With that, I'll turn it over to the Secretary.",
        "Thank you, ladies and gentlemen. The press conference is over.",
        "Anything else on the crossing? Okay, let's move on.",
        "Thank you, Minister. Now the floor is open for questions.",
        # near-misses: floor management that was no statement before either
        "Next question, please.",
        "We have time for two questions. The first goes to Tom Reyes of AP.",
    ],
)
def test_a_briefer_giving_the_floor_says_nothing(floor: str) -> None:
    found = extract(_press_availability(floor), published=datetime.date(2024, 5, 2))
    assert [(s.speaker, s.text[:20]) for s in found] == [
        ("Dana Holt", "We agreed today to o"),
        ("Dana Holt", "The first convoys sh"),
    ]


@pytest.mark.parametrize(
    "said",
    [
        # the same words holding a position stay a statement
        "I'll leave it there for now, but we will answer any strike on our forces.",
        "That's all for today on the crossing; the talks on the hostages go on tomorrow.",
    ],
)
def test_a_briefers_position_in_floor_words_stays(said: str) -> None:
    found = extract(_press_availability(said), published=datetime.date(2024, 5, 2))
    assert [(s.speaker, s.text[:20]) for s in found][1] == ("Webb", said[:20])


def _press_conference_ru(floor: str) -> str:
    return (
        "Пресс-конференция Министра иностранных дел Эстонии К.Тамма и Министра иностранных дел "
        "Латвии Я.Озолса, Таллин, 2 мая 2024 года\n\n"
        "К.Тамм: Мы договорились открыть новый пункт пропуска для гуманитарных грузов.\n\n"
        f"К.Тамм: {floor}\n\n"
        "Вопрос: Когда откроется пункт пропуска?\n\n"
        "Я.Озолс: Первые колонны пройдут через него в течение двух недель.\n"
    )


@pytest.mark.parametrize(
    "floor",
    [
        "Первый вопрос от агентства ТАСС.",
        "Передаю слово моему коллеге.",
        "Спасибо за внимание. До свидания.",
        "Переходим к вопросам журналистов.",
        "Последний вопрос, пожалуйста, РИА Новости.",
        "Коллеги, давайте по одному вопросу.",
        "Слово предоставляется Министру иностранных дел Латвии.",
        # near-miss: a bare courtesy was dropped before too
        "Спасибо.",
    ],
)
def test_giving_the_floor_in_russian_says_nothing(floor: str) -> None:
    found = extract(_press_conference_ru(floor), published=datetime.date(2024, 5, 2))
    assert [s.text[:20] for s in found] == [
        "Мы договорились откр",
        "Первые колонны пройд",
    ]


def test_a_position_after_the_next_question_stays_in_russian() -> None:
    said = "Следующий вопрос, который мы обсудили, касался поставок газа в Европу через Турцию."
    found = extract(_press_conference_ru(said), published=datetime.date(2024, 5, 2))
    assert len(found) == 3
    assert found[1].text.endswith("поставок газа в Европу через Турцию.")


LIVE_POSTED = datetime.date(2024, 5, 2)


@pytest.mark.parametrize(
    ("late", "early"),
    [
        ("10:40 p.m. ET, May 1, 2024", "6:05 p.m. ET, May 1, 2024"),
        ("10:40 p.m. EDT, May 1, 2024", "6:05 p.m. EDT, May 1, 2024"),
        ("22:40 GMT, May 1, 2024", "18:05 GMT, May 1, 2024"),
        ("10:40 p.m. ET, Apr 30, 2024", "6:05 p.m. ET, Apr 30, 2024"),
    ],
)
def test_a_live_entrys_stamp_with_its_day_after_the_time(late: str, early: str) -> None:
    text = (
        "Live updates: talks on the crossing\n\nMay 2, 2024, 9:40 a.m. ET\n\n"
        "9:15 a.m. ET, May 2, 2024\nHolt heads to the border\n"
        "Secretary of State Dana Holt said she would visit the crossing later in the day.\n\n"
        f"{late}\nMarin backs the plan\n"
        "Foreign Minister Ivo Marin said his government supported the proposal.\n\n"
        f"{early}\nTalks resume\n"
        "Envoy Rosa Lind told reporters that the talks would resume within a week.\n"
    )
    day = "2024-05-01" if "May 1" in late else "2024-04-30"
    found = extract(text, published=LIVE_POSTED)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Dana Holt", "2024-05-02"),
        ("Ivo Marin", day),
        ("Rosa Lind", day),
    ]


def test_live_entries_stamped_by_the_time_alone_keep_the_pages_day() -> None:
    # near-miss: no day in the stamps, no heading: the page's day
    text = (
        "Live: talks on the crossing\n\n"
        "9:15 a.m. ET\nSecretary of State Dana Holt said she would visit the crossing.\n\n"
        "6:05 a.m. ET\nForeign Minister Ivo Marin said his government supported the plan.\n"
    )
    found = extract(text, published=LIVE_POSTED)
    assert [s.said_on for s in found] == ["2024-05-02", "2024-05-02"]


@pytest.mark.parametrize(
    ("today", "yesterday"),
    [
        ("2 мая", "1 мая"),
        ("Четверг, 2 мая", "Среда, 1 мая"),
        ("2 мая 2024 года", "1 мая 2024 года"),
    ],
)
def test_russian_live_entries_under_day_headings(today: str, yesterday: str) -> None:
    text = (
        "Онлайн-трансляция: переговоры о пункте пропуска\n\nОбновлено 02.05.2024 09:40\n\n"
        f"{today}\n\n09:15 МСК\n"
        "Госсекретарь Дана Холт заявила, что посетит пункт пропуска во второй половине дня.\n\n"
        f"{yesterday}\n\n22:40 МСК\n"
        "Министр иностранных дел Иво Марин заявил, что его правительство поддерживает план.\n\n"
        "18:05 МСК\n"
        "Посланник Роза Линд сообщила журналистам, что переговоры возобновятся через неделю.\n"
    )
    found = extract(text, published=LIVE_POSTED)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Дана Холт", "2024-05-02"),
        ("Иво Марин", "2024-05-01"),
        ("Роза Линд", "2024-05-01"),
    ]


def test_a_russian_date_line_over_one_time_is_no_live_page() -> None:
    # near-miss: a story's date line and one time: the story's own day rules
    text = (
        "Марин поддержал план\n\n1 мая 2024 года\n\n22:40\n\n"
        "Министр иностранных дел Иво Марин заявил во вторник, что его правительство "
        "поддерживает план.\n"
    )
    found = extract(text, published=LIVE_POSTED)
    assert [(s.speaker, s.said_on) for s in found] == [("Иво Марин", "2024-04-30")]


@pytest.mark.parametrize(
    ("title", "intro", "day"),
    [
        (
            "Интервью министра иностранных дел Эстонии Карла Тамма",
            "Министр иностранных дел Карл Тамм в воскресенье ответил на вопросы нашего "
            "корреспондента.",
            "2024-03-10",
        ),
        (
            "Из интервью Министра иностранных дел Эстонии К.Тамма газете «Известия»",
            "Глава МИД Эстонии рассказал о переговорах в Женеве и санкциях. Беседа "
            "состоялась в воскресенье.",
            "2024-03-10",
        ),
        (
            "Интервью министра иностранных дел Эстонии Карла Тамма",
            "Глава эстонской дипломатии рассказал о переговорах в Женеве и о санкциях.",
            "2024-03-12",
        ),
    ],
)
def test_an_interviews_introduction_is_the_reporters(title: str, intro: str, day: str) -> None:
    text = f"{title}\n\n{intro}\n\n" + _exchange_ru("Вопрос:", "Ответ:")
    assert [(s.speaker.split()[-1], s.text[:24], s.said_on) for s in _said_all(text)] == [
        ("Тамм", ANSWERS_RU[0][:24], day),
        ("Тамм", ANSWERS_RU[1][:24], day),
    ]


def _said_all(text: str) -> list:
    return extract(text, published=POSTED)


def test_a_briefers_opening_remarks_stay_hers() -> None:
    # near-miss: a briefing's prose before the first question is the briefer's
    text = (
        "Брифинг официального представителя МИД Эстонии Нины Орловой, Таллин, 12 марта 2024 "
        "года\n\nМы приветствуем возобновление переговоров в Женеве и надеемся на их успех.\n\n"
        + _exchange_ru("Вопрос:", "Ответ:")
    )
    assert [(s.speaker, s.text[:24]) for s in _said_all(text)] == [
        ("Нина Орлова", "Мы приветствуем возобнов"),
        ("Нина Орлова", ANSWERS_RU[0][:24]),
        ("Нина Орлова", ANSWERS_RU[1][:24]),
    ]


@pytest.mark.parametrize(
    "asks",
    [
        "Question (addressed to Ivo Marin, retranslated from Latvian):",
        "Question from the Latvian media:",
        "Question from the local press:",
        # near-misses: read so before
        "Question (to Karl Tamm):",
        "Question (retranslated from Latvian):",
        "Question from the floor:",
    ],
)
def test_a_joint_press_conferences_question_labels(asks: str) -> None:
    text = (
        "Foreign Minister Karl Tamm's remarks and answers to media questions at a joint news "
        "conference with Foreign Minister of Latvia Ivo Marin, Tallinn, March 11, 2024\n\n"
        "Karl Tamm: We had substantive talks on energy and on the Baltic power grid.\n\n"
        f"{asks} How do you assess the prospects for a ceasefire?\n\n"
        "Karl Tamm: We support every effort toward an immediate ceasefire.\n\n"
        "Ivo Marin (retranslated from Estonian): Latvia will keep working with all the parties.\n"
    )
    assert [(s.speaker, s.text[:20], s.said_on) for s in _said_all(text)] == [
        ("Karl Tamm", "We had substantive t", "2024-03-11"),
        ("Karl Tamm", "We support every eff", "2024-03-11"),
        ("Ivo Marin", "Latvia will keep wor", "2024-03-11"),
    ]


@pytest.mark.parametrize(
    "asks",
    [
        "Вопрос обоим министрам:",
        "Вопрос от латвийских СМИ:",
        "Вопрос к К.Тамму:",
        "Вопрос из зала:",
        # near-misses: read so before
        "Вопрос (обоим министрам):",
        "Вопрос (перевод с латышского):",
    ],
)
def test_russian_question_labels_naming_whom_they_ask(asks: str) -> None:
    text = (
        "Выступление и ответы на вопросы СМИ Министра иностранных дел Эстонии К.Тамма в ходе "
        "совместной пресс-конференции с Министром иностранных дел Латвии И.Марином, Таллин, "
        "11 марта 2024 года\n\n"
        "К.Тамм: Мы провели содержательные переговоры по энергетике и энергосистеме.\n\n"
        f"{asks} Как вы оцениваете перспективы прекращения огня?\n\n"
        "К.Тамм: Мы поддерживаем любые усилия по немедленному прекращению огня.\n\n"
        "И.Марин (говорит по-латышски): Латвия продолжит работать со всеми сторонами.\n"
    )
    assert [(s.speaker.split()[-1], s.text[:20], s.said_on) for s in _said_all(text)] == [
        ("Тамм", "Мы провели содержате", "2024-03-11"),
        ("Тамм", "Мы поддерживаем любы", "2024-03-11"),
        ("Марин", "Латвия продолжит раб", "2024-03-11"),
    ]


def test_a_topic_named_before_a_colon_stays_the_briefers() -> None:
    # near-miss: "Вопрос о ...:" opens a topic of the briefer's, no one asks
    text = (
        "Брифинг официального представителя МИД Эстонии Нины Орловой, Таллин, 12 марта 2024 "
        "года\n\nВопрос о транзите: мы настаиваем на соблюдении всех договоренностей.\n\n"
        + _exchange_ru("Вопрос:", "Ответ:")
    )
    assert [s.text[:24] for s in _said_all(text)] == [
        "Вопрос о транзите: мы на",
        ANSWERS_RU[0][:24],
        ANSWERS_RU[1][:24],
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Вступительное слово Министра иностранных дел Эстонии К.Тамма в ходе переговоров с "
        "Министром иностранных дел Латвии И.Марином",
        "Приветственное слово Министра иностранных дел Эстонии К.Тамма на открытии форума",
        "Речь Министра иностранных дел Эстонии К.Тамма на открытии форума",
        # near-miss: its speaker was read so before (its day from the place line is new)
        "Выступление Министра иностранных дел Эстонии К.Тамма на открытии форума",
    ],
)
def test_a_ministers_opening_words_are_his(title: str) -> None:
    text = (
        f"{title}\n\nТаллин, 11 марта 2024 года\n\nУважаемый господин Министр, дорогой Иво,\n\n"
        "Рад приветствовать вас в Таллине. Наши страны связывают давние добрососедские "
        "отношения.\n\nСегодня мы обсудим энергетику и транспорт.\n"
    )
    assert [(s.speaker.split()[-1], s.text[:20], s.said_on) for s in _said_all(text)] == [
        ("Тамм", "Рад приветствовать в", "2024-03-11"),
    ]


def test_news_of_opening_words_stays_news() -> None:
    # near-miss: a reporter's verb makes the page news about the speech
    text = (
        "Вступительное слово Министра иностранных дел Эстонии К.Тамма\n\n"
        "Министр иностранных дел Эстонии Карл Тамм заявил, что страны связывают давние "
        "отношения.\n"
    )
    assert [(s.speaker, s.text[:20]) for s in _said_all(text)] == [
        ("Карл Тамм", "страны связывают дав"),
    ]
