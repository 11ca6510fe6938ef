"""A Russian verb of saying typed with a Latin look-alike letter (a "c" for "с" from the
wrong keyboard layout: '«...»,— cказал X') was no cue, so the quote before it had no
speaker and was lost. A Latin letter drawn like a Cyrillic one inside a word otherwise
Cyrillic is read as that letter; words in Latin letters (an outlet's name, "Telegram") stay
as they are, and the statement's text is given as written. Sentences written here in the
manner of Russian agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.russian.text import plain_marks

PUBLISHED = datetime.date(2025, 3, 12)
DAY = "2025-03-12"


def test_a_latin_c_in_the_verb_of_saying() -> None:
    assert_statements(
        "МОСКВА, 12 марта. /ТАСС/. Замглавы МИД России Александр Грушко выступил на "
        "форуме в Москве.\n\n"
        "«Мы не видим со стороны альянса никакой готовности к разговору о гарантиях "
        "безопасности»,\u2014 c\u043a\u0430\u0437\u0430\u043b Александр Грушко.\n",
        PUBLISHED,
        [("Александр Грушко", "Мы не видим со стороны альянса", DAY)],
    )


def test_the_words_are_given_as_written() -> None:
    text = (
        "МОСКВА, 12 марта. /ТАСС/. Глава МИД Сергей Лавров зaявил, что Москва готова "
        "к встрече на любом уровне.\n"
    )
    (found,) = extract(text, published=PUBLISHED)
    assert found.speaker == "Сергей Лавров"
    assert found.text == text[found.span[0] : found.span[1]]
    assert found.text.startswith("Москва готова")


def test_latin_words_stay_latin() -> None:
    text = "Telegram-канал, CNN и Reuters; Tекст, MИД."
    assert plain_marks(text) == "Telegram-канал, CNN и Reuters; Текст, МИД."
