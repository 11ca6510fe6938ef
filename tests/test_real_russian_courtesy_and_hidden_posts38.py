"""Russian newspaper shapes (round thirty-eight, read set w38c): a courtesy title between a
preposition and a surname that does not decline ("с госпожой Нуланд") leaves the surname
the preposition's, so the name after it is the subject alone; a description by post and
country ("президент Узбекистана") is the one given that very post, if only inside another's
words, before a leader named without a post; "согласно" with words in the dative before its
document ("согласно опубликованному во вторник сообщению ...") reports that document's
owner; a body after "в изложении", "в пересказе" is that noun's, so the name after it is
the subject. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2026, 3, 11)

COURTESY = (
    "Консультации в Женеве\n\n"
    "После консультаций с госпожой Нуланд Сергей Лавров заявил журналистам, что позиции "
    "сторон пока расходятся.\n\n"
    "Перед ужином с мистером Салливаном Юрий Ушаков сказал, что повестка уже согласована."
)
HIDDEN_POST = (
    "Ташкент предложил площадку\n\n"
    "Помощник президента Юрий Ушаков рассказал в понедельник, что Владимир Путин провел "
    "телефонный разговор с президентом Узбекистана Шавкатом Мирзиёевым.\n\n"
    "Ранее президент Узбекистана неоднократно говорил, что Ташкент готов принять переговоры "
    "у себя."
)
ACCORDING = (
    "Учения на севере\n\n"
    "Согласно распространенному в среду заявлению посольства КНР, консульство возобновит "
    "работу после праздников.\n\n"
    "Согласно официальному сообщению Белого дома, визит президента состоится в июне."
)
RETOLD = (
    "Анкара предложила посредничество\n\n"
    "В пересказе пресс-службы МИД Турции Хакан Фидан подчеркнул, что Анкара готова "
    "принять новый раунд переговоров.\n\n"
    "В изложении министерства иностранных дел Индии Субраманьям Джайшанкар заявил, что "
    "Дели рассчитывает на рост торговли."
)


def test_courtesy_title_after_a_preposition_keeps_its_surname_out_of_the_name() -> None:
    # the second line (a surname that declines) passed before too: a near miss
    assert_statements(
        COURTESY,
        DAY,
        [
            ("Сергей Лавров", "позиции сторон пока расходятся", "2026-03-11"),
            ("Юрий Ушаков", "повестка уже согласована", "2026-03-11"),
        ],
    )


def test_post_and_country_named_in_anothers_words_is_that_holder() -> None:
    assert_statements(
        HIDDEN_POST,
        DAY,
        [
            ("Юрий Ушаков", "Владимир Путин провел", "2026-03-09"),
            ("Шавкат Мирзиёев", "Ташкент готов принять", "../2026-03-11"),
        ],
    )


def test_according_to_a_document_described_in_the_dative() -> None:
    assert_statements(
        ACCORDING,
        DAY,
        [
            ("посольство КНР", "консульство возобновит работу", "2026-03-11"),
            ("Белый дом", "визит президента состоится", "2026-03-11"),
        ],
    )


def test_body_after_a_noun_of_retelling_is_no_apposition_to_the_name() -> None:
    assert_statements(
        RETOLD,
        DAY,
        [
            ("Хакан Фидан", "Анкара готова принять", "2026-03-11"),
            ("Субраманьям Джайшанкар", "Дели рассчитывает на рост", "2026-03-11"),
        ],
    )
