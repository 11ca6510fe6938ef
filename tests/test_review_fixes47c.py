"""Near misses a review of the round's rules found firing where their reasons do not hold:
a ministry's answer page whose title names another's call ("... о том, что X призвал ...")
is still the spokeswoman's page (a lead ends as a sentence, a title does not); an outlet's
verb after a Russian attribution ("..., заявил Песков, передает ТАСС") is no main clause
resumed; "recommended X to the post" is no advice; "said which countries would join ...
would be announced" has a verb of its own after the question; a naming verb whose object
stands before ", что" is not read as naming the clause; "просто пять лет назад" counts no
hundred. Sentences written here in the manner of ministry pages and agency copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2024, 3, 5)


def _said(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=PUBLISHED)]


def test_an_answer_page_titled_with_anothers_call_is_the_spokeswomans() -> None:
    got = _said(
        "Министерство иностранных дел Российской Федерации\n\n"
        "Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ о том, "
        "что министр иностранных дел Эстонии призвал закрыть пункты пропуска\n\n"
        "Мы расцениваем это как очередной шаг таллинских властей к эскалации.\n\n"
        "Подобные призывы лишь осложняют жизнь жителей приграничья.\n"
    )
    assert got and all(speaker and "Захаров" in speaker for speaker, _, _ in got), got


def test_an_outlets_verb_after_the_attribution_is_no_main_clause() -> None:
    got = _said(
        "МОСКВА, 5 марта. /ТАСС/. Пресс-секретарь президента России Дмитрий Песков "
        "прокомментировал сообщения о возможных переговорах.\n\n"
        "Пока Кремль не видит предпосылок для таких переговоров, заявил Песков, передает ТАСС.\n"
    )
    texts = [text for _, text, _ in got]
    assert any(t.startswith("Пока Кремль не видит предпосылок") for t in texts), got
    assert not any("передает ТАСС" in t for t in texts), got


def test_recommended_to_the_post_is_no_advice() -> None:
    got = _said(
        "ASTANA, March 5. President Kassym-Jomart Tokayev on Tuesday recommended Yerlan "
        "Karin to the post of ambassador to China.\n"
    )
    assert not any(t.startswith("Yerlan Karin to the post") for _, t, _ in got), got


def test_a_question_with_a_verb_of_its_own_after_it_is_words() -> None:
    got = _said(
        "KYIV, March 5. Foreign Minister Dmytro Kuleba said on Tuesday which countries would "
        "join the coalition would be announced at the summit in Vilnius.\n"
    )
    assert [s for s, _, _ in got] == ["Dmytro Kuleba"], got


def test_a_naming_verb_with_its_object_does_not_name_the_clause() -> None:
    # the object ("положение ...") before ", что" is no name in the instrumental: the rule
    # that starts the statement at the name must not take the object and the clause in
    got = _said(
        "МОСКВА, 5 марта. /ТАСС/. Официальный представитель МИД России Мария Захарова "
        "назвала положение на переговорах тупиковым, что вызвало вопросы у журналистов.\n"
    )
    assert not any(t.startswith("положение на переговорах") for _, t, _ in got), got


def test_a_word_ending_in_sto_counts_no_hundred() -> None:
    got = _said(
        "МОСКВА, 5 марта. /ТАСС/. Просто пять лет назад министр иностранных дел России "
        "Сергей Лавров заявил, что Москва готова к диалогу.\n"
    )
    assert [(s, d) for s, _, d in got] == [("Сергей Лавров", "2019")], got
