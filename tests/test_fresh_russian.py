"""Russian classes found on a fresh blind set of Russian-language pages (wire agencies,
dailies, Caucasian and Central Asian outlets writing in Russian), each written again in
new words for its test.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

FRIDAY = datetime.date(2025, 3, 14)


def said(text: str, published: datetime.date = FRIDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_claim_answered_is_not_the_answer() -> None:
    # "ответил на обвинения в том, что ...": the clause belongs to the accusation, which the
    # speaker answers; it is not what the speaker said
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Глава МИД России Сергей Лавров в пятницу ответил на "
        "упреки в том, что Москва затягивает обмен пленными. Официальный представитель МИД "
        "Мария Захарова отреагировала на обвинения в том, что российские дипломаты "
        "саботируют работу комиссии.\n"
    )
    assert said(text) == []


def test_a_claim_denied_is_not_what_the_denier_said() -> None:
    # "опроверг утверждения о том, что X": X is what the speaker denies, so the statement
    # is the denial, from the claim on (as the gold records "refutes FT report that ...")
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков опроверг "
        "утверждения о том, что Кремль готовит перестановки в правительстве.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Дмитрий Песков"]
    assert found[0].text.startswith("утверждения о том, что Кремль")


def test_a_claim_whose_maker_is_named_is_the_makers() -> None:
    # "прокомментировал обвинения Госдепартамента в том, что ...": as with "слова X о том,
    # что", the clause is the named maker's claim
    text = (
        "ВАШИНГТОН, 14 марта. /ТАСС/. Посол России в США Александр Дарчиев прокомментировал "
        "обвинения Госдепартамента в том, что Россия нарушает договоренности по консульствам.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Госдепартамент"]
    assert found[0].text.startswith("Россия нарушает")


def test_other_statements_heading_a_list_are_the_named_speakers() -> None:
    # "Другие заявления X:" heads a list of X's points, as "Основные заявления X:" does
    text = (
        "Переговоры в Женеве завершились поздно вечером, сообщил Рябков 14 марта.\n\n"
        "Другие заявления Рябкова:\n\n"
        "— Делегации договорились встретиться снова до конца весны;\n\n"
        "— Москва передала американской стороне список своих предложений;\n\n"
        "Подробности будут опубликованы позже.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Рябков"] * 3
    assert found[1].text.startswith("Делегации договорились встретиться")
    assert found[2].text.startswith("Москва передала американской")


def test_an_agency_gathering_main_statements_heads_a_digest_with_topics() -> None:
    # "ТАСС собрал основные заявления X." then topic lines, each over its dashed points
    text = (
        "Россия рассчитывает на продолжение контактов с Вашингтоном, заявил помощник "
        "президента РФ Юрий Ушаков в интервью ТАСС.\n"
        "ТАСС собрал основные заявления помощника президента.\n"
        "Контакты с США\n"
        "- Следующий раунд консультаций может пройти уже в апреле.\n"
        "Отношения с Европой\n"
        "- Европейские столицы пока не проявляют интереса к диалогу с Москвой.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Юрий Ушаков"] * 3
    assert found[1].text.startswith("Следующий раунд консультаций")
    assert found[2].text.startswith("Европейские столицы пока")


def test_an_aside_opening_the_reported_clause_stays_in_it() -> None:
    # "заявил, что, по мнению X, ...": the aside after "что" is part of what the speaker
    # said, and X, whose view the speaker reports, is no speaker of the sentence
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Замминистра иностранных дел РФ Александр Грушко заявил, "
        "что, по мнению руководства альянса, Россия останется угрозой на десятилетия. "
        "Посол России в Польше Георгий Михно отметил, что, как считают в Варшаве, диалог "
        "может подождать.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Александр Грушко", "Георгий Михно"]
    assert found[0].text.startswith("по мнению руководства альянса, Россия")
    assert found[1].text.startswith("как считают в Варшаве")


def test_a_block_of_words_signed_by_a_caption_is_the_signers() -> None:
    # a web page's blockquote: a paragraph in the first person with no quotation marks,
    # then a line with the speaker's name and post
    text = (
        "Премьер-министр Армении не поедет на саммит в Минск. Об этом сообщила его "
        "пресс-секретарь Назели Багдасарян.\n\n"
        "График премьер-министра на эти дни уже расписан, однако мы направим в Минск "
        "делегацию во главе с вице-премьером.\n\n"
        "Назели Багдасарян, пресс-секретарь премьер-министра Армении\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Назели Багдасарян", "indirect"),
        ("Назели Багдасарян", "direct"),
    ]
    assert found[1].text.startswith("График премьер-министра на эти дни")


def test_a_reporters_paragraph_over_a_photo_caption_is_no_ones() -> None:
    # the same shape, but the paragraph reports (a verb of saying in the past) and the one
    # the caption names was not in the story before it
    text = (
        "Министры обороны стран альянса собрались в Брюсселе. Наш корреспондент сообщил, что "
        "встреча продлится два дня.\n\n"
        "Марк Рютте, генеральный секретарь НАТО\n"
    )
    assert [s.speaker for s in said(text)] == []


def test_a_line_ending_in_a_colon_before_a_quotation_is_no_heading() -> None:
    # "Как подчеркнул X, ...:" and the quotation on the next line: the line leads into the
    # words it quotes; a line without a closing stop is a heading only when nothing follows
    text = (
        "Замглавы МИД РФ Андрей Руденко дал интервью агентству.\n"
        "Как подчеркнул Руденко, Москва готова продолжить консультации с Токио:\n"
        "«Мы никогда не отказывались от диалога с японскими коллегами».\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Андрей Руденко", "indirect"),
        ("Андрей Руденко", "direct"),
    ]
    assert found[0].text.startswith("Москва готова продолжить")
    assert found[1].text.startswith("Мы никогда не отказывались")


def test_a_second_verb_shares_a_pronoun_subject_standing_for_one_named_before() -> None:
    # "... интервью с X. Он высказался о ..., а также заявил, что ...": the verb joined by
    # "а также" has the pronoun as subject, and the pronoun the one named in the sentence
    # before, even in the instrumental
    text = (
        "На телеканале вышло интервью с послом России в Германии Сергеем Нечаевым. Он "
        "высказался о судьбе газопроводов, а также заявил, что Берлин не готов к диалогу.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Нечаев"]
    assert found[0].text.startswith("Берлин не готов к диалогу")


def test_a_wire_interview_of_one_question_is_an_interview() -> None:
    # the introduction names the interview, a dash line asks the one answering by name and
    # patronymic, the next dash line answers: his direct words, though only one was asked
    text = (
        "Москва. 14 марта. INTERFAX.RU - Постпред России при ОБСЕ Александр Лукашевич "
        'рассказал в интервью "Интерфаксу" о подготовке к совещанию в Вене.\n'
        "- Александр Казимирович, когда начнется совещание?\n"
        "- Мы ожидаем, что делегации соберутся уже в начале апреля, но повестка пока не "
        "согласована.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Александр Лукашевич", "direct")]
    assert found[0].text.startswith("Мы ожидаем, что делегации")


def test_a_selection_of_main_statements_heads_undashed_points_past_captions() -> None:
    # "Главные заявления X — в подборке «Ъ»." closes the lead; photo captions and a topic
    # line stand before the points, which are sentences without dashes
    text = (
        "Официальный представитель МИД России Мария Захарова провела брифинг. Главные "
        "заявления дипломата — в подборке «Ъ».\n\n"
        "Фото: Иван Петров, Коммерсантъ\n\n"
        "О ситуации в Закавказье\n\n"
        "Москва рассчитывает на скорое возобновление работы трехсторонней комиссии.\n\n"
        "Попытки внерегиональных игроков вмешаться в процесс обречены на провал.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Мария Захарова"] * 2
    assert found[0].text.startswith("Москва рассчитывает на скорое")
    assert found[1].text.startswith("Попытки внерегиональных игроков")


def test_a_photographer_named_in_a_credit_is_no_one_a_description_points_at() -> None:
    # "Фото: Иван Петров, ТАСС" names who took the picture; "дипломат" below is still the
    # minister the story is about
    text = (
        "Глава МИД России Сергей Лавров провел переговоры с коллегой из Лаоса.\n"
        "Фото: Иван Петров, ТАСС\n"
        "Дипломат заявил, что Москва поддержит проекты в энергетике.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Лавров"]


def test_a_surname_of_either_gender_leaves_the_name_s_gender_open() -> None:
    # "Геворкян" in the nominative is a man's or a woman's surname; with a first name of no
    # gender of its own ("Мане"), the woman the story names is still the one whom "написала
    # Геворкян" quotes, on the day the sentence before gives
    text = (
        "ЕРЕВАН, 9 ноября. /ТАСС/. В воскресенье пресс-секретарь премьер-министра Армении "
        "Мане Геворкян прокомментировала слухи о перестановках в кабмине.\n\n"
        "«Никаких кадровых решений не принималось», — написала Геворкян.\n"
    )
    found = said(text, datetime.date(2020, 11, 9))
    assert [(s.speaker, s.said_on) for s in found] == [("Мане Геворкян", "2020-11-08")]


def test_a_pointer_after_the_verb_points_back_at_the_sentence_before() -> None:
    # "Он заявил об этом журналистам в пятницу": "об этом" after the verb stands for the
    # sentence before, as it does opening the sentence; it is no claim "about" something
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Москва не намерена участвовать в саммите в Лугано. "
        "Замглавы МИД РФ Андрей Руденко сообщил об этом журналистам в четверг.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Андрей Руденко", "2025-03-13")]
    assert found[0].text.startswith("Москва не намерена участвовать")


def test_a_name_pasted_twice_in_a_caption_is_one_name() -> None:
    # "Мария Захарова Мария Захарова Фото: ...": a picture's alt text and caption copied
    # together name one person, not "Мария Захарова Мария Захарова"
    text = (
        "Мария Захарова Мария Захарова Фото: mid.ru\n\n"
        "Официальный представитель МИД России заявила, что Москва ответит на высылку "
        "дипломатов.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Мария Захарова"]


def test_a_transcript_with_names_in_capitals_and_dashes() -> None:
    # a newspaper's transcript: "ДМИТРИЙ МЕДВЕДЕВ – ..." answers, the interviewer's turns,
    # labelled the same way, ask; each answer is the named man's direct statement
    text = (
        "Интервью Дмитрия Медведева телеканалу Euronews\n\n"
        "ДМИТРИЙ МЕДВЕДЕВ – Мы рассчитываем, что переговоры по визам завершатся до конца "
        "года.\n\n"
        "АНДРЕЙ ПЕТРОВ – Вы уверены, что партнеры готовы к этому?\n\n"
        "Д. МЕДВЕДЕВ – Уверен. Мы провели большую работу, и наши коллеги это признают.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Дмитрий Медведев", "direct")] * 2
    assert found[1].text.startswith("Уверен. Мы провели")


def test_an_interview_given_as_answers_under_topic_lines() -> None:
    # the introduction names the interview; "О ядерной стабильности:" heads the answer, a
    # dash paragraph with the question left out: the interviewee's direct words
    text = (
        "Газета опубликовала интервью с заместителем министра иностранных дел России Сергеем "
        "Рябковым.\n"
        "О ядерной стабильности:\n"
        "- Мы готовы к разговору, но только на равноправной основе и с учетом всех факторов.\n"
        "О санкциях:\n"
        "- Давление не изменит нашу линию, это следует понимать всем.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Сергей Рябков", "direct")] * 2
    assert found[0].text.startswith("Мы готовы к разговору")
    assert found[1].text.startswith("Давление не изменит")


def test_an_agency_passing_on_her_words_names_her_by_the_possessive() -> None:
    # "— приводит ТАСС её слова": the possessive before "слова" stands for the one quoted,
    # the agency only passes the words on
    text = (
        "Официальный представитель МИД России Мария Захарова выступила в эфире радио.\n"
        "«Запись беседы министра выйдет утром, перевод уже подготовлен», — приводит ТАСС "
        "её слова.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Мария Захарова", "direct")]


def test_a_verb_of_saying_in_the_conditional_says_nothing() -> None:
    # "как в МИД прокомментировали бы то, что ...": a journalists' hypothesis, no statement
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Журналисты поинтересовались, как в МИД России "
        "прокомментировали бы то, что Лондон готовит новые ограничения для дипломатов.\n"
    )
    assert said(text) == []


def test_an_evaluation_as_after_a_longer_object_is_said() -> None:
    # "оценил отношения Москвы и Вашингтона как ...": "как" may stand several words after
    # the verb, past the object it evaluates, in the same clause
    text = (
        "ВАШИНГТОН, 14 марта. /ТАСС/. Посол РФ в США Александр Дарчиев оценил итоги "
        "консультаций делегаций двух стран как обнадеживающие.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Александр Дарчиев"]
    assert "как обнадеживающие" in found[0].text


def test_a_name_right_after_agency_is_the_outlet_not_a_person() -> None:
    # "агентство Франс Пресс сообщало": the words after "агентство" name the agency, which
    # reports; it is no person who speaks
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Ранее агентство Франс Пресс сообщало, что Париж готовит "
        "новый пакет помощи Киеву.\n"
    )
    assert said(text) == []


def test_a_statement_after_an_earlier_one_fronted_by_its_content_keeps_earlier() -> None:
    # "О том, что ..., ранее сообщал X. Он подчеркнул, что ...": the second carries on the
    # same earlier occasion; the first one's own "ранее" does not stand between them
    text = (
        "МОСКВА, 14 марта. /ТАСС/. О том, что совещание по Сирии перенесено, ранее сообщал "
        "замглавы МИД РФ Михаил Богданов. Он подчеркнул, что новая дата пока не согласована.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Михаил Богданов", "../2025-03-14"),
        ("Михаил Богданов", "../2025-03-14"),
    ]


def test_a_lost_space_after_an_outlet_in_capitals_still_ends_the_sentence() -> None:
    # "..., передает RT.Дипломат уточнил, что ...": a page that lost the space after the stop;
    # the outlet's name in capitals before it is no initial
    text = (
        "Постпред РФ при ОБСЕ Александр Лукашевич назвал встречу в Вене полезной, передает "
        "RT.Дипломат уточнил, что следующий раунд пройдет весной.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Александр Лукашевич"] * 2
    assert found[1].text.startswith("следующий раунд пройдет весной")


def test_direct_speech_headed_by_its_owner_in_the_genitive() -> None:
    # "Прямая речь X: «...»": a label naming whose words follow, no verb of saying
    text = (
        "Постпред Украины при ООН Сергей Кислица выступил на заседании Совбеза. Прямая речь "
        "Кислицы: «Мы будем добиваться того, чтобы голос Киева был услышан в этом зале».\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Сергей Кислица", "direct")]


def test_a_clause_that_only_reports_a_comment_made_is_no_statement() -> None:
    # "Решение Вильнюса прокомментировали в МИД, сообщил X": the ministry commented, and
    # none of its words is given
    text = (
        "Решение Вильнюса закрыть пункт пропуска прокомментировали в МИД, сообщил "
        "пресс-секретарь белорусского внешнеполитического ведомства Руслан Варанков.\n"
    )
    assert said(text) == []


def test_at_the_same_meeting_takes_the_day_of_the_meeting_named_before() -> None:
    # "Ранее на этом же заседании X заявил": the meeting dated before, not some earlier day
    text = (
        "Президент Белоруссии Александр Лукашенко 12 марта на заседании Совбеза заявил, что "
        "границу с Польшей закрывать не будут.\n\n"
        "Ранее на этом же заседании он отметил, что Минск готов к переговорам с Варшавой.\n"
    )
    found = said(text)
    assert [s.said_on for s in found] == ["2025-03-12", "2025-03-12"]


def test_words_given_after_an_earlier_speaking_take_its_earlier_day() -> None:
    # "Ранее X высказался по поводу ... По его словам, ...": the sentence before reports the
    # speaking itself, so its "ранее" dates the words given next
    text = (
        "МОСКВА, 14 марта. /ТАСС/. Ранее во время визита в Душанбе глава МИД РФ Сергей Лавров "
        "высказался по поводу ситуации на таджикско-афганской границе. По его словам, Москва "
        "готова усилить помощь пограничникам.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Сергей Лавров", "../2025-03-14")]


def test_a_day_that_starts_a_term_in_a_biography_is_no_occasion() -> None:
    # "... официальный представитель МИД с 10 августа 2015 года": the day her term began, in
    # a biography box above the story, does not date what she writes later
    text = (
        "Мария Захарова (род. 24 декабря 1975, Москва) — российский дипломат, официальный "
        "представитель МИД России с 10 августа 2015 года.\n\n"
        "Москва. 14 марта. INTERFAX.RU - Мария Захарова ответила британскому МИД. "
        '"Вы уже помогли. Достаточно", - написала она в Telegram.\n'
    )
    found = said(text)
    assert [(s.kind, s.said_on) for s in found] == [("direct", "2025-03-14")]
