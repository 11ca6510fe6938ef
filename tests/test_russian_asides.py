"""Russian attributions set inside a sentence and titles that name a body: a document cited
between commas ("Меры, говорится в заявлении МИД, ..."), "как сообщил X" after a word of
time set off by its own comma ("Тогда, как сообщал Кремль, ..."), and a research centre's
capitalised adjective ("Московского центра") in an expert's title, which the dictionary also
reads as a surname. Pages written here in the manner of ТАСС, РИА Новости, Коммерсантъ and
Ведомости; each statement is checked for its speaker, its first words and its day."""

import datetime

import pytest

from tests.statement_checks import assert_statements

PUB = datetime.date(2025, 10, 8)
DAY = "2025-10-08"
EVE = "2025-10-07"
LEAD = "МОСКВА, 8 октября. /ТАСС/. Стороны провели консультации по вопросам безопасности.\n\n"


# A document cited between commas inside a sentence: what was said is the words on both
# sides of the aside (after a connective, only those after it); the document's owner speaks.
DOCUMENT_ASIDES = [
    (
        "Односторонние пошлины, говорится в заявлении МИД Казахстана, противоречат нормам "
        "ВТО и осложняют работу экспортеров.",
        [("МИД Казахстана", "Односторонние пошлины, говорится в заявлении", DAY)],
    ),
    (
        "Новые правила въезда, отмечается в сообщении посольства России в Риге, затронут "
        "прежде всего пенсионеров.",
        [("посольство России в Риге", "Новые правила въезда, отмечается", DAY)],
    ),
    (
        "Кроме того, говорится в коммюнике Минобороны Армении, стороны условились о "
        "регулярных контактах военных.",
        [("Минобороны Армении", "стороны условились о регулярных контактах", DAY)],
    ),
    # near-misses: the document after the words, and a relative clause about the document,
    # stay as they were (the words before the comma)
    (
        "Односторонние пошлины противоречат нормам ВТО, говорится в заявлении МИД Казахстана.",
        [("МИД Казахстана", "Односторонние пошлины противоречат нормам ВТО", DAY)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), DOCUMENT_ASIDES)
def test_document_cited_between_commas_keeps_the_words_around_it(sentence, expected):
    assert_statements(LEAD + sentence + "\n", PUB, expected)


# "Тогда, как сообщал X, ...": a word of time with its own comma before "как" is no
# "тогда как" (whereas); what was said follows the aside, dated by the word of time.
TIME_THEN_AS = [
    (
        "Тогда, как сообщала пресс-служба Кремля, собеседники обменялись мнениями о "
        "ситуации на Ближнем Востоке.",
        [("пресс-служба Кремля", "собеседники обменялись мнениями", DAY)],
    ),
    (
        "Накануне, как сообщил МИД Сербии, Белград отозвал своего посла из Загреба для "
        "консультаций.",
        [("МИД Сербии", "Белград отозвал своего посла", EVE)],
    ),
    (
        "Впоследствии, как заявил Дмитрий Песков, стороны договорились продолжить контакты "
        "на уровне экспертов.",
        [("Дмитрий Песков", "стороны договорились продолжить контакты", DAY)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TIME_THEN_AS)
def test_as_reported_after_a_word_of_time(sentence, expected):
    assert_statements(LEAD + sentence + "\n", PUB, expected)


def test_whereas_still_opens_another_clause():
    # near-miss, passing before as well: "тогда как" with no comma between is "whereas"
    text = (
        LEAD + "Глава МИД Сербии Марко Джурич заявил, что Белград готов к диалогу, тогда как "
        "Приштина, по его мнению, уклоняется от переговоров.\n"
    )
    assert_statements(text, PUB, [("Марко Джурич", "Белград готов к диалогу", DAY)])


# An expert's title naming a body whose first word is a capitalised adjective the
# dictionary also reads as a surname in the genitive: the name after the body is the one
# who speaks.
BODY_ADJECTIVE_TITLES = [
    (
        "Руководитель программы «Ближний Восток» Московского центра стратегических "
        "исследований Павел Орлов полагает, что Анкара «не откажется от посредничества».",
        "Павел Орлов",
        "Анкара «не откажется",
    ),
    (
        "Профессор Московского государственного института международных отношений Елена "
        "Зимина считает, что переговоры продлятся до весны.",
        "Елена Зимина",
        "переговоры продлятся до весны",
    ),
    # near-miss, passing before as well: an adjective the dictionary does not read as a
    # surname
    (
        "Заведующий сектором Петербургского центра восточных исследований Игорь Рябов уверен, "
        "что Пекин сохранит нейтралитет.",
        "Игорь Рябов",
        "Пекин сохранит нейтралитет",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "start"), BODY_ADJECTIVE_TITLES)
def test_capitalised_body_adjective_in_a_title_is_no_surname(sentence, speaker, start):
    assert_statements(LEAD + sentence + "\n", PUB, [(speaker, start, DAY)])


# "ограничился фразой: «...»", "ограничившись словами: «...»": the remark's noun and its
# colon give the words said, as "ограничился комментарием: «...»" does.
CONFINED_TO_WORDS = [
    (
        "Официальный представитель Кремля Дмитрий Песков не стал раскрывать подробностей, "
        "ограничившись фразой: «Ждите новостей на следующей неделе».",
        [("Дмитрий Песков", "Ждите новостей на следующей неделе", DAY)],
    ),
    (
        "Вице-премьер Алексей Оверчук ограничился словами: «Работа над документом продолжается».",
        [("Алексей Оверчук", "Работа над документом продолжается", DAY)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CONFINED_TO_WORDS)
def test_confined_to_a_phrase_gives_its_words(sentence, expected):
    assert_statements(LEAD + sentence + "\n", PUB, expected)


def test_confined_to_general_words_is_no_statement():
    # near-miss, passing before as well: no colon, no clause, only what the words were about
    text = LEAD + "Вице-премьер Алексей Оверчук ограничился общими словами о пользе диалога.\n"
    assert_statements(text, PUB, [])


# "считает договор «основой для работы»": a verb of deeming with its object and a noun in
# the instrumental judging it, said as "назвал договор основой" is.
DEEMED_AS_A_NOUN = [
    (
        "Директор Центра европейских исследований Ольга Ветрова, напротив, считает "
        "меморандум «фундаментом для будущего договора».",
        [("Ольга Ветрова", "меморандум «фундаментом для будущего", DAY)],
    ),
    (
        "Политолог Глеб Савин считает итоги саммита «поражением западной дипломатии».",
        [("Глеб Савин", "итоги саммита «поражением", DAY)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), DEEMED_AS_A_NOUN)
def test_deemed_as_a_noun_in_the_instrumental(sentence, expected):
    assert_statements(LEAD + sentence + "\n", PUB, expected)


# A briefing's topic heading that ends in a quoted name ("О строительстве порта «Северный»")
# is a heading, not the briefer's words; a paragraph that ends in a quoted exclamation is.
BRIEFING = (
    "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 8 октября 2025 "
    "года\n\n(извлечение)\n\nО модернизации порта «Северный»\n\n"
    "Вопрос: Какова позиция Москвы по проекту?\n\n"
    "М.В.Захарова: Мы внимательно следим за работами и рассчитываем на прозрачность.\n\n"
    "О ситуации вокруг АЭС «Ровно»\n\n"
    "Наши эксперты готовы участвовать в инспекции станции.\n"
)


def test_briefing_heading_ending_in_a_quoted_name_is_no_statement():
    assert_statements(
        BRIEFING,
        PUB,
        [
            ("Захарова", "Мы внимательно следим за работами", DAY),
            ("Захарова", "Наши эксперты готовы участвовать", DAY),
        ],
    )


EVE_PAGE = "Газета «Известия», 8 октября 2025\n\nПремьер Вьетнама прибыл в Москву.\n\n"


# "накануне визита", "накануне переговоров" with no day told for the event: some day before
# it, on or before the article's day ("../"), not the article's own day.
EVE_OF_AN_UNDATED_EVENT = [
    (
        "Посол Вьетнама Данг Минь Кхой накануне визита говорил, что стороны обсудят поставки "
        "удобрений.",
        [("Данг Минь Кхой", "стороны обсудят поставки удобрений", "../" + DAY)],
    ),
    (
        "Глава МИД Андрей Руденко накануне переговоров заявил, что Москва рассчитывает на "
        "новые контракты.",
        [("Андрей Руденко", "Москва рассчитывает на новые контракты", "../" + DAY)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), EVE_OF_AN_UNDATED_EVENT)
def test_eve_of_an_undated_event_is_on_or_before_the_article(sentence, expected):
    assert_statements(EVE_PAGE + sentence + "\n", PUB, expected)


def test_eve_alone_is_still_the_day_before():
    # near-miss, passing before as well: "накануне" with no event after it
    text = EVE_PAGE + "Посол Данг Минь Кхой накануне сказал, что визит будет насыщенным.\n"
    assert_statements(text, PUB, [("Данг Минь Кхой", "визит будет насыщенным", EVE)])


def test_stressed_subject_is_no_fronted_object():
    # "Сама Захарова назвала ...": "сама" stresses the subject; the object follows the verb
    text = LEAD + "Сама Захарова назвала эти обвинения «абсурдными и надуманными».\n"
    assert_statements(text, PUB, [("Захарова", "эти обвинения «абсурдными", DAY)])


def test_firms_statement_is_not_the_person_named_before():
    # "говорится в сообщении компании": a company's words, not those of the man named before
    text = (
        LEAD + "Председатель правления «Совкомфлота» Игорь Тонковидов сообщил о новых "
        "танкерах. «Новатэк» нарастит отгрузки СПГ в Азию, говорится в сообщении компании.\n"
    )
    assert_statements(text, PUB, [("Игорь Тонковидов", "о новых танкерах", DAY)])
