"""Russian constructions found by writing new articles in the manner of outlets the corpus
has few of: mid.ru answer pages, Kommersant and RBC analysis, agency quotations.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2024, 2, 14)


def said(text: str, published: datetime.date = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_an_answers_page_gives_answer_turns_to_the_official_its_header_names() -> None:
    text = (
        "Ответы официального представителя МИД России М.В.Захаровой на вопросы СМИ\n\n"
        "Вопрос: Как в Москве оценивают планы альянса разместить новые базы у границ?\n\n"
        "Ответ: Такие планы нас не удивляют. Блок давно не скрывает своих намерений.\n\n"
        "Вопрос: Последуют ли ответные шаги?\n\n"
        "Ответ: Безусловно, необходимые меры будут приняты своевременно.\n"
    )
    found = said(text)
    assert [(s.speaker, s.role) for s in found] == [
        ("Захарова", "официальный представитель МИД России")
    ] * 2
    assert found[0].text.startswith("Такие планы нас не удивляют")


def test_remarks_and_answers_header_gives_the_opening_remarks_to_the_minister() -> None:
    text = (
        "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации "
        "С.В.Лаврова в ходе совместной пресс-конференции с Министром иностранных дел "
        "Вьетнама Буй Тхань Шоном, Москва, 14 февраля 2024 года\n\n"
        "Уважаемые дамы и господа,\n\n"
        "Мы провели содержательные переговоры и согласовали план консультаций на два года.\n\n"
        "Вопрос: Как вы оцениваете перспективы торговли между двумя странами?\n\n"
        "С.В.Лавров: Товарооборот растет, и мы рассчитываем сохранить эту динамику.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Лавров", "Лавров"]
    assert found[0].text.startswith("Мы провели содержательные переговоры")
    assert found[0].role == "Министр иностранных дел Российской Федерации"


def test_a_relative_clause_gives_its_verb_to_the_one_named_before_the_comma() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Официальный представитель МИД России Мария Захарова "
        "заявила в среду на брифинге, что Москва не примет участия во встрече в Берне.\n"
        "Дипломат прокомментировала и позицию главы МИД Швейцарии Игнацио Кассиса, который "
        "накануне сообщил, что швейцарская сторона открыта для всех участников.\n"
        "Захарова ответила главе МИД ФРГ Анналене Бербок, которая в понедельник заявила, что "
        "Берлин рассчитывает на широкое представительство."
    )
    found = said(text)
    by_text = {s.text: (s.speaker, s.said_on) for s in found}
    assert by_text["швейцарская сторона открыта для всех участников"] == (
        "Игнацио Кассис",
        "2024-02-13",
    )
    assert by_text["Берлин рассчитывает на широкое представительство"] == (
        "Анналена Бербок",
        "2024-02-12",
    )
    assert all(s.speaker == "Мария Захарова" for s in found if "Москва" in s.text)


def test_a_foreign_surname_after_po_slovam_is_read_in_the_genitive() -> None:
    # "Кассиса" alone reads as a nominative name; after "по словам" it is genitive
    s = said(
        "ЖЕНЕВА, 14 февраля. /ТАСС/. По словам Игнацио Кассиса, встреча пройдет летом "
        "на одном из курортов страны."
    )
    assert [x.speaker for x in s] == ["Игнацио Кассис"]


def test_words_someone_is_answered_for_are_theirs_not_the_commenters() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Президент Франции Эмманюэль Макрон выступил в "
        "университете Сорбонны.\n"
        "Пресс-секретарь президента России Дмитрий Песков прокомментировал слова президента "
        "Франции Эмманюэля Макрона о том, что европейцам следует готовиться к долгой "
        "конфронтации.\n"
        "Официальный представитель МИД России Мария Захарова ответила на заявление МИД "
        "Польши, что Варшава закрывает еще одно консульство."
    )
    found = {s.text: s.speaker for s in said(text)}
    assert found == {
        "европейцам следует готовиться к долгой конфронтации": "Эмманюэль Макрон",
        "Варшава закрывает еще одно консульство": "МИД Польши",
    }


def test_people_in_events_a_press_service_reports_can_be_referred_back_to() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Президент России Владимир Путин и президент Ирана "
        "Эбрахим Раиси провели в понедельник телефонный разговор, сообщает пресс-служба "
        "Кремля.\n"
        "Иранский лидер, в свою очередь, отметил, что Тегеран не стремится к расширению "
        "конфликта в регионе, указано в сообщении."
    )
    found = {s.text: (s.speaker, s.said_on) for s in said(text)}
    assert found["Тегеран не стремится к расширению конфликта в регионе"] == (
        "Эбрахим Раиси",
        "2024-02-12",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр счел, что консультации стоит продолжить уже весной.",
        "Министр посчитал, что консультации стоит продолжить уже весной.",
        "Министр акцентировал внимание на том, что консультации стоит продолжить уже весной.",
        "Министр не сомневается, что консультации стоит продолжить уже весной.",
        "Министр усомнился в том, что консультации стоит продолжить уже весной.",
        "Министр спрогнозировал, что консультации продолжатся уже весной.",
        "Министр проинформировал, что консультации продолжатся уже весной.",
        "Министр парировал, что консультации стоит продолжить уже весной.",
        "Министр уверяет, что консультации продолжатся уже весной.",
        "Министр выразил убежденность, что консультации продолжатся уже весной.",
        "Министр разъяснил, что консультации продолжатся уже весной.",
        "Министр гарантировал, что консультации продолжатся уже весной.",
        "Министр согласился с тем, что консультации стоит продолжить уже весной.",
        "«Консультации продолжатся уже весной, в этом нет сомнений», — заключил министр.",
        "«Консультации продолжатся уже весной, и точка», — отрезал министр.",
        "Министр сыронизировал, что консультации продолжатся уже весной.",
        "С этим согласен и министр: «Консультации стоит продолжить уже весной».",
        "Министр солидарен с коллегой: «Консультации стоит продолжить уже весной».",
        "Министр верит, что консультации продолжатся уже весной.",
        "Министр пришел к выводу, что консультации стоит продолжить уже весной.",
        "Министр сделал вывод, что консультации стоит продолжить уже весной.",
        "«Консультации продолжатся уже весной!» — воскликнул министр.",
    ],
    ids=lambda sentence: f"verb{len(sentence)}",
)
def test_verbs_of_stance_and_report_are_cues(sentence: str) -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров провел в "
        "среду переговоры с иранским коллегой.\n" + sentence
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Лавров"]
    assert "консультации" in found[0].text.lower()


@pytest.mark.parametrize(
    "act",
    [
        "заключил в среду соглашение о сотрудничестве с иранским коллегой",
        "бросил все силы на подготовку визита в Тегеран",
        "отрезал путь к отступлению своим оппонентам",
        "сделал все, чтобы визит в Тегеран состоялся",
        "пришел на встречу с опозданием в десять минут",
        "произнес речь на открытии конференции",
    ],
    ids=["agreement", "forces", "retreat", "did-all", "came", "speech"],
)
def test_verbs_that_speak_only_with_a_clause_name_no_act_as_a_statement(act: str) -> None:
    text = f"МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров {act}."
    assert said(text) == []


def test_po_dannym_names_the_body_not_the_data() -> None:
    found = said(
        "МОСКВА, 14 февраля. /ТАСС/. По данным МИД, в регионе остаются около трехсот "
        "российских туристов."
    )
    assert [s.speaker for s in found] == ["МИД"]


def test_a_verb_with_tak_or_sleduyushchee_before_a_colon_introduces_the_quote() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Официальный представитель МИД России Мария Захарова "
        "провела в среду брифинг.\n"
        "На вопрос о визите Захарова ответила так: «Сроки поездки пока не определены».\n"
        "О санкциях она сказала следующее: «Каждая новая мера бьет прежде всего по Европе»."
    )
    found = [(s.speaker, s.kind, s.text) for s in said(text)]
    assert found == [
        ("Мария Захарова", "direct", "Сроки поездки пока не определены"),
        ("Мария Захарова", "direct", "Каждая новая мера бьет прежде всего по Европе"),
    ]


def test_a_title_with_a_post_in_the_genitive_inside_still_names_its_holder() -> None:
    # "постпреда" is genitive under "Заместитель": the name after the whole title is
    # nominative, and the day of the paragraph that names him dates his post below
    text = (
        "НЬЮ-ЙОРК, 14 февраля. /ТАСС/. Заместитель постпреда России при ООН Дмитрий "
        "Полянский в понедельник выступил на заседании Совета Безопасности.\n"
        "«Западные делегации не заинтересованы в честном расследовании», — написал "
        "Полянский в Telegram-канале."
    )
    s = said(text)
    assert [(x.speaker, x.role, x.said_on) for x in s] == [
        ("Дмитрий Полянский", "Заместитель постпреда России при ООН", "2024-02-12")
    ]


@pytest.mark.parametrize(
    "pointer",
    ["такое мнение высказал", "такое заявление сделал", "с таким заявлением выступил"],
    ids=["opinion", "statement", "came-out"],
)
def test_words_before_a_dash_are_what_the_pointing_attribution_after_it_gives(
    pointer: str,
) -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Пресс-секретарь президента России Дмитрий Песков "
        "ответил в среду на вопросы журналистов.\n"
        f"Новая встреча лидеров пока не планируется — {pointer} Песков."
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Дмитрий Песков", "Новая встреча лидеров пока не планируется")
    ]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("председателя Еврокомиссии Урсулы фон дер Ляйен", "Урсула фон дер Ляйен"),
        ("президента Египта Абдель Фаттаха ас-Сиси", "Абдель Фаттах ас-Сиси"),
        ("наследного принца Саудовской Аравии Мухаммеда бен Сальмана", "Мухаммед бен Сальман"),
        ("канцлера ФРГ Олафа Шольца", "Олаф Шольц"),
        ("президента Сербии Александра Вучича", "Александр Вучич"),
    ],
    ids=["von-der", "article", "bin", "olaf", "vucic"],
)
def test_foreign_names_keep_their_particles_and_lose_their_case(written: str, name: str) -> None:
    text = (
        f"МОСКВА, 14 февраля. /ТАСС/. По словам {written}, стороны готовы к диалогу без "
        "предварительных условий."
    )
    assert [s.speaker for s in said(text)] == [name]


@pytest.mark.parametrize(
    "description",
    [
        "Американский коллега Лаврова",
        "Его американский коллега",
        "Глава Госдепа",
        "Шеф Госдепартамента",
        "Глава американской дипломатии",
    ],
    ids=["colleague-of", "his-colleague", "gosdep", "chief", "diplomacy"],
)
def test_a_description_of_the_counterpart_is_not_the_one_named_in_it(description: str) -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров провел в "
        "среду переговоры с госсекретарем США Энтони Блинкеном.\n"
        f"{description} заявил, что Вашингтон готов продолжать контакты."
    )
    assert [s.speaker for s in said(text)] == ["Энтони Блинкен"]


@pytest.mark.parametrize(
    "outlet",
    ["РБК-Украина", "Интерфакс-Казахстан", "Газета.uz", "News.am", "Укринформ", "Арменпресс"],
    ids=["edition", "agency-edition", "site-uz", "site-am", "ukrinform", "armenpress"],
)
def test_a_national_edition_or_a_news_site_reporting_is_no_speaker(outlet: str) -> None:
    text = (
        "ЕРЕВАН, 14 февраля. /ТАСС/. Премьер-министр Армении Никол Пашинян выступил в среду "
        "в парламенте.\n"
        f"Как сообщает {outlet}, правительство не будет финансировать деятельность блока.\n"
        f"Пашинян сказал {outlet}, что решение о выходе пока не принято."
    )
    found = [(s.speaker, s.text) for s in said(text)]
    assert found == [("Никол Пашинян", "решение о выходе пока не принято")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Армения, добавил премьер, не будет финансировать деятельность блока.",
        "Армения — подчеркнул Пашинян — не будет финансировать деятельность блока.",
        "Армения, заявил Пашинян в парламенте, не будет финансировать деятельность блока.",
    ],
    ids=["commas", "dashes", "frame"],
)
def test_an_attribution_set_inside_the_sentence_gives_both_halves(sentence: str) -> None:
    text = (
        "ЕРЕВАН, 14 февраля. /ТАСС/. Премьер-министр Армении Никол Пашинян выступил в среду "
        "в парламенте.\n" + sentence
    )
    found = said(text)
    # both halves, given as the source has them: one run with the attribution inside
    assert [(s.speaker, s.text) for s in found] == [("Никол Пашинян", sentence.rstrip("."))]
    assert text[found[0].span[0] : found[0].span[1]] == found[0].text


def test_a_frame_after_a_trailing_attribution_is_not_what_was_said() -> None:
    text = (
        "ЕРЕВАН, 14 февраля. /ТАСС/. Армения готова к диалогу с соседями, заявил премьер-"
        "министр Никол Пашинян, выступая в парламенте."
    )
    assert [s.text for s in said(text)] == ["Армения готова к диалогу с соседями"]


@pytest.mark.parametrize("phrase", ["Ранее в этот день", "Ранее утром", "Ранее днем"])
def test_earlier_the_same_day_is_the_articles_day(phrase: str) -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Глава МИД России Сергей Лавров провел переговоры с "
        f"иранским коллегой.\n{phrase} Лавров заявил, что консультации продолжатся весной."
    )
    assert [s.said_on for s in said(text)] == ["2024-02-14"]


@pytest.mark.parametrize("outlet", ["«Известиям»", "«Ведомостям»", "«Коммерсанту»", "«Ленте.ру»"])
def test_an_outlet_in_any_case_before_the_verb_is_no_speaker(outlet: str) -> None:
    text = (
        "Россия примет ответные меры в случае размещения американских ракет в Германии. Об "
        f"этом {outlet} заявил директор департамента МИД РФ Владислав Масленников.\n"
        "— Такие шаги не останутся без ответа, — сказал дипломат."
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Владислав Масленников"] * 2


def test_an_expert_named_once_is_who_the_expert_and_the_interviewee_refer_to() -> None:
    text = (
        "Новая доктрина призвана остудить горячие головы на Западе. Такую точку зрения "
        "высказал в беседе с EADaily военный эксперт, полковник в отставке Виктор Литовкин.\n"
        "По мнению собеседника издания, решение Белого дома стало последней каплей.\n"
        "«Теперь любое нападение будет считаться совместным», — пояснил эксперт."
    )
    found = said(text)
    assert [(s.speaker, s.role) for s in found] == [("Виктор Литовкин", "военный эксперт")] * 3


def test_an_expert_is_no_minister() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Глава МИД России Сергей Лавров считает, что доктрина "
        "остудит горячие головы.\n"
        "«Теперь любое нападение будет считаться совместным», — пояснил эксперт."
    )
    assert [s.speaker for s in said(text)] == ["Сергей Лавров"]


@pytest.mark.parametrize(
    ("header", "speaker"),
    [
        (
            "Из ответов официального представителя МИД России М.В.Захаровой на вопросы СМИ",
            "Захарова",
        ),
        ("Выдержки из брифинга официального представителя МИД России М.В.Захаровой", "Захарова"),
        ("Комментарий Посла России в Великобритании А.А.Келина газете «Известия»", "Келин"),
    ],
    ids=["from-answers", "excerpts", "comment"],
)
def test_headers_of_excerpts_and_comments_name_who_answers(header: str, speaker: str) -> None:
    text = (
        f"{header}\n\n"
        "Вопрос: Как вы оцениваете нынешнее состояние двусторонних отношений?\n\n"
        "Ответ: Отношения переживают непростой период, но каналы связи сохраняются.\n\n"
        "Вопрос: Планируются ли новые контакты?\n\n"
        "Ответ: Мы открыты к контактам на любом уровне, если партнеры к этому готовы.\n"
    )
    assert [s.speaker for s in said(text)] == [speaker, speaker]


def test_a_colleague_named_in_apposition_is_that_colleague() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров и его "
        "турецкий коллега Хакан Фидан провели в среду переговоры.\n"
        "Турецкий министр, в свою очередь, заявил, что Анкара готова предоставить площадку."
    )
    assert [s.speaker for s in said(text)] == ["Хакан Фидан"]


def test_experts_in_the_plural_are_a_group_no_one_named_later() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Эксперты, опрошенные агентством, полагают, что речь идет "
        "о политическом сигнале.\n"
        "Директор Института США и Канады Валерий Гарбузов уверен, что перемен не последует."
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Валерий Гарбузов", "перемен не последует")
    ]


def test_a_channel_named_half_in_latin_is_no_part_of_the_name_after_it() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Зампред Совбеза РФ Дмитрий Медведев прокомментировал "
        "решение Вашингтона.\n"
        "В своем Telegram-канале Медведев назвал это решение «актом отчаяния»."
    )
    assert [s.speaker for s in said(text)] == ["Дмитрий Медведев"]


def test_a_leader_named_without_a_post_is_who_the_president_of_his_country_is() -> None:
    text = (
        "Состоялся телефонный разговор Владимира Путина с Президентом Турецкой Республики "
        "Реджепом Тайипом Эрдоганом.\n"
        "Президент России подчеркнул важность скорейшего прекращения огня в секторе Газа."
    )
    assert [s.speaker for s in said(text)] == ["Владимир Путин"]


def test_lines_wrapped_by_hand_are_read_as_one_paragraph() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Россия не намерена обсуждать с Вашингтоном вопросы\n"
        "стратегической стабильности в отрыве от ситуации вокруг Украины. Об этом заявил\n"
        "в среду журналистам заместитель министра иностранных дел РФ Сергей Рябков.\n"
        "По словам дипломата, Москва по-прежнему открыта для контактов на экспертном\n"
        "уровне.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Сергей Рябков", "2024-02-14")] * 2
    assert found[0].text.startswith("Россия не намерена")
    # (the wrapped page is read with its breaks as spaces, as an English one is)
    assert found[1].text.endswith("на экспертном уровне")


def test_an_undated_lead_takes_the_day_of_the_quote_after_it() -> None:
    text = (
        "Москва. 14 февраля. INTERFAX.RU - Российская сторона готова продолжать обмены "
        "пленными, сообщила уполномоченный по правам человека Татьяна Москалькова.\n"
        '"Мы получили новые списки. Работа идет", - сказала она в понедельник.'
    )
    assert [s.said_on for s in said(text)] == ["2024-02-12", "2024-02-12"]


def test_a_lead_keeps_its_day_when_the_next_words_are_from_earlier() -> None:
    text = (
        "Москва. 14 февраля. INTERFAX.RU - Российская сторона готова продолжать обмены "
        "пленными, сообщила уполномоченный по правам человека Татьяна Москалькова.\n"
        "Ранее она заявляла, что списки для обмена согласованы."
    )
    assert [s.said_on for s in said(text)] == ["2024-02-14", "../2024-02-14"]


def test_a_passive_with_a_described_agent_speaks_for_the_one_described() -> None:
    text = (
        "АСТАНА, 14 февраля. Глава государства Касым-Жомарт Токаев провел в среду совещание "
        "по транспорту.\n"
        "Главой государства было отмечено, что транзитный потенциал страны растет."
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Касым-Жомарт Токаев", "транзитный потенциал страны растет")
    ]


@pytest.mark.parametrize("opening", ["После переговоров", "После встречи с коллегой"])
def test_posle_opening_a_sentence_is_a_preposition_not_an_ambassador(opening: str) -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров провел в "
        f"среду переговоры в Пекине.\n{opening} Лавров заявил, что диалог продолжится весной."
    )
    assert [s.speaker for s in said(text)] == ["Сергей Лавров"]


def test_a_channel_in_quote_marks_stays_in_the_frame_and_its_day_dates_the_words() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил во "
        "вторник в эфире «Первого канала», что диалог продолжится весной."
    )
    found = said(text)
    assert [(s.text, s.said_on) for s in found] == [("диалог продолжится весной", "2024-02-13")]


def test_a_participle_phrase_between_the_frame_and_chto_is_no_part_of_what_was_said() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил в "
        "интервью, опубликованном в среду, что диалог продолжится весной."
    )
    assert [s.text for s in said(text)] == ["диалог продолжится весной"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Белый дом сообщил, что Киев не получал приглашения.", "Белый дом"),
        ("В Белом доме заявили, что Киев не получал приглашения.", "Белый дом"),
        ("Киев не получал приглашения, заявили в Елисейском дворце.", "Елисейский дворец"),
        ("Форин-офис заявил, что Киев не получал приглашения.", "Форин-офис"),
    ],
    ids=["white-house", "in-white-house", "elysee", "foreign-office"],
)
def test_bodies_named_by_their_buildings_speak(sentence: str, body: str) -> None:
    found = said(f"МОСКВА, 14 февраля. /ТАСС/. {sentence}")
    assert [(s.speaker, s.speaker_type) for s in found] == [(body, "institution")]


@pytest.mark.parametrize(
    "verbs",
    [
        "не стал исключать",
        "поспешил заверить",
        "не преминул напомнить",
        "вынужден был признать",
        "не мог не отметить",
        "решил напомнить",
    ],
)
def test_an_infinitive_of_saying_after_a_governing_verb_is_a_cue(verbs: str) -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров провел "
        f"переговоры в Пекине.\nЛавров {verbs}, что консультации продолжатся весной."
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Сергей Лавров", "консультации продолжатся весной")
    ]


@pytest.mark.parametrize("verbs", ["не стал подтверждать", "намерен заявить", "отказался сообщить"])
def test_an_infinitive_that_was_not_said_is_no_statement(verbs: str) -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров провел "
        f"переговоры в Пекине.\nЛавров {verbs}, что консультации продолжатся весной."
    )
    assert said(text) == []


def test_eto_podtverdil_gives_the_sentence_before_to_who_confirmed_it() -> None:
    text = (
        "МОСКВА, 14 февраля. Переговоры в Стамбуле возобновятся весной.\n"
        "Это подтвердил “Ъ” пресс-секретарь президента Дмитрий Песков."
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Дмитрий Песков", "Переговоры в Стамбуле возобновятся весной")
    ]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Спикер Воздушных сил", "Юрий Игнат"),
        ("Генсек Организации Объединенных Наций", "Антониу Гутерриш"),
        ("Посол Соединенных Штатов", "Бриджит Бринк"),
    ],
    ids=["air-force", "united-nations", "united-states"],
)
def test_capitalised_adjectives_and_participles_in_a_title_are_no_name(
    title: str, name: str
) -> None:
    found = said(f"КИЕВ, 14 февраля. {title} {name} заявил, что Киев готов к переговорам.")
    assert [(s.speaker, s.role) for s in found] == [(name, title)]


def test_a_body_whose_name_holds_i_is_named_in_full() -> None:
    text = (
        "Комментарий Департамента информации и печати МИД России в связи с решением властей "
        "Эстонии\n\n"
        "Расцениваем это решение как очередной недружественный шаг. Ответные меры последуют.\n"
    )
    found = said(text)
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("Департамент информации и печати МИД России", "institution")
    ]


@pytest.mark.parametrize(
    "joint",
    [
        "однако Блинкен считает",
        "тогда как Блинкен настаивает",
        "в то время как госсекретарь уверен",
    ],
    ids=["odnako", "togda-kak", "v-to-vremya-kak"],
)
def test_a_contrast_opens_another_speakers_clause(joint: str) -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров провел "
        "переговоры с госсекретарем США Энтони Блинкеном.\n"
        f"Лавров заявил, что Москва готова к диалогу, {joint}, что Вашингтон ждет шагов."
    )
    assert [(s.speaker, s.text) for s in said(text)] == [
        ("Сергей Лавров", "Москва готова к диалогу"),
        ("Энтони Блинкен", "Вашингтон ждет шагов"),
    ]


def test_a_prepositional_aside_names_no_speaker() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров провел "
        "переговоры с госсекретарем США Энтони Блинкеном.\n"
        "Блинкен, в отличие от Лаврова, полагает, что Вашингтон ждет шагов от Москвы."
    )
    assert [s.speaker for s in said(text)] == ["Энтони Блинкен"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Об этом говорится в сообщении, опубликованном на сайте МИД России.", "МИД России"),
        ("Об этом говорится в заявлении, размещенном на сайте Кремля.", "Кремль"),
    ],
    ids=["mid", "kremlin"],
)
def test_a_document_published_on_a_bodys_site_speaks_for_the_body(sentence: str, body: str) -> None:
    text = f"МОСКВА, 14 февраля. /ТАСС/. Россия приостанавливает участие в договоре.\n{sentence}"
    assert [(s.speaker, s.text) for s in said(text)] == [
        (body, "Россия приостанавливает участие в договоре")
    ]


TWO_MINISTERS = (
    "Министр иностранных дел Германии Анналена Бербок провела в среду брифинг. Министр "
    "обороны Германии Борис Писториус в тот же день посетил Литву.\n"
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Министр обороны заявил, что Германия продолжит помощь Киеву.", "Борис Писториус"),
        (
            "Глава Минобороны Германии заявил, что Германия продолжит помощь Киеву.",
            "Борис Писториус",
        ),
        ("«Германия продолжит помощь Киеву», — сказала министр.", "Анналена Бербок"),
    ],
    ids=["defence-minister", "head-of-defence", "she-said"],
)
def test_a_description_fits_the_post_it_names_and_the_gender_its_verb_shows(
    sentence: str, speaker: str
) -> None:
    found = said(TWO_MINISTERS + sentence)
    assert [s.speaker for s in found] == [speaker]
