"""Officials' names and posts as Russian copy writes them, crossed with its attribution
frames: the statement is found, its speaker is the fullest name in the nominative, its day
the dateline's. Sentences written here (a slice of a generated matrix: the cells that failed,
and near-misses that must not change)."""

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 6, 16)


def _article(sentences: str) -> str:
    return f"Переговоры продолжатся\n\nМОСКВА, 16 июня. /ТАСС/. {sentences}\n"


def _said(sentences: str) -> list[tuple[str | None, str, str | None]]:
    return [
        (s.speaker, s.text[:24], s.said_on)
        for s in extract(_article(sentences), published=PUBLISHED)
    ]


# --- a quotation whose whole clause before the dash is quoted ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "«Никаких договоренностей пока нет», — сказала Кая Каллас.",
        "«Пошлины вводить рано», — сказал Абдалла бен Заид Аль Нахайян.",
    ],
)
def test_a_quoted_clause_before_the_dash_leaves_the_article_readable(sentence: str) -> None:
    """A clause all in quotation marks leaves no words between its commas and dashes: the
    reading of asides before the verb finds no phrase there, and must not fail on it (the
    failure lost every statement of the article)."""
    text = _article(sentence) + "\nСергей Лавров заявил, что делегации обсудили торговлю.\n"
    found = extract(text, published=PUBLISHED)
    assert ("Сергей Лавров", "2023-06-16") in [(s.speaker, s.said_on) for s in found]


# --- Chinese and Korean names in oblique cases ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("По словам Ван И, делегации обсудили торговлю.", "Ван И"),
        ("По словам Линь Цзяня, делегации обсудили торговлю.", "Линь Цзянь"),
        ("По словам Ким Чен Ына, делегации обсудили торговлю.", "Ким Чен Ын"),
        ("По словам лидера КНДР Ким Чен Ына, делегации обсудили торговлю.", "Ким Чен Ын"),
        ("По словам Чвэ Сон Хи, делегации обсудили торговлю.", "Чвэ Сон Хи"),
        ("«Торговля растет», — цитирует Синьхуа Ким Чен Ына.", "Ким Чен Ын"),
        ("По словам премьера Госсовета КНР Ли Цяна, делегации обсудили торговлю.", "Ли Цян"),
        # near-misses: a woman's name and one already in the nominative stay as written
        ("По словам Мао Нин, делегации обсудили торговлю.", "Мао Нин"),
        ("По словам Си Цзиньпина, делегации обсудили торговлю.", "Си Цзиньпин"),
        ("Ким Чен Ын заявил, что делегации обсудили торговлю.", "Ким Чен Ын"),
        ("Ван И заявил, что делегации обсудили торговлю.", "Ван И"),
    ],
)  # fmt: skip
def test_east_asian_names_in_oblique_cases(sentence: str, speaker: str) -> None:
    """A Chinese or Korean surname does not decline ("по словам Ван И"); a man's given name
    declines only its last syllable ("Ким Чен Ына" is Ким Чен Ын), a woman's not at all."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]


# --- Gulf names: "бен" + father's name, the dynasty's "Аль" -------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Абдалла бен Заид Аль Нахайян заявил, что делегации обсудили торговлю.",
         "Абдалла бен Заид Аль Нахайян"),
        ("«Пошлины вводить рано», — сказал Абдалла бен Заид Аль Нахайян.",
         "Абдалла бен Заид Аль Нахайян"),
        ("Как отметил Абдалла бен Заид Аль Нахайян, делегации обсудили торговлю.",
         "Абдалла бен Заид Аль Нахайян"),
        ("По словам Абдаллы бен Заида Аль Нахайяна, делегации обсудили торговлю.",
         "Абдалла бен Заид Аль Нахайян"),
        ("Мухаммед бен Абдель Рахман Аль Тани заявил, что делегации обсудили торговлю.",
         "Мухаммед бен Абдель Рахман Аль Тани"),
        ("По словам премьер-министра Катара Мухаммеда бен Абдель Рахмана Аль Тани, делегации "
         "обсудили торговлю.", "Мухаммед бен Абдель Рахман Аль Тани"),
        # near-misses
        ("По словам Фейсала бин Фархана Аль Сауда, делегации обсудили торговлю.",
         "Фейсал бин Фархан Аль Сауд"),
        ("По словам Мухаммеда бен Сальмана, делегации обсудили торговлю.", "Мухаммед бен Сальман"),
        ("Помощник президента Владимира Путина Юрий Ушаков заявил, что делегации обсудили "
         "торговлю.", "Юрий Ушаков"),
    ],
)  # fmt: skip
def test_gulf_names_with_the_dynasty_article(sentence: str, speaker: str) -> None:
    """ "Аль" before a dynasty's name is its article, no word of the name of its own (a name
    of five words is not cut at four), and the name after it declines as a foreign one
    ("Аль Нахайяна") or not at all ("Аль Тани", no "Таня"); after "бен" stands the father's
    name, not a second person's in another case."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]


