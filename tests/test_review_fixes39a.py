"""Review of this round's Russian light-verb rules: a second light verb after "и" starts the
speaker's own statement only when it is his ("Путин отметил, что санкции не скажутся ..., и
выразил надежду, что ..."), not when it is the reported clause's second predicate ("Песков
сообщил, что Путин провел разговор ... и выразил надежду, что ...": Putin's hope, told by
Peskov, one statement); "не обратил внимание на то, как ..." points nothing out. Stories
written here, in the agencies' manner."""

import datetime

import pytest

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 12, 17)
HEAD = "Заголовок новости\n\nМОСКВА, 17 декабря. /ТАСС/. "
DAY = "2025-12-17"

# the light verb agrees with the reported clause's own subject, or not with the speaker
ONE_STATEMENT = [
    (
        "Пресс-секретарь президента РФ Дмитрий Песков сообщил, что Путин провел телефонный "
        "разговор с Эрдоганом и выразил надежду, что конфликт будет урегулирован.",
        "Дмитрий Песков",
        "Путин провел телефонный разговор с Эрдоганом и выразил надежду",
    ),
    (
        "Пресс-секретарь президента РФ Дмитрий Песков рассказал, что Путин поздравил Токаева "
        "с днем рождения и выразил уверенность в том, что отношения двух стран будут "
        "развиваться.",
        "Дмитрий Песков",
        "Путин поздравил Токаева с днем рождения и выразил уверенность",
    ),
    (
        "Пресс-секретарь президента РФ Дмитрий Песков заявил, что Путин и Эрдоган провели "
        "переговоры и выразили надежду, что конфликт будет урегулирован.",
        "Дмитрий Песков",
        "Путин и Эрдоган провели переговоры и выразили надежду",
    ),
    (
        "Министр иностранных дел России Сергей Лавров заявил, что США проигнорировали "
        "предложения Москвы и дали понять, что не готовы к диалогу.",
        "Сергей Лавров",
        "США проигнорировали предложения Москвы и дали понять",
    ),
    (
        "Официальный представитель МИД России Мария Захарова заявила, что Блинкен "
        "проигнорировал запрос и выразил надежду, что Москва уступит.",
        "Мария Захарова",
        "Блинкен проигнорировал запрос и выразил надежду",
    ),
    (
        "Пресс-секретарь президента РФ Дмитрий Песков сообщил, что Путин провел переговоры "
        "с Эрдоганом и выступил с заявлением, что Россия готова к посредничеству.",
        "Дмитрий Песков",
        "Путин провел переговоры с Эрдоганом и выступил с заявлением",
    ),
]


@pytest.mark.parametrize(
    ("body", "speaker", "start"),
    ONE_STATEMENT,
    ids=["hope", "certainty_in_that", "plural", "plural_us", "female_speaker", "appeared_with"],
)
def test_light_verb_of_the_reported_clause(body: str, speaker: str, start: str) -> None:
    assert_statements(HEAD + body + "\n", PUBLISHED, [(speaker, start, DAY)])


# near misses: the light verb is the speaker's own (a clause whose subject it does not agree
# with, or none of its own), his second statement
TWO_STATEMENTS = [
    (
        "Министр иностранных дел России Сергей Лавров заявил, что Москва готова к диалогу, и "
        "выразил надежду, что Вашингтон ответит взаимностью.",
        "Сергей Лавров",
        ("Москва готова к диалогу", "Вашингтон ответит взаимностью"),
    ),
    (
        "Официальный представитель МИД России Мария Захарова заявила, что западные страны "
        "проигнорировали предложения, и выразила уверенность в том, что диалог возобновится.",
        "Мария Захарова",
        ("западные страны проигнорировали предложения", "диалог возобновится"),
    ),
    (
        "Министр иностранных дел России Сергей Лавров сообщил, что Путин и Си Цзиньпин "
        "провели переговоры, и выразил надежду, что они дадут результат.",
        "Сергей Лавров",
        ("Путин и Си Цзиньпин провели переговоры", "они дадут результат"),
    ),
]


@pytest.mark.parametrize(
    ("body", "speaker", "starts"), TWO_STATEMENTS, ids=["feminine_clause", "plural", "two_leaders"]
)
def test_light_verb_of_the_speaker(body: str, speaker: str, starts: tuple[str, str]) -> None:
    assert_statements(HEAD + body + "\n", PUBLISHED, [(speaker, s, DAY) for s in starts])


def test_attention_not_drawn() -> None:
    assert_statements(
        HEAD + "Министр иностранных дел России Сергей Лавров не обратил внимание на то, как "
        "журналисты пытались задать ему вопрос, и сказал, что брифинг окончен.\n",
        PUBLISHED,
        [("Сергей Лавров", "брифинг окончен", DAY)],
    )


# near miss: the same phrase without "не" points the way things go out
def test_attention_drawn() -> None:
    assert_statements(
        HEAD + "Министр иностранных дел России Сергей Лавров обратил внимание на то, как "
        "быстро Запад забыл о Минских соглашениях.\n",
        PUBLISHED,
        [("Сергей Лавров", "на то, как быстро Запад забыл", DAY)],
    )
