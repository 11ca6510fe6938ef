"""Russian-language news pages as whole layouts: wire copy of regional services, analytical
newspaper pieces with their authors' lines, regional and CIS outlets' stories about governors
and akims, stories giving two officials' words in one sentence. Pages written here in the
manner of several outlets; each expected statement is checked for its speaker, its first
words and its day."""

import datetime

import pytest

from tracker.extract import extract

PUB = datetime.date(2025, 3, 12)
DAY = "2025-03-12"


def _found(text: str, start: str) -> list[tuple[str, str | None]]:
    return [
        (s.speaker, s.said_on) for s in extract(text, published=PUB) if s.text.startswith(start)
    ]


# Interfax's regional services sign their datelines with the country, in either script
# ("Астана. 12 марта. INTERFAX.KZ –", "Интерфакс-Казахстан", "Интерфакс-Украина",
# "Интерфакс-Запад"), and Central Asian sites with their domain ("Kun.uz"): the credit and
# its dash are the dateline's, and the story's first words follow them.
REGIONAL_WIRE_DATELINES = [
    "Астана. 12 марта. Интерфакс-Казахстан – ",
    "Астана. 12 марта. INTERFAX.KZ – ",
    "Киев. 12 марта. Интерфакс-Украина - ",
    "Минск. 12 марта. Интерфакс-Запад - ",
    "Ташкент. 12 марта. Kun.uz - ",
    # near-misses: the forms read before stay as they were
    "Москва. 12 марта. INTERFAX.RU - ",
    "Киев. 12 марта. ИНТЕРФАКС-УКРАИНА - ",
    "Алматы. 12 марта. КазТАГ – ",
]


@pytest.mark.parametrize("dateline", REGIONAL_WIRE_DATELINES)
def test_regional_wire_dateline_credit_is_no_statement(dateline):
    text = (
        "Республика не станет площадкой для обхода санкций\n\n"
        f"{dateline}Республика не намерена становиться площадкой для обхода санкций, "
        "заявил официальный представитель МИД Бахыт Жумабеков.\n"
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=PUB)]
    assert found == [("Бахыт Жумабеков", DAY)]
    assert _found(text, "Республика не намерена становиться") == found