@pytest.mark.parametrize(
    ("first", "later", "speaker"),
    [
        ("Министр иностранных дел ОАЭ Абдалла бен Заид Аль Нахайян",
         "— добавил Аль Нахайян.", "Абдалла бен Заид Аль Нахайян"),
        ("Президент Бразилии Луис Инасиу Лула да Силва", "— добавил Лула да Силва.",
         "Луис Инасиу Лула да Силва"),
        ("Председатель Еврокомиссии Урсула фон дер Ляйен", "— добавила фон дер Ляйен.",
         "Урсула фон дер Ляйен"),
        ("Премьер-министр Катара Мухаммед бен Абдель Рахман Аль Тани", "— добавил Аль Тани.",
         "Мухаммед бен Абдель Рахман Аль Тани"),
        # near-miss: a plain surname
        ("Глава МИД Армении Арарат Мирзоян", "— добавил Мирзоян.", "Арарат Мирзоян"),
    ],
)  # fmt: skip
def test_a_surname_with_its_particles_is_the_person_named_in_full(
    first: str, later: str, speaker: str
) -> None:
    """A later mention by the surname with its article or particle ("Аль Нахайян", "Лула да
    Силва", "фон дер Ляйен") is the last words of the full name given before: that person."""
    verb = "заявила" if later.endswith("Ляйен.") else "заявил"
    found = _said(
        f"{first} {verb}, что делегации обсудили торговлю.\n\n«Пошлины вводить рано», {later}"
    )
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")] * 2


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Кая Каллас заявила, что делегации обсудили торговлю.", "Кая Каллас"),
        ("«Пошлины вводить рано», — сказала Кая Каллас.", "Кая Каллас"),
        ("Как отметила Кая Каллас, делегации обсудили торговлю.", "Кая Каллас"),
        # near-misses: her name in the genitive; a man's genitive is no woman's name
        ("По словам Каи Каллас, делегации обсудили торговлю.", "Кая Каллас"),
        ("По словам Николая Патрушева, делегации обсудили торговлю.", "Николай Патрушев"),
    ],
)  # fmt: skip
def test_a_womans_given_name_the_dictionary_reads_as_a_mans_genitive(
    sentence: str, speaker: str
) -> None:
    """ "Кая" reads only as "of Кай": where the verb says a woman speaks, it is her own name
    in the nominative."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]


# --- the one quoted, in the accusative ("цитирует ТАСС ...") ------------------------------


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        ("«Пошлины вводить рано», — цитирует РИА Новости председателя Еврокомиссии Урсулу "
         "фон дер Ляйен.", "Урсула фон дер Ляйен"),
        ("«Пошлины вводить рано», — цитирует РИА Новости премьер-министра Индии Нарендру "
         "Моди.", "Нарендра Моди"),
        ("«Пошлины вводить рано», — цитирует ТАСС омбудсмена Татьяну Николаевну "
         "Москалькову.", "Татьяна Николаевна Москалькова"),
        # the surname in "-у" is put back by the nominative the article writes
        ("«Пошлины вводить рано», — цитирует Укринформ министра Андрея Сибигу.\n\nСибига "
         "также заявил, что делегации обсудили торговлю.", "Андрей Сибига"),
        ("Цахкна заявил, что делегации обсудили торговлю.\n\n«Пошлины вводить рано», — "
         "цитирует ERR главу МИД Эстонии Маргуса Цахкну.", "Маргус Цахкна"),
        # near-misses: an undeclined surname in "-у"; a surname the dictionary knows
        ("«Пошлины вводить рано», — цитирует ТАСС президента Молдавии Майю Санду.",
         "Майя Санду"),
        ("«Пошлины вводить рано», — цитирует ТАСС Марию Захарову.", "Мария Захарова"),
        ("«Пошлины вводить рано», — цитирует ТАСС министра обороны Сергея Шойгу.",
         "Сергей Шойгу"),
    ],
)  # fmt: skip
def test_names_in_the_accusative_after_a_quoting_verb(sentences: str, speaker: str) -> None:
    """A given name in "-у", "-ю" is an accusative ("Урсулу", "Нарендру"), not a Romanian
    surname that does not decline, which only a name's last word can be ("Майю Санду"); a
    foreign surname in "-у" is put back to the "-а" the article writes it with elsewhere."""
    found = _said(sentences)
    assert found and {(s, d) for s, _, d in found} == {(speaker, "2023-06-16")}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("«Пошлины вводить рано», — цитирует ТАСС главу МИД Армении Арарата Мирзояна.",
         "Арарат Мирзоян"),
        ("«Пошлины вводить рано», — цитирует ТАСС Каю Каллас.", "Кая Каллас"),
        ("«Пошлины вводить рано», — цитирует ТАСС верховного представителя ЕС Каю Каллас.",
         "Кая Каллас"),
        ("«Пошлины вводить рано», — цитирует ТАСС Хакана Фидана.", "Хакан Фидан"),
    ],
)  # fmt: skip
def test_accusatives_the_dictionary_reads_otherwise(sentence: str, speaker: str) -> None:
    """A man's accusative is spelt as his genitive, though the dictionary knows his given
    name only as a thing's ("Арарата": the mountain's accusative would be "Арарат"); "Каю",
    read only as "to Кай", is the accusative of "Кая"."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]


