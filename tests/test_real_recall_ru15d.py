"""Russian constructions behind statements missed on w15u (round 15, fourth wave): classes
found in articles nobody here wrote, tested in sentences written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2025, 6, 10)


def said(text: str, published: datetime.date = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_call_for_a_deed_after_a_that_clause_is_a_second_statement() -> None:
    # "заявил, что ..., и призвал X сделать Y": the call is joined to the main verb, not
    # to the clause after "что"; its object is what the speaker asked for
    text = (
        "ВЕНА, 10 июня. Министр иностранных дел Австрии Карл Браун во вторник заявил, что "
        "переговоры о транзите газа зашли в тупик, и призвал соседей «вернуться к столу "
        "без предварительных условий»."
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Карл Браун", "переговоры о транзите газа зашли в тупик"),
        ("Карл Браун", "соседей «вернуться к столу без предварительных условий»"),
    ]


def test_a_call_within_the_that_clause_stays_in_it() -> None:
    # the clause's own subject calling, with no comma closing the clause ("что парламент
    # принял ... и призвал") or in the present ("..., и призывает"), is what was said
    for text, clause in (
        (
            "Глава МИД Латвии Андрис Озолс сказал, что парламент принял резолюцию и призвал "
            "правительство ускорить закупки.",
            "парламент принял резолюцию и призвал правительство ускорить закупки",
        ),
        (
            "Глава МИД Латвии Андрис Озолс сказал, что парламент, собравшийся в среду, принял "
            "резолюцию, и призывает правительство ускорить закупки.",
            "парламент, собравшийся в среду, принял резолюцию, и призывает правительство "
            "ускорить закупки",
        ),
    ):
        assert [(s.speaker, s.text) for s in said(text)] == [("Андрис Озолс", clause)]


def test_a_meeting_named_in_someones_words_is_not_dated_by_their_day() -> None:
    # "В понедельник X назвал заседание ...": Monday is the day X spoke about the meeting,
    # not the meeting's; one who spoke "на заседании" later spoke on the story's day
    text = (
        "Совет Безопасности ООН в среду провел заседание по Ближнему Востоку. Постпред "
        "Франции Жан Мерсье на заседании сказал, что перемирие нужно продлить.\n\n"
        "В понедельник официальный представитель МИД Турции Али Кая назвал предстоящее "
        "заседание Совбеза «последним шансом для дипломатии».\n\n"
        "Постоянный представитель Египта Омар Салем, выступая на заседании, заявил, что "
        "Каир готов принять новый раунд переговоров."
    )
    days = {s.speaker: s.said_on for s in said(text, datetime.date(2025, 6, 12))}
    assert days["Али Кая"] == "2025-06-09"
    assert days["Омар Салем"] == "2025-06-11"


def test_a_document_told_of_by_which_speaks_for_who_issued_it() -> None:
    # "X распространил заявление, в котором говорится, что ...": "в котором" is the
    # document, and the one who issued it speaks
    text = (
        "В среду посольство Норвегии опубликовало заявление, в котором говорится, что "
        "консульский отдел возобновит прием документов с понедельника."
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("посольство Норвегии", "консульский отдел возобновит прием документов с понедельника"),
    ]


def test_a_name_after_the_comma_closing_a_source_is_the_subject() -> None:
    # "Как сообщили в пресс-службе Кремля, X ... и подтвердил ...": the comma closes the
    # body's phrase; the name after it is the subject, not a name the body governs, so the
    # joined verb is X's, not that of a name in the dative after it
    text = (
        "Как сообщили в пресс-службе правительства, Михаил Орлов вручил письмо Ли Цзюньхуэю "
        "и подтвердил намерение провести переговоры в июле."
    )
    speakers = {s.speaker for s in said(text)}
    assert "Ли Цзюньхуэй" not in speakers and "Ли Цзюньхуэю" not in speakers


def test_a_body_that_acts_and_then_warns_is_the_one_warning() -> None:
    # "МИД вызвал посла и предупредил, что ...": the body is the subject of both verbs,
    # not the last one quoted
    text = (
        "Министр обороны Польши Марек Новак заявил, что армия проведет учения у границы.\n\n"
        "Министерство иностранных дел Белоруссии вызвало польского поверенного и "
        "предупредило, что Минск ответит на любые провокации."
    )
    assert [s.speaker for s in said(text)] == [
        "Марек Новак",
        "Министерство иностранных дел Белоруссии",
    ]


def test_an_answer_hours_after_a_dated_statement_is_on_its_day() -> None:
    # "ответил спустя полчаса", "через пару часов заявил": hours after what the story just
    # told, on that day, not the article's
    text = (
        "Поздно вечером в среду, 4 июня, МИД Молдавии сообщил, что посол вызван для "
        "консультаций.\n\n"
        "Глава МИД Румынии Андрей Попеску ответил спустя полчаса. «Мы поддерживаем это "
        "решение», — написал министр."
    )
    days = {s.speaker: s.said_on for s in said(text, datetime.date(2025, 6, 5))}
    assert days["Андрей Попеску"] == "2025-06-04"


def test_and_inside_a_post_before_any_verb_joins_words_not_clauses() -> None:
    # "Министр по делам молодежи и спорта X ... на заседании Совета ЕС по ... сказал":
    # no verb before "и", so the post goes on and its holder is the subject
    text = (
        "Министр по делам семьи и молодежной политики Австрии Лиза Хубер во вторник перед "
        "заседанием Совета ЕС по делам занятости сказала, что пособия будут увеличены."
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Лиза Хубер", "пособия будут увеличены"),
    ]
