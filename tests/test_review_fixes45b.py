"""Review fixes 45b: unquoted Russian words read back over the sentences before them only
when those sentences are the speaker's own kind of words (first person, or a mark of his
view: "ничего", "безусловно", "фактически"), never news told in any tense; a correspondent's
"Мне рассказали, что ..." is no line of the speaker's.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

FRIDAY = datetime.date(2025, 11, 7)


def said(text: str) -> list[ProposedStatement]:
    return extract(text, published=FRIDAY)


def only(text: str, speaker: str, start: str) -> None:
    found = said(text)
    assert [s.speaker for s in found] == [speaker]
    assert found[0].text.startswith(start)


def test_a_wire_lead_in_the_future_stays_out_of_reported_words() -> None:
    only(
        "МОСКВА, 7 ноября. /ТАСС/. Премьер-министры России и Белоруссии проведут встречу "
        "в Минске в понедельник. Эта встреча станет важной для союзного бюджета, сообщил "
        "журналистам вице-премьер РФ Алексей Оверчук.\n",
        "Алексей Оверчук",
        "Эта встреча станет важной",
    )


def test_news_in_the_present_stays_out_of_reported_words() -> None:
    only(
        "Курс рубля к доллару держится около 80 рублей. Инфляция замедляется третий месяц "
        "подряд. Поэтому снижать ставку можно быстрее, сказал глава Минэкономразвития "
        "Максим Решетников.\n",
        "Максим Решетников",
        "Поэтому снижать ставку",
    )


def test_another_speakers_words_stay_out_of_reported_words() -> None:
    # a sentence telling what another says of a topic, and another's quoted verdict
    only(
        "Премьер Польши в эфире радио рассуждает о возможной блокаде Калининграда. Это "
        "опасные фантазии, заявил пресс-секретарь президента РФ Дмитрий Песков.\n",
        "Дмитрий Песков",
        "Это опасные фантазии",
    )
    only(
        "Для Вашингтона российские предложения — «шаг в верном направлении». Это их "
        "оценка, заявил пресс-секретарь президента РФ Дмитрий Песков.\n",
        "Дмитрий Песков",
        "Это их оценка",
    )


def test_news_before_a_dashed_third_person_run_stays_out() -> None:
    only(
        "Сергей Лавров находится в Ереване с рабочим визитом. Разговор будет "
        "откровенным, — сказал министр журналистам.\n",
        "Сергей Лавров",
        "Разговор будет откровенным",
    )
    only(
        "Западные издания пишут о скорой отставке главы ЦБ. Эти публикации не имеют "
        "отношения к действительности, — отметил Песков.\n",
        "Песков",
        "Эти публикации не имеют",
    )


def test_the_speakers_own_view_before_a_dashed_run_is_still_read_back() -> None:
    # near miss: "ничего" marks the sentence before as his view, not news
    found = said(
        "Слухи о разногласиях в правительстве не подтверждаются, заявил пресс-секретарь "
        "президента Дмитрий Песков.\n\n"
        "В этих публикациях нет ничего, кроме домыслов. Безусловно, кабинет работает "
        "слаженно, — подчеркнул он.\n"
    )
    assert [s.speaker for s in found] == ["Дмитрий Песков", "Дмитрий Песков"]
    assert found[1].text.startswith("В этих публикациях нет ничего")


def test_a_correspondents_told_me_stays_out_of_a_first_person_run() -> None:
    only(
        "Мне рассказали вчера вечером, что китайская делегация прибудет завтра. Мы "
        "рассчитываем на новые соглашения, — сказал глава РФПИ Кирилл Дмитриев.\n",
        "Кирилл Дмитриев",
        "Мы рассчитываем",
    )
