"""Russian stories (round 48): a journalist's question quoted after "Отвечая на вопрос:" read
as the answerer's own words; "прежде всего" ("above all") read as "earlier", moving a
quotation's day before the page; and a stop typed for the comma before "что" ("подчеркнув.
что ...") hiding the clause the gerund introduces. Stories written here in the manner of
ТАСС, Sputnik and РИА Новости."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract.russian.when import date_phrases

PUBLISHED = datetime.date(2024, 11, 12)  # a Tuesday
DAY = "2024-11-12"

_QUESTION_THEN_ANSWER = (
    "МИНСК, 12 ноября. /ТАСС/. Министр иностранных дел Белоруссии Максим Рыженков провел "
    "сегодня пресс-конференцию.\n\n"
    "Отвечая на вопрос корреспондента: «Будет ли продлен договор о транзите?», Рыженков "
    "сказал: «Мы рассчитываем на продление, переговоры идут конструктивно».\n"
)

_ANSWER_AFTER_ITS_TOPIC = (
    "МИНСК, 12 ноября. /ТАСС/. Министр иностранных дел Белоруссии Максим Рыженков провел "
    "сегодня пресс-конференцию.\n\n"
    "Рыженков ответил на вопрос о транзите: «Мы рассчитываем на продление договора».\n"
)


def test_a_question_quoted_after_answering_is_no_statement_of_the_answerer() -> None:
    assert_statements(
        _QUESTION_THEN_ANSWER,
        PUBLISHED,
        [("Максим Рыженков", "Мы рассчитываем на продление", DAY)],
    )


def test_the_answer_quoted_after_the_question_topic_stays() -> None:
    assert_statements(
        _ANSWER_AFTER_ITS_TOPIC,
        PUBLISHED,
        [("Максим Рыженков", "Мы рассчитываем на продление", DAY)],
    )


_OUTLET_ASKED = (
    "МИНСК, 12 ноября. /ТАСС/. Министр иностранных дел Белоруссии Максим Рыженков провел "
    "сегодня пресс-конференцию.\n\n"
    "Отвечая на вопрос «Интерфакса»: «Будет ли продлен договор о транзите?», Рыженков "
    "сказал: «Мы рассчитываем на продление».\n"
)


def test_a_question_asked_by_an_outlet_named_in_marks_is_no_statement() -> None:
    assert_statements(
        _OUTLET_ASKED, PUBLISHED, [("Максим Рыженков", "Мы рассчитываем на продление", DAY)]
    )


_ANSWERED_WITH_A_QUESTION_THEN_DASH = (
    "МИНСК, 12 ноября. /ТАСС/. Министр иностранных дел Белоруссии Максим Рыженков ответил "
    "на вопрос журналистов о пошлинах: «А кому они выгодны?», — сказал он, добавив, что "
    "Минск готов к переговорам.\n"
)


def test_an_answer_that_is_a_question_given_to_a_dash_verb_stays() -> None:
    assert_statements(
        _ANSWERED_WITH_A_QUESTION_THEN_DASH,
        PUBLISHED,
        [
            ("Максим Рыженков", "А кому они выгодны?", DAY),
            ("Максим Рыженков", "Минск готов к переговорам", DAY),
        ],
    )


_ANSWERED_WITH_A_QUESTION_THEN_MORE = (
    "МИНСК, 12 ноября. /ТАСС/. Министр иностранных дел Белоруссии Максим Рыженков ответил "
    "на вопрос о пошлинах встречным вопросом: «А кому они выгодны?», после чего заявил, "
    "что Минск готов к переговорам.\n"
)


def test_a_finite_answer_quoting_a_question_of_his_own_is_his() -> None:
    # the finite "ответил ...:" quotes what he answered; only the gerund's colon may quote
    # the question put to him
    assert_statements(
        _ANSWERED_WITH_A_QUESTION_THEN_MORE,
        PUBLISHED,
        [
            ("Максим Рыженков", "А кому они выгодны?", DAY),
            ("Максим Рыженков", "Минск готов к переговорам", DAY),
        ],
    )


def _dated(sentence: str) -> list[tuple[str, str]]:
    return [(p.when.evidence, p.when.edtf) for p in date_phrases(sentence, PUBLISHED)]


def test_words_of_order_manner_and_limit_are_no_earlier_time() -> None:
    assert _dated("Посол отметил, что прежде всего нужен диалог.") == []
    assert _dated("Прежде чем ответить, министр помолчал.") == []
    assert _dated("Чем раньше начнутся переговоры, тем лучше, сказал он.") == []
    assert _dated("Договор вступит в силу не ранее весны, сообщил посол.") == []
    assert _dated("Прежде посол говорил иное.") == [("Прежде", f"../{DAY}")]
    assert _dated("Раньше министр это отрицал.") == [("Раньше", f"../{DAY}")]
    assert _dated("Ранее глава МИД заявил об этом.") == [("Ранее", f"../{DAY}")]


def test_a_comparison_or_a_limit_with_earlier_is_no_earlier_time() -> None:
    assert _dated("Прежде, чем подписать договор, стороны обменялись письмами.") == []
    assert _dated("Переговоры начнутся не раньше весны, сообщил посол.") == []
    assert _dated("Делегация прибыла раньше, чем ожидалось, сообщил посол.") == []


def test_earlier_before_a_pronoun_or_an_indefinite_word_is_still_earlier() -> None:
    # "тем же" ("the same") and "чем-то" ("something") are no comparison's "than"
    assert _dated("Раньше тем же дипломатам посол говорил иное.") == [("Раньше", f"../{DAY}")]
    assert _dated("Раньше чем-то подобным министр не занимался.") == [("Раньше", f"../{DAY}")]
    assert _dated("Прежде чем-то подобным министр не занимался.") == [("Прежде", f"../{DAY}")]


_TODAY_THEN_ABOVE_ALL = (
    "Переговоры зайдут в тупик без уступок. Об этом сегодня на брифинге в Москве заявил "
    "заместитель министра иностранных дел России Михаил Галузин.\n\n"
    "«Мы готовы помогать сторонам, но договориться за них не сможем», - сказал Галузин, "
    "имея в виду прежде всего позицию Киева.\n"
)


def test_above_all_leaves_the_day_of_the_briefing() -> None:
    assert_statements(
        _TODAY_THEN_ABOVE_ALL,
        PUBLISHED,
        [
            ("Михаил Галузин", "Переговоры зайдут в тупик", DAY),
            ("Михаил Галузин", "Мы готовы помогать", DAY),
        ],
    )


_STOP_FOR_COMMA = (
    "Переговоры зайдут в тупик без уступок. Об этом сегодня на брифинге в Москве заявил "
    "заместитель министра иностранных дел России Михаил Галузин.\n\n"
    "«Мы готовы помогать сторонам, но договориться за них не сможем», - сказал Галузин, "
    "добавив. что решение зависит от самих сторон.\n"
)


def test_a_stop_typed_for_the_comma_before_that_keeps_the_clause() -> None:
    assert_statements(
        _STOP_FOR_COMMA,
        PUBLISHED,
        [
            ("Михаил Галузин", "Переговоры зайдут в тупик", DAY),
            ("Михаил Галузин", "Мы готовы помогать", DAY),
            ("Михаил Галузин", "решение зависит от самих", DAY),
        ],
    )


def test_as_before_set_off_by_commas_is_no_earlier_time() -> None:
    assert _dated("Посол, как и прежде, заявил о готовности к диалогу.") == []
    assert _dated("Как и ранее, министр подчеркнул важность переговоров.") == []
    assert _dated("Как и ранее заявлял министр, переговоры важны.") == [("ранее", f"../{DAY}")]


def test_as_before_however_spaced_and_worded_is_no_earlier_time() -> None:
    assert _dated("Как  и  ранее, министр подчеркнул важность переговоров.") == []
    assert _dated("Посол, как и раньше, заявил о готовности к диалогу.") == []
    assert _dated("Посол, как и\nпрежде , заявил о готовности к диалогу.") == []


_AS_BEFORE = (
    "МОСКВА, 12 ноября. /ТАСС/. Заместитель министра иностранных дел России Михаил Галузин, "
    "как и прежде, заявил, что Москва готова к переговорам с Кишиневом.\n"
)


def test_as_before_leaves_the_news_day() -> None:
    assert_statements(_AS_BEFORE, PUBLISHED, [("Михаил Галузин", "Москва готова", DAY)])
