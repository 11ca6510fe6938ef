"""Russian classes of round 45: unquoted direct speech over a paragraph closed by a dash and
the verb, and the first date of the day named again ("в этот же день").

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

FRIDAY = datetime.date(2025, 11, 7)


def said(text: str, published: datetime.date = FRIDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_dashed_run_of_speech_in_the_third_person_starts_at_the_paragraph() -> None:
    # speech printed without quote marks over two sentences, closed by "— отметил он": the
    # whole paragraph is his, though he speaks of others, not of "мы" or "я"
    text = (
        "Слухи об отставке министра финансов Антона Силуанова не соответствуют "
        "действительности, заявил пресс-секретарь президента Дмитрий Песков.\n\n"
        "Эти публикации не имеют под собой никаких оснований. Силуанов продолжает "
        "исполнять свои обязанности, — отметил он.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Дмитрий Песков", "Дмитрий Песков"]
    assert found[1].text.startswith("Эти публикации не имеют")


def test_what_others_told_us_inside_a_dashed_run_is_the_speakers_own_line() -> None:
    # "Нам говорят, что ..." inside the run: the speaker tells what he was told
    text = (
        "Министр иностранных дел России Сергей Лавров дал интервью телеканалу.\n\n"
        "Нам говорят, что надо договариваться. Мы готовы к разговору, но без ультиматумов, — "
        "сказал министр.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Лавров"]
    assert found[0].text.startswith("Нам говорят, что надо")


def test_a_reporters_sentence_with_its_own_verb_stays_out_of_the_run() -> None:
    # near miss: the reporter's own verb of saying in the paragraph keeps the run to the
    # last sentence
    text = (
        "Песков ранее сообщил, что визит не планируется. Пока никаких решений нет, — отметил он.\n"
    )
    found = said(text)
    assert any(s.text.startswith("Пока никаких решений нет") for s in found)
    assert not any(s.text.startswith("Песков ранее") for s in found)