# --- Arabic names: "ас-Сиси", "Абдель Фаттах" ---------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        ("По словам Абдель Фаттаха ас-Сиси, делегации обсудили торговлю.",
         "Абдель Фаттах ас-Сиси"),
        ("«Пошлины вводить рано», — сказал Абдель Фаттах ас-Сиси.", "Абдель Фаттах ас-Сиси"),
        ("Президент Египта Абдель Фаттах ас-Сиси заявил, что делегации обсудили торговлю.\n\n"
         "«Пошлины вводить рано», — добавил ас-Сиси.", "Абдель Фаттах ас-Сиси"),
        ("Глава МИД Саудовской Аравии Адель аль-Джубейр заявил, что делегации обсудили "
         "торговлю. По словам аль-Джубейра, визит состоится.", "Адель аль-Джубейр"),
        ("По словам Абдул Рашида, делегации обсудили торговлю.", "Абдул Рашид"),
    ],
)  # fmt: skip
def test_arabic_names_with_article_and_servant_of(sentences: str, speaker: str) -> None:
    """A surname joined to its article is a name though written in lower case ("ас-Сиси
    добавил"); "Абдель", "Абдул" open a given name written in two words, of which only the
    second declines ("Абдель Фаттаха")."""
    found = _said(sentences)
    assert found and {(s, d) for s, _, d in found} == {(speaker, "2023-06-16")}


# --- a post named by an adjective used as a noun -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("Уполномоченный по правам человека в РФ Татьяна Николаевна Москалькова: «Пошлины "
         "вводить рано».", "Татьяна Николаевна Москалькова",
         "Уполномоченный по правам человека в РФ"),
        ("По словам уполномоченного по правам человека Татьяны Москальковой, делегации "
         "обсудили торговлю.", "Татьяна Москалькова", "уполномоченный по правам человека"),
        # near-miss: a body, no one
        ("Уполномоченный орган заявил, что делегации обсудили торговлю.", None, None),
    ],
)  # fmt: skip
def test_a_post_named_by_an_adjective(sentence: str, speaker: str | None, role: str | None) -> None:
    """ "Уполномоченный" reads only as an adjective, yet names a post (the ombudsman's): the
    title before the name, whole, as "Глава МИД" would be."""
    found = extract(_article(sentence), published=PUBLISHED)
    if speaker is None:
        assert [s.speaker for s in found if s.speaker] == []
        return
    assert [(s.speaker, s.role, s.said_on) for s in found] == [(speaker, role, "2023-06-16")]


