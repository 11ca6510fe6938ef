"""'«...», — приводятся в заявлении альянса слова его генсека X': the passive of 'приводит
слова', the words' owner named after 'слова' (past the document they are cited in and a
possessive saying whose post it is). 'В докладе приводятся данные' cites no one (issue 8,
round twenty). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2024, 10, 4)


def _found(body: str) -> list[tuple[str | None, str]]:
    text = (
        "ОДКБ проводит учения\n\nАСТАНА, 4 октября. /ТАСС/. Организация договора о "
        "коллективной безопасности в пятницу сообщила о начале учений.\n\n" + body + "\n"
    )
    return [(s.speaker, s.text) for s in extract(text, published=PUB)]


def test_words_cited_in_a_statement_are_the_named_owners() -> None:
    for cited in (
        "приводятся в сообщении организации слова ее генерального секретаря Имангали "
        "Тасмагамбетова",
        "цитируются в пресс-релизе слова генерального секретаря Имангали Тасмагамбетова",
    ):
        found = _found(f"«Учения носят сугубо оборонительный характер», — {cited}.")
        assert ("Имангали Тасмагамбетов", "Учения носят сугубо оборонительный характер") in [
            (s, t.rstrip(".")) for s, t in found
        ], cited


def test_figures_cited_in_a_report_are_no_ones_words() -> None:
    found = _found("В докладе приводятся данные о численности войск.")
    assert all("численности" not in t for _, t in found)
