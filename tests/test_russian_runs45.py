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


def test_reported_words_pointing_back_take_the_paragraph_before() -> None:
    # no dash, no quote marks: the last sentence opens with "Это" and points at the one
    # before, so the paragraph is the ambassador's view
    text = (
        "Посол назвал истерикой нападки на российских дипломатов\n\n"
        "Сейчас контакты между Россией и Евросоюзом фактически сведены к минимуму, однако "
        "Брюссель "
        "регулярно ищет повод для давления на российские посольства. Это похоже на "
        "«шпиономанию», заявил в интервью газете «Известия» посол России Алексей Мешков.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Алексей Мешков"]
    assert found[0].text.startswith("Сейчас контакты между Россией")


def test_reported_words_after_a_dateline_start_past_it() -> None:
    text = (
        "МОСКВА, 7 ноября. /ТАСС/. Власти Молдавии не отказываются от давления на "
        'русскоязычные СМИ, продолжая навязанный курс на "информационную зачистку". С учетом этого '
        "перспектив нормализации отношений нет, подчеркнула официальный представитель МИД "
        "России Мария Захарова.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Мария Захарова"]
    assert found[0].text.startswith("Власти Молдавии не отказываются")


def test_an_event_told_before_reported_words_stays_out() -> None:
    # near miss: the sentence before tells what happened (a past verb); only the comment
    # after it is the speaker's
    text = (
        "Власти Эстонии в понедельник выслали сотрудника российского посольства. Это "
        "недружественный шаг, заявил пресс-секретарь президента Дмитрий Песков.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Дмитрий Песков"]
    assert found[0].text.startswith("Это недружественный шаг")