# --- long titles: "и" inside, a title set off by commas after the name --------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Выступая на брифинге, верховный представитель ЕС по иностранным делам и политике "
         "безопасности Жозеп Боррель заявил, что делегации обсудили торговлю.", "Жозеп Боррель"),
        ("Отвечая на вопросы журналистов, верховный представитель ЕС по иностранным делам и "
         "политике безопасности Кая Каллас заметила, что делегации обсудили торговлю.",
         "Кая Каллас"),
        # near-misses: a title with "и" opening the sentence; two people joined by "и"
        ("Министр науки и высшего образования Валерий Фальков заявил, что делегации обсудили "
         "торговлю.", "Валерий Фальков"),
        ("По итогам встречи, прошедшей в Минске, министр Сергей Лавров и министр Максим "
         "Рыженков заявили, что делегации обсудили торговлю.", None),
    ],
)  # fmt: skip
def test_and_inside_a_title_after_an_opening_phrase(sentence: str, speaker: str | None) -> None:
    """After "Выступая на брифинге," the clause's "и" with no verb before it joins two words
    of a title ("по иностранным делам и политике безопасности"), as it does at a sentence's
    start; one before a post in the nominative joins two people."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == ([(speaker, "2023-06-16")] if speaker else [])


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("Кая Каллас, верховный представитель ЕС по иностранным делам и политике безопасности, "
         "заявила, что делегации обсудили торговлю.", "Кая Каллас", "верховный представитель ЕС"),
        ("Мария Захарова, официальный представитель МИД России, заявила, что делегации "
         "обсудили торговлю.", "Мария Захарова", "официальный представитель МИД России"),
        ("Дмитрий Полянский, первый заместитель постпреда РФ при ООН, заявил, что делегации "
         "обсудили торговлю.", "Дмитрий Полянский", "первый заместитель постпреда РФ при ООН"),
        # near-miss: an aside, no title
        ("Сергей Лавров, в свою очередь, заявил, что делегации обсудили торговлю.",
         "Сергей Лавров", None),
    ],
)  # fmt: skip
def test_a_title_in_apposition_after_the_name(
    sentence: str, speaker: str, role: str | None
) -> None:
    """ "Мария Захарова, официальный представитель МИД России, заявила": a title set off by
    commas, opened by adjectives or by its post, stands between the name and the verb; it
    is the named person's post."""
    found = extract(_article(sentence), published=PUBLISHED)
    assert [(s.speaker, s.role, s.said_on) for s in found] == [(speaker, role, "2023-06-16")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Арарат Мирзоян, глава МИД Армении, заявил, что делегации обсудили торговлю.",
         "Арарат Мирзоян"),
        ("Арарат Мирзоян заявил, что делегации обсудили торговлю.", "Арарат Мирзоян"),
        # near-misses: an occupation before a surname; a capital
        ("Политолог Марков заявил, что делегации обсудили торговлю.", "Марков"),
    ],
)  # fmt: skip
def test_a_place_name_as_a_given_name_opening_the_sentence(sentence: str, speaker: str) -> None:
    """ "Арарат" names a mountain, yet before a surname the dictionary knows it is a given
    name, at a sentence's start as inside it."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]


# --- Turkic patronymic names: "оглы", "уулу" ----------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        ("Ильхам Гейдар оглы Алиев заявил, что делегации обсудили торговлю.",
         "Ильхам Гейдар оглы Алиев"),
        ("«Пошлины вводить рано», — сказал Ильхам Гейдар оглы Алиев.",
         "Ильхам Гейдар оглы Алиев"),
        ("По словам президента Азербайджанской Республики Ильхама Гейдар оглы Алиева, "
         "делегации обсудили торговлю.", "Ильхам Гейдар оглы Алиев"),
        ("«Пошлины вводить рано», — сказал Нурлан Абдыкадыр уулу.", "Нурлан Абдыкадыр уулу"),
        ("Как отметил Нурлан Абдыкадыр уулу, делегации обсудили торговлю.",
         "Нурлан Абдыкадыр уулу"),
        ("Депутат Нурлан Абдыкадыр уулу заявил, что делегации обсудили торговлю. По словам "
         "Абдыкадыр уулу, визит состоится.", "Нурлан Абдыкадыр уулу"),
    ],
)  # fmt: skip
def test_turkic_names_with_son_of(sentences: str, speaker: str) -> None:
    """ "оглы", "уулу" follow the father's name; an Azerbaijani name in full puts the surname
    after them ("Ильхам Гейдар оглы Алиев"), and a later "Абдыкадыр уулу" is the person named
    in full."""
    found = _said(sentences)
    assert found and {(s, d) for s, _, d in found} == {(speaker, "2023-06-16")}


# --- foreign surnames in oblique cases ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("По словам президента Аргентины Хавьера Милея, делегации обсудили торговлю.",
         "Хавьер Милей"),
        ("«Пошлины вводить рано», — цитирует ТАСС Хавьера Милея.", "Хавьер Милей"),
        ("По словам Марии Львовой-Беловой, делегации обсудили торговлю.", "Мария Львова-Белова"),
        # near-misses
        ("По словам Олафа Шольца, делегации обсудили торговлю.", "Олаф Шольц"),
        ("По словам Касым-Жомарта Токаева, делегации обсудили торговлю.", "Касым-Жомарт Токаев"),
        ("По словам Карин Жан-Пьер, делегации обсудили торговлю.", "Карин Жан-Пьер"),
        ("По словам Дени Сассу-Нгессо, делегации обсудили торговлю.", "Дени Сассу-Нгессо"),
    ],
)  # fmt: skip
def test_foreign_surnames_in_oblique_cases(sentence: str, speaker: str) -> None:
    """A surname in "-ей" takes "-я" after its vowel ("Милея" is "Милей", though the
    dictionary reads a gerund there); each half of a double surname declines."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]


