"""tracker.extract on Russian text: statements, speakers in any case, titles, descriptions,
datelines and relative dates.

Every sentence here is written for the test, in the manner of TASS, RIA Novosti, Interfax and
the Foreign Ministry's briefings; none is copied from an article.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import ProposedStatement, extract, read_meta
from tracker.extract.russian import morph
from tracker.extract.russian.when import find_when

FRIDAY = datetime.date(2021, 12, 17)


def run(text: str, published: datetime.date | None = FRIDAY) -> list[ProposedStatement]:
    found = extract(text, published=published)
    for s in found:  # the span runs from the statement's first word to its last
        first, last = s.text.split(" ")[0], s.text.split(" ")[-1]
        assert text[s.span[0] :].startswith(first) and text[: s.span[1]].endswith(last)
    return found


def only(text: str, published: datetime.date | None = FRIDAY) -> ProposedStatement:
    found = run(text, published)
    assert len(found) == 1, [(s.speaker, s.text) for s in found]
    return found[0]


# Quotes and attributions


@pytest.mark.parametrize(
    ("opening", "closing"), [("«", "»"), ("„", "“"), ('"', '"'), ("\u201c", "\u201d")]
)
def test_a_quote_then_a_dash_and_the_attribution(opening: str, closing: str) -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Замглавы МИД РФ Сергей Рябков провел консультации.\n"
        f"{opening}Мы ждем от партнеров конкретного ответа на наши предложения{closing}, — "
        "заявил Рябков журналистам."
    )
    s = only(text)
    assert (s.speaker, s.kind) == ("Сергей Рябков", "direct")
    assert s.text == "Мы ждем от партнеров конкретного ответа на наши предложения"
    assert text[s.span[0] : s.span[1]] == s.text


def test_a_nested_quote_stays_inside_the_outer_one() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. «Так называемый „ценностный подход“ нам понятен, но "
        "мы его не разделяем», — сказал глава МИД России Сергей Лавров."
    )
    s = only(text)
    assert s.speaker == "Сергей Лавров"
    assert s.text == "Так называемый „ценностный подход“ нам понятен, но мы его не разделяем"


@pytest.mark.parametrize(
    ("verb", "name"),
    [
        ("заявил", "Сергей Рябков"),
        ("сказал", "Сергей Рябков"),
        ("сообщил", "Сергей Рябков"),
        ("отметил", "Сергей Рябков"),
        ("подчеркнул", "Сергей Рябков"),
        ("добавил", "Сергей Рябков"),
        ("пояснил", "Сергей Рябков"),
        ("указал", "Сергей Рябков"),
        ("заявляет", "Сергей Рябков"),
        ("считает", "Сергей Рябков"),
        ("заявила", "Мария Захарова"),
        ("сказала", "Мария Захарова"),
        ("сообщила", "Мария Захарова"),
        ("отметила", "Мария Захарова"),
        ("подчеркнула", "Мария Захарова"),
        ("добавила", "Мария Захарова"),
        ("пояснила", "Мария Захарова"),
        ("указала", "Мария Захарова"),
    ],
)
def test_verbs_of_saying_in_every_gender_and_aspect(verb: str, name: str) -> None:
    text = f"{name} {verb}, что Москва готова продолжить диалог по стратегической стабильности."
    s = only(text)
    assert (s.speaker, s.kind) == (name, "indirect")
    assert s.text == "Москва готова продолжить диалог по стратегической стабильности"


def test_expressed_confidence_that() -> None:
    s = only(
        "Министр иностранных дел Казахстана Ержан Ашикбаев выразил уверенность, что "
        "переговоры в Астане принесут результат."
    )
    assert s.speaker == "Ержан Ашикбаев"
    assert s.text == "переговоры в Астане принесут результат"


def test_the_speaker_after_the_verb_in_a_trailing_attribution() -> None:
    text = (
        "Запад должен отказаться от политики санкций, заявил в пятницу постоянный "
        "представитель России при ООН Василий Небензя."
    )
    s = only(text)
    assert s.speaker == "Василий Небензя"
    assert s.role == "постоянный представитель России при ООН"
    assert s.text == "Запад должен отказаться от политики санкций"
    assert s.said_on == "2021-12-17"


def test_according_to_x_in_the_genitive() -> None:
    text = (
        "Замглавы МИД РФ Сергей Рябков встретился с американской делегацией.\n"
        "По словам Рябкова, стороны договорились продолжить работу в январе."
    )
    s = only(text)
    assert s.speaker == "Сергей Рябков"
    assert s.text == "стороны договорились продолжить работу в январе"


def test_as_x_noted() -> None:
    text = "Как отметила Мария Захарова, российская сторона не получила никаких разъяснений."
    s = only(text)
    assert s.speaker == "Мария Захарова"
    assert s.text == "российская сторона не получила никаких разъяснений"


def test_a_colon_after_the_verb_opens_the_quote() -> None:
    s = only("Посол России в США Анатолий Антонов подчеркнул: «Мы открыты для диалога».")
    assert (s.speaker, s.kind, s.text) == ("Анатолий Антонов", "direct", "Мы открыты для диалога")


def test_about_this_said_takes_the_sentence_before() -> None:
    text = (
        "ВАШИНГТОН, 17 декабря. /ТАСС/. Россия не намерена размещать ракеты средней дальности "
        "в Европе. Об этом заявил сегодня журналистам посол РФ в США Анатолий Антонов."
    )
    s = only(text)
    assert s.speaker == "Анатолий Антонов"
    assert s.text.startswith("Россия не намерена размещать ракеты")
    assert s.said_on == "2021-12-17"


def test_a_document_speaks_for_its_owner() -> None:
    text = (
        "«Мы призываем все стороны проявить сдержанность», — говорится в заявлении "
        "Министерства иностранных дел Армении."
    )
    s = only(text)
    assert s.speaker_type == "institution"
    assert s.speaker == "Министерство иностранных дел Армении"


def test_a_headline_with_a_colon_is_not_a_statement_of_the_body() -> None:
    text = (
        "Рябков: Россия ждет ответа США по гарантиям безопасности\n"
        "МОСКВА, 17 декабря. /ТАСС/. Москва ожидает от Вашингтона письменного ответа. "
        "Об этом заявил замминистра иностранных дел РФ Сергей Рябков."
    )
    found = run(text)
    assert [s.text for s in found] == ["Москва ожидает от Вашингтона письменного ответа"]


def test_two_verbs_share_one_subject() -> None:
    text = (
        "«Это наша территория», — заявил Лавров о спорных островах и подчеркнул: "
        "«Обсуждать здесь нечего»."
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Лавров", "Это наша территория"),
        ("Лавров", "Обсуждать здесь нечего"),
    ]


def test_telling_about_something_says_nothing_yet() -> None:
    assert run("Посол рассказал о встрече с руководством страны.") == []


def test_a_reported_rumour_has_no_speaker() -> None:
    assert run("Ранее сообщалось, что переговоры могут пройти в Женеве.") == []


# Names, titles and descriptions


@pytest.mark.parametrize(
    ("word", "case", "gender", "expected"),
    [
        ("Рябкова", "gent", "m", "Рябков"),
        ("Рябковым", "ablt", None, "Рябков"),
        ("Захаровой", "gent", "f", "Захарова"),
        ("Сергея", "gent", None, "Сергей"),
        ("Марии", "gent", None, "Мария"),
        ("Небензя", "nomn", None, "Небензя"),
    ],
)
def test_names_in_any_case_return_to_the_nominative(
    word: str, case: str, gender: str | None, expected: str
) -> None:
    assert morph.nominative(word, case, gender) == expected


def test_a_surname_in_any_case_is_the_same_official() -> None:
    text = (
        "Замглавы МИД РФ Сергей Рябков провел переговоры в Женеве.\n"
        "По словам Рябкова, стороны обсудили контроль над вооружениями.\n"
        "«Разговор был трудным, но полезным», — сказал Рябков."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Сергей Рябков", "Сергей Рябков"]
    assert found[1].role == "Замглавы МИД РФ"
    assert found[1].institution == "МИД РФ"


@pytest.mark.parametrize(
    "description",
    ["дипломат", "замминистра", "российский дипломат", "замглавы МИД"],
)
def test_descriptions_refer_back_to_the_deputy_minister(description: str) -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Замглавы МИД РФ Сергей Рябков провел брифинг.\n"
        f"«Мы не будем вести переговоры бесконечно», — сказал {description}."
    )
    s = only(text)
    assert s.speaker == "Сергей Рябков"


@pytest.mark.parametrize("description", ["глава МИД", "министр", "российский министр"])
def test_descriptions_refer_back_to_the_minister(description: str) -> None:
    text = (
        "Глава МИД России Сергей Лавров встретился с коллегой из Турции.\n"
        f"«Позиции сторон сблизились», — отметил {description}."
    )
    assert only(text).speaker == "Сергей Лавров"


def test_the_spokeswoman_described_by_her_title() -> None:
    text = (
        "Официальный представитель МИД России Мария Захарова прокомментировала заявление "
        "НАТО.\nРанее официальный представитель МИД заявил, что Москва не получала "
        "приглашения на встречу."
    )
    s = only(text)
    assert s.speaker == "Мария Захарова"
    assert s.said_on == "../2021-12-17"


def test_a_pronoun_goes_to_the_last_speaker() -> None:
    text = (
        "Министр иностранных дел Белоруссии Владимир Макей провел пресс-конференцию.\n"
        "«Мы за мир», — сказал Макей. Он добавил, что Минск готов принять переговоры."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Владимир Макей", "Владимир Макей"]
    assert found[1].text == "Минск готов принять переговоры"


def test_a_name_given_in_another_case_is_not_the_speaker() -> None:
    text = (
        "Глава МИД России Сергей Лавров сообщил, о чем говорил с госсекретарем США Энтони "
        "Блинкеном. «Разговор был откровенным», — сказал Лавров."
    )
    assert [s.speaker for s in run(text)] == ["Сергей Лавров"]


# Dates


@pytest.mark.parametrize(
    ("line", "place", "outlet", "month_day"),
    [
        ("МОСКВА, 17 декабря. /ТАСС/.", "МОСКВА", "ТАСС", (12, 17)),
        ("Москва. 25 декабря. INTERFAX.RU - ", "Москва", "INTERFAX.RU", (12, 25)),
        ("МОСКВА, 3 мая - РИА Новости.", "МОСКВА", "РИА Новости", (5, 3)),
        ("ЕРЕВАН, 14 сен — Sputnik.", "ЕРЕВАН", "Sputnik", (9, 14)),
        ("12 марта, Минск /Корр. БЕЛТА/.", "Минск", "БЕЛТА", (3, 12)),
        ("Киев. 11 июля. ИНТЕРФАКС-УКРАИНА - ", "Киев", "ИНТЕРФАКС-УКРАИНА", (7, 11)),
        ("Алматы. 2 апреля. КазТАГ - ", "Алматы", "КазТАГ", (4, 2)),
        ("Москва, 9 мая - «Вестник Кавказа».", "Москва", "Вестник Кавказа", (5, 9)),
        ("Баку, 30 января, АЗЕРТАДЖ.", "Баку", "АЗЕРТАДЖ", (1, 30)),
        ("Баку, 30 января (Trend)", "Баку", "Trend", (1, 30)),
        ("МОСКВА, 8 февраля 2022 года, 13:19 — РИА Новости.", "МОСКВА", "РИА Новости", (2, 8)),
        ("Баку/19.09.23/Turan:", "Баку", "Turan", (9, 19)),
        ("Ереван, 7 октября. АРМЕНПРЕСС.", "Ереван", "АРМЕНПРЕСС", (10, 7)),
        ("Бишкек, 12 апреля, 24.kg.", "Бишкек", "24.kg", (4, 12)),
    ],
)
def test_russian_datelines(line: str, place: str, outlet: str, month_day: tuple) -> None:
    meta = read_meta(f"Заголовок новости о переговорах\n{line} Текст новости.\n")
    assert (meta.dateline_place, meta.outlet, meta.dateline_month_day) == (place, outlet, month_day)
    assert meta.language == "ru"


def test_a_time_stamp_is_the_publication_date() -> None:
    meta = read_meta("Заголовок новости о переговорах\n08 февраля 2022, 13:19\nТекст новости.\n")
    assert meta.published == datetime.date(2022, 2, 8)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("в пятницу", "2021-12-17"),
        ("во вторник", "2021-12-14"),
        ("в среду", "2021-12-15"),
        ("в воскресенье", "2021-12-12"),
        ("в минувшую пятницу", "2021-12-10"),
        ("с понедельника", "2021-12-13"),
        ("сегодня", "2021-12-17"),
        ("вчера", "2021-12-16"),
        ("накануне", "2021-12-16"),
        ("ранее", "../2021-12-17"),
        ("на прошлой неделе", "2021-12-06/2021-12-12"),
        ("15 декабря", "2021-12-15"),
        ("3 ноября 2020 года", "2020-11-03"),
        ("в ноябре", "2021-11"),
        ("два дня назад", "2021-12-15"),
        ("позавчера", "2021-12-15"),
        ("на днях", "../2021-12-17"),
    ],
)
def test_relative_dates(phrase: str, expected: str) -> None:
    found = find_when(f"заявил {phrase} министр", FRIDAY)
    assert found is not None and found.edtf == expected


def test_the_eve_of_an_event_is_not_the_day_before() -> None:
    assert find_when("заявил накануне визита министр", FRIDAY) is None


def test_a_day_still_to_come_is_not_when_it_was_said() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Сергей Рябков сообщил, что переговоры пройдут "
        "10 января в Женеве."
    )
    assert only(text).said_on == "2021-12-17"


def test_a_weekday_in_the_attribution_dates_the_quote() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. «Ответ мы получили», — заявил в среду журналистам "
        "пресс-секретарь президента РФ Дмитрий Песков."
    )
    s = only(text)
    assert (s.speaker, s.said_on, s.date_evidence) == ("Дмитрий Песков", "2021-12-15", "в среду")


def test_a_continuation_takes_the_speaker_and_day() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. «Мы передали проекты документов», — сказал во вторник "
        "Рябков.\n«Теперь слово за американской стороной», — добавил замминистра."
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Рябков", "2021-12-14"),
        ("Рябков", "2021-12-14"),
    ]


# Transcripts


def test_a_briefing_transcript_gives_the_answers_to_the_briefer() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
        "17 декабря 2021 года\n"
        "Вопрос: Как в Москве оценивают итоги встречи в Женеве?\n"
        "Ответ: Мы считаем эти итоги предварительными. Работа будет продолжена.\n"
        "Вопрос: Когда состоится следующий раунд?\n"
        "Ответ: Сроки пока не определены.\n"
    )
    found = run(text)
    assert [(s.speaker, s.kind) for s in found] == [("Захарова", "direct"), ("Захарова", "direct")]
    assert found[0].text == "Мы считаем эти итоги предварительными. Работа будет продолжена."
    assert found[0].said_on == "2021-12-17"
    assert found[0].role == "официальный представитель МИД России"  # the title's own gender


def test_a_briefing_opens_with_the_briefers_remarks_under_topic_headings() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
        "17 декабря 2021 года\n"
        "О ситуации на Балканах\n"
        "Мы с тревогой наблюдаем за обострением обстановки в регионе.\n"
        "Вопрос: Будет ли Россия участвовать в консультациях?\n"
        "Ответ: Да, наша делегация уже сформирована.\n"
    )
    found = run(text)
    assert [s.text for s in found] == [
        "Мы с тревогой наблюдаем за обострением обстановки в регионе.",
        "Да, наша делегация уже сформирована.",
    ]
    assert {s.speaker for s in found} == {"Захарова"}


# Institutions, documents and quoting


def test_an_institution_named_as_a_place_speaks_for_itself() -> None:
    s = only("В Кремле заявили, что не видят оснований для пересмотра договоренностей.")
    assert (s.speaker_type, s.speaker) == ("institution", "Кремль")
    assert s.text == "не видят оснований для пересмотра договоренностей"


def test_a_press_service_named_after_a_plural_verb() -> None:
    s = only("«Встреча прошла в конструктивном ключе», — сообщили в пресс-службе МИД Казахстана.")
    assert (s.speaker_type, s.speaker) == ("institution", "пресс-служба МИД Казахстана")


def test_about_this_says_the_statement_of_the_ministry() -> None:
    text = (
        "Россия готова к возобновлению диалога по стратегической стабильности. Об этом "
        "говорится в заявлении МИД России."
    )
    s = only(text)
    assert (s.speaker, s.kind) == ("МИД России", "indirect")
    assert s.text.startswith("Россия готова к возобновлению диалога")


def test_as_the_statement_says() -> None:
    s = only("Как говорится в сообщении посольства РФ в Берлине, дипломаты получили ноту.")
    assert s.speaker == "посольство РФ в Берлине"
    assert s.text == "дипломаты получили ноту"


def test_a_speaker_and_a_colon_before_a_quote() -> None:
    text = "МОСКВА, 17 декабря. /ТАСС/. Замглавы МИД РФ Сергей Рябков: «Мяч на стороне США»."
    s = only(text)
    assert (s.speaker, s.text) == ("Сергей Рябков", "Мяч на стороне США")


def test_quoted_by_an_outlet_the_speaker_is_the_object() -> None:
    text = (
        "Глава МИД России Сергей Лавров провел переговоры в Анкаре.\n"
        "«Мы договорились продолжить контакты», — цитирует Лаврова ТАСС."
    )
    assert only(text).speaker == "Сергей Лавров"


def test_a_title_with_a_conjunction_inside() -> None:
    text = (
        "Директор департамента информации и печати МИД России Мария Захарова заявила, что "
        "ответ последует незамедлительно."
    )
    s = only(text)
    assert s.speaker == "Мария Захарова"
    assert s.role == "Директор департамента информации и печати МИД России"


def test_an_aside_between_the_subject_and_the_verb() -> None:
    s = only(
        "Помощник президента РФ Юрий Ушаков, в свою очередь, сообщил, что разговор "
        "продолжался около часа."
    )
    assert (s.speaker, s.text) == ("Юрий Ушаков", "разговор продолжался около часа")


def test_did_not_rule_out_that() -> None:
    s = only("Пресс-секретарь Кремля Дмитрий Песков не исключил, что встреча состоится в январе.")
    assert (s.speaker, s.text) == ("Дмитрий Песков", "встреча состоится в январе")


def test_a_labelled_questioner_with_an_outlet_in_brackets() -> None:
    text = (
        "Стенограмма пресс-конференции Министра иностранных дел России С.В.Лаврова, Москва, "
        "14 января 2022 года\n"
        "Вопрос (ТАСС): Чего ждать от переговоров в Женеве?\n"
        "С.В.Лавров: Мы ждем конкретных ответов на наши предложения.\n"
        "Вопрос: А если ответов не будет?\n"
        "С.В.Лавров: Тогда будем принимать меры.\n"
    )
    found = run(text, datetime.date(2022, 1, 14))
    assert [(s.speaker, s.said_on) for s in found] == [("Лавров", "2022-01-14")] * 2


def test_an_unnamed_source_in_a_ministry_is_not_the_ministry() -> None:
    assert run("Переговоры отложены на неделю, сообщил ТАСС источник в МИД России.") == []


def test_a_latin_name_of_an_outlet_is_no_speaker() -> None:
    assert run("The Washington Post пишет, что встреча может пройти в Вене.") == []


def test_in_his_words() -> None:
    text = (
        "Посол России в Японии Николай Ножкин встретился с депутатами.\n"
        "По его словам, Москва заинтересована в развитии контактов."
    )
    s = only(text)
    assert (s.speaker, s.text) == ("Николай Ножкин", "Москва заинтересована в развитии контактов")


# Layouts of quotes and attributions


def test_a_quote_broken_by_the_reporters_words_inside_one_pair_of_marks() -> None:
    text = (
        "АСТАНА, 17 декабря. /ТАСС/. «Казахстан не станет участвовать в санкционной войне, — "
        "сказал журналистам глава МИД республики Мурат Нуртлеу. — Наша экономика слишком "
        "тесно связана с соседями»."
    )
    s = only(text)
    assert (s.speaker, s.kind) == ("Мурат Нуртлеу", "direct")
    assert s.text.startswith("Казахстан не станет участвовать в санкционной войне")
    assert s.text.endswith("Наша экономика слишком тесно связана с соседями")
    assert "сказал" not in s.text


def test_a_dash_inside_a_quote_without_a_verb_of_saying_is_part_of_the_quote() -> None:
    text = "«Мы готовы ко всему, — и к диалогу, и к жесткому ответу», — заявил Рябков."
    s = only(text)
    assert s.text == "Мы готовы ко всему, — и к диалогу, и к жесткому ответу"


def test_a_colon_that_ends_a_paragraph_opens_the_quote_below() -> None:
    text = (
        "ТБИЛИСИ, 17 декабря. /ТАСС/. Премьер-министр Грузии Ираклий Кобахидзе заявил на "
        "брифинге:\n«Грузия не откроет второй фронт. Это наша принципиальная позиция».\n"
    )
    s = only(text)
    assert (s.speaker, s.kind) == ("Ираклий Кобахидзе", "direct")
    assert s.text.startswith("Грузия не откроет второй фронт")


@pytest.mark.parametrize(
    "aside",
    [
        "который во вторник вернулся из Пекина",
        "выступая на заседании, посвященном событиям 2008 года",
        "отвечая на вопрос журналистов",
        "со своей стороны",
    ],
)
def test_the_subject_before_a_phrase_set_off_by_commas(aside: str) -> None:
    text = (
        f"Замминистра иностранных дел РФ Андрей Руденко, {aside}, сообщил, что консультации "
        "с японской стороной заморожены."
    )
    s = only(text)
    assert s.speaker == "Андрей Руденко"
    assert s.text == "консультации с японской стороной заморожены"


def test_by_his_assessment_and_by_the_data_of() -> None:
    text = (
        "Посол России в Германии Сергей Нечаев встретился с депутатами бундестага.\n"
        "По его оценке, отношения двух стран переживают глубокий кризис.\n"
        "По данным посольства, в консульства поступило более тысячи обращений."
    )
    found = run(text)
    assert [(s.speaker, s.text[:20]) for s in found] == [
        ("Сергей Нечаев", "отношения двух стран"),
        ("посольство", "в консульства поступ"),
    ]


def test_in_his_view_between_commas_inside_the_sentence() -> None:
    text = (
        "Глава МИД Эстонии Маргус Цахкна выступил в парламенте. Нынешние меры, по его "
        "мнению, «недостаточны для сдерживания»."
    )
    s = only(text)
    assert (s.speaker, s.kind) == ("Маргус Цахкна", "mixed")
    assert s.text.startswith("Нынешние меры")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Лавров обратил внимание на то, что Вашингтон игнорирует запросы Москвы.",
            "Вашингтон игнорирует запросы Москвы",
        ),
        (
            "Лавров дал понять, что Россия не пойдет на односторонние уступки.",
            "Россия не пойдет на односторонние уступки",
        ),
        (
            "Лавров высказал предположение, что переговоры возобновятся весной.",
            "переговоры возобновятся весной",
        ),
        (
            "Лавров выразил глубокую обеспокоенность ростом напряженности на Балканах.",
            "глубокую обеспокоенность ростом напряженности на Балканах",
        ),
        # condolences put in words: the real gold counts "expressed deep condolences"
        ("Лавров выразил соболезнования семьям погибших.", "соболезнования семьям погибших"),
    ],
)
def test_verbs_that_report_speech_with_their_object_noun(sentence: str, said: str) -> None:
    s = only(sentence)
    assert (s.speaker, s.text) == ("Лавров", said)


@pytest.mark.parametrize(
    "sentence",
    [
        "Лавров обратил внимание журналистов на новую карту региона.",
        "Лавров дал интервью французской газете.",
    ],
)
def test_the_same_verbs_with_other_objects_say_nothing(sentence: str) -> None:
    assert run(sentence) == []


def test_as_they_stressed_in_the_ministry_is_the_ministry() -> None:
    text = (
        "В МИД Азербайджана заявили, что Баку ждет подписания мирного договора. Как "
        "подчеркнули в ведомстве, «время деклараций прошло»."
    )
    found = run(text)
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("МИД Азербайджана", "institution"),
        ("МИД Азербайджана", "institution"),
    ]


# Headings, captions and links


def test_links_and_headings_are_no_statements() -> None:
    text = (
        "Захарова ответила на слова Боррелля о санкциях\n"
        "МОСКВА, 17 декабря. /ТАСС/. Официальный представитель МИД РФ Мария Захарова заявила, "
        "что Евросоюз лишает себя энергетической безопасности.\n"
        "Читайте также\n"
        "Песков назвал условия для продолжения переговоров\n"
        "Рябков заявил, что Москва ждет ответа Вашингтона\n"
        "Захарова добавила, что Москва готова к любому развитию событий.\n"
    )
    found = run(text)
    assert [s.text for s in found] == [
        "Евросоюз лишает себя энергетической безопасности",
        "Москва готова к любому развитию событий",
    ]


# Names


def test_a_first_name_the_dictionary_reads_as_a_noun_is_part_of_the_name() -> None:
    s = only("Глава МИД Турции Хакан Фидан заявил, что Анкара готова принять переговоры.")
    assert (s.speaker, s.role) == ("Хакан Фидан", "Глава МИД Турции")


def test_a_surname_the_dictionary_reads_as_a_plural_of_a_first_name() -> None:
    text = (
        "Постпред РФ при ЕС Кирилл Логвинов встретился с журналистами.\n"
        "Логвинов уверен, что Брюссель рано или поздно вернется к диалогу."
    )
    s = only(text)
    assert (s.speaker, s.text) == ("Кирилл Логвинов", "Брюссель рано или поздно вернется к диалогу")


@pytest.mark.parametrize("name", ["Ван И", "Мао Нин", "Ли Цян"])
def test_east_asian_names(name: str) -> None:
    s = only(f"{name}, со своей стороны, заявил, что Пекин высоко ценит позицию Москвы.")
    assert s.speaker == name


def test_a_capital_preposition_is_no_initial() -> None:
    s = only("В МИД Белоруссии заявили, что Минск не получал ноты от Вильнюса.")
    assert (s.speaker, s.speaker_type) == ("МИД Белоруссии", "institution")


def test_an_initial_in_a_trailing_attribution_keeps_its_day() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. «Мы ждем от Токио конкретных шагов», — сказал "
        "М.Галузин в среду."
    )
    s = only(text)
    assert (s.speaker, s.said_on, s.date_evidence) == ("Галузин", "2021-12-15", "в среду")


# Who a pronoun or a description is


def test_a_pronoun_is_the_subject_before_not_the_nearest_name() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Помощник президента РФ Юрий Ушаков провел телефонный "
        "разговор с советником президента Франции Эмманюэлем Бонном. Он сообщил, что стороны "
        "обсудили ситуацию в Африке.\nГлава МИД Франции Катрин Колонна позвонила своему "
        "британскому коллеге Джеймсу Клеверли. Она заявила, что Париж и Лондон действуют "
        "заодно."
    )
    assert [s.speaker for s in run(text)] == ["Юрий Ушаков", "Катрин Колонна"]


def test_a_description_of_a_subject_named_without_a_title() -> None:
    text = (
        "С.В.Лавров провел переговоры с коллегой из Омана. В ходе встречи министр "
        "подчеркнул, что Москва поддерживает посреднические усилия Маската.\nПо словам главы "
        "российской дипломатии, стороны договорились о новых консультациях."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Лавров", "Лавров"]


def test_a_description_of_another_country_is_not_the_subject() -> None:
    text = (
        "Лавров провел переговоры с главой МИД Китая Ваном И.\n«Мы едины в оценках», — сказал "
        "Лавров.\nПо словам китайского министра, Пекин поддерживает российские инициативы."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Лавров", "Ван И"]


def test_a_title_with_no_known_kin_refers_to_the_subject_before() -> None:
    text = (
        "С критикой Лондона выступил глава комитета Госдумы по международным делам Леонид "
        "Слуцкий. По мнению депутата, Великобритания «утратила способность к диалогу»."
    )
    assert only(text).speaker == "Леонид Слуцкий"


# Dates of statements


def test_a_day_in_a_relative_clause_dates_that_clause_not_the_words() -> None:
    text = (
        "ВАШИНГТОН, 17 декабря. /ТАСС/. Посол РФ в США Анатолий Антонов, который в понедельник "
        "встречался с сенаторами, заявил, что диалог пока невозможен."
    )
    s = only(text)
    assert s.speaker == "Анатолий Антонов"
    assert s.said_on == "2021-12-17" and not s.date_evidence


def test_a_day_in_a_participle_phrase_dates_that_event_not_the_words() -> None:
    text = (
        "Замглавы МИД РФ Сергей Вершинин, выступая на конференции, посвященной событиям "
        "5 ноября, сказал, что ситуация остается напряженной."
    )
    s = only(text)
    assert s.said_on == "2021-12-17" and not s.date_evidence


def test_the_day_of_an_occasion_the_speaker_was_placed_at() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Во вторник глава МИД Венгрии Петер Сийярто посетил "
        "Москву. Венгерский министр заявил, что Будапешт выступает за диалог."
    )
    s = only(text)
    assert (s.speaker, s.said_on) == ("Петер Сийярто", "2021-12-14")


def test_a_day_of_another_speaker_in_another_paragraph_does_not_carry_over() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Выступая в среду в Будапеште, глава МИД Венгрии Петер "
        "Сийярто заявил, что санкции не работают.\nГенсек НАТО Йенс Столтенберг полагает, что "
        "альянс должен усилить восточный фланг."
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Петер Сийярто", "2021-12-15"),
        ("Йенс Столтенберг", "2021-12-17"),
    ]
    assert not found[1].date_evidence


def test_a_bare_description_is_the_subject_before_a_titled_one_is_who_it_fits() -> None:
    text = (
        "Глава МИД РФ Сергей Лавров провел переговоры с турецким коллегой Хаканом Фиданом.\n"
        "Фидан, в свою очередь, выразил надежду на скорейшее возобновление переговоров.\n"
        "«Анкара готова сыграть роль посредника», — сказал министр.\n"
        "Ранее Фидан заявил, что Турция не присоединится к санкциям.\n"
        "Глава российского МИД добавил, что Москва ценит позицию Анкары."
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Хакан Фидан",
        "Хакан Фидан",
        "Хакан Фидан",
        "Сергей Лавров",
    ]


def test_a_speaker_after_the_verb_before_a_subject_behind_an_aside() -> None:
    text = "Россия, по мнению экспертов, не пойдет на уступки, заявил глава МИД Сергей Лавров."
    s = only(text)
    assert s.speaker == "Сергей Лавров"


@pytest.mark.parametrize(
    "pointer",
    [
        "Такое заявление сделал",
        "С такой оценкой выступил",
        "Эту позицию озвучил",
        "Соответствующее заявление сделал",
    ],
)
def test_words_pointing_back_at_the_sentence_before(pointer: str) -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Российская сторона не намерена продлевать соглашение на "
        f"прежних условиях. {pointer} в пятницу замминистра иностранных дел РФ Александр Грушко."
    )
    s = only(text)
    assert s.speaker == "Александр Грушко"
    assert s.text.startswith("Российская сторона не намерена продлевать")
    assert s.said_on == "2021-12-17"


def test_announcing_something_is_a_claim_talking_about_it_is_not() -> None:
    found = run(
        "Песков сообщил о переносе переговоров на январь. Затем он рассказал о встрече с "
        "журналистами."
    )
    assert [s.text for s in found] == ["о переносе переговоров на январь"]


def test_an_outlet_citing_an_official_gives_the_official() -> None:
    text = (
        "Как сообщает РИА Новости со ссылкой на пресс-службу посольства России в Италии, "
        "посол получил ноту итальянского МИД.\n"
        "Консультации отложены, сообщает ТАСС со ссылкой на источник в МИД."
    )
    s = only(text)
    assert (s.speaker, s.speaker_type) == ("пресс-служба посольства России в Италии", "institution")
    assert s.text == "посол получил ноту итальянского МИД"


def test_an_agency_quoting_the_words_of_a_diplomat() -> None:
    text = (
        "Посол РФ в Польше Георгий Михно посетил Гданьск.\n"
        "«Мы будем добиваться доступа к мемориалам», — приводит слова дипломата пресс-служба "
        "посольства."
    )
    s = only(text)
    assert s.speaker == "Георгий Михно"


def test_the_ministry_means_the_one_named_before() -> None:
    text = (
        "В четверг британский МИД вызвал российского посла. Как отмечается в сообщении "
        "ведомства, Лондон «не потерпит вмешательства»."
    )
    s = only(text)
    assert (s.speaker, s.speaker_type) == ("МИД Великобритании", "institution")


def test_a_chinese_name_given_again_by_its_surname() -> None:
    text = (
        "Председатель КНР Си Цзиньпин провел переговоры с президентом Франции.\n"
        "Си заявил, что Пекин выступает за скорейшее прекращение огня."
    )
    s = only(text)
    assert s.speaker == "Си Цзиньпин"


def test_russian_text_is_read_up_to_the_read_limit() -> None:
    from tracker.extract import READ_LIMIT
    from tracker.extract.russian import extract as extract_russian

    text = (
        "Лавров заявил, что переговоры окончены.\n"
        + "\n" * READ_LIMIT
        + "Рябков заявил, что сделка мертва.\n"
    )
    found = extract_russian(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Лавров"]


# Transcripts: turns, courtesies, interviews


def test_a_turn_is_one_statement_of_all_its_paragraphs_less_its_greetings() -> None:
    text = (
        "Заявление для прессы Владимира Путина и Президента Узбекистана Шавката Мирзиёева\n"
        "В.В.Путин: Уважаемый Шавкат Миромонович! Дамы и господа!\n"
        "Переговоры прошли в деловой атмосфере.\n"
        "Мы договорились увеличить поставки энергоносителей.\n"
        "Ш.М.Мирзиёев (говорит по-узбекски, перевод с узбекского): Благодарю за приглашение. "
        "Узбекистан заинтересован в расширении кооперации.\n"
        "Вопрос: Какие соглашения подписаны сегодня?\n"
        "В.В.Путин: Спасибо.\n"
    )
    found = run(text, datetime.date(2021, 12, 17))
    assert [(s.speaker, s.kind) for s in found] == [
        ("Владимир Путин", "direct"),
        ("Шавкат Мирзиёев", "direct"),
    ]
    assert found[0].text == (
        "Переговоры прошли в деловой атмосфере. Мы договорились увеличить поставки энергоносителей."
    )
    # thanks that open a paragraph which goes on are the turn's first words (as in English
    # copy); a greeting line alone is dropped
    assert found[1].text == (
        "Благодарю за приглашение. Узбекистан заинтересован в расширении кооперации."
    )
    assert found[1].role == "Президент Узбекистана"


def test_a_wire_interview_of_dashes_gives_the_answers_to_the_one_introduced() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Постоянный представитель России при ОБСЕ Александр "
        "Лукашевич в интервью ТАСС рассказал о работе организации.\n"
        "— Александр Казимирович, есть ли у ОБСЕ будущее?\n"
        "— Организация переживает тяжелый кризис. Консенсус по бюджету не достигнут.\n"
        "Тем не менее мы продолжаем работу.\n"
        "— Будет ли Россия участвовать в следующем совещании министров?\n"
        "— Решение пока не принято, все будет зависеть от позиции председательства.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Александр Лукашевич"] * 2
    assert found[0].text == (
        "Организация переживает тяжелый кризис. Консенсус по бюджету не достигнут. "
        "Тем не менее мы продолжаем работу."
    )
    assert all("?" not in s.text for s in found)


def test_about_this_with_the_speaker_before_the_verb() -> None:
    text = (
        "Кремль не получал предложений о встрече лидеров. Об этом пресс-секретарь президента "
        "РФ Дмитрий Песков заявил в эфире телеканала «Россия 1»."
    )
    s = only(text)
    assert (s.speaker, s.text) == (
        "Дмитрий Песков",
        "Кремль не получал предложений о встрече лидеров",
    )


def test_such_an_opinion_was_expressed_by() -> None:
    text = (
        "Минск заинтересован в росте товарооборота с Пекином. Такое мнение высказал глава МИД "
        "Белоруссии Максим Рыженков на встрече с послом КНР Се Сяоюном.\nПосол, в свою "
        "очередь, подтвердил готовность Пекина к расширению сотрудничества."
    )
    found = run(text)
    assert [(s.speaker, s.text[:20]) for s in found] == [
        ("Максим Рыженков", "Минск заинтересован "),
        ("Се Сяоюн", "готовность Пекина к "),
    ]


def test_as_he_said_between_commas_inside_the_sentence() -> None:
    s = only("Консультации, как сообщил замглавы МИД РФ Сергей Рябков, отложены до весны.")
    # what was said is quoted as it stands, the aside and all (ANNOTATION.md: quote_start
    # "exactly as in the file")
    assert (s.speaker, s.text) == (
        "Сергей Рябков",
        "Консультации, как сообщил замглавы МИД РФ Сергей Рябков, отложены до весны",
    )


def test_a_joining_word_before_according_to_is_not_what_was_said() -> None:
    text = (
        "Посол РФ в Японии Николай Ножкин встретился с депутатами.\n"
        "Кроме того, по словам посла, «Токио сам закрыл дверь для диалога»."
    )
    s = only(text)
    assert (s.speaker, s.kind, s.text) == (
        "Николай Ножкин",
        "direct",
        "Токио сам закрыл дверь для диалога",
    )


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Лавров призвал стороны к сдержанности.", "стороны к сдержанности"),
        ("Лавров призвал к немедленному прекращению огня.", "к немедленному прекращению огня"),
        (
            "Лавров указал на недопустимость двойных стандартов.",
            "на недопустимость двойных стандартов",
        ),
        ("Лавров выступил за продление зерновой сделки.", "за продление зерновой сделки"),
        ("Лавров выступил против расширения НАТО.", "против расширения НАТО"),
    ],
)
def test_verbs_that_report_a_position_with_a_preposition(sentence: str, said: str) -> None:
    assert only(sentence).text == said


@pytest.mark.parametrize(
    "sentence",
    ["Лавров выступил на конференции в Женеве.", "Лавров выступил с лекцией в МГИМО."],
)
def test_speaking_somewhere_says_nothing_yet(sentence: str) -> None:
    assert run(sentence) == []


def test_the_statement_reads_that() -> None:
    s = only("Заявление МИД Китая гласит, что Пекин придерживается нейтралитета.")
    assert (s.speaker, s.speaker_type) == ("МИД Китая", "institution")


@pytest.mark.parametrize(
    ("named", "described"),
    [
        ("Президент Казахстана Касым-Жомарт Токаев", "Глава государства"),
        ("Премьер-министр Армении Никол Пашинян", "Глава правительства"),
        ("Первый зампред комитета Совфеда Владимир Джабаров", "Сенатор"),
        ("Член комитета Госдумы по обороне Андрей Картаполов", "Депутат"),
        ("Экс-президент Финляндии Саули Ниинистё", "Финский политик"),
    ],
)
def test_titles_and_the_descriptions_that_refer_back_to_them(named: str, described: str) -> None:
    text = (
        f"{named} встретился с журналистами в Москве. Погода в столице выдалась холодной.\n"
        f"{described} отметил, что переговоры должны продолжиться."
    )
    s = only(text)
    assert s.speaker == " ".join(named.split()[-2:])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("В МИД Японии было заявлено, что Токио не признает итоги референдума.", "МИД Японии"),
        ("Лавровым было подчеркнуто, что Москва не пойдет на уступки.", "Лавров"),
        ("В заявлении МИД Армении сказано, что Ереван готов к переговорам.", "МИД Армении"),
    ],
)
def test_passive_forms_with_an_agent_an_institution_or_a_document(
    sentence: str, speaker: str
) -> None:
    assert only(sentence).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Ранее было заявлено, что встреча может пройти в Женеве.",
        "Лавров скажет, что думает об этом, на следующей неделе.",
        "Захарова заявит о позиции Москвы на брифинге.",
    ],
)
def test_a_passive_without_a_speaker_or_a_future_is_no_statement(sentence: str) -> None:
    assert run(sentence) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("на пятничном брифинге", "2021-12-17"),
        ("в ходе вторничной встречи", "2021-12-14"),
        ("15.12.2021", "2021-12-15"),
        ("14.12.21", "2021-12-14"),
    ],
)
def test_weekday_adjectives_and_numeric_dates(phrase: str, expected: str) -> None:
    found = find_when(f"заявил {phrase} министр", FRIDAY)
    assert found is not None and found.edtf == expected


def test_for_a_weekday_ahead_is_not_when_it_was_said() -> None:
    assert find_when("заявил, что встреча назначена на пятницу", FRIDAY) is None


def test_a_gerund_phrase_with_its_own_clause_between_subject_and_verb() -> None:
    s = only(
        "Лавров, отвечая на вопрос о том, будет ли Россия участвовать в конференции, "
        "заявил, что Москва не получала приглашения."
    )
    assert (s.speaker, s.text) == ("Лавров", "Москва не получала приглашения")


def test_a_parenthesis_between_subject_and_verb() -> None:
    s = only("Глава МИД Венгрии Петер Сийярто (на фото) сообщил, что Будапешт против.")
    assert s.speaker == "Петер Сийярто"


def test_so_commented_points_back_at_the_quote_before() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. «Вашингтон снова пытается переписать историю». Так глава "
        "МИД РФ Сергей Лавров прокомментировал заявление Госдепартамента."
    )
    s = only(text)
    assert (s.speaker, s.kind, s.text) == (
        "Сергей Лавров",
        "direct",
        "Вашингтон снова пытается переписать историю",
    )


def test_a_protest_is_an_act_not_a_statement() -> None:
    text = (
        "Посол России в США Анатолий Антонов выразил протест в связи с задержанием российского "
        "гражданина."
    )
    assert run(text) == []


def test_a_press_service_of_the_ministry_named_before_speaks_for_it() -> None:
    text = (
        "МИД России вручил ноту послу Германии. «Москва не оставит эти действия без ответа», — "
        "говорится в сообщении пресс-службы ведомства.\n"
        "В российском МИД также заявили, что готовят ответные меры."
    )
    assert [s.speaker for s in run(text)] == ["МИД России", "МИД России"]


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Рябков сказал, что сделка фактически мертва.", ["Рябков"]),
        ("Кобахидзе заявил, что Тбилиси не введет санкции.", ["Кобахидзе"]),
        ("Москва заявила, что сделка фактически мертва.", []),
        ("Киев заявил, что не получал предложений.", []),
    ],
)
def test_a_surname_opening_a_sentence_is_a_speaker_a_city_is_not(
    sentence: str, speakers: list[str]
) -> None:
    assert [s.speaker for s in run(sentence)] == speakers


def test_the_agencys_interlocutor_is_the_one_interviewed_a_source_is_no_one() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Посол России в Китае Игорь Моргулов в интервью ТАСС "
        "рассказал о подготовке визита.\n"
        "Собеседник агентства отметил, что программа визита согласована.\n"
        "Как сообщил ТАСС собеседник агентства в дипломатических кругах, визит могут перенести."
    )
    s = only(text)
    assert (s.speaker, s.text) == ("Игорь Моргулов", "программа визита согласована")


def test_direct_speech_as_a_dialogue_line_without_quote_marks() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Глава МИД РФ Сергей Лавров прокомментировал итоги "
        "переговоров.\n"
        "— Разговор был трудным, — сказал Лавров журналистам. — Но мы услышали друг друга.\n"
        "— Следующая встреча пройдет в январе, — добавил министр.\n"
        "В повестке:\n"
        "- стратегическая стабильность;\n"
        "- гарантии безопасности.\n"
    )
    found = run(text)
    assert [(s.speaker, s.kind) for s in found] == [("Сергей Лавров", "direct")] * 2
    assert found[0].text.startswith("Разговор был трудным")
    assert "Но мы услышали друг друга" in found[0].text
    assert "сказал" not in found[0].text


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Лавров заметил, что Запад ничему не учится.", "Запад ничему не учится"),
        ("Лавров надеется, что диалог продолжится весной.", "диалог продолжится весной"),
        ("Лавров опасается, что конфликт затянется надолго.", "конфликт затянется надолго"),
        ("«Кто ответит за эти решения?» — спросил Лавров.", "Кто ответит за эти решения?"),
        ("Лавров высоко оценил итоги переговоров в Анкаре.", "итоги переговоров в Анкаре"),
        ("Лавров оценил ситуацию как крайне напряженную.", "ситуацию как крайне напряженную"),
    ],
)
def test_more_verbs_of_saying_and_of_a_stated_view(sentence: str, said: str) -> None:
    assert (only(sentence).speaker, only(sentence).text) == ("Лавров", said)


def test_assessing_something_without_saying_how_is_no_statement() -> None:
    assert run("Лавров оценил заявление Макрона.") == []


def test_about_this_with_a_day_dates_the_statement_read_before_it() -> None:
    text = (
        "Глава МИД Венгрии Петер Сийярто раскритиковал решение Еврокомиссии о новых "
        "ограничениях. Об этом он заявил во вторник на встрече с журналистами в Будапеште.\n"
        "«Такие меры бьют прежде всего по самим европейцам», — сказал Сийярто."
    )
    first, second = run(text)
    assert first.speaker == "Петер Сийярто"
    assert first.text.startswith("решение Еврокомиссии")
    assert (first.said_on, first.date_evidence) == ("2021-12-14", "во вторник")
    assert second.said_on == "2021-12-14"  # the quote that follows, on the same occasion


def test_a_source_named_after_an_attribution_is_no_second_speaker() -> None:
    text = (
        "БАКУ, 17 декабря. /ТАСС/. Азербайджан рассчитывает на скорое возобновление "
        "переговоров. Об этом заявил глава МИД республики Джейхун Байрамов на встрече с "
        "послом Франции, сообщили журналистам в пресс-службе внешнеполитического ведомства."
    )
    s = only(text)
    assert (s.speaker, s.text) == (
        "Джейхун Байрамов",
        "Азербайджан рассчитывает на скорое возобновление переговоров",
    )


def test_talks_transcribed_without_questions_give_each_leader_his_turns() -> None:
    text = (
        "Начало встречи с Президентом Финляндии Саули Ниинистё\n"
        "Владимир Путин встретился в Кремле с Президентом Финляндии. Российский лидер "
        "заявил, что Москва ценит добрососедские отношения с Хельсинки.\n"
        "В.Путин: Уважаемый господин Президент! Рад приветствовать вас в Москве. "
        "Нам предстоит обсудить торговлю и ситуацию на Балтике.\n"
        "С.Ниинистё (как переведено): Спасибо, господин Президент. Финляндия готова к "
        "открытому разговору по всем вопросам.\n"
        "В.Путин: Мы тоже настроены на предметную работу.\n"
    )
    found = run(text)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Владимир Путин", "indirect"),  # the reporter's introduction is read as news
        ("Владимир Путин", "direct"),
        ("Саули Ниинистё", "direct"),
        ("Владимир Путин", "direct"),
    ]
    assert found[2].text == "Финляндия готова к открытому разговору по всем вопросам."
    assert found[3].said_on == "2021-12-17"


@pytest.mark.parametrize(
    "sentence",
    [
        "3 марта глава МИД Польши Збигнев Рау заявлял, что Варшава не изменит позицию.",
        "Глава МИД Польши Збигнев Рау 3 марта заявлял, что Варшава не изменит позицию.",
        "Глава МИД Польши Збигнев Рау заявил 3 марта, что Варшава не изменит позицию.",
    ],
)
def test_a_day_beside_a_past_verb_of_saying_is_behind_however_far(sentence: str) -> None:
    s = only(sentence, datetime.date(2021, 11, 30))
    assert (s.said_on, s.date_evidence) == ("2021-03-03", "3 марта")


def test_a_day_ahead_in_what_is_said_is_still_no_date_of_saying() -> None:
    assert find_when("встреча министров пройдет 3 марта", datetime.date(2021, 11, 30)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Посол России в Японии Михаил Галузин в беседе с «Ъ» подтвердил, что консультации "
        "по мирному договору заморожены.",
        "Посол России в Японии Михаил Галузин в интервью “Известиям” подтвердил, что "
        "консультации по мирному договору заморожены.",
        "Посол России в Японии Михаил Галузин подтвердил «Интерфаксу», что консультации по "
        "мирному договору заморожены.",
    ],
)
def test_an_outlet_named_in_quote_marks_inside_the_attribution(sentence: str) -> None:
    s = only(sentence)
    assert (s.speaker, s.kind) == ("Михаил Галузин", "indirect")
    assert s.text == "консультации по мирному договору заморожены"


def test_an_institution_as_a_place_before_an_aside() -> None:
    s = only("В Пентагоне, в свою очередь, заявили «Коммерсанту», что учения пройдут по плану.")
    assert (s.speaker_type, s.text) == ("institution", "учения пройдут по плану")


def test_an_analyst_named_is_a_speaker_an_unnamed_one_is_not() -> None:
    s = only(
        "Аналитик ФНЭБ Игорь Юшков считает, что цены на газ в Европе останутся высокими до весны."
    )
    assert s.speaker == "Игорь Юшков"
    assert run("Аналитик считает, что цены на газ в Европе останутся высокими до весны.") == []


def test_a_name_the_dictionary_lacks_is_read_in_the_case_its_ending_allows() -> None:
    text = (
        "МИНСК, 17 декабря (БЕЛТА) - Президент Беларуси Александр Лукашенко провел встречу с "
        "Генеральным секретарем ОДКБ Имангали Тасмагамбетовым.\n"
        "Тасмагамбетов, в свою очередь, отметил, что организация внимательно следит за "
        "ситуацией на границах союзников."
    )
    s = only(text)
    assert (s.speaker, s.role) == ("Имангали Тасмагамбетов", "Генеральный секретарь ОДКБ")


def test_a_first_name_that_is_also_a_place_before_a_surname() -> None:
    s = only(
        "ЕРЕВАН, 17 декабря. /АРКА/. Министр иностранных дел Армении Арарат Мирзоян заявил, "
        "что Ереван ждет ответа Баку на свои предложения."
    )
    assert (s.speaker, s.role) == ("Арарат Мирзоян", "Министр иностранных дел Армении")


def test_the_ministry_by_its_kind_with_an_adjective_or_as_mid_alone_is_the_one_named() -> None:
    text = (
        "Министерство иностранных дел Грузии выразило протест в связи с открытием новых "
        "пунктов наблюдения.\n"
        "«Подобные действия противоречат договоренностям 2008 года», — отмечается в заявлении "
        "внешнеполитического ведомства.\n"
        "Как сообщили в МИД, посол будет отозван для консультаций."
    )
    found = run(text)  # a protest is an act, not a statement
    assert [s.speaker for s in found] == ["Министерство иностранных дел Грузии"] * 2
    alone = only("Как сообщили в МИД, посол будет отозван для консультаций.")
    assert (alone.speaker_type, alone.speaker) == ("institution", "МИД")


def test_what_was_said_ends_before_the_source_named_at_the_end() -> None:
    s = only(
        "Президент России Владимир Путин подтвердил готовность Москвы продолжить "
        "сотрудничество в энергетике, сообщила пресс-служба Кремля."
    )
    assert s.speaker == "Владимир Путин"
    assert s.text == "готовность Москвы продолжить сотрудничество в энергетике"


def test_it_follows_from_a_statement_and_the_mission_is_the_embassy_named() -> None:
    text = (
        "ЛОНДОН, 17 декабря. /ТАСС/. Британские власти не уведомили российскую сторону о "
        "задержании гражданина РФ. Это следует из заявления посольства России в Великобритании.\n"
        "«Мы требуем предоставить консульский доступ без промедления», — подчеркивается в "
        "сообщении дипмиссии.\n"
        "Как следует из комментария посольства, ответа на ноту пока не получено."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["посольство России в Великобритании"] * 3
    assert found[0].text.startswith("Британские власти не уведомили")
    assert found[2].text == "ответа на ноту пока не получено"


def test_about_this_said_a_person_who_said_the_institutions_sentence_before() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Кремль рассчитывает, что Брюссель пересмотрит решение о "
        "визовых ограничениях. Об этом заявил журналистам пресс-секретарь президента РФ "
        "Дмитрий Песков."
    )
    s = only(text)
    assert s.speaker == "Дмитрий Песков"
    assert s.text == (
        "Кремль рассчитывает, что Брюссель пересмотрит решение о визовых ограничениях"
    )


def test_a_one_letter_given_name_can_end_a_sentence() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Сергей Лавров сообщил, что проведет переговоры с Ван И. "
        "«Мы обсудим подготовку визита в Пекин», — уточнил министр."
    )
    first, second = run(text)
    assert first.text == "проведет переговоры с Ван И"
    assert (second.speaker, second.kind) == ("Сергей Лавров", "direct")


def test_the_minister_is_the_head_of_russian_diplomacy_not_a_minister_named_later() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Как заявил журналистам глава российской дипломатии, "
        "Москва ждет ответа на свои предложения. Лавров сообщил, что ответ может прийти в "
        "январе. «Время для затягивания прошло», — подчеркнул министр.\n"
        "Глава МИД РФ напомнил, что обсуждал эти вопросы с министром иностранных дел Индии "
        "Субраманьямом Джайшанкаром."
    )
    assert {s.speaker for s in run(text)} == {"Лавров"}


def test_no_break_spaces_of_a_web_page_read_as_spaces_and_kept_in_the_words() -> None:
    nbsp = "\u00a0"
    text = (
        f"МОСКВА, 17{nbsp}декабря. /ТАСС/. Россия не намерена отказываться от своих "
        f"предложений по{nbsp}гарантиям безопасности. Об{nbsp}этом заявил в{nbsp}среду "
        f"замглавы МИД РФ Сергей Рябков.\n«Мы ждем ответа по{nbsp}существу»,{nbsp}— "
        f"подчеркнул дипломат."
    )
    assert read_meta(text).dateline_place == "МОСКВА"
    first, second = run(text)
    assert (first.speaker, first.said_on, first.date_evidence) == (
        "Сергей Рябков",
        "2021-12-15",
        "в среду",
    )
    assert second.text == f"Мы ждем ответа по{nbsp}существу"
    assert text[second.span[0] : second.span[1]] == second.text


@pytest.mark.parametrize("dash", ["\u2015", "\u2012", "\u2014"])
def test_the_horizontal_bar_and_other_dashes_before_an_attribution(dash: str) -> None:
    text = (
        "Постпред России при ООН Василий Небензя выступил в Совбезе.\n"
        f"«Мы не позволим переписать историю», {dash} заявил Небензя."
    )
    s = only(text)
    assert (s.speaker, s.kind, s.text) == (
        "Василий Небензя",
        "direct",
        "Мы не позволим переписать историю",
    )


def test_an_interview_labelled_by_names_gives_the_answers_not_the_questions() -> None:
    text = (
        "Интервью Сергея Лаврова телеканалу RT\n"
        "Маргарита Симоньян: Сергей Викторович, есть ли у Запада желание договариваться?\n"
        "Сергей Лавров: Я не вижу такого желания. Мы слышим только требования.\n"
        "Маргарита Симоньян: А что готова предложить Россия?\n"
        "Сергей Лавров: Наши предложения давно на столе, их никто не читает.\n"
    )
    found = run(text)
    assert [(s.speaker, s.kind) for s in found] == [("Сергей Лавров", "direct")] * 2
    assert found[1].text == "Наши предложения давно на столе, их никто не читает."


def test_links_to_other_stories_headed_by_names_are_no_transcript() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Россия ждет ответа США на проект договора, заявил "
        "замглавы МИД Сергей Рябков.\n"
        "Читайте также\n"
        "Лавров: Запад утратил монополию на мировую повестку\n"
        "Захарова: Брюссель поощряет неонацизм в Прибалтике\n"
        "Лавров: Россия не будет стучаться в закрытые двери\n"
    )
    assert [s.speaker for s in run(text)] == ["Сергей Рябков"]


def test_a_long_foreign_name_with_a_part_left_as_written() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Сергей Лавров провел переговоры с министром иностранных "
        "дел Ирана Хосейном Амир Абдоллахияном.\n"
        "Иранский министр, в свою очередь, заявил, что Тегеран поддерживает усилия Москвы."
    )
    s = only(text)
    assert (s.speaker, s.role) == ("Хосейн Амир Абдоллахиян", "министр иностранных дел Ирана")


def test_with_such_a_statement_came_out_after_a_quote_in_the_same_sentence() -> None:
    text = (
        "Официальный представитель Госдепартамента Мэттью Миллер назвал встречу «продуктивной».\n"
        "«Переговоры были трудными, но честными», — с таким заявлением выступил глава "
        "российской делегации Сергей Рябков."
    )
    first, second = run(text)
    assert (second.speaker, second.kind) == ("Сергей Рябков", "direct")
    assert second.text == "Переговоры были трудными, но честными"


def test_and_also_noted_shares_the_subject_and_says_its_own_words() -> None:
    text = (
        "Сергей Рябков подчеркнул, что следующая встреча может пройти в январе, а также "
        "отметил, что Москва ждет письменного ответа."
    )
    assert [s.text for s in run(text)] == [
        "следующая встреча может пройти в январе",
        "Москва ждет письменного ответа",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Посол Анатолий Антонов сказал Reuters, что посольство работает в штатном режиме.",
        "Посол Анатолий Антонов заявил газете The Washington Post, что посольство работает в "
        "штатном режиме.",
    ],
)
def test_an_outlet_in_latin_letters_after_the_verb_is_no_part_of_what_was_said(
    sentence: str,
) -> None:
    s = only(sentence)
    assert (s.speaker, s.text) == ("Анатолий Антонов", "посольство работает в штатном режиме")


def test_a_quotation_of_two_paragraphs_marked_only_at_its_ends() -> None:
    text = (
        "Посол России в США Анатолий Антонов ответил на вопросы журналистов.\n"
        "«Американская сторона сама разрушила контроль над вооружениями. Мы лишь "
        "констатируем факт.\n"
        "Восстановление доверия потребует многих лет», — сказал он."
    )
    s = only(text)
    assert (s.speaker, s.kind) == ("Анатолий Антонов", "direct")
    assert s.text == (
        "Американская сторона сама разрушила контроль над вооружениями. Мы лишь констатируем "
        "факт. Восстановление доверия потребует многих лет"
    )


def test_an_indeclinable_name_takes_the_case_of_the_noun_beside_it() -> None:
    text = (
        "АНКАРА, 17 декабря. /ТАСС/. Глава МИД РФ Сергей Лавров провел переговоры со своим "
        "турецким коллегой Мевлютом Чавушоглу.\n"
        "Чавушоглу, в свою очередь, заявил, что Анкара рассчитывает на участие ООН."
    )
    s = only(text)
    assert s.speaker == "Мевлют Чавушоглу"


@pytest.mark.parametrize(
    "sentence",
    [
        "«Санкции не достигнут цели», — передает слова Лаврова РИА Новости.",
        "«Санкции не достигнут цели». Слова Лаврова приводит ТАСС.",
    ],
)
def test_an_agency_passing_on_the_words_of_a_minister(sentence: str) -> None:
    text = f"Глава МИД РФ Сергей Лавров выступил на форуме.\n{sentence}"
    s = only(text)
    assert (s.speaker, s.kind, s.text) == ("Сергей Лавров", "direct", "Санкции не достигнут цели")


def test_passing_on_thanks_or_a_message_is_no_statement() -> None:
    assert run("Лавров передал слова благодарности египетским коллегам.") == []
    assert run("Лавров передал послание президенту Египта.") == []


def test_what_the_ministrys_site_says_is_the_ministrys() -> None:
    text = (
        "МИД России опубликовал комментарий к докладу.\n"
        "«Эти обвинения абсурдны», — отмечается на сайте ведомства."
    )
    s = only(text)
    assert (s.speaker, s.kind) == ("МИД России", "direct")


def test_a_colleague_named_without_a_post_is_who_his_countrys_minister_describes() -> None:
    text = (
        "АНКАРА, 17 декабря. /ТАСС/. Глава МИД РФ Сергей Лавров провел переговоры со своим "
        "турецким коллегой Мевлютом Чавушоглу.\n"
        "Глава турецкого МИД заявил, что Анкара рассчитывает на участие ООН. Российский "
        "министр подчеркнул, что Москва готова к работе."
    )
    assert [s.speaker for s in run(text)] == ["Мевлют Чавушоглу", "Сергей Лавров"]


def test_about_this_with_a_day_and_date_between_commas_before_the_verb() -> None:
    text = (
        "Пресс-секретарь президента РФ Дмитрий Песков провел брифинг.\n"
        "Россия не будет участвовать в саммите. Об этом в понедельник, 13 декабря, сообщил "
        "Песков."
    )
    s = only(text)
    assert (s.text, s.said_on) == ("Россия не будет участвовать в саммите", "2021-12-13")


def test_so_commented_after_the_quote_and_its_dash() -> None:
    text = (
        "Официальный представитель МИД Мария Захарова ответила Блинкену.\n"
        "«Вашингтон снова искажает факты», — так прокомментировала Захарова слова госсекретаря."
    )
    s = only(text)
    assert (s.speaker, s.kind, s.text) == (
        "Мария Захарова",
        "direct",
        "Вашингтон снова искажает факты",
    )


def test_an_indeclinable_surname_tells_no_gender() -> None:
    text = (
        "АСТАНА, 17 декабря. /ТАСС/. Глава МИД Казахстана Мурат Нуртлеу провел встречу с "
        "журналистами.\nПо мнению Нуртлеу, Астана сохранит нейтралитет."
    )
    s = only(text)
    assert (s.speaker, s.role) == ("Мурат Нуртлеу", "Глава МИД Казахстана")


@pytest.mark.parametrize(
    ("named", "again", "speaker"),
    [
        ("Канцлер ФРГ Олаф Шольц", "По словам Шольца", "Олаф Шольц"),
        ("Премьер-министр Индии Нарендра Моди", "По словам Моди", "Нарендра Моди"),
        ("Председатель КНР Си Цзиньпин", "По словам Си Цзиньпина", "Си Цзиньпин"),
    ],
)
def test_a_foreign_name_given_again_in_the_genitive_is_the_one_named(
    named: str, again: str, speaker: str
) -> None:
    text = (
        f"МОСКВА, 17 декабря. /ТАСС/. {named} выступил перед журналистами.\n"
        f"{again}, переговоры должны продолжиться."
    )
    s = only(text)
    assert (s.speaker, s.role) == (speaker, named.rsplit(" ", 2)[0])


def test_a_foreign_surname_only_loses_its_case_ending() -> None:
    assert morph.nominative("Шольца", "gent", "m") == "Шольц"
    assert morph.nominative("Шольцем", "ablt", "m") == "Шольц"
    assert morph.nominative("Гутерриша", "gent", "m") == "Гутерриш"
    assert morph.nominative("Кравца", "gent", "m") == "Кравец"  # a Russian one, as it declines


def test_a_surname_of_the_a_declension_left_as_written_is_the_one_named() -> None:
    text = (
        "КИЕВ, 17 декабря. /ТАСС/. Министр иностранных дел Украины Дмитрий Кулеба выступил "
        "в Раде.\nПо словам Кулебы, Киев ждет решения Евросоюза."
    )
    s = only(text)
    assert (s.speaker, s.role) == ("Дмитрий Кулеба", "Министр иностранных дел Украины")


def test_an_interview_whose_questions_are_bare_paragraphs_ending_in_a_question_mark() -> None:
    text = (
        "Посол России в Японии Николай Ногинов в интервью РИА Новости рассказал о "
        "состоянии отношений с Токио.\n"
        "Николай Владимирович, сохраняются ли контакты с японской стороной?\n"
        "Контакты на рабочем уровне сохраняются, но политический диалог Токио заморозил.\n"
        "Возможно ли возобновление переговоров по мирному договору?\n"
        "В нынешних условиях нет. Говорить о мирном договоре бессмысленно.\n"
    )
    found = run(text)
    assert [(s.speaker, s.kind) for s in found] == [("Николай Ногинов", "direct")] * 2
    assert found[1].text == "В нынешних условиях нет. Говорить о мирном договоре бессмысленно."


def test_questions_in_a_news_story_are_no_interview() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Сергей Рябков заявил, что ответа США пока нет.\n"
        "Что будет дальше?\n"
        "Эксперты ждут новых консультаций в январе.\n"
        "Готовы ли стороны к компромиссу?\n"
        "Пока признаков этого не видно.\n"
    )
    assert [s.speaker for s in run(text)] == ["Сергей Рябков"]


@pytest.mark.parametrize("asker", ["ТАСС", "Корр.", "РИА Новости"])
def test_an_interview_whose_questions_are_labelled_by_the_agency(asker: str) -> None:
    text = (
        "Замминистра иностранных дел России Сергей Рябков ответил на вопросы агентства.\n"
        f"{asker}: Сергей Алексеевич, когда возобновятся консультации?\n"
        "С.Рябков: Пока таких планов нет. Американская сторона не проявляет интереса.\n"
        f"{asker}: Есть ли шанс на продление договора?\n"
        "С.Рябков: Шансы минимальны, но мы готовы к любому развитию событий.\n"
    )
    found = run(text)
    assert [(s.speaker, s.kind) for s in found] == [("Сергей Рябков", "direct")] * 2
    assert found[0].text == "Пока таких планов нет. Американская сторона не проявляет интереса."


def test_a_title_in_marks_opening_a_sentence_continues_no_statement() -> None:
    text = (
        "Глава МИД РФ Сергей Лавров заявил, что Россия не будет участвовать в саммите.\n"
        "«Закон о противодействии иностранному вмешательству» был принят Госдумой в третьем "
        "чтении."
    )
    assert [s.text for s in run(text)] == ["Россия не будет участвовать в саммите"]


def test_a_link_line_ending_with_a_stop_is_no_statement() -> None:
    text = (
        "Глава МИД РФ Сергей Лавров заявил, что Россия не будет участвовать в саммите.\n"
        "Читайте также: Песков заявил, что Кремль не видит оснований для встречи.\n"
    )
    assert [s.speaker for s in run(text)] == ["Сергей Лавров"]


def test_a_second_speaker_after_a_comma_and_but_says_his_own_words() -> None:
    text = (
        "ПЕКИН, 17 декабря. /ТАСС/. Глава МИД РФ Сергей Лавров провел переговоры с главой МИД "
        "КНР Ван И.\n"
        "Лавров заявил, что Москва готова к диалогу, а глава МИД КНР подчеркнул, что Пекин "
        "поддерживает этот подход."
    )
    first, second = run(text)
    assert (first.speaker, first.text) == ("Сергей Лавров", "Москва готова к диалогу")
    assert (second.speaker, second.role, second.text) == (
        "Ван И",
        "глава МИД КНР",
        "Пекин поддерживает этот подход",
    )


def test_a_long_title_with_and_inside_before_the_name() -> None:
    s = only(
        "Верховный представитель ЕС по иностранным делам и политике безопасности Жозеп Боррель "
        "заявил, что Евросоюз продолжит поддержку Киева."
    )
    assert (s.speaker, s.role) == (
        "Жозеп Боррель",
        "Верховный представитель ЕС по иностранным делам и политике безопасности",
    )


def test_a_title_in_brackets_after_the_name() -> None:
    s = only(
        "Мария Захарова (официальный представитель МИД России) заявила, что Москва ответит "
        "на высылку дипломатов."
    )
    assert (s.speaker, s.text) == ("Мария Захарова", "Москва ответит на высылку дипломатов")


def test_a_description_placing_the_speaker_at_an_occasion_dates_what_he_said_there() -> None:
    text = (
        "МОСКВА, 17 декабря. /ТАСС/. Россия ответит на новые санкции. Об этом в пятницу заявил "
        "глава МИД РФ Сергей Лавров.\n"
        "В среду министр провел переговоры с Ван И. Тогда он подчеркнул, что Москва и Пекин "
        "координируют позиции."
    )
    first, second = run(text)
    assert (first.said_on, second.said_on) == ("2021-12-17", "2021-12-15")


def test_a_ministrys_statement_page_is_one_statement_of_the_ministry() -> None:
    text = (
        "Заявление МИД России в связи с высылкой российского дипломата из Эстонии\n"
        "Власти Эстонии объявили персоной нон грата сотрудника Посольства России в Таллине.\n"
        "Расцениваем это решение как очередной недружественный шаг.\n"
        "Ответные меры не заставят себя ждать.\n"
    )
    s = only(text)
    assert (s.speaker, s.speaker_type, s.kind) == ("МИД России", "institution", "direct")
    assert s.text.endswith("Ответные меры не заставят себя ждать.")
    assert s.said_on == "2021-12-17"


def test_a_headline_about_a_statement_over_a_news_story_is_no_statement_page() -> None:
    text = (
        "Заявление Захаровой о санкциях\n"
        "Официальный представитель МИД России Мария Захарова заявила, что Москва ответит на "
        "санкции.\n"
        "«Ответ будет жестким», — сказала она.\n"
    )
    assert [(s.kind, s.text) for s in run(text)] == [
        ("indirect", "Москва ответит на санкции"),
        ("direct", "Ответ будет жестким"),
    ]
