"""Russian constructions found by probing one construction at a time (round 10, second
wave): what Russian attribution leaves unsaid, the words of a country given a speaker.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

MONDAY = datetime.date(2025, 6, 16)


def said(text: str, published: datetime.date = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_countrys_call_is_the_words_of_the_one_about_this_after_it() -> None:
    # "Россия ... призывает ...": a country's verb of saying has no speaker of its own;
    # "Об этом сообщил X" after it gives X the whole sentence
    text = (
        "ВЕНА, 16 июня. /ТАСС/. Москва готова продлить зерновую сделку и призывает "
        "партнеров снять ограничения на экспорт удобрений. Об этом журналистам сообщил "
        "постоянный представитель России при международных организациях Михаил Ульянов.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Михаил Ульянов", "2025-06-16")]
    assert found[0].text.startswith("Москва готова продлить зерновую сделку")


def test_an_interviewers_request_in_the_imperative_asks_like_a_question() -> None:
    # "— Расскажите о ...", "— Давайте поговорим о ...": a request ends with a full stop, and
    # is the interviewer's turn as much as a question is; the answers after it are the guest's
    text = (
        "Известия\n\n"
        "«Мы откроем новые консульства»\n\n"
        "Посол Египта в России Хамди Шаабан — о планах Каира\n\n"
        "16 июня 2025, 00:01\n\n"
        "— Господин посол, опишите, пожалуйста, итоги прошлого года.\n\n"
        "— Товарооборот вырос на пятую часть. Мы открыли торговое представительство в Казани.\n\n"
        "— Давайте поговорим о визовом режиме.\n\n"
        "— Безвизовый режим работает хорошо. Число поездок растет каждый месяц.\n\n"
        "— Когда откроются новые консульства?\n\n"
        "— Первое откроется в Екатеринбурге уже осенью.\n"
    )
    found = said(text)
    assert [s.text.split()[0] for s in found] == ["Товарооборот", "Безвизовый", "Первое"]
    assert {(s.speaker, s.kind) for s in found} == {("Хамди Шаабан", "direct")}


def test_a_ministry_passing_on_its_ministers_words_leaves_them_his() -> None:
    # "Как сообщили в МИД, министр заявил, что ...": the ministry relays; what was said is
    # the minister's, from his own verb, not the ministry's report holding his name
    text = (
        "ТАШКЕНТ, 16 июня. /ТАСС/. Министр иностранных дел Узбекистана Бахтиёр Саидов принял "
        "делегацию Всемирного банка. Как сообщили в МИД республики, в ходе беседы министр "
        "подчеркнул, что Ташкент рассчитывает на новые кредиты для энергетики.\n"
    )
    found = said(text)
    assert [(s.speaker, s.cue) for s in found] == [("Бахтиёр Саидов", "подчеркнул")]
    assert found[0].text.startswith("Ташкент рассчитывает на новые кредиты")


def test_a_statement_named_without_its_owner_is_the_one_who_issued_it() -> None:
    # "X распространил заявление. «...», — говорится в документе.": the document has no owner
    # in its own phrase; it is the one the sentence before has issue it
    text = (
        "КИШИНЕВ, 16 июня. /ТАСС/. Министерство иностранных дел Молдавии распространило "
        "заявление в связи с задержанием журналистов.\n\n"
        "«Кишинев требует немедленно освободить граждан республики», — говорится в документе.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Министерство иностранных дел Молдавии", "direct")
    ]


def test_in_it_after_a_document_is_that_documents_words() -> None:
    # "В нем говорится, что ...": "нем" stands for the statement the sentence before names
    text = (
        "ВИЛЬНЮС, 16 июня. /ТАСС/. Посольство России в Литве опубликовало комментарий по "
        "поводу закрытия консульства. В нем говорится, что решение литовских властей "
        "нарушает Венскую конвенцию.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Посольство России в Литве"]
    assert found[0].text.startswith("решение литовских властей")


def test_a_report_by_an_institution_of_its_leaders_words_leaves_them_his() -> None:
    # "Согласно сообщению пресс-службы ..., X подчеркнул, что ...", "Как передает агентство со
    # ссылкой на пресс-службу МИД, министр заявил ...": X's statement, from X's own verb
    text = (
        "АСТАНА, 16 июня. /ТАСС/. Согласно сообщению пресс-службы Акорды, Касым-Жомарт Токаев "
        "подчеркнул, что Казахстан поддерживает создание зоны свободной торговли.\n\n"
        "Как передает агентство Казинформ со ссылкой на пресс-службу МИД, министр "
        "иностранных дел Ермек Кошербаев заявил, что Астана откроет посольство в Монголии.\n"
    )
    found = said(text)
    assert [(s.speaker, s.cue) for s in found] == [
        ("Касым-Жомарт Токаев", "подчеркнул"),
        ("Ермек Кошербаев", "заявил"),
    ]


def test_a_korean_or_chinese_surname_that_is_also_a_russian_word_opens_the_name() -> None:
    # "Чо" (read as "что"), "Лай" (a dog's bark): a one-syllable East Asian surname before
    # the given name's syllables is the name's first word, not left out of it
    text = (
        "СЕУЛ, 16 июня. /ТАСС/. Министр иностранных дел Республики Корея Чо Хён Сок заявил, "
        "что Сеул готов возобновить диалог с Пхеньяном.\n\n"
        "ТАЙБЭЙ, 16 июня. /ТАСС/. Руководитель администрации Тайваня Лай Циндэ "
        "сообщил, что остров увеличит закупки вооружений.\n"
    )
    assert [s.speaker for s in said(text)] == ["Чо Хён Сок", "Лай Циндэ"]


def test_a_foreign_first_name_in_a_consonant_after_a_title_is_no_body() -> None:
    # "министр ... Бадр Абдель Ати": "Бадр" is the first name, not a body in the genitive
    # like "Совфеда"; "Юн Сок Ёль": "Юн" is a surname, not whose representative he is
    text = (
        "КАИР, 16 июня. /ТАСС/. Министр иностранных дел Египта Бадр Абдель Ати заявил, что "
        "Каир рассчитывает на скорейшее восстановление судоходства в Красном море.\n\n"
        "СЕУЛ, 16 июня. /ТАСС/. Бывший президент Южной Кореи Юн Сок Ёль сообщил, что "
        "обжалует решение суда.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Бадр Абдель Ати", "Юн Сок Ёль"]
    assert found[0].role == "Министр иностранных дел Египта"


def test_a_womans_name_in_aya_or_iya_after_by_the_words_of_is_put_back() -> None:
    # "по словам Каи Каллас" -> "Кая Каллас" (the dictionary reads "Каи" only as a plural of
    # "Кай"); "Лауры Сарабии" -> "Лаура Сарабия" (a surname in "-ия", no indeclinable "-и")
    text = (
        "БРЮССЕЛЬ, 16 июня. /ТАСС/. По словам главы евродипломатии Каи Каллас, Евросоюз "
        "продлит миссию в Красном море.\n\n"
        "БОГОТА, 16 июня. /ТАСС/. По словам министра иностранных дел Колумбии Лауры Сарабии, "
        "Богота выступает против морской блокады.\n"
    )
    assert [s.speaker for s in said(text)] == ["Кая Каллас", "Лаура Сарабия"]


def test_a_first_name_before_bin_or_ben_opens_one_name() -> None:
    # "Фейсал бен Фархан": "Фейсал" is no genitive of whose he is ("Представитель Зеленского
    # Сергей Никифоров"); the particle leads the one name on
    text = (
        "ЭР-РИЯД, 16 июня. /ТАСС/. Министр иностранных дел Саудовской Аравии Фейсал бен Фархан "
        "заявил, что королевство поддерживает продление перемирия в Йемене.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Фейсал бен Фархан"]
    assert found[0].role == "Министр иностранных дел Саудовской Аравии"
