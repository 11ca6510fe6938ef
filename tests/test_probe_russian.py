"""Russian constructions found by probing one construction at a time (round 9): Kremlin
and Foreign Ministry transcripts, wire dates and attributions, each written in new words.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2025, 4, 15)


def said(text: str, published: datetime.date = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_talks_cut_after_two_turns_labelled_by_initials_are_a_transcript() -> None:
    # a Kremlin page excerpt often holds only the host's long opening and one reply
    text = (
        "Встреча с Президентом Монголии Ухнаагийном Хурэлсухом\n"
        "Владимир Путин провёл переговоры с Президентом Монголии в Кремле.\n"
        "15 апреля 2025 года, 13:00, Москва, Кремль\n"
        "В.Путин: Уважаемый господин Президент! Рады видеть вас в Москве. Товарооборот между "
        "нашими странами за прошлый год заметно вырос.\n"
        "У.Хурэлсух (как переведено): Благодарю за приглашение. Монголия заинтересована в "
        "строительстве нового газопровода через нашу территорию.\n"
    )
    found = said(text)
    assert [(s.speaker.split()[-1], s.kind, s.said_on) for s in found] == [
        ("Путин", "direct", "2025-04-15"),
        ("Хурэлсух", "direct", "2025-04-15"),
    ]
    assert found[0].text.startswith("Рады видеть вас в Москве.")


def test_the_opening_remarks_of_a_meeting_alone_are_the_hosts_statement() -> None:
    text = (
        "Совещание по экономическим вопросам\n"
        "15 апреля 2025 года, 11:00, Москва, Кремль\n"
        "В.Путин: Добрый день, уважаемые коллеги! Сегодня поговорим о поддержке экспорта. "
        "Несмотря на внешние ограничения, несырьевой экспорт продолжает расти.\n"
    )
    found = said(text)
    assert [(s.speaker.split()[-1], s.kind) for s in found] == [("Путин", "direct")]
    assert found[0].text.startswith("Сегодня поговорим о поддержке экспорта.")


def test_a_headline_of_surname_and_words_is_no_transcript() -> None:
    # "Лавров: ..." heads a news story; without initials and a paragraph of speech it is
    # no turn
    text = (
        "Лавров: Запад перестал быть центром мира\n"
        "МОСКВА, 15 апреля. /ТАСС/. Глава МИД РФ Сергей Лавров заявил, что Запад утратил "
        "монополию на решение глобальных вопросов.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Сергей Лавров", "indirect")]


def test_denying_a_report_that_something_is_so_is_the_speakers_statement() -> None:
    # "опроверг информацию о том, что ...": the denial is said, starting at the report;
    # the clause alone would make the speaker assert what he denies
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков опроверг "
        "сообщения о том, что Кремль готовит перестановки в правительстве.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Дмитрий Песков", "indirect")]
    assert found[0].text.startswith("сообщения о том, что Кремль готовит")


def test_a_ministry_confirming_information_that_something_is_so() -> None:
    text = (
        "ЕРЕВАН, 15 апреля. /ТАСС/. Министерство иностранных дел Армении подтвердило "
        "информацию о том, что очередной раунд консультаций пройдет в Вене.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Министерство иностранных дел Армении"]
    assert found[0].text.startswith("информацию о том, что очередной раунд")


def test_reacting_to_reports_that_something_is_so_stays_the_medias() -> None:
    # "отреагировал на сообщения СМИ о том, что ...": the clause is the media's report,
    # not what the one reacting said
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков "
        "отреагировал на сообщения СМИ о том, что Кремль готовит перестановки.\n"
    )
    assert said(text) == []


def test_the_day_an_event_the_words_were_said_at_took_place() -> None:
    # "на форуме, который прошел в субботу": the clause dates the event the attribution
    # places the words at, so it dates the words
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Выступая на форуме, который прошел в субботу в Анталье, "
        "министр иностранных дел РФ Сергей Лавров заявил, что Москва открыта для контактов "
        "с Евросоюзом.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Сергей Лавров", "2025-04-12")]


def test_talks_that_ended_on_a_day_date_what_was_said_after_them() -> None:
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. По итогам консультаций, завершившихся в понедельник, "
        "замглавы МИД РФ Михаил Галузин сообщил, что стороны договорились о новом раунде.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Михаил Галузин", "2025-04-14")]


def test_a_visit_that_began_on_a_day_leaves_the_words_undated() -> None:
    # "визит, который начался в понедельник": the words may be said on any day of it
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Глава МИД РФ Сергей Лавров, визит которого в Каир "
        "начался в понедельник, заявил, что Москва поддерживает мирные инициативы Египта.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Сергей Лавров", "2025-04-15")]
    assert not found[0].date_evidence


def test_he_after_a_press_service_report_is_the_one_it_reports_on() -> None:
    # "X встретился с Y, сообщает пресс-служба ...": the report is about X, whom "он" and
    # "дипломат" below refer to, not the one he met
    text = (
        "МИНСК, 15 апреля. /БЕЛТА/. Министр иностранных дел Беларуси Максим Рыженков "
        "принял посла Вьетнама Дао Тхань Чунга, сообщает пресс-служба МИД.\n"
        "Дипломат заверил, что Минск заинтересован в поставках вьетнамского риса.\n"
    )
    found = said(text)
    assert [s.speaker for s in found][-1] == "Максим Рыженков"


def test_the_head_of_state_is_the_untitled_leader_the_report_is_about() -> None:
    # kremlin.ru names the President without his post; "глава государства" says no more
    # than "президент", so it stands for him, not for the titled president he called
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Владимир Путин провел телефонный разговор с Президентом "
        "Узбекистана Шавкатом Мирзиёевым, сообщает пресс-служба Кремля.\n"
        "Глава государства подчеркнул, что Россия готова нарастить поставки зерна.\n"
    )
    found = said(text)
    assert [s.speaker for s in found][-1] == "Владимир Путин"


def test_key_statements_gathered_without_a_name_are_the_lead_persons() -> None:
    # "ТАСС собрал основные заявления." names no one: the points are those of the one the
    # lead just named, as under "Его главные заявления:"
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Постпред РФ при ООН Василий Небензя выступил на "
        "заседании Совбеза по Ближнему Востоку. ТАСС собрал основные заявления.\n"
        "О Газе\n"
        "Гуманитарная ситуация в анклаве остается катастрофической.\n"
        "Россия внесет собственный проект резолюции о прекращении огня.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text[:20]) for s in found] == [
        ("Василий Небензя", "Гуманитарная ситуаци"),
        ("Василий Небензя", "Россия внесет собств"),
    ]


def test_main_statements_after_a_briefing_are_the_briefers() -> None:
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Официальный представитель МИД РФ Мария Захарова провела "
        "еженедельный брифинг. Основные заявления:\n"
        "- Москва не признает итоги выборов в Молдавии;\n"
        "- Россия продолжит гуманитарные поставки в Сирию.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Мария Захарова", "Мария Захарова"]


def test_yesterdays_briefing_is_the_day_before() -> None:
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Официальный представитель МИД РФ Мария Захарова на "
        "вчерашнем брифинге заявила, что Москва не получала ноты от Бухареста.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-04-14"]


def test_yesterdays_decision_commented_on_does_not_date_the_words() -> None:
    # only the occasion of the words ("брифинг", "интервью") takes the adjective's day
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Официальный представитель МИД РФ Мария Захарова, "
        "комментируя вчерашнее решение Бухареста, заявила, что Москва ответит.\n"
    )
    found = said(text)
    assert [s.said_on for s in found] == ["2025-04-15"]
    assert not found[0].date_evidence


def test_a_talk_held_the_day_before_is_not_the_eve_of_a_talk() -> None:
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. В ходе состоявшегося накануне разговора глава МИД РФ "
        "Сергей Лавров подчеркнул, что Москва рассчитывает на продолжение контактов.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-04-14"]


def test_a_day_earlier_as_twenty_four_hours_earlier() -> None:
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Сутками ранее замглавы МИД РФ Андрей Руденко сообщил, "
        "что консультации с Токио пока не запланированы.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-04-14"]


def test_the_end_of_last_week_is_within_last_week() -> None:
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. В конце прошлой недели замглавы МИД РФ Андрей Руденко "
        "сообщил, что консультации с Токио пока не запланированы.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-04-07/2025-04-13"]


def test_the_start_of_the_week_is_this_week_so_far() -> None:
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. В начале недели замглавы МИД РФ Андрей Руденко "
        "сообщил, что консультации с Токио пока не запланированы.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-04-14/2025-04-15"]


def test_the_minister_after_a_call_between_two_is_the_one_whose_call_it_was() -> None:
    # "Состоялся телефонный разговор X с Y": the readout is X's; "министр" below is X, not
    # Y after "с", whose indeclinable name may pass for a nominative
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Состоялся телефонный разговор Сергея Лаврова с Марко "
        "Рубио. Министр подчеркнул, что Москва рассчитывает на восстановление авиасообщения.\n"
    )
    assert [s.speaker for s in said(text)] == ["Сергей Лавров"]


def test_a_surname_with_initials_after_talks_is_in_the_genitive() -> None:
    # "разговор С.В.Лаврова": "Лаврова" is his name in the genitive, not a woman's
    text = (
        "О телефонном разговоре Министра иностранных дел Российской Федерации С.В.Лаврова с "
        "Министром иностранных дел Египта Б.Абдель Аты\n"
        "15 апреля состоялся телефонный разговор С.В.Лаврова с Б.Абдель Аты. Министр "
        "отметил, что Москва поддерживает усилия Каира по урегулированию в Газе.\n"
    )
    assert [s.speaker for s in said(text)] == ["Лавров"]


def test_a_surname_declined_as_an_adjective_is_put_back_whole() -> None:
    # "По словам Зеленского": a surname the dictionary does not know, declined as an
    # adjective, is "Зеленский", and joins the one named in full before
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Президент Украины Владимир Зеленский провел встречу с "
        "военными. По словам Зеленского, Киев ждет новых поставок систем ПВО.\n"
        '"Мы рассчитываем на партнеров", - цитирует Зеленского агентство Reuters.\n'
    )
    assert [s.speaker for s in said(text)] == ["Владимир Зеленский", "Владимир Зеленский"]


def test_an_outlet_after_a_chinese_name_is_no_part_of_it() -> None:
    # "цитирует Ван И РИА Новости": the given name's one syllable, then the outlet
    text = (
        'МОСКВА, 15 апреля. /ТАСС/. "Пекин выступает против одностороннего давления", - '
        "цитирует Ван И РИА Новости.\n"
    )
    assert [s.speaker for s in said(text)] == ["Ван И"]


def test_he_who_answers_is_the_one_the_correspondent_asked() -> None:
    # "Корреспондент спросил X, ... «...», — ответил он": "он" is X, not the last speaker
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Глава МИД РФ Сергей Лавров заявил, что Москва ждет "
        "ответа Токио. Корреспондент ТАСС спросил замглавы МИД РФ Андрея Руденко, возможны "
        'ли консультации до конца года. "Такие планы пока не обсуждаются", - ответил он.\n'
    )
    assert [s.speaker for s in said(text)] == ["Сергей Лавров", "Андрей Руденко"]


def test_the_question_answered_between_subject_and_verb_holds_no_subject() -> None:
    # "X на вопрос о том, готов ли Кремль ..., ответил": "Кремль" is the question's
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков на вопрос "
        'журналистов о том, готов ли Кремль к контактам с Брюсселем, ответил: "Мы никогда '
        'не отказывались от диалога".\n'
    )
    assert [s.speaker for s in said(text)] == ["Дмитрий Песков"]


def test_a_foreign_surname_in_i_does_not_decline() -> None:
    # "По словам премьер-министра Индии Нарендры Моди": "Моди" stays, not "Модь"
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. По словам премьер-министра Индии Нарендры Моди, "
        "Нью-Дели не присоединится к односторонним ограничениям.\n"
    )
    assert [s.speaker for s in said(text)] == ["Нарендра Моди"]
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. По словам главы МИД Италии Антонио Таяни, Рим "
        "поддерживает переговоры.\n"
    )
    assert [s.speaker for s in said(text)] == ["Антонио Таяни"]


def test_a_counterparts_turn_labelled_by_a_foreign_name_of_several_words() -> None:
    # mid.ru joint press conferences label the guest "Б.Абдель Аты (говорит по-арабски):"
    # or "Ван И (говорит по-китайски):": a turn of its own, not more of the host's answer
    text = (
        "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации "
        "С.В.Лаврова в ходе совместной пресс-конференции с Министром иностранных дел КНР Ван "
        "И, Москва, 15 апреля 2025 года\n"
        "Вопрос: Как Вы оцениваете итоги переговоров?\n"
        "С.В.Лавров: Переговоры были полезными. Мы согласовали план консультаций.\n"
        "Ван И (говорит по-китайски, перевод с английского): Китай готов углублять "
        "координацию в Совете Безопасности.\n"
        "Вопрос: Что с ситуацией в Газе?\n"
        "Б.Абдель Аты (говорит по-арабски): Египет продолжит посреднические усилия вместе "
        "с партнерами.\n"
    )
    found = said(text)
    assert [s.speaker.split()[-1] for s in found] == ["Лавров", "И", "Аты"]
    assert found[0].text.endswith("Мы согласовали план консультаций.")


def test_a_document_named_before_a_participle_phrase_speaks_for_its_owner() -> None:
    # "В заявлении МИД, распространенном в понедельник, говорится, что ...": the phrase
    # between the document and "говорится" says when it was issued, which dates it
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. В заявлении посольства РФ в Лондоне, распространенном в "
        "понедельник, говорится, что британская сторона не ответила на запросы о консульском "
        "доступе.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("посольство РФ в Лондоне", "2025-04-14")]


def test_a_document_published_on_a_site_speaks_for_the_sites_owner() -> None:
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. В сообщении, опубликованном на сайте МИД России, "
        "говорится, что консультации пройдут в Женеве.\n"
    )
    assert [s.speaker for s in said(text)] == ["МИД России"]


def test_marked_points_after_a_verb_of_saying_and_a_colon_are_the_subjects() -> None:
    # "Министр отметил:" closing its line, then dashed points: each point is said
    text = (
        "АСТАНА, 15 апреля. /Казинформ/. Министр иностранных дел Казахстана Ермек Кошербаев "
        "выступил перед послами. Он подчеркнул следующее:\n"
        "- Казахстан продолжит сбалансированную внешнюю политику;\n"
        "- Астана готова принять новый раунд переговоров по Афганистану.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text[:18]) for s in found] == [
        ("Ермек Кошербаев", "Казахстан продолжи"),
        ("Ермек Кошербаев", "Астана готова прин"),
    ]


def test_the_day_something_was_done_does_not_date_words_about_it() -> None:
    # "введенные в понедельник санкции": Monday is when the sanctions came, not the comment
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Комментируя введенные в понедельник ограничения, "
        "официальный представитель МИД РФ Мария Захарова заявила, что Москва ответит.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Мария Захарова", "2025-04-15")]
    assert not found[0].date_evidence


def test_a_meeting_held_on_a_day_named_before_its_noun_still_dates_the_words() -> None:
    # guard: "состоявшейся" is a participle of the occasion itself, which the rule for
    # participles of things done ("введенные в понедельник санкции") must leave alone
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. На состоявшейся в понедельник встрече замглавы МИД РФ "
        "Андрей Руденко заявил, что Москва готова к консультациям.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-04-14"]


def test_a_wire_story_opening_a_paragraph_with_initials_and_a_colon_stays_news() -> None:
    # under a wire dateline "В.Путин: ..." is a quotation the story reports, dated by it
    text = (
        "МОСКВА, 15 апреля. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков заявил, что "
        "Кремль открыт для контактов.\n"
        "В.Путин: Россия готова к переговорам без предварительных условий. Об этом президент "
        "заявил в понедельник.\n"
    )
    found = said(text)
    assert [(s.speaker.split()[-1], s.said_on) for s in found] == [
        ("Песков", "2025-04-15"),
        ("Путин", "2025-04-14"),
    ]
