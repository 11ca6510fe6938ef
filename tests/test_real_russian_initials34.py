"""Round thirty-four, Russian press (read set w33g): a surname in "-и" after a consonant
in the genitive, with a given name's and a patronymic's initials before it ("Выступление
Постоянного представителя В.А.Небензи"), is a Russian's declined in "-я" ("Небензя"), as
when his country is told; one initial alone tells nothing ("Р.Гросси" stays). Each test in
new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract


def test_a_mission_page_title_with_a_patronymic_initial() -> None:
    text = (
        "Постоянное представительство Российской Федерации при ООН\n"
        "Главная / Новости / Выступления\n\n"
        "11.06.2024\n\n"
        "Выступление Постоянного представителя В.А.Небензи на заседании СБ ООН по "
        "ситуации в Судане\n\n"
        "Нью-Йорк, 11 июня 2024 года\n\n"
        "Уважаемая госпожа Председатель,\n\n"
        "Мы глубоко обеспокоены продолжающимися боями в Дарфуре и призываем стороны "
        "немедленно вернуться к переговорам в Джидде.\n\n"
        "Благодарю вас.\n"
    )
    got = [s.speaker for s in extract(text, published=datetime.date(2024, 6, 11))]
    assert got and all(name.endswith("Небензя") for name in got), got


def test_by_the_words_of_an_envoy_named_by_initials() -> None:
    text = (
        "НЬЮ-ЙОРК, 11 июня. /ТАСС/. По словам Постоянного представителя В.А.Небензи, "
        "Москва не поддержит проект резолюции в нынешнем виде.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 6, 11),
        [("Небензя", "Москва не поддержит проект", "2024-06-11")],
    )


def test_one_initial_tells_no_country() -> None:
    # near miss: passes on the starting code too
    text = (
        "ВЕНА, 11 июня. /ТАСС/. По словам генерального директора МАГАТЭ Р.Гросси, "
        "инспекторы агентства вернутся на станцию в ближайшие дни.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 6, 11),
        [("Гросси", "инспекторы агентства вернутся", "2024-06-11")],
    )
