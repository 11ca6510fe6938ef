"""A clause "О том, чего/как/есть ли ..." before "рассказал X" names what an interview is
about, not words said; "О том, что ..." before the verb is the words (checked on a page
written after a blind set showed the first read as a statement)."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2025, 2, 11)


def _found(sentence: str) -> list[tuple[str | None, str]]:
    text = f"Интервью\n\nСрок договора истекает через год. {sentence}\n"
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_an_indirect_question_before_the_verb_is_a_topic():
    for sentence in (
        "О том, чего Москва ждет от Вашингтона и возможен ли диалог, в интервью "
        "РИА Новости рассказал заместитель министра иностранных дел России Сергей Рябков.",
        "О том, как идут консультации, в беседе с ТАСС рассказал постпред России при "
        "ООН Василий Небензя.",
    ):
        assert _found(sentence) == []


def test_what_was_said_before_the_verb_is_still_the_words():
    found = _found(
        "О том, что Россия готова к диалогу, заявил министр иностранных дел Сергей Лавров."
    )
    assert found == [("Сергей Лавров", "Россия готова к диалогу")]
