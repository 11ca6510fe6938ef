"""A Russian agency sentence where the one met, named after "с", runs straight into the one
speaking: "После встречи с фон дер Ляйен Олаф Шольц сказал". The met one's surname with its
particles ("фон дер Ляйен", her given name in the instrumental or none) does not decline and
ends her name; the given name and surname after it are the speaker's. And a post's country in
the genitive ("министром иностранных дел Мальдив Абдуллой Шахидом") is no part of the name.
Stories written here, in the manner of TASS and RIA Novosti."""

import datetime

import pytest

from tests.statement_checks import assert_statements


def _page(sentence: str) -> str:
    return f"Встреча в Берлине\n\nБЕРЛИН, 5 июня. /ТАСС/. {sentence}\n"


SURNAME_ONLY = _page(
    "После встречи с фон дер Ляйен Олаф Шольц сказал, что ЕС продолжит поддержку Киева."
)
GIVEN_NAME_TOO = _page(
    "На встрече с Урсулой фон дер Ляйен Олаф Шольц сказал, что Берлин выделит новые средства."
)
CAPITAL_PARTICLE = _page(
    "В ходе беседы с Фон дер Ляйен Эммануэль Макрон заявил, что Париж поддержит пакет санкций."
)
# near miss, right on both: her name alone is the subject, nothing after it
HER_OWN = _page("Урсула фон дер Ляйен заявила, что ЕС продолжит поддержку Киева.")
# near miss, right on both: a longer Arab name, whose family particle goes on after the name
FAMILY_NAME_GOES_ON = _page(
    "После встречи с Мухаммедом бен Сальманом Аль Саудом канцлер Олаф Шольц сказал, что "
    "Германия расширит торговлю."
)
COUNTRY_OF_POST = (
    "Лавров провел переговоры\n\n"
    "МОСКВА, 5 июня. /ТАСС/. Сергей Лавров побеседовал с министром иностранных дел Мальдив "
    "Абдуллой Шахидом. Шахид отметил, что Мале поддерживает диалог.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (SURNAME_ONLY, ("Олаф Шольц", "ЕС продолжит поддержку Киева")),
        (GIVEN_NAME_TOO, ("Олаф Шольц", "Берлин выделит новые средства")),
        (CAPITAL_PARTICLE, ("Эммануэль Макрон", "Париж поддержит пакет санкций")),
        (HER_OWN, ("Урсула фон дер Ляйен", "ЕС продолжит поддержку Киева")),
        (FAMILY_NAME_GOES_ON, ("Олаф Шольц", "Германия расширит торговлю")),
        (COUNTRY_OF_POST, ("Абдулла Шахид", "Мале поддерживает диалог")),
    ],
)
def test_the_speaker_after_the_one_met(page, want):
    speaker, start = want
    assert_statements(page, datetime.date(2026, 6, 5), [(speaker, start, "2026-06-05")])
