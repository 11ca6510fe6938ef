"""Russian pages quoting foreign leaders (РИА Новости, Лента.ру, bb.lv, 4esnok.by, Медиамакс):
a quotation glued to the stop before it, as pages copied from the web have it ("году.«Мы
готовы», — сказал", '"Мы готовы"' from "&quot;"), starts a sentence of its own. Stories
written here, in the outlets' manner; each expected statement is checked for its speaker,
its first words and its day."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2025, 9, 23)

GLUED_QUOTATION = (
    "Алиев высказался о мирном договоре\n\n"
    "АНКАРА, 23 сен — РИА Новости. Президент Азербайджана Ильхам Алиев заявил, что мирный "
    'договор с Арменией может быть подписан до конца года."Мы к этому готовы", — сказал '
    "Алиев журналистам.\n"
)
GLUED_GUILLEMETS = (
    "Токаев прокомментировал переговоры\n\n"
    "АСТАНА, 23 сентября. Президент Казахстана Касым-Жомарт Токаев заявил, что Астана "
    "поддерживает диалог между Москвой и Киевом.«Мы готовы предоставить площадку», — "
    "добавил он.\n"
)


def test_glued_quotation() -> None:
    assert_statements(
        GLUED_QUOTATION,
        PUBLISHED,
        [
            ("Ильхам Алиев", "мирный договор с Арменией может быть подписан", "2025-09-23"),
            ("Ильхам Алиев", "Мы к этому готовы", "2025-09-23"),
        ],
    )


def test_glued_guillemets() -> None:
    assert_statements(
        GLUED_GUILLEMETS,
        PUBLISHED,
        [
            ("Касым-Жомарт Токаев", "Астана поддерживает диалог", "2025-09-23"),
            ("Касым-Жомарт Токаев", "Мы готовы предоставить площадку", "2025-09-23"),
        ],
    )


# near miss: a stop after an abbreviation ("англ.") before a quotation ends no sentence
ABBREVIATION_BEFORE_QUOTATION = (
    "Браже высказалась о Британии\n\n"
    "РИГА, 23 сентября. Министр иностранных дел Латвии Байба Браже заявила, что выход "
    'Британии из ЕС (от англ."Brexit") изменил Европу.\n'
)


def test_abbreviation_before_quotation() -> None:
    got = extract(ABBREVIATION_BEFORE_QUOTATION, published=PUBLISHED)
    assert [(s.speaker, s.said_on) for s in got] == [("Байба Браже", "2025-09-23")], got
    assert got[0].text.startswith("выход Британии из ЕС"), got
    assert got[0].text.endswith("изменил Европу"), got
