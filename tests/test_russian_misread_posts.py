"""Posts the dictionary misreads: "шерпа", a leader's envoy to a summit, is known to it only
as the genitive of "шерп" (a Sherpa), so "сообщил шерпа" had no subject and "Шерпа США
подчеркнул" pointed back at no one. A table of corrected readings in the lexicon gives the
word its own paradigm (:data:`tracker.extract.russian.lexicon.CORRECTED_NOUNS`). Posts the
dictionary does not hold at all ("спецпосланник", "генконсул") were read in any case, so
"спецпосланника ООН Гейра Педерсена" stayed as written, a nominative; each now declines as
the post it is built on (:data:`tracker.extract.russian.lexicon.COMPOUND_POSTS`).

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.russian import morph

MONDAY = datetime.date(2024, 6, 3)


def test_a_sherpa_named_before_speaks_as_the_sherpa() -> None:
    text = (
        "ТОКИО, 3 июня. /ТАСС/. Японский шерпа Такэо Мори провел консультации с коллегами. "
        "«Согласовать текст коммюнике до саммита не удалось», — сообщил шерпа журналистам.\n"
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.kind) for s in found] == [("Такэо Мори", "direct")]


def test_the_sherpa_of_a_country_points_back_at_its_holder() -> None:
    text = (
        "ВАШИНГТОН, 3 июня. /РИА Новости/. Заявление американского шерпы Майкла Пайла "
        "прозвучало после встречи в Рио. Шерпа США подчеркнул, что Вашингтон не изменит "
        "позицию по климатическому разделу.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Майкл Пайл"]
    assert found[0].text.startswith("Вашингтон не изменит")


def test_a_sherpa_in_an_oblique_case_is_the_post_of_the_name_after_it() -> None:
    text = (
        "МОСКВА, 3 июня. /Интерфакс/. По мнению шерпы ЮАР Сисы Нгомбане, позиции сторон по "
        "торговому разделу сблизились.\n"
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.role) for s in found] == [("Сиса Нгомбане", "шерпа ЮАР")]


def test_the_corrected_word_declines_in_its_own_paradigm() -> None:
    assert morph.lemma("шерпы") == "шерпа"
    assert morph.nominative("шерпой", "ablt") == "шерпа"
    assert morph.nominative("Шерпе", "datv") == "Шерпа"
    # the dictionary's readings stay behind the corrected ones
    assert "шерп" in morph.lemmas("шерпа")


def test_a_special_envoy_in_the_genitive_is_put_in_the_nominative_with_his_name() -> None:
    text = (
        "ЖЕНЕВА, 3 июня. /ТАСС/. По словам спецпосланника генсека ООН по Сирии Гейра "
        "Педерсена, конституционный комитет соберется на новый раунд в июле.\n"
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.role) for s in found] == [
        ("Гейр Педерсен", "спецпосланник генсека ООН по Сирии")
    ]


def test_posts_built_on_a_known_post_decline_as_it_does() -> None:
    assert morph.known("спецпосланника")
    assert morph.nominative("генконсулом", "ablt") == "генконсул"
    assert morph.nominative("Генсекретаря", "gent") == "Генсекретарь"


def test_a_corrected_reading_answers_as_the_dictionary_s_readings_do() -> None:
    """Readers ask a reading whether the word is known, its lexeme and normal form (the
    first-person check of a ministry's page asks every word); a corrected reading answers
    from its own paradigm instead of failing for want of an analyser."""
    for word in ("шерпа", "спецпосланником"):
        reading = morph.parses(word)[0]
        assert reading.is_known
        assert reading.normalized.word == reading.normal_form
        assert word in {form.word for form in reading.lexeme}
