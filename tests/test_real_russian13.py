"""Russian news language behind errors left on the twelfth round's Russian open sets (w12b,
w12d, w12f, w12h), tested in sentences written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2023, 3, 15)


def said(text: str, published: datetime.date = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_name_given_then_a_second_verb_is_one_statement_from_the_object() -> None:
    # "назвал X Y и отметил, что Z": the name given is said too; the corpus records the
    # sentence as one statement from the first verb's object on
    text = (
        "РИГА, 15 марта. /ТАСС/. Министр иностранных дел Латвии Эдгар Ринкевич назвал эти "
        "планы безответственными и добавил, что Рига «не будет молчать».\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Эдгар Ринкевич",
            "эти планы безответственными и добавил, что Рига «не будет молчать»",
        )
    ]


def test_a_short_object_before_that_stays_the_verbs_own() -> None:
    # "выразил уверенность, что": no name given, the clause after "что" is what was said
    text = (
        "ВИЛЬНЮС, 15 марта. /ТАСС/. Президент Литвы Гитанас Науседа выразил уверенность, "
        "что союзники помогут.\n"
    )
    found = said(text)
    assert [s.text for s in found] == ["союзники помогут"]


def test_an_estimate_in_figures_is_said() -> None:
    # "оценил ущерб в 2 млрд долларов": the figure put on a thing is the speaker's claim
    text = (
        "АСТАНА, 15 марта – Sputnik. Министр энергетики Казахстана Алмасадам Саткалиев "
        "оценил потери от остановки трубопровода в 300 млн долларов.\n\n"
        "Глава ведомства оценил ситуацию в отрасли.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Алмасадам Саткалиев", "потери от остановки трубопровода в 300 млн долларов")
    ]


def test_words_given_to_the_paper_are_not_dated_by_the_event_it_reports() -> None:
    # A newspaper's lead dates the talks "вчера"; a deputy's comment "в беседе с «Ъ»" is a
    # conversation of its own, with no day given: the article's day, not the talks'
    text = (
        "Газета «Коммерсантъ» №45 от 15.03.2023, стр. 6\n\n"
        "Вчера в Минске прошли переговоры министров иностранных дел Белоруссии и Казахстана.\n\n"
        "«Мы договорились о новых маршрутах»,— сказал господин Алейник по итогам встречи. "
        "Министр иностранных дел Белоруссии Сергей Алейник добавил, что документы подпишут "
        "летом.\n\n"
        "Депутат Палаты представителей Олег Гайдукевич считает, что сроки реальны. «Все "
        "зависит от логистики»,— сказал депутат “Ъ”.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Сергей Алейник", "2023-03-14"),
        ("Сергей Алейник", "2023-03-14"),
        ("Олег Гайдукевич", "2023-03-15"),
        ("Олег Гайдукевич", "2023-03-15"),
    ]


def test_a_past_participle_the_dictionary_reads_as_an_adjective_dates_its_own_phrase() -> None:
    # "договоренностей, достигнутых ... 10 января": the phrase dates the agreements, not the
    # meeting; words said "после встречи" take the meeting's day
    text = (
        "ЖЕНЕВА, 15 марта. /ТАСС/. Консультации России и Франции по Ближнему Востоку прошли "
        "в среду в Женеве.\n\n"
        "Встреча стала продолжением договоренностей, достигнутых министрами в Париже "
        "10 января.\n\n"
        "Представитель МИД Франции Анн-Клер Леже после встречи заявила, что диалог будет "
        "продолжен.\n"
    )
    assert [s.said_on for s in said(text)] == ["2023-03-15"]


def test_a_foreign_given_name_before_a_surname_that_reads_as_a_common_noun() -> None:
    # "Нед" is in no dictionary; "Прайс" reads as "price list", but after the given name, in
    # its case, it is the surname
    text = (
        "ВАШИНГТОН, 15 марта. /ТАСС/. Официальный представитель Госдепартамента Нед Прайс "
        "в среду заявил, что Вашингтон готов к контактам на уровне экспертов.\n"
    )
    assert [s.speaker for s in said(text)] == ["Нед Прайс"]


def test_a_name_joined_by_and_takes_the_case_of_the_name_before() -> None:
    # "разговор Владимира Путина и Сигэру Исибы": genitive like "Путина", so "Исибы" is
    # "Исиба"; the surname alone later is the same man, dated by that conversation
    text = (
        "ТОКИО, 15 марта. /ТАСС/. Телефонный разговор Владимира Путина и Сигэру Исибы "
        "состоялся 2 марта.\n\n"
        "Исиба после беседы сказал журналистам, что Токио настроен на диалог.\n"
    )
    assert [(s.speaker, s.said_on) for s in said(text)] == [("Сигэру Исиба", "2023-03-02")]


def test_a_short_surname_in_the_genitive_meets_its_nominative() -> None:
    # "Ёсихидэ Суги" is left as written (the dictionary reads "Суги" as a plural); "Суга"
    # below is the same man, and gives the nominative
    text = (
        "ТОКИО, 15 марта. /ТАСС/. Телефонный разговор Владимира Путина и Ёсихидэ Суги "
        "состоялся 2 марта.\n\n"
        "Суга после беседы сказал журналистам, что Токио настроен на диалог.\n"
    )
    assert [(s.speaker, s.said_on) for s in said(text)] == [("Ёсихидэ Суга", "2023-03-02")]


def test_a_known_given_name_in_the_accusative_is_not_read_as_a_nominative() -> None:
    # "Николаса" is the accusative of "Николас"; an indeclinable surname after it ("Мадуро")
    # does not make the name a nominative
    text = (
        "МОСКВА, 15 марта. /ТАСС/. Кремль по-прежнему считает законным президентом Венесуэлы "
        "Николаса Мадуро. Об этом заявил журналистам пресс-секретарь президента России "
        "Дмитрий Песков.\n\n"
        "Николас Мадуро в среду заявил, что Каракас благодарен Москве за поддержку.\n"
    )
    assert [s.speaker for s in said(text)] == ["Дмитрий Песков", "Николас Мадуро"]


def test_words_after_the_meeting_take_the_day_of_the_talks_told_before() -> None:
    # the story calls one meeting "переговоры" and then "встреча": "по итогам встречи" is
    # after the talks held on Monday, not on the day an interview came out
    text = (
        "«Известия» | Политика\n\n"
        "15 марта 2023, 00:01\n\n"
        "Россия и Бразилия договорились расширить торговлю в национальных валютах. Об этом в "
        "интервью «Известиям» рассказал посол Бразилии Родригу Баена Соарес.\n\n"
        "Напомним, в понедельник в Бразилиа прошли переговоры министров иностранных дел "
        "двух стран.\n\n"
        "По итогам встречи министр иностранных дел России Сергей Лавров заявил, что стороны "
        "подготовят новый план сотрудничества.\n"
    )
    assert [(s.speaker, s.said_on) for s in said(text)][-1] == ("Сергей Лавров", "2023-03-13")


def test_a_post_after_a_circumstance_then_a_second_post_names_the_speaker() -> None:
    # "сообщил после заседания глава ... комиссии, заместитель министра X": the comma joins
    # two posts of one man, the name closing the second; the words between verb and post
    # are when and to whom he spoke
    text = (
        "«Коммерсантъ» | Политика\n\n"
        "15 марта 2023, 18:20\n\n"
        "Заседание совместной комиссии прошло в среду в здании МИД на Смоленской площади. "
        "Японская сторона впервые представила свои предложения по рыболовству, сообщил "
        "после заседания глава российской части комиссии, заместитель министра Андрей "
        "Руденко.\n"
    )
    assert [s.speaker for s in said(text)] == ["Андрей Руденко"]


def test_a_clause_with_its_own_verb_of_saying_is_told_by_the_one_named_after_it() -> None:
    # "X предложил ..., сообщил Y": Y tells what X proposed; the whole clause is Y's account
    text = (
        "МОСКВА, 15 марта 2023. /ТАСС/. Премьер-министр Индии Нарендра Моди предложил "
        "Владимиру Путину провести следующий саммит в Нью-Дели, сообщил журналистам помощник "
        "президента России Юрий Ушаков.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Юрий Ушаков"]
    assert found[0].text.startswith("Премьер-министр Индии Нарендра Моди предложил")


def test_a_day_that_opens_the_paragraph_dates_the_story_told_after_it() -> None:
    # "Накануне X объявил ... Вскоре его поддержал Y. «...», — говорилось в заявлении Y": the
    # day first in the sentence sets the time of what follows, Y's statement included
    text = (
        "«Известия» | Мир\n\n"
        "15 марта 2023, 12:00\n\n"
        "Кремль не признает итоги выборов в Гондурасе. Об этом в среду заявил журналистам "
        "пресс-секретарь президента России Дмитрий Песков.\n\n"
        "Накануне кандидат оппозиции Рикардо Мартинес объявил о своей победе. Вскоре его "
        "поддержал президент Бразилии Луис Инасиу Лула да Силва. «Бразилия уважает выбор "
        "народа Гондураса», — говорилось в заявлении бразильского лидера.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found][-1] == (
        "Луис Инасиу Лула да Силва",
        "2023-03-14",
    )


def test_one_speaking_in_turn_after_another_at_the_talks_speaks_on_their_day() -> None:
    # "По итогам переговоров X заявил ... Y, в свою очередь, отметил ...": Y spoke in turn
    # at the same talks, held on Monday, not on the day the interview came out
    text = (
        "«Известия» | Политика\n\n"
        "15 марта 2023, 00:01\n\n"
        "Москва и Анкара намерены увеличить товарооборот. Об этом в интервью «Известиям» "
        "рассказал посол Турции Танжу Билгич.\n\n"
        "Напомним, в понедельник в Анкаре прошли переговоры министров иностранных дел двух "
        "стран.\n\n"
        "По итогам встречи глава МИД России Сергей Лавров заявил, что стороны обсудили "
        "поставки зерна.\n\n"
        "Глава МИД Турции Хакан Фидан, в свою очередь, отметил, что Анкара готова "
        "содействовать новым контактам.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found][-2:] == [
        ("Сергей Лавров", "2023-03-13"),
        ("Хакан Фидан", "2023-03-13"),
    ]


def test_one_speaking_in_turn_after_a_dated_remark_keeps_the_story_day() -> None:
    # "Накануне X сообщил ... Y, в свою очередь, заявил ...": no occasion is told, so the
    # eve is X's day only
    text = (
        "«Известия» | Политика\n\n"
        "15 марта 2023, 00:01\n\n"
        "Накануне глава МИД России Сергей Лавров сообщил, что Москва готова к диалогу.\n\n"
        "Глава МИД Турции Хакан Фидан, в свою очередь, заявил, что Анкара готова "
        "содействовать новым контактам.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Сергей Лавров", "2023-03-14"),
        ("Хакан Фидан", "2023-03-15"),
    ]


def test_thanks_that_open_a_paragraph_of_a_transcript_turn_stay_with_it() -> None:
    # the greeting line alone is dropped; "Благодарю вас за ..." opening a paragraph that
    # goes on is where the turn's words start
    text = (
        "Стенограмма встречи Владимира Путина и Касым-Жомарта Токаева\n\n"
        "В.Путин: Уважаемый господин Президент! Дорогие друзья!\n\n"
        "Рад видеть вас в Москве. Нам предстоит обсудить многие вопросы торговли.\n\n"
        "К.Токаев: Уважаемый Владимир Владимирович!\n\n"
        "Благодарю вас за приглашение. Казахстан высоко ценит наше стратегическое партнерство.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text[:30]) for s in found] == [
        ("Владимир Путин", "Рад видеть вас в Москве. Нам п"),
        ("Касым-Жомарт Токаев", "Благодарю вас за приглашение. "),
    ]


def test_an_acting_post_written_short_opens_the_speakers_title() -> None:
    # "И.о. министра ..." is "исполняющий обязанности": one post, not "и" and "о"; the words
    # after "По его словам" are his too
    text = (
        "КИШИНЕВ, 15 марта 2023. /ТАСС/. И.о. министра иностранных дел Молдавии Николае "
        "Попеску заявил, что Кишинев готов продолжить переговоры. По его словам, стороны "
        "обсудят транзит грузов.\n"
    )
    assert [s.speaker for s in said(text)] == ["Николае Попеску", "Николае Попеску"]


def test_a_second_verb_after_but_goes_on_with_the_same_statement() -> None:
    # "подтвердил, что ..., но уточнил, что ...": a reservation on the same point, one
    # statement, as "said ... but warned that ..." is in English copy
    text = (
        "МОСКВА, 15 марта 2023. /ТАСС/. Пресс-секретарь президента России Дмитрий Песков "
        "подтвердил, что подготовка визита продолжается, но уточнил, что сроки пока не "
        "согласованы.\n"
    )
    found = said(text)
    assert len(found) == 1
    assert found[0].text.endswith("но уточнил, что сроки пока не согласованы")


def test_a_fronted_object_with_its_relative_clause_opens_what_was_named() -> None:
    # "Решение, которое ..., он назвал «...»": the object and its clause, set off by commas
    # before the subject, are part of the judgement said
    text = (
        "ЕРЕВАН, 15 марта 2023. /ТАСС/. Премьер-министр Армении Никол Пашинян выступил в "
        "парламенте. Соглашение, которое подписали стороны, он назвал «важным шагом к миру».\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Никол Пашинян"]
    assert found[0].text.startswith("Соглашение, которое подписали стороны")


def test_addressing_someone_after_a_quotation_says_it() -> None:
    # "«...», — обратился он к участникам": after a quotation and its dash, the verb of
    # addressing has the quotation as its words; "обратился в суд" stays no speech
    text = (
        "АНКАРА, 12 апреля 2024. /ТАСС/. Министр иностранных дел Турции Хакан Фидан открыл "
        "встречу. «Вы можете выбрать диалог или продолжать спор», — обратился он к "
        "гостям. Позднее компания обратилась в суд.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Хакан Фидан"]
    assert found[0].text.startswith("Вы можете выбрать диалог")


def test_it_is_not_ruled_out_opens_no_statement() -> None:
    # "Не исключено, что ..." is the writer's "it may be": an impersonal predicative with no
    # speaker, not a "Не" who ruled something out; a report inside it is still read
    text = (
        "МОСКВА, 12 апреля 2024. /ТАСС/. Не исключено, что переговоры еще продолжатся: "
        "министр финансов Норвегии Хенрик Ольсен уже заявлял, что его страна готова "
        "принять делегации.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Хенрик Ольсен"]
    assert found[0].text.startswith("его страна готова")


def test_a_statement_around_an_aside_keeps_the_aside_as_it_stands() -> None:
    # "Сроки, по его словам, пока не определены": what was said is quoted as written, the
    # aside and all, as an English "The talks, she said, would ..." is
    text = (
        "ОСЛО, 3 июня 2024. /ТАСС/. Министр иностранных дел Норвегии Эспен Барт Эйде провел "
        "встречу с коллегами. Сроки новой встречи, по его словам, пока не определены.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Эспен Барт Эйде"]
    assert found[0].text.startswith("Сроки новой встречи, по его словам, пока")
