"""Russian classes found on agency and newspaper pages nobody here annotated (RIA, Interfax,
Kommersant, Life, NSN), each written again in new words for its test.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

MONDAY = datetime.date(2022, 1, 10)


def said(text: str, published: datetime.date = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_pronoun_opening_a_sentence_is_no_name_spelt_alike() -> None:
    # "Сами" reads first as the pronoun ("themselves") and only rarely as a first name: the
    # title right before the verb speaks
    text = (
        "ЖЕНЕВА, 10 января. Замглавы МИД РФ Сергей Рябков заявил, что Москва ждет ответа "
        "на свои предложения.\n"
        "Сами консультации в Женеве замминистра назвал трудными, но полезными.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Рябков"] * 2
    assert found[1].cue == "назвал"


def test_a_name_after_a_person_noun_in_the_genitive_is_given_in_the_nominative() -> None:
    # "журналиста Такера Карлсона": the noun is genitive or accusative, so the name is too,
    # though its unknown foreign words also read as nominatives
    text = (
        "В Кремле обсудили визит американского журналиста Такера Карлсона.\n"
        "Ранее Карлсон сообщил, что хотел бы увидеть страну своими глазами.\n"
    )
    assert [s.speaker for s in said(text)] == ["Такер Карлсон"]


def test_a_common_noun_opening_a_sentence_is_no_first_name_of_the_name_after_it() -> None:
    text = (
        "Журналист Такер Карлсон прилетел в Москву во вторник.\n"
        "Карлсон сообщил, что намерен взять интервью у президента.\n"
    )
    assert [s.speaker for s in said(text)] == ["Такер Карлсон"]


def test_an_official_described_as_chinovnitsa_or_gossluzhashchaya_is_the_one_named() -> None:
    text = (
        "Официальный представитель МИД России Мария Захарова назвала слухи о своей отставке "
        "выдумкой.\n"
        "Чиновница добавила, что продолжает работать в прежнем режиме.\n"
        "По словам госслужащей, о новых назначениях ей ничего не известно.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Мария Захарова"] * 3
    assert found[1].text.startswith("продолжает работать")


def test_a_day_set_off_by_commas_between_the_verb_and_its_subject_is_passed_over() -> None:
    text = (
        "Москва не оставит без ответа новые ограничения против своих дипломатов.\n"
        "Такое заявление сделал в пятницу, 7 января, заместитель министра иностранных дел "
        "Сергей Рябков, выступая в Госдуме.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Сергей Рябков", "2022-01-07")]
    assert found[0].text.startswith("Москва не оставит без ответа")


def test_a_relative_clauses_words_end_where_the_sentence_s_own_verb_returns() -> None:
    # the object of "назвал" is Borrell's; the rest of the sentence, which the next one
    # says Zakharova stated, is hers, without his words
    text = (
        "Слова главы евродипломатии Жозепа Борреля, который назвал Россию угрозой для "
        "соседей, лишь подогревают напряженность в Европе.\n"
        "Соответствующее заявление сделала официальный представитель МИД России Мария "
        "Захарова.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found][0] == (
        "Жозеп Боррель",
        "Россию угрозой для соседей",
    )
    assert found[1].speaker == "Мария Захарова"
    assert "подогревают напряженность" in found[1].text
    assert "угрозой для соседей" not in found[1].text


def test_a_quotation_of_two_paragraphs_in_straight_marks_is_one_quote() -> None:
    text = (
        'Захарова ответила британскому коллеге в соцсети. "Вы уже сделали достаточно.\n\n'
        'Теперь отдохните", - написала она. Отвечая одному из читателей, она напомнила, что '
        "Москва до последнего предлагала переговоры.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Захарова", "Вы уже сделали достаточно. Теперь отдохните"),
        ("Захарова", "Москва до последнего предлагала переговоры"),
    ]


def test_a_relative_clause_with_its_own_subject_is_not_the_speaker_before_it() -> None:
    # "в котором Лондон выразил": London expressed it, not the one who commented on it; but
    # "дал интервью, в котором заявил" is the interviewee's
    text = (
        "Мария Захарова прокомментировала заявление британского МИД, в котором Лондон "
        "выразил готовность и дальше помогать Киеву.\n"
        "Сергей Лавров дал интервью телеканалу, в котором заявил, что Россия готова к "
        "переговорам.\n"
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Сергей Лавров", "Россия готова к переговорам")
    ]


def test_k_etomu_prizval_points_back_at_the_sentence_before() -> None:
    text = (
        "Сторонам пора вернуться к переговорам без предварительных условий. К этому "
        "участников конфликта призвал постоянный представитель России при ООН Василий "
        "Небензя.\n"
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Василий Небензя", "Сторонам пора вернуться к переговорам без предварительных условий")
    ]


def test_a_body_governed_by_the_noun_before_it_is_no_part_of_the_title_after_it() -> None:
    text = (
        "Россия готова к диалогу, заявил в Минске по итогам заседания коллегий МИД Беларуси "
        "и РФ министр иностранных дел России Сергей Лавров.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.role) == ("Сергей Лавров", "министр иностранных дел России")


def test_na_eto_obratil_vnimanie_points_back_and_the_correspondent_is_no_outlet() -> None:
    text = (
        "12 июля, Минск /Корр. БЕЛТА/. Беларусь никогда не угрожала своим соседям. На это "
        "обратил внимание министр иностранных дел Беларуси Владимир Макей в интервью "
        "телеканалу.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.text) == (
        "Владимир Макей",
        "Беларусь никогда не угрожала своим соседям",
    )
    from tracker.extract.russian.dateline import find_dateline

    assert find_dateline(text).outlet == "БЕЛТА"


def test_an_interview_whose_names_stand_alone_on_their_lines_gives_the_answers() -> None:
    # "Сергей Лавров:" on a line, "– ..." below; the interviewer's turns, questions or
    # remarks addressed to the minister, are no statements
    text = (
        "Министр иностранных дел ответил на вопросы читателей газеты.\n"
        "Иван Петров:\n"
        "– Весной вы говорили, что кризис удастся преодолеть. Читатели спрашивают: "
        "«Когда же?».\n"
        "Сергей Лавров:\n"
        "– Мы по-прежнему уверены, что переговоры приведут к результату.\n"
        "Иван Петров:\n"
        "– А санкции?\n"
        "Сергей Лавров:\n"
        "– Санкции не изменят нашей позиции, это понимают и наши партнеры.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Сергей Лавров", "Мы по-прежнему уверены, что переговоры приведут к результату."),
        ("Сергей Лавров", "Санкции не изменят нашей позиции, это понимают и наши партнеры."),
    ]


def test_a_pointer_opening_a_paragraph_takes_the_whole_paragraph_before() -> None:
    text = (
        "Москва и Вашингтон всерьез заняты поиском решения. Обе стороны понимают, что "
        "времени остается немного.\n"
        "С соответствующим заявлением выступила на брифинге официальный представитель "
        "Министерства иностранных дел России Мария Захарова.\n"
    )
    (found,) = said(text)
    assert found.speaker == "Мария Захарова"
    assert found.text.startswith("Москва и Вашингтон всерьез заняты")
    assert found.text.endswith("времени остается немного")
    assert found.institution == "Министерство иностранных дел России"


def test_o_tom_chto_gives_what_follows_it_not_the_sentence_before() -> None:
    text = (
        "Совет Безопасности соберется в пятницу.\n"
        "О том, что заседание пройдет при закрытых дверях, ранее сообщил первый заместитель "
        "постпреда России при ООН Дмитрий Полянский.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.text) == (
        "Дмитрий Полянский",
        "заседание пройдет при закрытых дверях",
    )


def test_a_mission_speaks_for_itself_and_a_post_at_the_un_is_not_the_un_s() -> None:
    text = (
        "Постпред России при ООН Василий Небензя выступил в Совбезе.\n"
        "Ранее российское постпредство при ООН заявило, что не получало приглашения.\n"
        "Небензя заявил, что Москва не признает итогов голосования.\n"
    )
    found = said(text)
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("российское постпредство при ООН", "institution"),
        ("Василий Небензя", "person"),
    ]
    assert found[1].institution is None


def test_a_name_in_the_genitive_before_the_speaker_s_own_is_no_part_of_it() -> None:
    text = (
        "Переговоры оказались долгими. Об этом заявил помощник президента России Владимира "
        "Путина Юрий Ушаков.\n"
        "«Путь был трудным», — так Ушаков объяснил продолжительность консультаций.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Юрий Ушаков"] * 2
    assert found[1].text == "Путь был трудным"


def test_ob_etom_after_a_relay_clause_points_back_not_at_the_relay() -> None:
    text = (
        "«Такие заявления только вредят диалогу».\n\n"
        "Как сообщает корреспондент агентства, об этом заявила официальный представитель "
        "МИД России Мария Захарова на брифинге.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.text) == (
        "Мария Захарова",
        "Такие заявления только вредят диалогу",
    )


def test_a_claim_a_gerund_comments_on_is_its_owners() -> None:
    text = (
        "Москва не намерена отвечать на провокации.\n\n"
        "Об этом заявила официальный представитель МИД России Мария Захарова на брифинге, "
        "комментируя заявление главы МИД Армении Арарата Мирзояна о том, что «у двух стран "
        "разные приоритеты».\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Мария Захарова", "Москва не намерена отвечать на провокации"),
        ("Арарат Мирзоян", "у двух стран разные приоритеты"),
    ]


def test_an_office_followed_by_its_holder_s_name_in_the_genitive_speaks_itself() -> None:
    text = (
        "Ранее пресс-служба второго президента Армении Роберта Кочаряна назвала публикацию "
        "провокацией.\n"
    )
    (found,) = said(text)
    assert found.speaker_type == "institution"
    assert found.speaker.startswith("пресс-служба второго президента")


def test_united_states_in_a_title_is_a_country_not_a_surname() -> None:
    text = (
        "Бывший посол Соединенных Штатов в Российской Федерации Майкл Макфол назвал итоги "
        "голосования неожиданными.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.role) == (
        "Майкл Макфол",
        "Бывший посол Соединенных Штатов в Российской Федерации",
    )


def test_o_tom_chto_after_a_reminder_word_gives_its_clause() -> None:
    text = (
        "Напомним, о том, что переговоры возобновятся в марте, ранее заявил глава МИД "
        "Великобритании Дэвид Кэмерон.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.text) == ("Дэвид Кэмерон", "переговоры возобновятся в марте")


def test_the_one_media_quote_is_the_object_after_them() -> None:
    text = (
        "Глава МИД России Сергей Лавров не стал отвечать на слова британских политиков.\n"
        "«Такие оценки я комментировать не буду», – цитируют российские СМИ министра "
        "иностранных дел.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.text) == ("Сергей Лавров", "Такие оценки я комментировать не буду")


def test_what_the_media_reported_is_no_statement_of_the_one_who_reacted() -> None:
    text = (
        "Официальный представитель МИД России Мария Захарова отреагировала на сообщения СМИ "
        "о том, что переговоры сорваны.\n"
        "«Никакого срыва нет», — написала дипломат.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [("Мария Захарова", "Никакого срыва нет")]


def test_a_clause_of_another_speaker_after_an_aside_ends_the_first_ones_words() -> None:
    text = (
        "Лавров заявил, что Москва пересмотрит свою позицию, а Зеленский, в свою очередь, "
        "обвинил российского министра во лжи.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Лавров", "Москва пересмотрит свою позицию"),
        ("Зеленский", "российского министра во лжи"),
    ]


def test_a_digest_of_someone_s_statements_gives_each_point_to_them() -> None:
    text = (
        "Постпред России при ООН Василий Небензя выступил на заседании Совбеза. Его главные "
        "заявления:\n\n"
        "— Западные коллеги вновь пытаются навязать Совету односторонний подход;\n"
        "— Россия не примет резолюцию, составленную без учета ее позиции;\n"
        "— Диалог возможен только на равноправной основе.\n\n"
        "Основные тезисы Лаврова:\n"
        "Москва открыта для переговоров с Вашингтоном.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Василий Небензя"] * 3 + ["Лавров"]
    assert found[0].text == "Западные коллеги вновь пытаются навязать Совету односторонний подход"


def test_a_stop_with_its_space_lost_ends_a_sentence_and_its_attribution() -> None:
    # "развития.Ранее ...": merged, the sentence gave Shoigu's next words to Stoltenberg
    text = (
        "Генсек НАТО Йенс Столтенберг добавил, что страны сами выбирают свой путь "
        "развития.Ранее министр обороны России Сергей Шойгу провел совещание. По его словам, "
        "флот отработал развертывание в Тихом океане.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Йенс Столтенберг", "страны сами выбирают свой путь развития"),
        ("Сергей Шойгу", "флот отработал развертывание в Тихом океане"),
    ]


def test_a_connector_before_an_attribution_set_into_a_sentence_says_nothing() -> None:
    text = (
        "Генсек НАТО Йенс Столтенберг выступил в Брюсселе.\n"
        "Кроме того, добавил генсек, в новой концепции альянса будет упомянут Китай.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.text) == (
        "Йенс Столтенберг",
        "в новой концепции альянса будет упомянут Китай",
    )


def test_an_outlet_named_by_what_it_is_asks_in_a_labelled_interview() -> None:
    text = (
        "Журналисты газеты задали вопросы министру иностранных дел России Сергею Лаврову:\n"
        "Российская газета: Прошло три недели после выступления в Мюнхене. На кого можно "
        "рассчитывать?\n"
        "Сергей Лавров: Партнеров, которые думают так же, как мы, достаточно.\n"
        "Российская газета: А Европа?\n"
        "Сергей Лавров: Европа реагирует по-разному, но диалог продолжается.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Сергей Лавров", "Партнеров, которые думают так же, как мы, достаточно."),
        ("Сергей Лавров", "Европа реагирует по-разному, но диалог продолжается."),
    ]


def test_an_indirect_question_before_the_verb_names_a_topic_not_words() -> None:
    text = (
        "Почему интервью президента вышло на русском языке, объяснил его пресс-секретарь "
        "Берик Уали.\n"
        "Как и прежде, Астана открыта к диалогу, заявил Уали.\n"
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Берик Уали", "Как и прежде, Астана открыта к диалогу")
    ]


def test_a_surname_in_its_genitive_and_a_post_after_a_body_abbreviation() -> None:
    # "Кулебы" is "Кулеба" in the genitive; in "на Генассамблее ООН дипломат заявил" the
    # diplomat speaks, not the UN; "МИДа" is the ministry "МИД"
    text = (
        "По словам главы украинского МИДа Дмитрия Кулебы, Киев не готовит наступления.\n"
        "Во время выступления на Генассамблее ООН дипломат заявил, что кризис создан "
        "искусственно.\n"
    )
    found = said(text)
    assert [(s.speaker, s.institution) for s in found] == [("Дмитрий Кулеба", "МИД")] * 2


def test_a_pointer_back_to_a_sentence_that_only_names_the_topic_is_no_statement() -> None:
    # "X высказался о ... Об этом дипломат заявил журналистам.": the act is reported, the
    # words come later
    text = (
        "Замминистра иностранных дел России Александр Грушко высказался о возможной встрече "
        "министров в Женеве. Об этом дипломат заявил журналистам.\n\n"
        "«Никаких договоренностей о дате пока нет», — подчеркнул Грушко.\n"
    )
    found = extract(text, published=datetime.date(2024, 3, 5))
    assert [s.text for s in found] == ["Никаких договоренностей о дате пока нет"]


def test_a_pointer_back_to_a_told_that_sentence_keeps_its_words() -> None:
    text = (
        "Замминистра иностранных дел России Александр Грушко рассказал о том, что встреча "
        "министров в Женеве пока не согласована. Об этом дипломат заявил журналистам.\n"
    )
    found = extract(text, published=datetime.date(2024, 3, 5))
    assert found and all(s.speaker == "Александр Грушко" for s in found)


def test_a_quote_an_outlet_quotes_her_by_pronoun_is_hers() -> None:
    # "«...», — цитирует ее ТАСС": the outlet relays, the one it quotes speaks
    text = (
        "Официальный представитель МИД России Мария Захарова прокомментировала сбой связи во "
        "время брифинга.\n"
        "«Связь восстановили за минуту, никакого заговора здесь нет», — цитирует ее ТАСС.\n"
    )
    found = extract(text, published=datetime.date(2024, 11, 21))
    assert [(s.speaker, s.text) for s in found] == [
        ("Мария Захарова", "Связь восстановили за минуту, никакого заговора здесь нет")
    ]


def test_explained_with_only_an_object_names_a_topic() -> None:
    # "объяснила звонок": what she explained, not her words; "объяснила, что ..." has them
    text = (
        "Официальный представитель МИД России Мария Захарова объяснила задержку начала "
        "брифинга, случившуюся в четверг.\n"
    )
    assert extract(text, published=datetime.date(2024, 11, 21)) == []
    text = "Мария Захарова объяснила, что брифинг задержали из-за технического сбоя.\n"
    (found,) = extract(text, published=datetime.date(2024, 11, 21))
    assert found.text == "брифинг задержали из-за технического сбоя"


def test_a_paragraph_pointed_back_at_leaves_out_its_report_of_the_speaking() -> None:
    # "Глава МИД отреагировал на ... Министр заявил ... \n\n Об этом Лавров говорил на ...":
    # the first sentence tells that he spoke, the second what he said
    text = (
        "Глава МИД России Сергей Лавров с иронией отреагировал на отказ в визах для "
        "журналистов. Министр поблагодарил хозяев за то, что визу дали хотя бы ему.\n\n"
        "Об этом Лавров говорил на встрече министров в Анкаре.\n"
    )
    found = extract(text, published=datetime.date(2019, 9, 24))
    assert found and all(not s.text.startswith("Глава МИД") for s in found)
    assert any("визу дали хотя бы ему" in s.text for s in found)


def test_the_politician_is_a_deputy_head_of_a_ministry_named_before() -> None:
    # "заместитель главы Министерства ... Грушко. Политик подчеркнул ...": a post in
    # government, in the genitive ("главы", "Министерства"), is a politician's
    text = (
        "Москва не начинала дипломатическую войну. Об этом заявил заместитель главы "
        "Министерства иностранных дел России Андрей Руднев. Политик подчеркнул, что "
        "посольства европейских стран в Москве закрывать не будут.\n"
    )
    found = extract(text, published=datetime.date(2022, 4, 20))
    assert [s.speaker for s in found] == ["Андрей Руднев", "Андрей Руднев"]


def test_one_answer_to_a_media_question_is_a_page_of_the_one_answering() -> None:
    # mid.ru's "Ответ официального представителя ... на вопрос СМИ": "Ответ:" is hers
    text = (
        "Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ в связи с "
        "задержанием российских рыбаков\n"
        "14 марта 2024\n\n"
        "Вопрос: Как Вы прокомментируете задержание экипажа траулера у берегов Норвегии?\n\n"
        "Ответ: Мы потребовали от норвежской стороны разъяснений. Экипаж должен быть "
        "освобожден без промедления.\n"
    )
    found = extract(text, published=datetime.date(2024, 3, 14))
    assert [(s.speaker, s.kind) for s in found] == [("Захарова", "direct")]
    assert found[0].text.startswith("Мы потребовали")


def test_a_day_written_out_as_an_ordinal_dates_the_words() -> None:
    for written, day in (
        ("четвёртого октября", "2022-10-04"),
        ("двадцать первого сентября", "2022-09-21"),
        ("третьего октября", "2022-10-03"),
    ):
        text = (
            f"Напомним, {written} официальный представитель МИД РФ Мария Захарова заявила, "
            "что переговоры зашли в тупик.\n"
        )
        (found,) = extract(text, published=datetime.date(2022, 10, 6))
        assert found.said_on == day, written