# "X заявил, что ..., а его турецкий коллега Y подчеркнул, что ...": a counterpart named
# after a possessive opens the second official's own statement, as "а Y подчеркнул" does.
COUNTERPART_CLAUSES = [
    (
        "Глава МИД Казахстана Ерлан Касымов заявил, что встреча состоится в Астане, а его "
        "турецкий коллега Мехмет Озтюрк подчеркнул, что Анкара готова к ней.",
        [("Ерлан Касымов", "встреча состоится в Астане"), ("Мехмет Озтюрк", "Анкара готова к ней")],
    ),
    (
        "Глава МИД Армении Ани Саргсян заявила, что переговоры продолжатся, а ее "
        "азербайджанский коллега Эльчин Гасанов сообщил, что проект договора почти готов.",
        [("Ани Саргсян", "переговоры продолжатся"), ("Эльчин Гасанов", "проект договора почти")],
    ),
    (
        "Министр обороны Белоруссии Олег Дроздов сказал, что учения пройдут в срок, а его "
        "российский коллега Павел Сомов отметил, что маневры носят оборонительный характер.",
        [
            ("Олег Дроздов", "учения пройдут в срок"),
            ("Павел Сомов", "маневры носят оборонительный"),
        ],
    ),
    # near-misses: no one named after the possessive, and no verb of saying: one statement
    (
        "Министр обороны Белоруссии Олег Дроздов сказал, что учения пройдут в срок, а его "
        "коллеги из НАТО обеспокоены масштабом маневров.",
        [("Олег Дроздов", "учения пройдут в срок, а его коллеги из НАТО обеспокоены")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), COUNTERPART_CLAUSES)
def test_counterpart_named_after_a_possessive_opens_his_own_statement(sentence, expected):
    text = f"Министры обсудили встречу\n\nМИНСК, 12 марта — РИА Новости. {sentence}\n"
    found = extract(text, published=PUB)
    assert [(s.speaker, s.said_on) for s in found] == [(spk, DAY) for spk, _ in expected]
    for s, (_, start) in zip(found, expected, strict=True):
        assert s.text.startswith(start)


# Regional news calls the governor "глава региона", "руководитель области" once it has named
# him (Telegram posts of governors, Kazinform's akims): the head of the region named before.
REGION_HEADS = [
    (
        "Губернатор Курской области Андрей Белов в своем Telegram-канале рассказал о "
        "последствиях ночной атаки.\n\n«Повреждены линии электропередачи. Пострадавших нет», — "
        "написал глава региона.",
        "Андрей Белов",
        "Повреждены линии электропередачи",
    ),
    (
        "Губернатор Оренбургской области Денис Пашков посетил пострадавшие районы. По словам "
        "руководителя области, выплаты начнутся на следующей неделе.",
        "Денис Пашков",
        "выплаты начнутся на следующей",
    ),
    (
        "Аким Павлодарской области Асаин Байханов провел заседание штаба.\n\n«Ситуация под "
        "контролем, уровень воды снижается», — сказал глава региона журналистам.",
        "Асаин Байханов",
        "Ситуация под контролем",
    ),
    # near-miss: "глава республики" stays the president the story is about
    (
        "Президент Таджикистана Эмомали Рахмон провел встречу с губернатором. «Мы поддержим "
        "этот проект», — заявил глава республики.",
        "Эмомали Рахмон",
        "Мы поддержим этот проект",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start"), REGION_HEADS)
def test_head_of_the_region_is_its_governor(text, speaker, start):
    assert _found(f"Новости региона\n\n{text}\n", start) == [(speaker, DAY)]


def test_head_of_the_region_with_no_governor_named_is_no_one():
    text = (
        "Новости региона\n\nМинистр обороны Сергей Иванов посетил область. «Мы построим здесь "
        "новый полигон», — заявил глава региона.\n"
    )
    assert _found(text, "Мы построим") == []


# Kazakh, Kyrgyz and Uzbek regions' adjectives ("Атырауской", "Костанайской", "Чуйской",
# "Ферганской") are unknown to the dictionary and read as surnames: "Аким Атырауской области
# Серик ..." then named a man "Атырауской". Before a region's noun such a word is the
# region's, and the post runs on to the name after it.
CIS_REGION_POSTS = [
    ("Аким Атырауской области Серик Нурланов", "Серик Нурланов"),
    ("Аким Костанайской области Кумар Аксаков", "Кумар Аксаков"),
    ("Губернатор Чуйской области Алмаз Бейшеналиев", "Алмаз Бейшеналиев"),
    ("Хоким Ферганской области Хайрулло Бозоров", "Хайрулло Бозоров"),
    ("Губернатор Иссык-Кульской области Эрмек Садыров", "Эрмек Садыров"),
    # near-miss: a region the dictionary knows
    ("Губернатор Курской области Андрей Белов", "Андрей Белов"),
]


@pytest.mark.parametrize(("title", "speaker"), CIS_REGION_POSTS)
def test_cis_region_adjective_is_no_surname(title, speaker):
    text = (
        "Паводок в регионе\n\nАСТАНА. КАЗИНФОРМ – "
        f"{title} заявил, что ситуация под контролем.\n\n"
        "«Уровень воды снижается», — сказал глава региона журналистам.\n"
    )
    assert _found(text, "ситуация под контролем") == [(speaker, DAY)]
    assert _found(text, "Уровень воды снижается") == [(speaker, DAY)]


# An author's line ("Елена Черненко" under a Kommersant piece, "Авторы: ..." under RBC's,
# above an Izvestia story) names a reporter, not the "собеседник" a few lines before it: a
# source the paper does not name stays unnamed.
AUTHOR_LINES = [
    "\n\nАлексей Шестаков\n",
    "\n\nАвторы: Иван Петров, Анна Сидорова\n",
    "\n\nТекст: Мария Воронцова\n",
]
_SOURCE_STORY = (
    "Париж ищет канал связи с Москвой\n\nФранция зондирует почву для возобновления контактов. "
    "Как рассказал “Ъ” источник в дипломатических кругах, сигналы поступали в последние "
    "недели.\n\nПо словам собеседника “Ъ”, речь идет прежде всего о ситуации вокруг АЭС.\n\n"
    "«Никаких переговоров за спиной Киева не ведется»,— заявил “Ъ” представитель МИД Франции "
    "Кристоф Лемер."
)


@pytest.mark.parametrize("author", AUTHOR_LINES)
def test_author_line_is_no_unnamed_source(author):
    found = [(s.speaker, s.text[:20]) for s in extract(_SOURCE_STORY + author, published=PUB)]
    assert found == [("Кристоф Лемер", "Никаких переговоров ")]


def test_name_over_a_quotation_in_a_roundup_still_speaks():
    text = (
        "Мир отреагировал на итоги выборов\n\nЭммануэль Макрон, президент Франции:\n\n"
        "«Поздравляю победителя. Наши страны останутся близкими партнерами».\n\n"
        "Ян Новак\n\n«Мы рассчитываем на продолжение сотрудничества».\n"
    )
    found = [(s.speaker, s.text[:12]) for s in extract(text, published=PUB)]
    assert ("Эммануэль Макрон", "Поздравляю п") in found


# A quotation closed by a dash and "слова X приводит ТАСС" (Lenta, Gazeta, Sputnik), or by
# "цитирует X агентство MTI", the agency named after its kind: the one whose words are
# cited speaks, not the outlet, whose own name is no part of his.
CITED_AFTER_A_DASH = [
    "«Ответ не заставит себя ждать», — слова Марии Захаровой приводит РИА Новости.",
    "«Ответ не заставит себя ждать» — слова Марии Захаровой приводит РИА Новости.",
    "«Ответ не заставит себя ждать», — слова официального представителя МИД Марии Захаровой "
    "приводит ТАСС.",
    "«Ответ не заставит себя ждать», — цитирует Марию Захарову телеканал RT.",
    # near-misses: the forms read before
    "«Ответ не заставит себя ждать», — приводит слова Марии Захаровой ТАСС.",
    "«Ответ не заставит себя ждать». Слова Марии Захаровой приводит РИА Новости.",
]


@pytest.mark.parametrize("sentence", CITED_AFTER_A_DASH)
def test_words_cited_after_a_dash_are_their_owners(sentence):
    text = f"В МИД ответили Таллину\n\n{sentence}\n"
    assert _found(text, "Ответ не заставит себя ждать") == [("Мария Захарова", DAY)]


@pytest.mark.parametrize("agency", ["агентство MTI", "MTI", "издание Politico"])
def test_agency_named_after_its_kind_is_no_part_of_the_name(agency):
    text = (
        "Орбан пригрозил вето\n\nПремьер-министр Венгрии Виктор Орбан выступил в парламенте."
        f"\n\n«Венгрия не будет голосовать против своих интересов», — цитирует Орбана {agency}.\n"
    )
    assert _found(text, "Венгрия не будет голосовать") == [("Виктор Орбан", DAY)]


# Live pages ("Онлайн", "трансляция") set their entries under day headings: the newest
# entries, above the first heading, are of the page's day; a heading may be the day before
# by name ("Вчера, 22:15", which also stamps its entry), a numeric date ("12.03.2025") or a
# weekday with its date, and an entry may open on its time ("15:20 Министр ... заявил").
LIVE_PAGES = [
    (
        "Ситуация вокруг Ирана: онлайн\n\n11:20\nГлава МИД Ирана Аббас Аракчи заявил, что "
        "Тегеран не будет вести переговоры под давлением.\n\n09:45\nОфициальный представитель "
        "МИД КНР Мао Нин сообщила, что Пекин выступает за дипломатическое решение.\n\n"
        "11.03.2025\n\n23:10\nПостпред России при ООН Василий Небензя сказал, что Совбез должен "
        "собраться незамедлительно.",
        [("Тегеран не будет", DAY), ("Пекин выступает", DAY), ("Совбез должен", "2025-03-11")],
    ),
    (
        "Атака на область. Онлайн\n\n14:05\nГубернатор Курской области Андрей Белов сообщил, "
        "что ситуация в приграничье остается сложной.\n\n10:30\nГлава Минобороны Павел Сомов "
        "заявил, что войска выполняют задачи в полном объеме.\n\nВчера, 22:15\nОфициальный "
        "представитель МИД России Мария Захарова заявила, что Запад несет ответственность.",
        [("ситуация в приграничье", DAY), ("войска выполняют", DAY), ("Запад несет", "2025-03-11")],
    ),
    (
        "Переговоры в Эр-Рияде — трансляция\n\nСреда, 12 марта\n\n15:20 Министр иностранных дел "
        "России Сергей Лавров заявил, что встреча была очень полезной.\n\n13:05 Спецпосланник "
        "США Стив Уиткофф сказал, что переговоры идут в позитивном ключе.\n\nВторник, 11 марта"
        "\n\n21:40 Помощник президента РФ Юрий Ушаков сообщил, что делегации прибыли в Эр-Рияд.",
        [("встреча была", DAY), ("переговоры идут", DAY), ("делегации прибыли", "2025-03-11")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIVE_PAGES)
def test_live_page_entries_take_their_heading_day(text, expected):
    found = [(s.text, s.said_on) for s in extract(text + "\n", published=PUB)]
    assert len(found) == len(expected)
    for (said, day), (start, want) in zip(found, expected, strict=True):
        assert said.startswith(start) and day == want


def test_times_in_a_story_without_day_headings_keep_the_page_day():
    text = (
        "Самолет приземлился в Анкаре\n\n15:20 — самолет делегации приземлился. Министр Павел "
        "Сомов заявил, что переговоры начнутся вечером.\n\n16:05 — Сомов сказал, что повестка "
        "согласована.\n"
    )
    assert [s.said_on for s in extract(text, published=PUB)] == [DAY, DAY]


# A paragraph of direct speech opened by a dash ("— Мы выходим на новый уровень ..."): its
# first word, a personal pronoun, names no one, and the bare post in the attribution of the
# next dash paragraph ("— ..., — подчеркнул посол") goes back to the ambassador named above.
def test_pronoun_opening_a_dash_paragraph_is_no_name():
    text = (
        "Посол рассказал о планах Минска\n\nПосол Белоруссии в России Александр Рожков в "
        "интервью «Известиям» рассказал о перспективах Союзного государства.\n\n— Мы выходим на "
        "новый уровень интеграции. В этом году будут приняты ключевые документы.\n\nОтдельно "
        "дипломат остановился на вопросах безопасности.\n\n— Белоруссия не планирует размещать "
        "у себя иностранные базы. Это принципиальная позиция, — подчеркнул посол.\n"
    )
    assert _found(text, "Белоруссия не планирует") == [("Александр Рожков", DAY)]


# Izvestia's and Kommersant's layout: a sentence tells that someone spoke and gives none of
# the words ("... в интервью «Известиям» рассказал о перспективах союза."), and the next
# paragraph gives them, in marks or opened by a dash, with no verb of its own: the words
# are that person's. A journalist's question on a dash's line stays nobody's.
TOLD_THEN_SAID = [
    "— Мы выходим на новый уровень интеграции. В этом году будут приняты ключевые документы.",
    "«Мы выходим на новый уровень интеграции. В этом году будут приняты ключевые документы».",
]
TOLD_LEADS = [
    "Посол Белоруссии в России Александр Рожков в интервью «Известиям» рассказал о "
    "перспективах Союзного государства.",
    "Посол Белоруссии в России Александр Рожков рассказал «Известиям» о перспективах "
    "Союзного государства:",
    "В среду посол Белоруссии в России Александр Рожков прокомментировал итоги встречи.",
]


@pytest.mark.parametrize("said", TOLD_THEN_SAID)
@pytest.mark.parametrize("lead", TOLD_LEADS)
def test_words_under_a_sentence_that_told_of_them(lead, said):
    text = f"Посол рассказал о планах\n\n{lead}\n\n{said}\n"
    assert _found(text, "Мы выходим на новый уровень") == [("Александр Рожков", DAY)]


def test_question_on_a_dash_line_is_no_statement():
    text = (
        "Министр о Каспии\n\nМинистр иностранных дел Казахстана Ерлан Нуртаев в интервью РБК "
        "ответил на вопросы о каспийской повестке.\n\n— Есть ли прогресс в переговорах по "
        "разграничению дна Каспия?\n\n— Прогресс есть, но работы еще много.\n"
    )
    assert _found(text, "Есть ли прогресс") == []


# A short item whose words stand only in its headline: the story's first sentence points
# back at it ("Об этом заявил ...", "Такое мнение высказал ...") and restates nothing. The
# headline's words are then the statement, past a "Фамилия:" label; where the story
# restates them, the headline stays a headline.
HEADLINE_ONLY = [
    "Лавров: Запад проиграл борьбу за глобальный Юг\n\nОб этом заявил министр иностранных "
    "дел РФ Сергей Лавров на пресс-конференции в Москве.",
    "Лавров: Запад проиграл борьбу за глобальный Юг\n\nТакое мнение высказал министр "
    "иностранных дел РФ Сергей Лавров на пресс-конференции в Москве.",
    "Запад проиграл борьбу за глобальный Юг\n\nОб этом сообщил министр иностранных дел РФ "
    "Сергей Лавров журналистам.",
]


@pytest.mark.parametrize("text", HEADLINE_ONLY)
def test_story_pointing_back_at_its_headline(text):
    found = [(s.speaker, s.text, s.said_on) for s in extract(text + "\n", published=PUB)]
    assert found == [("Сергей Лавров", "Запад проиграл борьбу за глобальный Юг", DAY)]


def test_headline_restated_by_the_story_stays_a_headline():
    text = (
        "Лавров: Запад проиграл борьбу за глобальный Юг\n\nЗапад проиграл борьбу за "
        "глобальный Юг. Об этом заявил министр иностранных дел РФ Сергей Лавров.\n"
    )
    found = extract(text, published=PUB)
    assert [(s.speaker, s.said_on) for s in found] == [("Сергей Лавров", DAY)]
    assert found[0].text.startswith("Запад проиграл")
    assert found[0].span[0] > text.index("\n")
