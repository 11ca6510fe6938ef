"""Constructions of the Russian press that lost or misread statements (read set w30c):

- "..., по словам которого «...»": the relative clause is said by the one named before the
  comma, in whatever case, up to where the sentence's own verb comes back;
- "..., а глава фонда X после визита в Вашингтон в начале месяца заявлял, что ...": a second
  speaker's clause whose subject is followed by when and where (past six words);
- "назвал «коллективным наказанием» действия ...": the name given, quoted before what it
  names; "назвала итоги встречи «конструктивными» и сообщила, что ...": one statement from
  the object on, as a shorter object already was;
- "объяснял отсутствие президента и министра тем, что ...": what explains is said, however
  long the thing explained;
- "В Госдепартаменте решение Москвы назвали «...»": the object after the body named;
- "— подчеркнул белорусский генерал" after a secretary of the Security Council;
- "Кандидат от Партии социалистов X, который ..., заявил": "от" inside a title;
- "Как сообщили РБК два источника, ..., в администрации не исключают ...": the body after
  unnamed sources is where they are, no speaker.

Sentences written here, in the manner of wires and dailies.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

DAY = datetime.date(2024, 3, 7)  # a Thursday
DATELINE = "МОСКВА, 7 марта. /ТАСС/. "


@pytest.mark.parametrize(
    ("sentence", "speaker", "start"),
    [
        (
            "Такую же оценку в среду дал и глава МИД Польши Радослав Сикорский, по словам "
            "которого Варшава «не видит альтернативы санкциям».",
            "Радослав Сикорский",
            "Варшава «не видит",
        ),
        (
            "Вице-премьер Чехии Марьян Юречка, по словам которого Прага «не будет ждать "
            "Брюсселя», в среду прибыл в Киев.",
            "Марьян Юречка",
            "Прага «не будет ждать Брюсселя»",
        ),
        (
            "В Брюсселе выступила глава Еврокомиссии Урсула фон дер Ляйен, по мнению которой "
            "Европа «должна вооружаться быстрее».",
            "Урсула фон дер Ляйен",
            "Европа «должна вооружаться",
        ),
        (
            "Министр встретился с послом Японии Акирой Муто, по словам которого Токио "
            "«рассчитывает на скорый ответ».",
            "Акира Муто",
            "Токио «рассчитывает",
        ),
    ],
)
def test_whose_words_are_the_one_named_before_the_comma(
    sentence: str, speaker: str, start: str
) -> None:
    got = [(s.speaker, s.text) for s in extract(DATELINE + sentence, published=DAY)]
    assert len(got) == 1, got
    assert got[0][0] == speaker and got[0][1].startswith(start), got


def test_whose_words_end_where_the_sentence_s_verb_comes_back() -> None:
    found = extract(
        DATELINE + "Генеральный директор МАГАТЭ Рафаэль Гросси, по словам которого агентство "
        "«не имеет полного доступа» к объектам, на прошлой неделе посетил Тегеран.",
        published=DAY,
    )
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        ("Рафаэль Гросси", "агентство «не имеет полного доступа» к объектам", "2024-03-07")
    ]


def test_a_second_speaker_told_with_when_and_where() -> None:
    assert_statements(
        DATELINE + "Министр финансов Германии Кристиан Линднер во вторник говорил, что бюджет "
        "«не выдержит новых расходов», а глава Бундесбанка Йоахим Нагель на заседании совета "
        "директоров во Франкфурте в среду заявлял, что инфляция «остается слишком высокой».",
        DAY,
        [
            ("Кристиан Линднер", "бюджет «не выдержит", "2024-03-05"),
            ("Йоахим Нагель", "инфляция «остается", "2024-03-06"),
        ],
    )


def test_the_name_given_quoted_before_what_it_names() -> None:
    assert_statements(
        DATELINE + 'Глава МИД Турции Хакан Фидан в среду назвал "коллективным наказанием" '
        "действия Израиля в секторе Газа.",
        DAY,
        [("Хакан Фидан", '"коллективным наказанием" действия Израиля', "2024-03-06")],
    )


def test_a_long_object_named_then_a_second_verb_is_one_statement() -> None:
    assert_statements(
        DATELINE + "Официальный представитель МИД Китая Мао Нин в среду назвала итоги встречи "
        "в Женеве «полезными и конструктивными» и сообщила, что следующий раунд пройдет в "
        "Пекине.",
        DAY,
        [("Мао Нин", "итоги встречи в Женеве «полезными", "2024-03-06")],
    )


def test_what_explains_is_said_however_long_the_thing_explained() -> None:
    assert_statements(
        DATELINE + "Президент Финляндии Александр Стубб в среду объяснил решение о закрытии "
        "всех пунктов пропуска на восточной границе тем, что Хельсинки «не может мириться с "
        "гибридными атаками».",
        DAY,
        [("Александр Стубб", "Хельсинки «не может мириться", "2024-03-06")],
    )


def test_the_object_after_the_body_a_plural_verb_speaks_for() -> None:
    assert_statements(
        DATELINE + "В Государственном департаменте США решение российских законодателей "
        "назвали «шагом в неверном направлении».",
        DAY,
        [("Государственный департамент США", "решение российских законодателей", "2024-03-07")],
    )


def test_a_general_is_the_security_official_named_before() -> None:
    assert_statements(
        DATELINE + "Секретарь Совета безопасности Казахстана Гизат Нурдаулетов в среду заявил, "
        "что учения пройдут по плану. «Мы готовы к любому развитию событий», — подчеркнул "
        "казахстанский генерал.",
        DAY,
        [
            ("Гизат Нурдаулетов", "учения пройдут по плану", "2024-03-06"),
            ("Гизат Нурдаулетов", "Мы готовы к любому", "2024-03-06"),
        ],
    )


def test_a_candidate_from_a_party_is_a_title() -> None:
    assert_statements(
        DATELINE + "Президент страны Майя Санду в среду заявила, что голосование прошло честно. "
        "Кандидат от Партии социалистов Александр Стояногло, который вышел во второй тур "
        "вместе с Санду, в среду пообещал, что «борьба продолжится».",
        DAY,
        [
            ("Майя Санду", "голосование прошло честно", "2024-03-06"),
            ("Александр Стояногло", "борьба продолжится", "2024-03-06"),
        ],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Как сообщили РБК два источника, близких к Кремлю, в администрации президента не "
        "исключают, что первые контакты пройдут на уровне помощников.",
        "По словам собеседника агентства в правительстве, в Минфине не исключают, что бюджет "
        "будет пересмотрен.",
    ],
)
def test_a_body_named_after_unnamed_sources_says_nothing_itself(sentence: str) -> None:
    assert_statements(DATELINE + sentence, DAY, [])


def test_a_body_named_after_a_named_official_is_his_words() -> None:
    """Near miss, the same on the starting code."""
    assert_statements(
        DATELINE + "По словам Дмитрия Пескова, в Кремле не исключают, что встреча пройдет в "
        "Эр-Рияде.",
        DAY,
        [("Дмитрий Песков", "в Кремле не исключают", "2024-03-07")],
    )
