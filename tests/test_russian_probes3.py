"""Russian classes found in a yield scan of Russian-language news pages (agency wires,
their reprints, briefing reports), each written again in new words for its test.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2025, 3, 13)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_second_verb_of_stance_inside_what_the_trailing_speaker_said() -> None:
    # "X делает одно и надеется, что ..., заявил Y": "надеется" belongs to what Y said, not
    # to a speaker of its own that swallows the words
    text = (
        "МОСКВА, 13 марта. /ТАСС/. Россия внимательно изучает предложения партнеров и "
        "рассчитывает, что диалог по визам возобновится уже весной, заявил в беседе с "
        "журналистами директор консульского департамента МИД РФ Алексей Клименко.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Алексей Клименко"]
    assert found[0].text.startswith("Россия внимательно изучает")
    assert "весной" in found[0].text


def test_a_name_in_a_genitive_phrase_before_the_subject_is_not_the_speaker() -> None:
    # "После выступления Х глава государства сказал, что ...": the minister's name sits in
    # a phrase in the genitive; the one who speaks is the subject after it
    text = (
        "НОВО-ОГАРЕВО, 13 марта. /ТАСС/. Президент России Владимир Путин провел совещание "
        "с членами правительства. Министр транспорта Роман Старовойт доложил о ремонте "
        "мостов.\n"
        "После выступления Старовойта глава государства сказал, что деньги на мосты "
        "урезать нельзя.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Владимир Путин"]
    assert found[0].text.startswith("деньги на мосты")


def test_a_genitive_surname_after_a_preposition_is_no_feminine_subject() -> None:
    # "В ходе визита Х глава МИД сказал": "Х" in the genitive reads like a woman's surname
    # in the nominative ("Силуанова"); it is not the one who spoke
    text = (
        "МОСКВА, 13 марта. /ТАСС/. В ходе визита Мишустина министр иностранных дел России "
        "Сергей Лавров сказал, что стороны готовят новое соглашение.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Лавров"]


def test_pointing_back_then_an_outlet_citing_an_official_gives_the_official() -> None:
    # "Об этом сообщает информационное агентство X со ссылкой на замглавы МИД Y": the
    # sentence before is what Y said; Y (in the accusative) is a man, so "По его словам"
    # after it is his too
    text = (
        "Россия пока не намерена сокращать число консульств в Европе. Об этом сообщает "
        "информационное агентство РИА Новости со ссылкой на замглавы МИД РФ Александра "
        "Грушко.\n"
        "По его словам, нагрузка на оставшихся дипломатов и без того велика.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Александр Грушко", "Александр Грушко"]
    assert found[0].text.startswith("Россия пока не намерена")
    assert found[1].text.startswith("нагрузка на оставшихся")


def test_two_posts_set_off_by_a_comma_name_one_speaker_after_the_verb() -> None:
    # "..., заявил статс-секретарь, замглавы МИД Х": the comma between two posts of one
    # man does not end the phrase that names him
    text = (
        "МОСКВА, 13 марта. /ТАСС/. Москва не собирается отзывать своих дипломатов из "
        "балтийских стран, заявил статс-секретарь, заместитель министра иностранных дел "
        "России Андрей Руденко.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Андрей Руденко"]
    assert found[0].text.startswith("Москва не собирается")


def test_his_words_after_a_clause_with_its_own_subject_are_that_subjects() -> None:
    # "Y также прокомментировал ... — по его словам, «...»": "его" is the subject of the
    # clause it follows, not the official quoted in the sentence before
    text = (
        "МОСКВА, 13 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил, "
        "что утечки о переговорах не случайны.\n"
        "Пресс-секретарь президента РФ Дмитрий Песков тоже высказался об утечках – по его "
        "словам, «такие вбросы только мешают работе».\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Лавров", "Дмитрий Песков"]
    assert "вбросы" in found[1].text


def test_an_object_before_the_subject_of_naming_is_part_of_the_judgement() -> None:
    # "Итоги встречи он назвал «...»": Russian may put the object first; the judgement
    # said is the object with what it was called
    text = (
        "МОСКВА, 13 марта. /ТАСС/. Помощник президента РФ Юрий Ушаков рассказал журналистам "
        "о встрече в Эр-Рияде. Итоги консультаций он назвал «обнадеживающими».\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Юрий Ушаков"]
    assert found[0].text.startswith("Итоги консультаций")
    assert "обнадеживающими" in found[0].text
