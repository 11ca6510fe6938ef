"""More Russian classes found on pages nobody here annotated (television news captions,
Ukrainian and Armenian Russian-language outlets, agency wires), each written again in new
words for its test.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2024, 3, 12)


def said(text: str, published: datetime.date = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_caption_name_comma_post_colon_quote_is_that_persons_quote() -> None:
    # a television report's caption: the name, the post after a comma, a colon, the quote
    text = (
        "Москва призвала Совбез ООН провести срочное заседание по ситуации в регионе.\n"
        "Василий Небензя, постпред России при ООН: «Мы не можем молчать, когда гибнут мирные "
        "люди».\n"
        "Дмитрий Полянский, первый заместитель постпреда России при ООН: «Наши коллеги "
        "снова предпочли отмолчаться».\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Василий Небензя", "Дмитрий Полянский"]
    assert found[0].text.startswith("Мы не можем молчать")
    assert found[0].role == "постпред России при ООН"


def test_expressing_disappointment_or_alarm_is_a_stated_view() -> None:
    # "выразил разочарование/тревогу/недовольство": a view stated, as "выразил
    # обеспокоенность" is
    text = (
        "ТОКИО, 12 марта. /ТАСС/. Посол России в Японии Николай Ноздрев выразил "
        "разочарование решением японской стороны продлить ограничительные меры.\n"
        "Министр иностранных дел Японии Ёко Камикава, в свою очередь, выразила тревогу "
        "в связи с ростом военной активности у берегов страны.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Николай Ноздрев", "Ёко Камикава"]
    assert all(s.said_on == "2024-03-12" for s in found)


def test_s_ego_slov_is_by_his_words() -> None:
    # "с его слов" / "со слов X": what is told from someone's words, as "по словам"
    text = (
        "ЕРЕВАН, 12 марта. /Новости-Армения/. Глава МИД Армении Арарат Мирзоян провел "
        "переговоры с европейскими коллегами.\n"
        "С его слов, стороны договорились продолжить консультации по визовым вопросам.\n"
        "Со слов министра обороны Сурена Папикяна, закупки вооружений будут расширены.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Арарат Мирзоян", "Сурен Папикян"]
    assert found[0].text.startswith("стороны договорились")


def test_glava_vedomstva_is_the_head_of_the_body_named_before() -> None:
    # "глава ведомства" refers back to the head of the ministry just named, not to someone
    # named later, nor to no one
    text = (
        "Глава МИД РФ Сергей Лавров полагает, что отказ от переговоров был навязан Киеву "
        "извне. «Это решение принимали не в Киеве», отметил глава ведомства.\n"
        "Накануне об отмене встречи сообщил Владимир Мединский.\n"
    )
    found = said(text)
    assert [s.speaker for s in found][:2] == ["Сергей Лавров", "Сергей Лавров"]
    assert found[1].text.startswith("Это решение")


def test_ob_etom_after_the_outlet_passing_it_on_or_with_an_aside_points_back() -> None:
    # Azerbaijani and other outlets open the attribution with the outlet that passes the
    # words on ("Как передает Day.Az со ссылкой на АЗЕРТАДЖ, ...") or set an aside after
    # "об этом"; the sentence before is still what was said
    text = (
        "Переговоры о мирном договоре с Ереваном вышли на завершающий этап.\n\n"
        "Как передает Trend.az со ссылкой на АЗЕРТАДЖ, об этом, в частности, сказал "
        "министр иностранных дел Азербайджана Джейхун Байрамов на форуме в Баку.\n\n"
        "Сроки подписания документа пока не определены. Об этом, в свою очередь, "
        "сообщил помощник президента Хикмет Гаджиев.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Джейхун Байрамов", "Хикмет Гаджиев"]
    assert found[0].text.startswith("Переговоры о мирном договоре")
    assert found[1].text.startswith("Сроки подписания")


def test_zaveduyushchiy_otdelom_is_a_post() -> None:
    # "заведующий отделом" (a participle used as a noun) names a post as "руководитель
    # отдела" does; Azerbaijani and Belarusian officials are often titled so
    text = (
        "БАКУ, 12 марта. Помощник президента Азербайджана – заведующий отделом по "
        "вопросам внешней политики Администрации президента Хикмет Гаджиев заявил, что "
        "Баку готов подписать мирный договор в ближайшее время.\n"
        "Заведующая отделом международных связей Айгюн Мамедова сообщила, что делегация "
        "прибудет в среду.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Хикмет Гаджиев", "Айгюн Мамедова"]
    assert found[1].role.startswith("Заведующая отделом")


def test_such_a_statement_he_made_after_ob_etom_zayavil_is_the_same_statement() -> None:
    # "Об этом заявил X. Такое заявление он сделал на ...": the second sentence tells where
    # the statement read already was made; it is no new statement whose words are the first
    text = (
        "Пекин категорически не согласен с новыми пошлинами Вашингтона.\n\n"
        "Об этом заявил официальный представитель МИД КНР Линь Цзянь. Такое заявление "
        "он сделал в понедельник, отвечая на вопрос агентства Франс Пресс.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Линь Цзянь"]
    assert found[0].text.startswith("Пекин категорически")
    assert found[0].said_on == "2024-03-11"


def test_the_outlet_after_ob_etom_zayavil_after_a_quotation_is_no_second_speaker() -> None:
    # "«...». Об этом сказал X, сообщает АзТВ.": the outlet passing the words on does not
    # say the quotation again, nor does X say it twice
    text = (
        "«Мирный процесс необратим. Мы не позволим никому его сорвать». Об этом заявил "
        "президент Азербайджана Ильхам Алиев на встрече с послами, сообщает АзТВ.\n"
        "«Граница будет открыта уже в этом году». Об этом сказал премьер-министр Армении "
        "Никол Пашинян, передает Sputnik Армения.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Ильхам Алиев", "Никол Пашинян"]


def test_a_news_service_is_an_outlet_not_an_institution_speaking() -> None:
    # "Общественная служба новостей", "Русская служба новостей": outlets, which the
    # annotation does not record as speakers; a press service or a federal service speaks
    text = (
        "Ранее Национальная служба новостей сообщала, что визит делегации перенесен.\n"
        "Пресс-служба МИД Белоруссии сообщила, что делегация прибудет в четверг.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Пресс-служба МИД Белоруссии"]


def test_a_programme_named_in_marks_between_subject_and_verb_is_no_speaker() -> None:
    # "X в эфире программы «60 минут» на телеканале «Россия-1» отметил": the programme's
    # name in marks (a number first, or after "программы") is a name, not words said
    text = (
        "Постпред России при ООН Василий Небензя в эфире программы «60 минут» на "
        "телеканале «Россия-1» отметил, что Совбез не готов к диалогу.\n"
        "Министр иностранных дел Венгрии Петер Сийярто в эфире передачи «Вечерний разговор с "
        "гостем» на радио «Кошут» заявил, что Будапешт не поддержит санкции.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Василий Небензя", "Петер Сийярто"]


def test_an_attribution_line_opening_with_a_dash_says_the_paragraph_above() -> None:
    # Ukrainian sites set a quotation apart as a block with no marks, the attribution on
    # the line below it: "...,\n– подчеркнул Кулеба"
    text = (
        "Министр иностранных дел Украины Дмитрий Кулеба встретился с коллегами из Балтии.\n\n"
        "Мы ждем от партнеров решительных шагов. Промедление стоит жизней,\n"
        "– подчеркнул Кулеба\n\n"
        "Он также добавил, что новые поставки ожидаются весной.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Дмитрий Кулеба", "Дмитрий Кулеба"]
    assert found[0].text.startswith("Мы ждем от партнеров")


def test_a_japanese_given_name_like_an_oblique_russian_one_stays_nominative() -> None:
    # "Акира" reads in the dictionary only as "of Akir"; before an indeclinable foreign
    # surname after a title in the nominative it is the given name as written
    text = (
        "ТОКИО, 12 марта. /ТАСС/. Посол Японии в России Акира Муто заявил, что Токио "
        "открыт для диалога по гуманитарным вопросам.\n"
    )
    assert [s.speaker for s in said(text)] == ["Акира Муто"]


def test_a_korean_name_runs_through_its_given_name_syllables() -> None:
    # "Ким Чен Ын", "Цой Сон Хи": the syllables of the given name read as places or
    # nothing in the dictionary, but after a Korean surname they are the name
    text = (
        "СЕУЛ, 12 марта. /ТАСС/. Лидер КНДР Ким Чен Ын заявил, что страна ответит на "
        "совместные учения США и Южной Кореи.\n"
        "Министр иностранных дел КНДР Цой Сон Хи заявила, что Пхеньян не намерен вести "
        "переговоры под давлением.\n"
    )
    assert [s.speaker for s in said(text)] == ["Ким Чен Ын", "Цой Сон Хи"]


def test_ob_etom_in_a_paragraphs_middle_points_back_at_all_of_it_before() -> None:
    # "A. B. Об этом сообщила X.": in one paragraph, both sentences before are what she
    # said, not only the last
    text = (
        "Россия сократит штат посольства в Кишиневе. Консульский отдел продолжит принимать "
        "граждан в прежнем режиме. Об этом сообщила официальный представитель МИД России "
        "Мария Захарова.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Мария Захарова"]
    assert found[0].text.startswith("Россия сократит штат")


def test_a_dash_line_attributed_to_those_in_an_institution_is_the_institutions() -> None:
    # "— ..., — заявили в посольстве.": a dialogue-style quotation, the plural verb's
    # speakers unnamed in the body they work for
    text = (
        "Посольство России в Лондоне прокомментировало новые санкции Великобритании.\n"
        "— Подобные шаги лишь укрепляют нашу решимость, — заявили в посольстве.\n"
        "— Ответ будет соразмерным, — сообщили в Кремле.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Посольство России в Лондоне", "Кремль"]


def test_consulates_and_missions_are_institutions() -> None:
    # "генконсульство", "консульство", "диппредставительство" are bodies that speak as
    # "посольство" does
    text = (
        "В генконсульстве России в Стамбуле сообщили, что прием граждан временно "
        "приостановлен.\n"
        "В консульстве Польши в Гродно заявили, что визы будут выдаваться в обычном режиме.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == [
        "генконсульство России в Стамбуле",
        "консульство Польши в Гродно",
    ]


def test_chinovnik_is_no_head_of_state() -> None:
    # "по словам чиновника" refers back to an official, here the aide who told of the call,
    # not to the president the sentence before is about
    text = (
        "Президент России Владимир Путин провел телефонный разговор с Дональдом Трампом, "
        "об этом сообщил помощник президента Юрий Ушаков. По словам чиновника, беседа "
        "продолжалась более полутора часов.\n"
    )
    found = said(text)
    talk = next(s for s in found if s.text.startswith("беседа продолжалась"))
    assert talk.speaker == "Юрий Ушаков"


def test_a_clause_then_comma_ob_etom_soobshchil_is_what_was_said() -> None:
    # "A, об этом сообщил X.": a comma splice the wires use; the clause before is X's
    text = (
        "Министры иностранных дел России и Китая проведут переговоры в Пекине на следующей "
        "неделе, об этом сообщила официальный представитель МИД России Мария Захарова.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Мария Захарова"]
    assert found[0].text.startswith("Министры иностранных дел России и Китая")


def test_ona_after_a_relative_clause_statement_is_the_sentences_subject() -> None:
    # "X отреагировала на слова Y, которая назвала ...": Y's words are read, but the
    # sentence is about X, whom "Она" in the next one refers to
    text = (
        "Официальный представитель МИД России Мария Захарова ответила главе дипломатии ЕС "
        "Кае Каллас, которая назвала переговоры в Будапеште бесполезными.\n"
        "Она отметила, что Евросоюз давно лишился самостоятельной внешней политики.\n"
    )
    found = said(text)
    reply = next(s for s in found if s.text.startswith("Евросоюз давно"))
    assert reply.speaker == "Мария Захарова"


def test_the_outlet_passing_words_on_at_the_sentences_end_is_no_part_of_them() -> None:
    # "..., передает Анадолу." / "..., передает Reuters.": the outlet named after a comma
    # ends what was said
    text = (
        "Министр иностранных дел Турции Хакан Фидан призвал стороны вернуться за стол "
        "переговоров, передает Анадолу.\n"
        "Глава МИД Египта Бадр Абдель Ати заявил, что Каир готов принять новый раунд "
        "консультаций, передает Reuters.\n"
    )
    found = said(text)
    assert [s.text for s in found] == [
        "стороны вернуться за стол переговоров",
        "Каир готов принять новый раунд консультаций",
    ]


def test_s_tochki_zreniya_and_vyskazalsya_za_state_views() -> None:
    # "С точки зрения X, ..." is "по мнению X"; "высказался за/против ..." states a
    # position as "выступил за" does
    text = (
        "С точки зрения главы МИД Венгрии Петера Сийярто, санкции бьют прежде всего по "
        "самой Европе.\n"
        "Премьер-министр Словакии Роберт Фицо высказался против передачи Киеву "
        "истребителей.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Петер Сийярто", "Роберт Фицо"]
    assert found[0].text.startswith("санкции бьют")


def test_words_of_x_cited_by_an_outlet_then_a_colon_quote_are_xs() -> None:
    # "Слова главы МИД ... приводит РИА Новости: «...»", "Его слова цитирует ТАСС: «...»":
    # the owner of the words before the verb speaks; the outlet passes them on
    text = (
        "Анкара предложила свою площадку для новых переговоров.\n"
        "Слова главы МИД Турции Хакана Фидана приводит агентство Анадолу: «Мы готовы "
        "принять делегации в Стамбуле в любой момент».\n"
        "Премьер-министр Венгрии Виктор Орбан прибыл в Пекин.\n"
        "Его слова цитирует агентство MTI: «Венгрия выступает за немедленное перемирие».\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Хакан Фидан", "Виктор Орбан"]
    assert found[1].text.startswith("Венгрия выступает")


def test_a_short_answer_and_an_adverb_before_the_verb_still_attribute() -> None:
    # "«Нет», — коротко ответил министр.": a one-word quotation, and a manner adverb
    # between the dash and the verb
    text = (
        "Глава МИД Украины Дмитрий Кулеба прибыл в Нью-Йорк на сессию Генассамблеи.\n"
        "Журналисты спросили его, встретится ли он с российской делегацией. «Нет», — "
        "коротко ответил министр.\n"
        "«Нам не о чем говорить с теми, кто нас атакует», — жестко добавил Кулеба.\n"
    )
    found = said(text)
    assert [s.text for s in found] == ["Нет", "Нам не о чем говорить с теми, кто нас атакует"]
    assert {s.speaker for s in found} == {"Дмитрий Кулеба"}


def test_poprosil_with_the_infinitive_asked_for_is_a_request_said() -> None:
    # "попросил сообщество не признавать ...", as "призвал"; "попросил слова" (the floor)
    # and journalists asking say nothing
    text = (
        "Министр иностранных дел Молдавии Михай Попшой выступил на сессии ОБСЕ.\n"
        "Министр попросил партнеров не сокращать помощь республике.\n"
        "Затем слова попросил постпред Венгрии.\n"
        "Журналисты попросили Попшоя прокомментировать итоги встречи.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Михай Попшой"]
    assert found[0].text.startswith("партнеров не сокращать")


def test_a_verb_joined_to_a_documents_verb_is_no_last_speakers_statement() -> None:
    # "Документ призывал к ... и осуждал ...": the draft resolution speaks through neither
    # verb; the diplomat quoted before does not say the second
    text = (
        "Постпред России при ООН Василий Небензя выступил на заседании Совбеза. «Мы глубоко "
        "разочарованы итогами голосования», — отметил Небензя.\n"
        "Документ призывал к прекращению огня и осуждал удары по гражданской инфраструктуре.\n"
    )
    found = said(text)
    assert [s.text for s in found] == ["Мы глубоко разочарованы итогами голосования"]


def test_nakanune_before_a_title_dates_the_words_the_day_before() -> None:
    # "Накануне замглавы МИД ... сообщил": "замглавы" is written as a genitive would be, yet
    # it opens the subject; "накануне визита" is still the eve of a visit
    text = (
        "МОСКВА, 12 марта. /ТАСС/. Накануне замглавы МИД РФ Олег Велисов сообщил журналистам, "
        "что консультации с Токио отложены.\n"
    )
    assert [(s.speaker, s.said_on) for s in said(text)] == [("Олег Велисов", "2024-03-11")]
    eve = (
        "МОСКВА, 12 марта. /ТАСС/. Накануне визита замглавы МИД РФ Олег Велисов сообщил "
        "журналистам, что консультации с Токио отложены.\n"
    )
    # (with no day told for the visit, some day before it: on or before the article's)
    assert [s.said_on for s in said(eve)] == ["../2024-03-12"]
