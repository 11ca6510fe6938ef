"""Russian classes found probing Russian-language news pages (agency wires and their
reprints, Belarusian and Kazakh outlets, briefing reports), each written again in new
words for its test.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

FRIDAY = datetime.date(2025, 3, 14)


def said(text: str, published: datetime.date = FRIDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_light_verb_after_a_quotation_takes_the_quotation_as_its_object() -> None:
    # "высказал" and "поделился" want an object noun ("высказал мнение"); after a quotation
    # and a dash, the quotation is that object
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Замминистра иностранных дел РФ Андрей Руденко принял "
        "посла Вьетнама. «Мы видим хорошие перспективы для совместных проектов на шельфе», - "
        "высказал дипломат.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Андрей Руденко", "direct")]
    assert found[0].text.startswith("Мы видим хорошие перспективы")


def test_a_point_of_view_expressed_is_a_statement() -> None:
    # "высказал точку зрения, что ...", as "высказал мнение, что ..."
    text = (
        "МИНСК, 14 марта. /ТАСС/. Президент Белоруссии Александр Лукашенко высказал точку "
        "зрения, что главным риском для региона остается давление извне.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Александр Лукашенко"]
    assert found[0].text.startswith("главным риском для региона")


def test_there_points_back_at_the_institution_named_before() -> None:
    # "В МИД ... Там отметили, что ...": "там" stands for the body named as the place where
    # the unnamed speakers of the sentence before work
    text = (
        "МОСКВА, 14 марта. /ТАСС/. В посольстве России в Вене с удивлением восприняли решение "
        "австрийских властей. Там подчеркнули, что консульский отдел продолжит принимать "
        "граждан по записи.\n"
    )
    found = said(text)
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("посольство России в Вене", "institution")
    ]
    assert found[0].text.startswith("консульский отдел продолжит")


def test_there_without_an_institution_before_is_no_one() -> None:
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Министр провел встречу в Берлине. Там отметили, что "
        "переговоры продолжатся в апреле.\n"
    )
    assert said(text) == []


def test_a_question_asked_is_what_was_said() -> None:
    # "задался вопросом, почему ...", "поинтересовался, как ...": a rhetorical question is
    # the speaker's point
    text = (
        "НЬЮ-ЙОРК, 14 марта. /ТАСС/. Первый зампостпреда РФ при ООН Дмитрий Полянский "
        "задался вопросом, почему западные делегации не замечают обстрелов жилых кварталов.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Дмитрий Полянский"]
    assert found[0].text.startswith("почему западные делегации")


def test_a_question_a_journalist_asked_is_no_statement() -> None:
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Корреспондент поинтересовался, почему делегация задержалась "
        "в аэропорту.\n"
    )
    assert said(text) == []


def test_the_wire_end_mark_does_not_cut_the_last_statement() -> None:
    # BelTA closes a whole story with "-0-": the last sentence is not cut by the excerpt
    text = (
        "14 марта, Минск /Корр. БЕЛТА/. Глава МИД Белоруссии Максим Рыженков провел встречу "
        "с послом Китая. Ранее министр заявил, что товарооборот двух стран в этом году "
        "вырастет.-0-"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Максим Рыженков"]
    assert found[0].text == "товарооборот двух стран в этом году вырастет"


def test_the_head_of_the_ministry_is_the_minister_named_before() -> None:
    # "глава министерства", as "глава ведомства", points back at the ministry's head
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Глава МИД РФ Сергей Лавров заявил, что консультации прошли "
        "в деловом ключе. По мнению главы министерства, стороны смогут сблизить позиции к "
        "лету.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Лавров", "Сергей Лавров"]
    assert found[1].text.startswith("стороны смогут сблизить")


def test_the_head_of_the_republic_is_its_president() -> None:
    text = (
        "МИНСК, 14 марта. /ТАСС/. Президент Белоруссии Александр Лукашенко провел совещание "
        "с губернаторами.\n\nПо мнению главы республики, урожай этого года может оказаться "
        "рекордным.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Александр Лукашенко"]
    assert found[0].text.startswith("урожай этого года")


def test_an_aide_to_the_president_is_not_the_head_of_the_white_house() -> None:
    # "помощник президента" holds "президент" only as whose aide he is: "глава Белого дома"
    # is the American president, named inside what the aide said
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Помощник президента РФ Юрий Ушаков заявил, что Москва "
        "внимательно изучает сигналы из Вашингтона.\n\nУшаков допустил, что американский "
        "президент Дональд Трамп может менять тон ради союзников.\n\nВо вторник глава Белого "
        "дома заявил, что рассчитывает на скорую встречу с российским коллегой.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Юрий Ушаков", "Юрий Ушаков", "Дональд Трамп"]
    assert found[2].said_on == "2025-03-11"


def test_pointing_back_after_the_source_of_a_report() -> None:
    # "По данным СМИ, об этом он сказал ...": "об этом" still points back at the sentence
    # before once the reporter's source is named ahead of it
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Глава МИД РФ Сергей Лавров разочарован отказом "
        "европейских послов прийти на прием. По данным СМИ, об этом он сказал в интервью "
        "телеканалу.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Лавров"]
    assert found[0].text.startswith("Глава МИД РФ Сергей Лавров разочарован")


def test_a_quotation_inside_the_question_answered_is_not_the_answer() -> None:
    # "отвечая на вопрос корреспондента о том, что «...»": the marks hold the question
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков не считает, "
        "что в Кремль поступают неточные сводки.\n\nТакое мнение он высказал на брифинге, "
        "отвечая на вопрос корреспондента газеты о том, что «складывается впечатление, будто "
        "доклады приукрашивают». «Мы такого впечатления не разделяем», — сказал Песков.\n"
    )
    found = said(text)
    assert [s.text for s in found] == [
        "в Кремль поступают неточные сводки",
        "Мы такого впечатления не разделяем",
    ]


def test_a_statesman_describes_the_official_before() -> None:
    # "государственный деятель" refers back to the one the story is about
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Россия сокращает штат посольства в Кишиневе. Об этом "
        "сообщила официальный представитель МИД России Мария Захарова.\n\nПри этом "
        "государственный деятель назвала выдумкой сообщения о вывозе архивов.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Мария Захарова", "Мария Захарова"]
    assert found[1].text.startswith("выдумкой сообщения")


def test_unquoted_speech_over_several_sentences_closed_by_a_dash() -> None:
    # a paragraph of direct speech without quote marks, closed by "— сказал он": the
    # words said start with the paragraph, not with its last sentence
    text = (
        "АСТАНА, 14 марта. /ТАСС/. Официальный представитель МИД Казахстана Айбек Смадияров "
        "рассказал о работе консульств.\n\nКонсульство в Харькове пока открыто. Речь идет о "
        "временном переводе части наших сотрудников во Львов, — заявил дипломат.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Айбек Смадияров"]
    assert found[0].text.startswith("Консульство в Харькове пока открыто")


def test_a_narrative_sentence_before_a_dash_attribution_is_not_speech() -> None:
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Глава МИД РФ Сергей Лавров прибыл в Анкару. Переговоры "
        "будут непростыми, — сказал он.\n"
    )
    found = said(text)
    assert [s.text for s in found] == ["Переговоры будут непростыми"]


def test_earlier_beside_a_participle_dates_what_was_done_not_what_was_said() -> None:
    # "прокомментировал введённые ранее на этой неделе санкции": the sanctions came
    # earlier this week; the words were said on Sunday, as the lead says
    text = (
        "Москва. 9 марта. ИНТЕРФАКС - Россия готова ответить на новые ограничения, заявил в "
        'воскресенье замглавы МИД РФ Сергей Вершинин.\n\n"Наш ответ будет взвешенным", - '
        'сказал Вершинин в эфире телеканала.\n\n"И он будет болезненным для тех, кто это '
        'затеял", - подчеркнул замглавы МИД.\n\nТак дипломат прокомментировал введённые '
        "ранее на этой неделе санкции Евросоюза.\n"
    )
    found = said(text, datetime.date(2025, 3, 9))
    assert [s.said_on for s in found] == ["2025-03-09"] * 3


def test_the_opening_remarks_of_a_briefing_without_questions() -> None:
    # a mid.ru briefing cut before the questions: the header names the briefer; each topic's
    # paragraphs, spoken in the first person, are one statement of hers
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 14 марта 2025 "
        "года\n\nО визите Министра иностранных дел С.В.Лаврова в Лаос\n\nКак я уже говорила, "
        "Министр проведет переговоры с лаосским коллегой. Мы рассчитываем обсудить поставки "
        "удобрений и подготовку к саммиту.\n\nО ситуации вокруг консульства в Риге\n\nСчитаем "
        "требования латвийской стороны необоснованными. Наши дипломаты продолжат работу в "
        "обычном режиме.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Захарова", "direct")] * 2
    assert found[0].text.startswith("Как я уже говорила")
    assert found[1].text.startswith("Считаем требования")
    assert found[0].said_on == "2025-03-14"


def test_news_about_a_briefing_is_not_its_transcript() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой\n\nНа брифинге "
        "официальный представитель МИД России Мария Захарова заявила, что наши дипломаты "
        "продолжат работу в Риге.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Мария Захарова", "indirect")]


def test_an_aide_named_by_whose_aide_he_is_is_not_his_principal() -> None:
    # "подчеркнул пресс-секретарь Токаева": the name in the genitive after a man's verb is
    # whose press secretary speaks; no one is named to say it
    text = (
        'АСТАНА, 14 марта. /ТАСС/. "Ситуация на границе остается спокойной", - подчеркнул '
        "пресс-секретарь Токаева.\n"
    )
    assert [s.speaker for s in said(text)] == []


def test_an_aide_of_the_president_refers_to_the_aide_named_before() -> None:
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Помощник президента РФ Юрий Ушаков провел встречу с "
        "послом Турции. Помощник Путина заявил, что стороны обсудили график контактов.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Юрий Ушаков"]


def test_whose_representative_then_the_name_of_the_one_who_speaks() -> None:
    # "Представитель Зеленского Сергей Никифоров": the genitive names the principal
    text = (
        "КИЕВ, 14 марта. /ТАСС/. Представитель Зеленского Сергей Никифоров заявил, что "
        "делегация вылетит в Эр-Рияд в понедельник.\n"
    )
    found = said(text)
    assert [(s.speaker, s.role) for s in found] == [
        ("Сергей Никифоров", "Представитель Зеленского")
    ]


def test_akorda_is_the_kazakh_presidents_office_not_a_person() -> None:
    text = (
        "АСТАНА, 14 марта. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев посетил Костанай. "
        "Об этом сообщает Акорда.\n\nПрезидент сообщил, что в этом году намерен побывать в "
        "Аркалыке.\n"
    )
    found = said(text)
    assert found[-1].speaker == "Касым-Жомарт Токаев"
    assert all(s.speaker_type == "institution" for s in found if s.speaker == "Акорда")


def test_two_names_joined_by_and_open_no_clause_of_their_own() -> None:
    # "Источник агентства после разговора Лаврова и Рубио сообщил": "и" joins two names in
    # the genitive; the subject is the unnamed source, who is no speaker
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Источник агентства после разговора Лаврова и Рубио "
        "сообщил, что их встреча перенесена на апрель.\n"
    )
    assert said(text) == []


def test_a_second_speaker_joined_by_a_comma_alone() -> None:
    # "X назвал ... фейком, Y заявил, что ...": the second clause is Y's own
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Глава РФПИ Кирилл Дмитриев назвал расшифровку подделкой, "
        "помощник президента Юрий Ушаков заявил, что утечки мешают диалогу.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Кирилл Дмитриев", "расшифровку подделкой"),
        ("Юрий Ушаков", "утечки мешают диалогу"),
    ]


def test_a_report_of_an_institution_is_its_document() -> None:
    # "..., говорится в отчете Госдепа": a readout speaks for the body that issued it
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Министры обсудили подготовку встречи на высшем уровне, "
        "говорится в отчете Госдепа США.\n"
    )
    found = said(text)
    assert [(s.speaker, s.speaker_type) for s in found] == [("Госдеп США", "institution")]


def test_voicing_a_position_without_saying_it_is_a_mention() -> None:
    # "озвучил позицию Москвы по ...": what was said is only named; "назвал позицию ...
    # лицемерной" is a judgement said
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Глава МИД РФ Сергей Лавров озвучил позицию Москвы по "
        "ливийскому урегулированию. Замглавы МИД РФ Михаил Богданов назвал подход Вашингтона "
        "однобоким.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Михаил Богданов", "подход Вашингтона однобоким")
    ]


def test_the_correspondent_passing_the_words_on_ends_what_was_said() -> None:
    # "..., передает специальный корреспондент «Ъ» ...": as an outlet at the end, the
    # reporter passing the words on is not part of them
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков заявил, что "
        "вопросов журналистов сегодня не будет, передает специальный корреспондент «Ъ» Иван "
        "Сидоров.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text, s.kind) for s in found] == [
        ("Дмитрий Песков", "вопросов журналистов сегодня не будет", "indirect")
    ]
