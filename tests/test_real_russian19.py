"""Russian constructions found by probing round 19 with articles written here in the manner
of Kremlin and Foreign Ministry transcripts and the agencies.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2025, 3, 20)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_transcript_label_with_a_compound_surname_capitalised_twice_opens_a_turn() -> None:
    # the Kremlin prints foreign names as they are spelt at home: "Сассу-Нгессо",
    # "Томас-Гринфилд", "МакКинли"; the label is one person's turn like any other
    text = (
        "Начало беседы с Президентом Республики Гвинея-Бисау\n\n"
        "В.Путин: Уважаемый господин Президент! Рады видеть вас в Москве снова. "
        "Товарооборот между нашими странами растет.\n\n"
        "У.Эмбало-Сиссоко (как переведено): Спасибо за теплый прием. Мы намерены "
        "развивать связи в сельском хозяйстве и образовании.\n\n"
        "В.Путин: Предлагаю обсудить и сотрудничество в энергетике.\n\n"
        "Р.МакДугал (как переведено): Со своей стороны банк готов участвовать в "
        "финансировании проектов.\n"
    )
    found = said(text)
    speakers = [s.speaker for s in found]
    assert speakers == ["Путин", "Эмбало-Сиссоко", "Путин", "МакДугал"]
    assert found[1].text.startswith("Спасибо за теплый прием")
    assert all(s.said_on == "2025-03-20" for s in found)


def test_a_statement_to_the_press_labelled_by_post_and_a_compound_surname() -> None:
    text = (
        "Заявления для прессы по итогам переговоров\n\n"
        "Президент Российской Федерации Владимир Путин: Переговоры прошли в деловой "
        "атмосфере. Мы условились продолжить работу.\n\n"
        "Президент Республики Гамбия Адама Барроу-Джалло: Мы благодарны за "
        "гостеприимство и рассчитываем на новые договоренности.\n"
    )
    found = said(text)
    guest = [s for s in found if s.text.startswith("Мы благодарны за")]
    assert [s.speaker for s in guest] == ["Адама Барроу-Джалло"]


def _day_of(found: list[ProposedStatement], start: str) -> str | None:
    return next(s.said_on for s in found if s.text.startswith(start))


def test_a_reply_by_one_the_story_dated_before_the_words_answered_keeps_his_day() -> None:
    # "X в ответ ...": a reply comes after the words it answers; when the lead already dated
    # the one replying, his reply is that day's, not the day of the words answered
    text = (
        "В Кремле ответили канцлеру Германии\n\n"
        "Москва не собирается отвечать на ультиматумы Берлина. Так пресс-секретарь "
        "президента Дмитрий Песков прокомментировал в среду слова Фридриха Мерца.\n\n"
        "В понедельник Мерц сказал, что Европа должна ужесточить давление на Россию.\n\n"
        "Песков в ответ заметил, что подобная риторика лишь отдаляет урегулирование.\n"
    )
    found = said(text)
    assert _day_of(found, "Европа должна ужесточить") == "2025-03-17"
    assert _day_of(found, "подобная риторика лишь") == "2025-03-19"


def test_a_briefing_reply_after_a_minister_quoted_days_before_is_the_briefing_day() -> None:
    text = (
        "МОСКВА, 20 марта. /ТАСС/. Официальный представитель МИД РФ Мария Захарова на "
        "брифинге в четверг назвала безответственными высказывания эстонского министра.\n\n"
        "Во вторник глава МИД Эстонии Маргус Цахкна заявил, что Таллин готов перекрыть "
        "судоходство в заливе.\n\n"
        "Захарова в ответ подчеркнула, что Москва не оставит такие шаги без ответа.\n"
    )
    found = said(text)
    assert _day_of(found, "Таллин готов перекрыть") == "2025-03-18"
    assert _day_of(found, "Москва не оставит") == "2025-03-20"


def test_a_reply_with_no_earlier_day_of_its_own_stays_on_the_day_of_the_words_answered() -> None:
    text = (
        "МОСКВА, 20 марта. /ТАСС/. Во вторник премьер Польши Дональд Туск заявил, что "
        "Варшава закроет еще один пограничный переход.\n\n"
        "Посол России в Польше Георгий Михно в ответ сказал, что такие решения бьют по "
        "жителям приграничья.\n"
    )
    found = said(text)
    assert _day_of(found, "такие решения бьют") == "2025-03-18"


def test_a_reply_does_not_take_a_day_of_its_speaker_before_the_words_answered() -> None:
    # the one replying spoke earlier still, before the words he now answers: that day is
    # no reply's
    text = (
        "МОСКВА, 20 марта. /ТАСС/. В понедельник Песков заявил, что Кремль ждет сигналов "
        "из Вашингтона.\n\n"
        "Во вторник госсекретарь США Марко Рубио сказал, что сигналы уже отправлены.\n\n"
        "Песков в ответ отметил, что никаких сигналов в Кремль не поступало.\n"
    )
    found = said(text)
    assert _day_of(found, "Кремль ждет сигналов") == "2025-03-17"
    assert _day_of(found, "никаких сигналов в Кремль") == "2025-03-18"


def test_as_said_by_a_description_then_a_post_with_a_verb_of_its_own_is_what_was_said() -> None:
    # "Как рассказала дипломат, посол вручит ноту": the post after the comma is the subject
    # of the words said, not a second post of the one speaking ("сказал статс-секретарь,
    # замглавы МИД X")
    lead = (
        "МОСКВА, 20 марта. /ТАСС/. Официальный представитель МИД России Мария Захарова "
        "сообщила в четверг, что Москва направит Вильнюсу ноту протеста.\n\n"
    )
    for said_next, start in [
        ("Как уточнила дипломат, посол передаст документ в пятницу.", "посол передаст"),
        ("Как пояснила дипломат, замминистра обсудит это с коллегами.", "замминистра обсудит"),
        ("Как добавила представитель МИД, министр ответит депутатам.", "министр ответит"),
    ]:
        found = said(lead + said_next + "\n")
        assert [(s.speaker, s.said_on) for s in found if s.text.startswith(start)] == [
            ("Мария Захарова", "2025-03-20")
        ], said_next


def test_two_posts_of_one_speaker_after_the_verb_still_name_him() -> None:
    text = (
        "МОСКВА, 20 марта. /РИА Новости/. Консультации по стратегической стабильности "
        "пройдут в апреле, сообщил статс-секретарь, замглавы МИД России Андрей Руденко.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Андрей Руденко"]


def test_a_spokesman_of_the_body_named_by_its_kind_alone_is_the_spokesman_named_before() -> None:
    # "представитель ведомства", "спикер министерства": the body named before, whatever its
    # name; no word the spokesman's title must spell
    lead = (
        "БИШКЕК, 20 марта. /Кабар/. Кыргызстан не получал запросов о выдаче. Об этом "
        "заявил официальный представитель МИД КР Нурлан Асанов.\n\n"
    )
    for said_next, start in [
        ("Представитель ведомства уточнил, что консультации продолжатся в апреле.", "консультации"),
        ("По словам спикера ведомства, делегация вылетит в Ташкент в среду.", "делегация"),
        ("«Нота уже передана послу», — добавил представитель министерства.", "Нота уже"),
    ]:
        found = said(lead + said_next + "\n")
        assert [s.speaker for s in found if s.text.startswith(start)] == ["Нурлан Асанов"], (
            said_next
        )


def test_a_spokesman_of_the_body_is_no_minister_nor_a_spokesman_of_another_ministry() -> None:
    minister = (
        "Кыргызстан не получал запросов о выдаче, заявил министр иностранных дел КР "
        "Жээнбек Кулубаев.\n\n"
        "Представитель ведомства уточнил, что консультации продолжатся в апреле.\n"
    )
    found = said(minister)
    assert [s.speaker for s in found if s.text.startswith("консультации")] != ["Жээнбек Кулубаев"]
    other = (
        "Кыргызстан не получал запросов о выдаче, заявил официальный представитель МИД КР "
        "Нурлан Асанов.\n\n"
        "Представитель министерства обороны уточнил, что учения продолжатся в апреле.\n"
    )
    found = said(other)
    assert [s.speaker for s in found if s.text.startswith("учения")] != ["Нурлан Асанов"]


def test_words_said_on_the_eve_of_an_event_the_story_dates_are_the_day_before_it() -> None:
    # "накануне переговоров": the eve of the talks the story dated, not the talks' day nor
    # the day before the article's
    lead = (
        "АСТАНА, 20 марта. /Казинформ/. Главы МИД Казахстана и Азербайджана провели в среду "
        "переговоры в Астане. По их итогам стороны подписали меморандум.\n\n"
    )
    for said_next, start in [
        ("Накануне переговоров посол Азербайджана Рашад Мамедов сообщил, что визит "
         "готовился полгода.", "визит готовился"),
        ("Посол Азербайджана Рашад Мамедов накануне встречи отметил, что стороны близки к "
         "соглашению.", "стороны близки"),
        ("«Мы ждем прорыва в транзите», — сказал накануне переговоров посол Азербайджана "
         "Рашад Мамедов.", "Мы ждем прорыва"),
    ]:  # fmt: skip
        found = said(lead + said_next + "\n")
        assert _day_of(found, start) == "2025-03-18", said_next


def test_the_eve_alone_or_of_an_undated_event_is_no_eve_of_a_dated_one() -> None:
    lead = (
        "АСТАНА, 20 марта. /Казинформ/. Главы МИД Казахстана и Азербайджана провели в среду "
        "переговоры в Астане.\n\n"
    )
    # "накануне" alone is the day before the article's
    found = said(lead + "Накануне посол Азербайджана Рашад Мамедов сообщил, что визит "
                 "готовился полгода.\n")  # fmt: skip
    assert _day_of(found, "визит готовился") == "2025-03-19"
    # the eve of a visit the story gives no day: no day from the talks
    found = said(lead + "Накануне визита посол Азербайджана Рашад Мамедов сообщил, что визит "
                 "готовился полгода.\n")  # fmt: skip
    assert _day_of(found, "визит готовился") != "2025-03-18"


def test_a_body_abbreviated_in_mixed_case_before_a_name_is_no_part_of_the_name() -> None:
    # "глава ЕврАзЭС", "замглавы МинДНР": three capitals in one word make an abbreviation,
    # as "ОДКБ" is; a surname capitalises two at most ("МакДугал")
    for sentence, name in [
        ("Замминистра МинЛНР Олег Кравцов сообщил, что школы откроются в срок.", "Олег Кравцов"),
        ("Глава ЕврАзЭС Игорь Семенов отметил, что пошлины будут снижены.", "Игорь Семенов"),
        ("Председатель ГосСовета Виталий Дронов заявил, что проект одобрен.", "Виталий Дронов"),
        ("Посол Канады Джон МакДугал заявил, что Оттава сохранит санкции.", "Джон МакДугал"),
    ]:
        found = said("МОСКВА, 20 марта. /ТАСС/. " + sentence + "\n")
        assert [s.speaker for s in found] == [name], sentence
