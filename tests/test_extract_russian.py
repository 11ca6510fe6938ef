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
        ("12 марта, Минск /Корр. БЕЛТА/.", "Минск", "Корр. БЕЛТА", (3, 12)),
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
