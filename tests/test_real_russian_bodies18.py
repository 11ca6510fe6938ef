"""Russian bodies in real copy (issue 8, round eighteen): a ministry told by its kind, by a
state's adjective in an oblique case, or as a document's issuer after a time, is the body the
story named. Every sentence here is written for the test; none is copied from an article."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2024, 10, 17)


def _who(text: str) -> list[tuple[str, str]]:
    """Each statement's speaker and its first two words."""
    return [(s.speaker, " ".join(s.text.split()[:2])) for s in extract(text, published=THURSDAY)]


def test_a_document_after_a_time_opening_the_sentence_before_is_the_bodys() -> None:
    # "Поздно вечером того же дня МИД Х опубликовал заявление. ..., говорится в документе":
    # the body the sentence before opens on past its time, not the president quoted earlier
    text = (
        "Президент Сербии Александр Вучич заявил в среду, что Белград не введет санкций.\n\n"
        "Поздно вечером того же дня МИД Сербии опубликовал заявление. Белград продолжит "
        "переговоры с Брюсселем по всем главам, говорится в документе."
    )
    assert ("МИД Сербии", "Белград продолжит") in _who(text)


def test_a_pronouns_word_before_a_comma_is_no_adjective_of_the_body() -> None:
    # "Кроме того, МИД пообещал ...": "того" is no part of the body's name
    text = (
        "Вечером МИД Сербии опубликовал заявление о переговорах. Кроме того, МИД пообещал "
        "сохранить консультации с Брюсселем до конца года."
    )
    names = [speaker for speaker, _ in _who(text)]
    assert names and all(not name.startswith("то") for name in names)


def test_a_foreign_ministry_told_by_the_neighbouring_state_is_the_one_named() -> None:
    # "в заявлении внешнеполитического ведомства соседней страны": the ministry named before
    text = (
        "Вскоре с заявлением выступил МИД Казахстана. В Астане подтвердили, что текст "
        "соглашения согласован.\n\n"
        "«Мы ждем подписания документа до конца года», – говорится в заявлении "
        "внешнеполитического ведомства соседней страны."
    )
    assert ("МИД Казахстана", "Мы ждем") in _who(text)


def test_a_states_adjective_with_the_ministry_in_an_oblique_case_names_it_in_full() -> None:
    # "в сербском МИДе считают": the body is "МИД Сербии", as "сербский МИД" would be
    text = "В сербском МИДе считают, что переговоры с Брюсселем продолжатся в ноябре."
    assert [speaker for speaker, _ in _who(text)] == ["МИД Сербии"]


def test_the_speaker_of_a_parliament_is_its_chair() -> None:
    # "Председатель Сейма X ... – отметил спикер": the chair, whom the press calls "спикер",
    # not the Kremlin's spokesman quoted before
    text = (
        "Пресс-секретарь президента России Дмитрий Песков заявил, что Москва следит за "
        "ситуацией.\n\n"
        "Председатель Сейма Литвы Виктория Чмилите-Нильсен сегодня поддержала решение "
        "правительства. «Мы сделали то, что должны были сделать», – отметила спикер."
    )
    assert ("Виктория Чмилите-Нильсен", "Мы сделали") in _who(text)


def test_a_party_named_in_straight_marks_inside_a_title_leaves_the_name_after_it() -> None:
    # 'Представитель партии "Наше отечество" X назвал ...': X, the party's name part of his post
    text = (
        "Пресс-секретарь президента России Дмитрий Песков заявил, что Москва следит за "
        "ситуацией.\n\n"
        'Представитель оппозиционной партии "Наше отечество" Андрей Костенко, в свою очередь, '
        'назвал решение "поспешным", заявив, что оно ослабит позиции страны.'
    )
    names = [speaker for speaker, _ in _who(text)]
    assert "Андрей Костенко" in names
    assert names.count("Дмитрий Песков") == 1
