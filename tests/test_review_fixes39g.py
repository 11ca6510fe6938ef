"""Review of round thirty-nine's Russian pointing-back subject and "есть" (set rj): a sentence
telling only what someone spoke about ("... высказался о ...", "... прокомментировал на ...")
stays no statement whatever its demonstrative points at ("Этот республиканский политик",
"Эта женщина", "Эта российская дипломат"), unless a plural country, state or body is its
subject, its verb agreeing ("Эти азиатские государства отреагировали на ..."); "Эти слова
прокомментировал Песков" is the verb's object, its subject after it. "есть" is a predicate
only as "there is" ("У Москвы по-прежнему есть союзники"), never in "то есть" or "что есть у
Европы". Each in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2025, 3, 4)

ADJECTIVE_BEFORE_POST = (
    "Грэм потребовал новых санкций\n\n"
    "МОСКВА, 4 марта, ФедералПресс. Сенатор Линдси Грэм снова выступил с жесткими "
    "заявлениями в адрес Москвы. Этот республиканский политик высказался о переговорах в "
    "Женеве. Об этом он заявил в эфире телеканала CBS.\n\n"
    "По словам Грэма, Белому дому не стоит спешить с уступками Кремлю."
)
PERSON_NOUN = (
    "Захарова ответила Парижу\n\n"
    "МОСКВА, 4 марта, ФедералПресс. Эта женщина высказалась о решении Парижа. Такое "
    "заявление сделала официальный представитель МИД России Мария Захарова в эфире радио "
    "«Комсомольская правда»."
)
ADJECTIVE_BEFORE_DIPLOMAT = (
    "Захарова ответила Макрону\n\n"
    "МОСКВА, 4 марта, ФедералПресс. Официальный представитель МИД России Мария Захарова "
    "ответила французскому президенту. Эта российская дипломат прокомментировала на брифинге "
    "слова Эммануэля Макрона о ядерном зонтике. Такое заявление она сделала в эфире радио "
    "«Комсомольская правда»."
)
FRONTED_WORDS = (
    "Песков ответил Мерцу\n\n"
    "МОСКВА, 4 марта, ФедералПресс. Канцлер Германии Фридрих Мерц накануне призвал союзников "
    "увеличить военные расходы. Эти слова прокомментировал на брифинге пресс-секретарь "
    "президента России Дмитрий Песков. Об этом он сказал журналистам в Кремле.\n\n"
    "По словам Пескова, Россия ни на кого нападать не собирается."
)
FRONTED_COUNTRIES = (
    "Лавров ответил Лондону\n\n"
    "МОСКВА, 4 марта, ФедералПресс. Британия и Франция пригрозили России новыми санкциями. "
    "Эти страны прокомментировал на брифинге глава МИД России Сергей Лавров. Об этом он "
    "сказал журналистам."
)
THAT_IS = (
    "Захарова ответила Брюсселю\n\n"
    "МОСКВА, 4 марта, ФедералПресс. То есть все по-прежнему. Москва ответит на новые "
    "ограничения симметрично. Об этом заявила официальный представитель МИД России Мария "
    "Захарова."
)
WHAT_THERE_IS = (
    "Захарова ответила Брюсселю\n\n"
    "Главное за неделю: что есть у Евросоюза против российской нефти. Москва найдет новых "
    "покупателей на свое сырье. Об этом заявила официальный представитель МИД России Мария "
    "Захарова."
)
STATES_WITH_ADJECTIVE = (
    "Захарова назвала партнеров России\n\n"
    "МОСКВА, 4 марта, ФедералПресс. У Москвы по-прежнему есть надежные союзники в Азии. Эти "
    "азиатские государства спокойно отреагировали на давление Вашингтона. Такое заявление "
    "сделала официальный представитель МИД России Мария Захарова в эфире телеканала «Звезда»."
)


def test_speaker_pointed_back_at_past_an_adjective_tells_only_a_topic() -> None:
    assert_statements(
        ADJECTIVE_BEFORE_POST,
        DAY,
        [
            ("Линдси Грэм", "с жесткими заявлениями", "2025-03-04"),
            ("Линдси Грэм", "Белому дому не стоит", "2025-03-04"),
        ],
    )


def test_person_noun_pointed_back_at_tells_only_a_topic() -> None:
    assert_statements(PERSON_NOUN, DAY, [])


def test_diplomat_pointed_back_at_past_an_adjective_pulls_in_nothing() -> None:
    # was one mixed statement of both sentences before "Такое заявление она сделала"
    assert_statements(ADJECTIVE_BEFORE_DIPLOMAT, DAY, [])


def test_fronted_words_are_the_object_of_the_speaker_after_them() -> None:
    assert_statements(
        FRONTED_WORDS,
        DAY,
        [
            ("Фридрих Мерц", "союзников увеличить", "2025-03-03"),
            ("Дмитрий Песков", "Россия ни на кого", "2025-03-04"),
        ],
    )


def test_fronted_countries_with_a_singular_verb_are_its_object() -> None:
    # "Эти страны" heads the sentence, but "прокомментировал" agrees with Лавров after it
    assert_statements(FRONTED_COUNTRIES, DAY, [])


def test_to_est_is_no_predicate() -> None:
    assert_statements(THAT_IS, DAY, [("Мария Захарова", "Москва ответит на новые", "2025-03-04")])


def test_chto_est_u_is_no_predicate() -> None:
    assert_statements(WHAT_THERE_IS, DAY, [("Мария Захарова", "Москва найдет новых", "2025-03-04")])


def test_states_after_an_adjective_still_go_on_from_there_is() -> None:
    # near miss: a plural state subject past its adjective, its verb plural; "У Москвы
    # по-прежнему есть" opens the words (the adverb between owner and "есть")
    assert_statements(
        STATES_WITH_ADJECTIVE,
        DAY,
        [("Мария Захарова", "У Москвы по-прежнему есть надежные", "2025-03-04")],
    )
