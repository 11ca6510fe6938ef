"""Russian regional and aggregator sites (round thirty-nine, read set rj): "СМИ", which does
not decline, after a preposition ("В беседе со СМИ Рябков заявил") is that preposition's,
not an unnamed source as subject; a verb of saying with "ли" right after it ("не ответил на
вопрос, считает ли Москва ...") puts a question, no one's words; a sentence whose subject
points back at the words before ("Эти страны отреагировали на ...") goes on with them
before "Такое заявление сделал ...", and "есть" ("У России есть друзья") is a predicate.
Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2025, 3, 4)

MEDIA = (
    "Рябков оценил шаг Вашингтона\n\n"
    "В беседе со СМИ Рябков заявил, что США пока не готовы к полноценному диалогу.\n\n"
    "В комментарии для СМИ замглавы МИД Александр Грушко сказал, что Москва ответит "
    "зеркально."
)
MEDIA_SOURCE = (
    "Переговоры отложены\n\n"
    "Как сообщили СМИ, Сергей Рябков заявил, что консультации перенесены на апрель.\n\n"
    "Об этом сообщили СМИ со ссылкой на источник."
)
QUESTION = (
    "Лавров дал интервью\n\n"
    "Сергей Лавров не ответил на вопрос, считает ли Москва Вашингтон противником. Вместо "
    "этого он отметил, что диалог с американцами остается возможным."
)
POINTING = (
    "Захарова назвала партнеров России\n\n"
    "МОСКВА, 4 марта, ФедералПресс. У России есть надежные партнеры на Востоке. Эти "
    "государства спокойно отреагировали на новые санкции Запада. Такое заявление сделала "
    "официальный представитель МИД России Мария Захарова в эфире телеканала «Звезда»."
)
SPOKE_ABOUT = (
    "Захарова ответила Лондону\n\n"
    "МОСКВА, 4 марта, ФедералПресс. Мария Захарова высказалась о решении Лондона. Об этом "
    "дипломат заявила в эфире радио «Спутник»."
)
POINTED_SPEAKER = (
    "Захарова ответила Лондону\n\n"
    "МОСКВА, 4 марта, ФедералПресс. Этот дипломат высказалась о решении Лондона. Об этом "
    "заявила Мария Захарова в эфире радио «Спутник»."
)


def test_media_after_a_preposition_leaves_the_subject_named_after_it() -> None:
    assert_statements(
        MEDIA,
        DAY,
        [
            ("Рябков", "США пока не готовы", "2025-03-04"),
            ("Александр Грушко", "Москва ответит зеркально", "2025-03-04"),
        ],
    )


def test_media_as_the_subject_are_still_no_speaker() -> None:
    # near miss: "сообщили СМИ" names no one; the name after the aside still speaks
    assert_statements(
        MEDIA_SOURCE, DAY, [("Сергей Рябков", "консультации перенесены", "2025-03-04")]
    )


def test_verb_before_li_is_a_question_put() -> None:
    assert_statements(
        QUESTION, DAY, [("Сергей Лавров", "диалог с американцами остается", "2025-03-04")]
    )


def test_subject_pointing_back_goes_on_with_the_words_before() -> None:
    assert_statements(
        POINTING, DAY, [("Мария Захарова", "У России есть надежные партнеры", "2025-03-04")]
    )


def test_speaker_who_spoke_about_a_topic_still_gives_no_words() -> None:
    # near miss: the sentence before tells what she spoke about, none of her words
    assert_statements(SPOKE_ABOUT, DAY, [])


def test_a_speaker_pointed_back_at_who_spoke_about_a_topic_gives_no_words() -> None:
    # near miss: "Этот дипломат" is a speaker, not words going on
    assert_statements(POINTED_SPEAKER, DAY, [])
