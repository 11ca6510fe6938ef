"""Russian news language behind the errors of a fresh Russian set (round 17): wire stories,
interviews, round-ups and regional pages, tested in sentences written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2025, 3, 13)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_the_office_that_quotes_a_known_leader_is_not_part_of_his_name() -> None:
    # "«...», – цитирует слова Мирзиёева Кук-Сарай": the one whose words are quoted is the
    # surname already named (in the genitive); the capitalised word after it is the subject
    # of the quoting verb, not a second part of the name
    text = (
        "Президент Узбекистана Шавкат Мирзиёев вчера выступил на форуме в Самарканде.\n\n"
        "«Наши соседи должны торговать без лишних барьеров. Мы откроем новые пункты "
        "пропуска», – цитирует слова Мирзиёева Кук-Сарай.\n"
    )
    found = said(text)
    assert [s.speaker for s in found][-1] == "Шавкат Мирзиёев"


def test_contracted_posts_and_deputy_posts_name_the_speaker() -> None:
    # "полпред" and "торгпред" are contracted posts ("полномочный/торговый представитель");
    # "вице-" before a post names its deputy ("вице-министр", "вице-канцлер")
    cases = [
        ("Полпред президента в Сибири Анатолий Серышев сообщил, что мост откроют летом.\n",
         "Анатолий Серышев", "Полпред президента в Сибири"),
        ("Торгпред России в Индии Олег Иванов заявил, что поставки выросли вдвое.\n",
         "Олег Иванов", "Торгпред России в Индии"),
        ("Вице-министр иностранных дел Вьетнама Нгуен Минь Ву сказал, что визит готовится.\n",
         "Нгуен Минь Ву", "Вице-министр иностранных дел Вьетнама"),
    ]  # fmt: skip
    for text, name, role in cases:
        found = said(text)
        assert [(s.speaker, s.role) for s in found] == [(name, role)], text


def test_two_posts_joined_by_a_dash_before_a_contracted_one() -> None:
    text = (
        "Накануне вице-премьер – полпред президента в Сибири Анатолий Серышев на встрече "
        "с аграриями заявил, что субсидии сохранят.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Анатолий Серышев"]


def test_the_same_sitting_is_the_day_that_sitting_was_named_on() -> None:
    # "на том же совещании" points back to the meeting named before, not to the last day
    # the story named (another man's post of the day before)
    text = (
        "Глава Минэнерго Казахстана Алмасхан Саткалиев, выступая во вторник на совещании "
        "в Астане, заявил, что тарифы пересмотрят.\n\n"
        "Депутат мажилиса Айдос Сарым в понедельник написал в соцсетях, что правительство "
        '"опаздывает с решениями".\n\n'
        "Аким Алматы Ерболат Досаев на том же совещании пообещал обновить сети.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Алмасхан Саткалиев", "2025-03-11"),
        ("Айдос Сарым", "2025-03-10"),
        ("Ерболат Досаев", "2025-03-11"),
    ]


def test_a_sitting_and_a_session_are_one_occasion() -> None:
    # "пленарное заседание" ... "на той же сессии": the same sitting, by another word for it
    text = (
        "Президент Монголии Ухнаагийн Хурэлсух сегодня выступил на пленарном заседании "
        "форума и заявил, что транзит через страну вырастет.\n\n"
        "Накануне министр Бат-Очир Эрдэнэбат в кулуарах сообщил, что контракты готовы.\n\n"
        "Премьер Лаоса Сонексай Сипхандон, выступавший на той же сессии, назвал проект "
        "«исторической возможностью».\n"
    )
    found = said(text)
    assert [s.said_on for s in found][-1] == "2025-03-13"


def test_one_who_speaks_in_turn_after_someone_at_the_same_sitting_speaks_there() -> None:
    text = (
        "Постпред Франции Николя де Ривьер на заседании Совбеза в понедельник заявил, что "
        "гуманитарный коридор должен открыться.\n\n"
        'Постпред Китая Фу Цун на том же заседании призвал стороны "проявить сдержанность". '
        "В свою очередь, постпред Великобритании Барбара Вудворд обвинила Москву в "
        '"срыве переговоров".\n'
    )
    found = said(text)
    assert [s.said_on for s in found] == ["2025-03-10"] * 3


def test_a_participle_phrase_after_the_document_is_not_what_it_says() -> None:
    # "Как говорится в сообщении ..., размещенном во вторник, ...": the phrase tells when
    # the document was issued (its words' day), and what was said starts after it
    text = (
        "Как говорится в сообщении посольства Бразилии, размещенном во вторник, консульский "
        "отдел временно закрыт для посетителей.\n"
    )
    found = said(text)
    assert [(s.text, s.said_on) for s in found] == [
        ("консульский отдел временно закрыт для посетителей", "2025-03-11")
    ]


def test_a_participle_that_opens_what_was_said_stays_in_it() -> None:
    text = (
        "Как говорится в сообщении посольства Бразилии, введенные в среду ограничения "
        "временные, их отменят в апреле.\n"
    )
    found = said(text)
    assert [s.text for s in found][0].startswith("введенные в среду ограничения")


def test_a_quoted_feeling_after_a_light_verb_is_what_was_said() -> None:
    # "выразил «...»": the object noun the light verb needs, in the speaker's own words
    text = "Посол Египта Хамди Лоза выразил «серьезную обеспокоенность» обстрелом колонны.\n"
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Хамди Лоза", "mixed")]
    assert found[0].text.startswith("«серьезную обеспокоенность» обстрелом")


def test_a_quoted_outlet_after_a_verb_of_telling_is_no_content() -> None:
    text = "Посол Египта Хамди Лоза сообщил «Газете» о переносе переговоров.\n"
    assert [s.text for s in said(text)] != ["«Газете» о переносе переговоров"]


def test_an_undated_lead_takes_the_day_its_documents_next_sentence_gives() -> None:
    # "В посольстве назвали ... «...». Как говорится в заявлении дипмиссии, распространенном
    # во вторник, ...": one statement told in two sentences; its day stands in the second
    # sentence's attribution, before the words
    text = (
        "В посольстве Китая в Канберре назвали новые пошлины «экономическим давлением». "
        "Как говорится в заявлении дипмиссии, распространенном во вторник, Пекин "
        '"оставляет за собой право" на ответные меры.\n'
    )
    found = said(text)
    assert [s.said_on for s in found] == ["2025-03-11", "2025-03-11"]


def test_a_document_named_after_a_time_belongs_to_the_subject_after_it() -> None:
    # "Накануне посольство ... распространило заявление. «...», — говорится в документе.":
    # the sentence before opens with its time, then the subject who issued the document
    text = (
        "Накануне посольство Турции в Москве распространило заявление. «Анкара ожидает "
        "скорейшего расследования инцидента», — говорится в документе.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("посольство Турции в Москве", "2025-03-12")]


def test_a_document_pointed_at_by_a_pronoun_after_the_quote() -> None:
    text = (
        "Министерство иностранных дел Сербии опубликовало коммюнике. «Белград не признает "
        "результаты так называемого референдума», — говорится в нем.\n"
    )
    found = said(text)
    assert [s.text for s in found] == ["Белград не признает результаты так называемого референдума"]
    assert found[0].speaker.startswith("Министерство иностранных дел Сербии")


def test_an_aside_between_the_document_and_its_verb() -> None:
    text = (
        "В заявлении МИД Норвегии, в частности, отмечается, что Осло продолжит финансировать "
        "гуманитарные программы.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("МИД Норвегии", "Осло продолжит финансировать гуманитарные программы")
    ]


def test_a_day_in_the_reporters_words_inside_a_quotation_dates_it() -> None:
    # "— ..., — сказал во вторник X. — ...": the attribution between the dashes (or inside
    # the marks) is the reporter's, and its day the words'
    for text in (
        "— Переговоры идут трудно, — признал во вторник вице-премьер Грузии Леван Давиташвили. "
        "— Но мы надеемся на результат.\n",
        "«Переговоры идут трудно, — признал во вторник вице-премьер Грузии Леван Давиташвили. "
        "— Но мы надеемся на результат».\n",
    ):
        found = said(text)
        assert [(s.speaker, s.said_on) for s in found] == [("Леван Давиташвили", "2025-03-11")]


def test_an_interview_that_came_out_on_a_day_dates_its_words() -> None:
    # "в интервью ..., вышедшем в понедельник,": the day the interview came out, as
    # "опубликованном" tells it; a man who "вышел" from a building is no text
    text = (
        "Министр иностранных дел Словакии Юрай Бланар в интервью журналу «Профиль», "
        "вышедшем в понедельник, заявил, что Братислава против новых санкций.\n"
    )
    assert [s.said_on for s in said(text)] == ["../2025-03-10"]
    text = (
        "Министр иностранных дел Словакии Юрай Бланар, вышедший в понедельник к журналистам, "
        "сегодня заявил, что Братислава против новых санкций.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-03-13"]


def test_an_outlet_in_marks_between_the_quoting_verb_and_the_colon() -> None:
    # "Слова X приводит «Газета»: «...»": the outlet only passes the words on
    text = (
        "Слова посла Казахстана в Киргизии Рапиля Жошыбаева приводит «Вечерний Бишкек»: "
        "«Граница останется открытой для грузов».\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Рапиль Жошыбаев", "Граница останется открытой для грузов")
    ]


def test_a_speaker_line_ending_in_a_colon_heads_the_quotation_below() -> None:
    text = (
        "Министр иностранных дел Армении Арарат Мирзоян:\n\n"
        "«Мы не намерены отказываться от европейского выбора. Решение принято окончательно».\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Арарат Мирзоян", "direct")]


def test_a_transcripts_title_day_dates_its_turns() -> None:
    # an interview given on a day and posted later: the title's day is the words' day
    text = (
        "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова газете "
        "«Жэньминь жибао», 10 марта 2025 года\n\n"
        "Вопрос: Как Вы оцениваете итоги года?\n\n"
        "С.В.Лавров: Год был насыщенным. Мы провели десятки встреч на высшем уровне.\n\n"
        "Вопрос: Что ждет ШОС?\n\n"
        "С.В.Лавров: Организация расширяется, и это закономерно.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-03-10", "2025-03-10"]


def test_a_day_on_a_line_of_its_own_above_the_turns_dates_them() -> None:
    text = (
        "Встреча с Президентом Вьетнама\n\n"
        "Состоялись переговоры с Президентом Вьетнама.\n\n"
        "11 марта 2025 года\n"
        "12:30\n"
        "Москва\n\n"
        "В.Путин: Уважаемый господин Президент! Рад вас видеть. Наши отношения развиваются "
        "по восходящей.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-03-11"]


def test_a_contracted_state_post_names_and_refers_back() -> None:
    # "госсоветник", "госминистр": "государственный советник/министр" contracted
    text = (
        "Государственный советник Казахстана Ерлан Карин в понедельник выступил перед "
        "студентами. Как отметил госсоветник, страна сохранит многовекторный курс.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Ерлан Карин", "2025-03-10")]
    text = "Госминистр Великобритании Стивен Даути заявил, что Лондон продолжит поддержку.\n"
    assert [s.speaker for s in said(text)] == ["Стивен Даути"]


def test_a_day_of_the_month_by_its_number_alone() -> None:
    # "11-го числа": a day of the article's month; one past the article's day is the month
    # before's
    text = "Глава МИД Литвы Кястутис Будрис 11-го числа заявил, что Вильнюс закроет переход.\n"
    assert [s.said_on for s in said(text)] == ["2025-03-11"]
    text = "Глава МИД Литвы Кястутис Будрис 27 числа заявил, что Вильнюс закроет переход.\n"
    assert [s.said_on for s in said(text)] == ["2025-02-27"]


def test_a_chronicles_stamped_entries_are_of_their_stamps_days() -> None:
    # a chronicle running back over days: an entry's undated words are of its stamp's day
    text = (
        "Выборы в Молдавии: хроника\n\n"
        "13 марта, 09:40\n"
        "Президент Майя Санду заявила, что явка превзошла ожидания.\n\n"
        "11 марта, 21:15\n"
        "Глава ЦИК Анжелика Караман сообщила, что участки закрылись вовремя.\n\n"
        "10.03.2025 18:05\n"
        "Премьер Дорин Речан призвал граждан прийти на участки.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-03-13", "2025-03-11", "2025-03-10"]


def test_one_date_line_above_a_story_is_no_chronicle() -> None:
    text = "11 марта 2025 года\n\nПремьер Дорин Речан сегодня призвал граждан прийти на участки.\n"
    assert [s.said_on for s in said(text)] == ["2025-03-13"]


def test_a_digest_heading_opened_by_here_are() -> None:
    text = (
        "Министр иностранных дел Словении Таня Файон выступила в парламенте. "
        "Вот основные заявления министра:\n\n"
        "— Любляна не откажется от помощи беженцам;\n"
        "— Словения заинтересована в торговле со всеми соседями.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Таня Файон", "Таня Файон"]


def test_a_relative_clause_about_the_interview_before_that() -> None:
    # "заявил в интервью, которое было опубликовано в среду, что ...": the clause tells
    # when the interview came out; what was said follows "что"
    text = (
        "Посол Венгрии Норберт Кеннеди заявил в интервью, которое было опубликовано во "
        "вторник, что Будапешт против отключения банков от SWIFT.\n"
    )
    assert [(s.text, s.said_on) for s in said(text)] == [
        ("Будапешт против отключения банков от SWIFT", "2025-03-11")
    ]
    text = (
        "Посол Венгрии Норберт Кеннеди заявил в интервью, запись которого вышла в понедельник, "
        "что Будапешт против отключения банков от SWIFT.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-03-10"]


def test_a_broadcast_that_came_out_on_a_day_dates_the_words_in_it() -> None:
    text = (
        "Вице-премьер Алексей Оверчук заявил в эфире программы «Вести недели», вышедшей в "
        "воскресенье, что переговоры о зоне свободной торговли завершены.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-03-09"]


def test_a_document_named_with_its_owner_in_a_passive_sentence_before() -> None:
    # "Во вторник было распространено заявление X. «...», — говорится в нем.": no subject
    # issued it; the owner is the genitive after the document
    text = (
        "Во вторник было распространено заявление посольства Австралии. «Канберра "
        "рекомендует гражданам воздержаться от поездок», — говорится в нем.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("посольство Австралии", "2025-03-11")]


def test_a_day_fronted_before_the_next_verb_does_not_date_the_lead() -> None:
    # "X заявил ... В среду министр добавил ...": Wednesday may be a later occasion
    text = (
        "Глава МИД Чехии Ян Липавски заявил, что Прага поддержит пакет. В среду министр "
        "добавил, что решение окончательное.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-03-13", "2025-03-12"]