# --- the subject's case fixed by the verb, where the name's words read otherwise -----------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("«Пошлины вводить рано», — сказал Сигэру Исиба.", "Сигэру Исиба"),
        ("Как отметил Сигэру Исиба, делегации обсудили торговлю.", "Сигэру Исиба"),
        ("«Пошлины вводить рано», — сказала Саломе Зурабишвили.", "Саломе Зурабишвили"),
        ("Как отметила Саломе Зурабишвили, делегации обсудили торговлю.", "Саломе Зурабишвили"),
        ("Раис Татарстана Рустам Минниханов заявил, что делегации обсудили торговлю.",
         "Рустам Минниханов"),
        # near-miss
        ("Саломе Зурабишвили заявила, что делегации обсудили торговлю.", "Саломе Зурабишвили"),
    ],
)  # fmt: skip
def test_a_name_after_a_dash_and_verb_is_in_the_nominative(sentence: str, speaker: str) -> None:
    """ "— сказал Сигэру Исиба", "Как отметила Саломе Зурабишвили": the name right after the
    verb of saying is its subject, in the nominative as written, though its foreign words
    read as another case ("Исиба" as "of Исиб", "Саломе" as "to Салома"); "раис" is a post."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("По словам посла Таджикистана в России Мухаммада Сиддика Ходжиева, делегации "
         "обсудили торговлю.", "Мухаммад Сиддик Ходжиев"),
        ("«Пошлины вводить рано», — цитирует ТАСС посла Мухаммада Сиддика Ходжиева.",
         "Мухаммад Сиддик Ходжиев"),
        # near-miss: a known given name opens a second name, in its own case
        ("Помощник президента Владимира Путина Юрий Ушаков заявил, что делегации обсудили "
         "торговлю.", "Юрий Ушаков"),
    ],
)  # fmt: skip
def test_a_surname_guessed_as_a_given_name_closes_the_name(sentence: str, speaker: str) -> None:
    """A given name in the nominative after a name in another case opens a second name only
    when the dictionary knows it as one: "Ходжиева", which it only guesses a woman's given
    name, is the genitive surname of "Мухаммада Сиддика"."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Министр иностранных дел Грузии Мака Бочоришвили заявила, что делегации обсудили "
         "торговлю.", "Мака Бочоришвили"),
        ("По словам министра иностранных дел Грузии Маки Бочоришвили, делегации обсудили "
         "торговлю.", "Мака Бочоришвили"),
        # near-misses: a body's name before a surname; a given name the dictionary knows
        ("Секретарь Совета Безопасности Медведев заявил, что делегации обсудили торговлю.",
         "Медведев"),
        ("По словам Ники Мелиа, делегации обсудили торговлю.", "Ника Мелиа"),
    ],
)  # fmt: skip
def test_a_given_name_read_as_a_genitive_after_a_titles_country(
    sentence: str, speaker: str
) -> None:
    """After the country that ends a title ("министр иностранных дел Грузии"), a word that
    reads as a genitive ("Мака", of "мак") complements nothing: before a surname it is the
    given name; its genitive "Маки", left as written, is "Мака"."""
    found = _said(sentence)
    assert [(s, d) for s, _, d in found] == [(speaker, "2023-06-16")]
