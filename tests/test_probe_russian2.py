"""Russian constructions found by probing one construction at a time (round 10): newspaper
page furniture, descriptions, the case of a name, second verbs of saying.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

MONDAY = datetime.date(2025, 6, 16)


def said(text: str, published: datetime.date = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_newspapers_rubric_of_policy_is_nobodys_post() -> None:
    # "Мировая политика", "Внешняя политика": a section heading, whose "политика" reads as
    # the genitive of "политик" only; it must not become the first named person's post
    text = (
        "Известия\n"
        "Внешняя политика\n\n"
        "Газ пойдет через Каспий\n\n"
        "Эмомали Рахмон, открывая саммит в Душанбе, назвал проект «делом десятилетия». "
        "«Мы ждали этого долго», — сказал президент Таджикистана на церемонии.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Эмомали Рахмон", "Эмомали Рахмон"]
    assert found[0].role != "Внешняя политика"


def test_talks_ending_on_the_hosts_thanks_are_still_a_transcript() -> None:
    # a Kremlin page often closes the published part of talks with a one-word turn
    text = (
        "Встреча с Премьер-министром Вьетнама\n"
        "Владимир Путин встретился с Премьер-министром Вьетнама в Кремле.\n"
        "16 июня 2025 года, 15:30, Москва, Кремль\n"
        "В.Путин: Уважаемый господин Премьер-министр!\n"
        "Торговля между нашими странами за прошлый год выросла почти на треть.\n"
        "Ф.Т.Чинь (как переведено): Благодарю за тёплый приём.\n"
        "Вьетнам готов увеличить поставки сельскохозяйственной продукции в Россию.\n"
        "В.Путин: Спасибо.\n"
    )
    found = said(text)
    assert [(s.speaker.split()[-1], s.kind, s.said_on) for s in found] == [
        ("Путин", "direct", "2025-06-16"),
        ("Чинь", "direct", "2025-06-16"),
    ]
    assert found[0].text.startswith("Торговля между нашими странами")


def test_the_fields_under_a_kremlin_page_are_no_turns() -> None:
    # "Темы:", "Персоны:", "Страны:" close every kremlin.ru page; they label no one
    text = (
        "Встреча с Президентом Лаоса\n"
        "16 июня 2025 года, 12:00, Москва, Кремль\n"
        "В.Путин: Уважаемый господин Президент!\n"
        "Мы высоко ценим традиционную дружбу между нашими народами.\n"
        "Т.Ситхалат (как переведено): Благодарю Вас за приглашение.\n"
        "Лаос заинтересован в подготовке национальных кадров в российских вузах.\n"
        "Темы: Внешняя политика\n"
        "Персоны: Ситхалат Тхонглун\n"
        "Страны: Лаос\n"
    )
    found = said(text)
    assert [(s.speaker.split()[-1], s.kind) for s in found] == [
        ("Путин", "direct"),
        ("Ситхалат", "direct"),
    ]
    assert found[1].text.startswith("Лаос заинтересован")


def test_a_briefings_table_of_contents_is_no_turn_before_the_opening_remarks() -> None:
    # a mid.ru page copied whole keeps its "Содержание:" list above the briefer's topics
    text = (
        "Министерство иностранных дел Российской Федерации\n"
        "Главная / Пресс-служба / Брифинги официального представителя\n\n"
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 16 июня 2025 года\n\n"
        "Содержание:\n"
        "- О ситуации в Ливии\n"
        "- Из ответов на вопросы\n\n"
        "О ситуации в Ливии\n\n"
        "Мы приветствуем договоренность сторон о продлении режима прекращения огня.\n\n"
        "Из ответов на вопросы:\n\n"
        "Вопрос: Будет ли Москва участвовать в конференции по Ливии?\n\n"
        "Ответ: Решение пока не принято, приглашение изучается.\n"
    )
    found = said(text)
    assert [(s.speaker.split()[-1], s.text.split()[0]) for s in found] == [
        ("Захарова", "Мы"),
        ("Захарова", "Решение"),
    ]


def test_a_name_after_a_verb_of_thanking_is_its_object_not_a_nominative() -> None:
    # "поблагодарил ... Ильхама Алиева": the accusative, though "Ильхама Алиева" also reads
    # as a woman's name in the nominative; the man who speaks next is the one thanked
    text = (
        "Садыр Жапаров поблагодарил в четверг Ильхама Алиева за помощь после наводнения. "
        "Алиев заявил, что Баку готов направить в Бишкек еще одну группу спасателей.\n"
    )
    assert [s.speaker for s in said(text)] == ["Ильхам Алиев"]


def test_a_name_after_a_verb_of_saying_stays_the_subject() -> None:
    text = "В Ташкенте заявил Шавкат Мирзиёев, что пункты пропуска откроются летом.\n"
    assert [s.speaker for s in said(text)] == ["Шавкат Мирзиёев"]


def test_he_after_a_colon_is_the_one_the_clause_before_is_about() -> None:
    # "X оказался сдержаннее: он заявил": the colon opens what X did, not the last speaker's
    text = (
        "Министр обороны Венгрии Кристоф Салаи-Бобровницки в среду пригрозил, что Будапешт "
        "заблокирует решение. Глава МИД Словакии Юрай Бланар был осторожнее: он заявил, что "
        "Братислава изучит документ.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Кристоф Салаи-Бобровницки", "Юрай Бланар"]


def test_a_described_subject_is_not_the_one_its_own_sentence_meets() -> None:
    # "Американский лидер встретился с Александром Вучичем": the leader is not Vučić, so
    # the president of Serbia who speaks next is
    text = (
        "Американский лидер встретился в среду с Александром Вучичем. Президент Сербии после "
        "встречи заявил, что Белград готов принять переговоры по Косово.\n"
    )
    assert [s.speaker for s in said(text)] == ["Александр Вучич"]


def test_a_prime_minister_of_a_country_is_the_untitled_leader_named_before() -> None:
    text = (
        "Американский лидер встретился в среду с Виктором Орбаном. Премьер-министр Венгрии "
        "после встречи заявил, что Будапешт продолжит закупать российский газ.\n"
    )
    assert [s.speaker for s in said(text)] == ["Виктор Орбан"]


def test_a_description_by_a_country_the_lexicon_did_not_know() -> None:
    # Croatia and Slovenia were missing: "глава хорватского МИД" could not tell the two apart
    text = (
        "Министр иностранных дел Словении Милан Брглез провел в среду переговоры с "
        "министром иностранных дел Хорватии Горданом Грлич-Радманом. Глава хорватского МИД "
        "заявил, что Загреб поддерживает расширение ЕС на Западные Балканы.\n"
    )
    assert [s.speaker for s in said(text)] == ["Гордан Грлич-Радман"]


def test_made_that_statement_on_a_day_dates_the_words_before() -> None:
    # "Министр сделал это заявление в воскресенье": a sentence about the statement before,
    # whose day is the statement's
    text = (
        "МОСКВА, 16 июня. /ТАСС/. По словам главы МИД Белоруссии Максима Рыженкова, Минск "
        "готов принять новый раунд консультаций. Министр сделал это заявление в воскресенье "
        "на встрече со студентами.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Максим Рыженков", "2025-06-15")]


def test_came_out_with_such_a_statement_on_a_day_dates_the_words_before() -> None:
    text = (
        "МОСКВА, 16 июня. /ТАСС/. Глава МИД Белоруссии Максим Рыженков заявил, что Минск "
        "готов принять новый раунд консультаций. Министр выступил с таким заявлением в "
        "субботу в Гродно.\n"
        "Рыженков также поддержал это заявление партнеров по ОДКБ.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Максим Рыженков", "2025-06-14")]


def test_a_guest_labelled_without_initials_but_as_interpreted_is_a_turn() -> None:
    # the Kremlin prints Chinese and Vietnamese leaders' names whole: "Ли Цян (как переведено):"
    text = (
        "Заявления для прессы по итогам российско-китайских переговоров\n"
        "16 июня 2025 года, 16:00, Москва, Кремль\n"
        "В.Путин: Уважаемый господин Премьер! Дамы и господа!\n"
        "Мы условились нарастить поставки российской сельхозпродукции в Китай.\n"
        "Ли Цян (как переведено): Уважаемый господин Президент!\n"
        "Китай готов расширять сотрудничество с Россией в Арктике.\n"
    )
    found = said(text)
    assert [(s.speaker, s.kind) for s in found] == [("Путин", "direct"), ("Ли Цян", "direct")]
    assert found[1].text.startswith("Китай готов")


def test_a_participle_of_what_the_speaker_was_doing_then_dates_the_words() -> None:
    # "принимавший в среду ..." says what he was doing when he spoke, as "принимая в среду"
    text = (
        "Президент Египта Абдель Фаттах ас-Сиси, принимавший в среду короля Иордании, назвал "
        "переговоры «откровенными».\n"
    )
    found = said(text)
    assert [(s.said_on, s.date_evidence) for s in found] == [("2025-06-11", "в среду")]


def test_a_participle_of_a_visit_paid_before_leaves_the_words_undated() -> None:
    # "посетивший в среду Каир": an act done before the words, which may be later
    text = (
        "Король Иордании Абдалла II, посетивший в среду Каир, заявил, что Амман поддерживает "
        "египетский план по Газе.\n"
    )
    assert [s.said_on for s in said(text)] == ["2025-06-16"]
