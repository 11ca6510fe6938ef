"""Genres of Russian official pages (mid.ru, kremlin.ru, embassies): the page's kind and
layout say whose words its body is. Each page is read as a whole; news under a similar
headline stays news."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MID = "Министерство иностранных дел Российской Федерации\nГлавная / Пресс-служба\n\n"

# (page, speaker, first words, day): one statement each
PAGES = [
    pytest.param(
        MID + "Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ в связи "
        "с учениями НАТО в Финляндии\n\n2 октября 2024 года, 11:15\n\n"
        "Вопрос: Как в Москве расценивают масштаб этих маневров у российской границы?\n\n"
        "Ответ: Мы рассматриваем такие учения как откровенную подготовку к конфронтации. "
        "Необходимые меры военно-технического характера будут приняты.\n\nПоделиться\n",
        "Захарова",
        "Мы рассматриваем такие учения",
        "2024-10-02",
        id="answer-page-question-is-no-statement",
    ),
    pytest.param(
        "МИД России\nГлавная / Статьи и интервью\n\n"
        "Статья Министра иностранных дел Российской Федерации С.В.Лаврова «Новая архитектура "
        "безопасности в Евразии» для журнала «Международная жизнь»\n\n"
        "3 марта 2025 года, 09:30\n\n"
        "Евразийский континент все меньше зависит от внешних игроков. Страны региона способны "
        "сами выстроить систему неделимой безопасности.\n\n"
        "Россия открыта к совместной работе над такой системой с каждым соседом.\n",
        "Лавров",
        "Евразийский континент все меньше",
        "2025-03-03",
        id="ministers-article-one-statement",
    ),
    pytest.param(
        "Президент России\nГлавная / События / Статьи\n\n"
        "Статья Владимира Путина «Россия и Латинская Америка: общее будущее»\n\n"
        "18 апреля 2025 года, 12:00\n\n"
        "Хотел бы поделиться с читателями мыслями о нашем партнерстве. Латиноамериканские "
        "страны всегда были для России близкими и надежными друзьями.\n",
        "Владимир Путин",
        "Хотел бы поделиться с",
        "2025-04-18",
        id="presidents-article-title-in-marks",
    ),
    pytest.param(
        "Посольство Российской Федерации в Королевстве Дания\nГлавная / Новости\n\n"
        "Комментарий Посла России в Дании В.В.Барбина агентству «РИА Новости»\n\n"
        "14 ноября 2024 года\n\n"
        "Мы считаем решение Копенгагена о досмотре танкеров грубым нарушением морского права. "
        "Такие действия создают угрозу судоходству на Балтике.\n",
        "Барбин",
        "Мы считаем решение Копенгагена",
        "2024-11-14",
        id="ambassadors-comment-to-an-agency",
    ),
    pytest.param(
        "Президент России\nГлавная / События / Новости\n\n"
        "Поздравление Президенту Монголии с Национальным праздником\n\n11 июля 2024 года\n\n"
        "Владимир Путин направил поздравление Президенту Монголии Ухнаагийн Хурэлсуху.\n\n"
        "«Уверен, что совместными усилиями мы продолжим укреплять всеобъемлющее стратегическое "
        "партнерство», – говорится, в частности, в поздравительной телеграмме.\n",
        "Владимир Путин",
        "Уверен, что совместными усилиями",
        "2024-07-11",
        id="greeting-telegram-with-an-aside",
    ),
]


@pytest.mark.parametrize(("page", "speaker", "start", "day"), PAGES)
def test_a_page_s_body_is_its_author_s_one_statement(
    page: str, speaker: str, start: str, day: str
) -> None:
    found = extract(page, published=datetime.date.fromisoformat(day))
    assert [(s.speaker, s.text[: len(start)], s.said_on) for s in found] == [(speaker, start, day)]


# cues with an aside between commas before their speaker or document
ASIDES = [
    pytest.param("«Мы не примем ультиматумов», — заявил, в частности, глава МИД России "
                 "Сергей Лавров.", "Сергей Лавров", id="said-in-particular"),
    pytest.param("«Мы не примем ультиматумов», — подчеркнул, в свою очередь, замглавы МИД "
                 "Сергей Рябков.", "Сергей Рябков", id="stressed-in-turn"),
    pytest.param("«Мы не примем ультиматумов», — говорится, в частности, в послании "
                 "Владимира Путина.", "Владимир Путин", id="message-in-particular"),
    pytest.param("«Желаю Вам успехов и крепкого здоровья», — говорится в телеграмме "
                 "Михаила Мишустина.", "Михаил Мишустин", id="telegram"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "speaker"), ASIDES)
def test_an_aside_after_the_cue_does_not_end_the_speaker_s_phrase(
    sentence: str, speaker: str
) -> None:
    found = extract("Визит\n\n" + sentence + "\n", published=datetime.date(2024, 3, 1))
    assert [s.speaker for s in found] == [speaker]


# news under headlines like a page's title: the reporter's verbs give the speakers
NEWS = [
    pytest.param(
        "Статья Лаврова для журнала «Международная жизнь» вызвала споры\n\n"
        "МОСКВА, 3 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров считает, что "
        "Евразия способна сама обеспечить свою безопасность. Об этом он написал в статье.\n",
        [("Сергей Лавров", "Евразия способна сама обеспечить")],
        id="headline-about-an-article",
    ),
    pytest.param(
        "Северные вести\nГлавная / Политика\n\n"
        "Комментарий посла России в Дании агентству «РИА Новости»\n\n"
        "Посол России в Дании Владимир Барбин заявил, что досмотр танкеров нарушает морское "
        "право.\n",
        [("Владимир Барбин", "досмотр танкеров нарушает морское")],
        id="newspaper-under-a-comment-title",
    ),
    pytest.param(
        "Северные вести\nГлавная / Политика\n\n"
        "Заявление МИД России о рыболовной комиссии\n\n"
        "В январе норвежская сторона приостановила работу совместной комиссии по рыболовству, "
        "сославшись на технические причины.\n\n"
        "Российская сторона предлагала провести консультации, однако ответа не получила.\n",
        [],
        id="newspaper-telling-events-under-a-statement-title",
    ),
]


@pytest.mark.parametrize(("page", "want"), NEWS)
def test_news_under_a_page_like_headline_stays_news(page: str, want: list[tuple[str, str]]) -> None:
    found = extract(page, published=datetime.date(2024, 3, 4))
    assert [(s.speaker, s.text[: len(w[1])]) for s, w in zip(found, want, strict=False)] == want
    assert len(found) == len(want)


def test_a_digest_s_points_stay_its_speaker_s_past_topics_naming_others() -> None:
    # a wire's digest of a briefing: topic lines between the points name other people
    text = (
        "Захарова провела брифинг: главное\n\n"
        "МОСКВА, 12 сентября. /ТАСС/. Официальный представитель МИД России Мария Захарова в "
        "четверг ответила на вопросы журналистов. Ее главные заявления:\n\n"
        "О поездке Блинкена в Киев\n"
        "Визит госсекретаря лишь подтверждает, что Вашингтон делает ставку на эскалацию.\n\n"
        "О словах Стармера про ракеты\n"
        "Лондон берет на себя прямую ответственность за удары по российской территории.\n"
    )
    found = extract(text, published=datetime.date(2024, 9, 12))
    assert [(s.speaker, s.text[:20]) for s in found] == [
        ("Мария Захарова", "Визит госсекретаря л"),
        ("Мария Захарова", "Лондон берет на себя"),
    ]


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        pytest.param("Главное из его выступления:", "Владимир Путин", id="his-speech"),
        pytest.param("Основное из его заявлений:", "Владимир Путин", id="his-statements"),
        pytest.param("Главное из выступления президента:", "Владимир Путин", id="named"),
    ],
)
def test_a_digest_heading_may_name_its_speaker_by_a_possessive_inside(
    heading: str, speaker: str
) -> None:
    text = (
        "Путин выступил на форуме в Казани\n\n"
        "Президент России Владимир Путин выступил на пленарной сессии форума «Россия — "
        f"исламский мир». {heading}\n\n"
        "О торговле\n"
        "Товарооборот со странами исламского мира за год вырос почти на пятую часть.\n\n"
        "О финансах\n"
        "Исламский банкинг может стать важной частью российской финансовой системы.\n"
    )
    found = extract(text, published=datetime.date(2024, 5, 16))
    assert [(s.speaker, s.text[:20]) for s in found] == [
        (speaker, "Товарооборот со стра"),
        (speaker, "Исламский банкинг мо"),
    ]


@pytest.mark.parametrize(
    ("title", "surname"),
    [
        pytest.param("Интервью Посла России в Японии Н.Ю.Ноздрева газете «Асахи»", "Ноздрев",
                     id="initials-surname-read-as-a-village"),
        pytest.param("Интервью Посла России в Китае И.В.Моргулова газете «Жэньминь жибао»",
                     "Моргулов", id="initials-known-surname"),
    ],
)  # fmt: skip
def test_a_man_s_genitive_surname_after_initials_is_put_back_as_his(
    title: str, surname: str
) -> None:
    text = (
        f"Посольство России\nГлавная / Интервью\n\n{title}\n\n12 февраля 2024 года\n\n"
        "Вопрос: Как вы оцениваете нынешний уровень двусторонних связей?\n\n"
        "Ответ: Отношения проходят непростой период, но каналы диалога сохраняются.\n"
    )
    found = extract(text, published=datetime.date(2024, 2, 12))
    assert [(s.speaker, s.text[:20]) for s in found] == [(surname, "Отношения проходят н")]


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("Ответы официального представителя МИД России М.В.Захаровой на вопросы СМИ "
                     "в связи с положением в Закавказье", id="answers-page"),
        pytest.param("Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
                     "21 августа 2024 года", id="briefing-page"),
    ],
)  # fmt: skip
def test_answers_under_question_labels_alone_are_the_header_s_person_s(header: str) -> None:
    text = (
        f"Министерство иностранных дел Российской Федерации\n\n{header}\n\n"
        "21 августа 2024 года\n\n"
        "Вопрос: Получала ли Москва предложения о посредничестве от Баку?\n\n"
        "Такие сигналы поступали, и мы их внимательно изучаем. Россия готова помочь сторонам "
        "в поиске взаимоприемлемых решений.\n\n"
        "Вопрос: Когда состоится следующая встреча в трехстороннем формате?\n\n"
        "Сроки будут определены по итогам консультаций экспертов.\n"
    )
    found = extract(text, published=datetime.date(2024, 8, 21))
    assert [(s.speaker, s.text[:20], s.said_on) for s in found] == [
        ("Захарова", "Такие сигналы поступ", "2024-08-21"),
        ("Захарова", "Сроки будут определе", "2024-08-21"),
    ]


POST = "«Каждое новое решение Вашингтона лишь приближает мир к опасной черте»"


@pytest.mark.parametrize(
    "reaction",
    [
        pytest.param("Дмитрий Медведев прокомментировал решение США в своем Telegram-канале.",
                     id="commented-on-telegram"),
        pytest.param("Дмитрий Медведев отреагировал на решение Вашингтона.", id="reacted"),
        pytest.param("Дмитрий Медведев высказался о решении США в Telegram.\n\nПубликация:",
                     id="post-label"),
    ],
)  # fmt: skip
def test_a_post_set_out_below_a_reaction_is_the_reacting_person_s(reaction: str) -> None:
    text = f"Медведев ответил США\n\nЗампред Совбеза России {reaction}\n\n{POST}.\n"
    found = extract(text, published=datetime.date(2024, 11, 19))
    assert [(s.speaker, s.text[:20]) for s in found] == [
        ("Дмитрий Медведев", "Каждое новое решение")
    ]


@pytest.mark.parametrize(
    ("below", "want"),
    [
        pytest.param(f"{POST}, — написал он.", [("Дмитрий Медведев", "Каждое новое решение")],
                     id="its-own-attribution"),
        pytest.param("«Закон о санкциях» вступил в силу еще в декабре прошлого года.", [],
                     id="a-title-in-marks-then-news"),
    ],
)  # fmt: skip
def test_a_paragraph_below_a_reaction_with_words_of_its_own_stays_as_it_reads(
    below: str, want: list[tuple[str, str]]
) -> None:
    text = (
        "Медведев ответил США\n\n"
        f"Зампред Совбеза России Дмитрий Медведев отреагировал на решение Вашингтона.\n\n{below}\n"
    )
    found = extract(text, published=datetime.date(2024, 11, 19))
    assert [(s.speaker, s.text[:20]) for s in found] == want


def test_live_entries_opening_with_a_name_are_that_person_s() -> None:
    # a live page's entries under time lines: "Name: words" summarises that person's words
    text = (
        "Саммит ШОС в Астане. Онлайн-трансляция\n\n04.07.2024 (обновлено: 16:10)\n\n"
        "15:40\nТокаев: Казахстан выступает за реформу Совета Безопасности ООН.\n\n"
        "14:55 МСК\nДмитрий Песков: у Путина запланирован ряд двусторонних встреч.\n\n"
        "14:20\nФото: лидеры стран ШОС во время совместной фотографии в Астане\n\n"
        "13:05\nЛидеры стран организации собрались во Дворце Независимости.\n"
    )
    found = extract(text, published=datetime.date(2024, 7, 4))
    assert [(s.speaker, s.text[:20], s.said_on) for s in found] == [
        ("Токаев", "Казахстан выступает ", "2024-07-04"),
        ("Дмитрий Песков", "у Путина запланирова", "2024-07-04"),
    ]


def test_a_list_of_headlines_with_names_is_no_live_page() -> None:
    # links to other stories, no time lines: no one's words
    text = (
        "Пресс-конференция прошла в Москве.\n\nЧитайте также:\n"
        "Лавров: Запад утратил монополию на глобальные процессы\n"
        "Захарова: Брюссель живет в мире иллюзий\n"
    )
    assert extract(text, published=datetime.date(2024, 7, 4)) == []
