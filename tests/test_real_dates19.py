"""Dates of news language behind the date errors of the round-19 read sets, tested in
sentences written for these tests (wire, newspaper and ministry styles, English and Russian).

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import ProposedStatement, extract

SATURDAY = datetime.date(2023, 6, 17)


def said(text: str, published: datetime.date = SATURDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


# --- an interview that came out on a day: given on or before it ---------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # wire, the interview after the words
        ("VIENNA, June 17 (APA) - Austrian Chancellor Karl Nehammer said Europe had to guard "
         "its borders better, in an interview published on Saturday.\n", "../2023-06-17"),
        # the outlet told, the day after the noun with no "on"
        ("ANKARA (AFP) - Turkish Foreign Minister Hakan Fidan told the daily Milliyet in an "
         "interview published Friday that Stockholm still had work to do.\n", "../2023-06-16"),
        # "according to an interview", the paper named after the day
        ("TOKYO (Kyodo) -- Prime Minister Fumio Kishida said Tokyo and Seoul must keep "
         "talking, according to an interview published Thursday by the Yomiuri.\n",
         "../2023-06-15"),
        # an interview printed in a weekend paper
        ("Dutch Foreign Minister Wopke Hoekstra told NRC in an interview printed on Saturday "
         "that the sanctions had worked.\n", "../2023-06-17"),
        # Russian: the participle after the outlet, set off by commas
        ("МОСКВА, 17 июня. /ТАСС/. Замглавы МИД России Андрей Руденко в интервью газете "
         "«Известия», опубликованном в пятницу, заявил, что Москва готова к диалогу.\n",
         "../2023-06-16"),
        # Russian: "вышедшем" of a printed interview
        ("АСТАНА, 17 июня. /Казинформ/. Глава МИД Казахстана Мурат Нуртлеу в интервью "
         "журналу «Эксперт», вышедшем в четверг, сказал, что Астана не примкнет к блокам.\n",
         "../2023-06-15"),
        # Russian: the participle before the noun
        ("Посол Узбекистана Ботиржон Асадов в опубликованном в среду интервью агентству "
         "«Синьхуа» отметил, что торговля растет.\n", "../2023-06-14"),
    ],
)  # fmt: skip
def test_an_interview_that_came_out_on_a_day_was_given_on_or_before_it(text: str, day: str) -> None:
    assert [s.said_on for s in said(text)] == [day]


def test_the_interview_quotes_after_it_take_the_same_bound() -> None:
    text = (
        "BERLIN, June 17 (Reuters) - German Defence Minister Boris Pistorius said the army "
        "needed thousands of new recruits, in an interview published on Saturday.\n\n"
        '"We cannot wait for the next crisis," Pistorius told the Tagesspiegel.\n\n'
        "Pistorius also said the budget would have to grow.\n"
    )
    assert [s.said_on for s in said(text)] == ["../2023-06-17"] * 3


def test_the_interview_told_again_with_no_day_takes_the_bound() -> None:
    text = (
        "SEOUL (Yonhap) -- Foreign Minister Park Jin said Seoul would keep its door open to "
        "Pyongyang, according to an interview published Friday by the JoongAng Ilbo.\n\n"
        '"Dialogue is never a reward," Park said in the interview.\n'
    )
    assert [s.said_on for s in said(text)] == ["../2023-06-16"] * 2


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a statement published on a day is that day's words
        ("Greek Foreign Minister Nikos Dendias said in a statement published Friday that "
         "Athens rejected the claims.\n", "2023-06-16"),
        # an interview aired may have gone out live
        ("Czech President Petr Pavel said in an interview aired on Friday by CT that Prague "
         "would send more shells.\n", "2023-06-16"),
        ("Глава МИД Беларуси Сергей Алейник в интервью телеканалу ОНТ, вышедшем в эфир в "
         "четверг, заявил, что Минск открыт для диалога.\n", "2023-06-15"),
        # the day the interview was given, when the text tells it
        ("Austrian Foreign Minister Alexander Schallenberg told Kurier on Thursday, in an "
         "interview published on Saturday, that enlargement had to stay on track.\n",
         "2023-06-15"),
        ("Hungarian Foreign Minister Peter Szijjarto said in an interview conducted on "
         "Tuesday and published on Saturday that Budapest would not change course.\n",
         "2023-06-13"),
        # an interview on a day: the day it was given
        ("Polish Foreign Minister Zbigniew Rau said in an interview on Friday that Warsaw "
         "would host the talks.\n", "2023-06-16"),
    ],
)  # fmt: skip
def test_other_days_of_an_interview_or_a_statement_stay(text: str, day: str) -> None:
    assert [s.said_on for s in said(text)] == [day]


def test_another_speakers_words_after_the_interview_keep_their_own_days() -> None:
    text = (
        "MADRID, June 17 (EFE) - Spanish Foreign Minister José Manuel Albares said in an "
        "interview published on Friday by El País that relations with Rabat were excellent.\n\n"
        "On Friday, Prime Minister Pedro Sánchez said Spain would host the next round.\n\n"
        "Defence Minister Margarita Robles said the army was ready.\n"
    )
    assert [s.said_on for s in said(text)] == ["../2023-06-16", "2023-06-16", "2023-06-17"]


# --- words said in the act that made a thing public: the day told for that act ------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the thing's participle day, the words "in the statement announcing" it
        ("BRUSSELS (dpa) - The trade agreement between the EU and Chile, announced in "
         "Brussels on Friday, drew praise from exporters over the weekend.\n\n"
         '"This is a deal for the next generation," Commission President Ursula von der '
         "Leyen said in the statement announcing the agreement.\n", "2023-06-16"),
        # the verb with its day, the words "as he announced" it
        ("DOHA (Al Jazeera) - A prisoner swap between Washington and Tehran was announced "
         "late on Wednesday in Doha.\n\n"
         "Qatar's foreign ministry spokesman Majed al-Ansari said as he announced the swap "
         "that both sides had shown goodwill.\n", "2023-06-14"),
        # "while unveiling", the act told by its subject on a day
        ("LISBON (Lusa) - Portugal's government on Monday unveiled a new strategy for its "
         "relations with Africa.\n\n"
         "Foreign Minister João Gomes Cravinho said while unveiling the strategy that Lisbon "
         "wanted partnerships of equals.\n", "2023-06-12"),
        # "after signing", the thing signed on a day
        ("RIYADH (SPA) -- The grid interconnection accord between Saudi Arabia and Iraq, "
         "signed in Riyadh on Tuesday, will link the two networks by 2026.\n\n"
         "Energy Minister Prince Abdulaziz bin Salman said after signing the accord that the "
         "project would serve both peoples.\n", "2023-06-13"),
        # a participle set off by commas
        ("NAIROBI (Nation) - Kenya's government on Thursday presented a new foreign policy "
         "framework built on trade.\n\n"
         "Foreign Affairs Cabinet Secretary Alfred Mutua, presenting the framework to "
         "diplomats, said Kenya put economic diplomacy first.\n", "2023-06-15"),
        # "in a video announcing", a paragraph between
        ("WASHINGTON (AP) — The United States on Tuesday announced a new package of "
         "sanctions on Russian banks.\n\n"
         "The measures hit a dozen lenders and their executives.\n\n"
         "Treasury Secretary Janet Yellen said in a video announcing the package that the "
         "cost of the war would rise.\n", "2023-06-13"),
    ],
)  # fmt: skip
def test_words_said_in_the_act_that_made_a_thing_public_take_its_day(text: str, day: str) -> None:
    assert [s.said_on for s in said(text)] == [day]


def test_the_words_just_before_the_act_take_its_day_too() -> None:
    text = (
        "BRUSSELS (dpa) - The trade agreement between the EU and Chile, announced in Brussels "
        "on Friday, drew praise from exporters.\n\n"
        "Commission President Ursula von der Leyen said it was a historic moment. "
        '"We are sending a signal for open trade," she said in the statement announcing the '
        "deal.\n"
    )
    assert [s.said_on for s in said(text)] == ["2023-06-16", "2023-06-16"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a day of the speaker's own wins
        ("LISBON (Lusa) - Portugal's government on Monday unveiled a new strategy for "
         "Africa.\n\n"
         "Foreign Minister João Gomes Cravinho, presenting the strategy in parliament on "
         "Wednesday, said Lisbon wanted partnerships of equals.\n", ["2023-06-14"]),
        # the verb told before with no thing made public: not that act
        ("ATHENS (ANA-MPA) - Greece's foreign ministry announced on Monday that talks with "
         "Ankara would resume.\n\n"
         "Opposition leader Stefanos Kasselakis said in a statement announcing his party's "
         "own plan that the government was naive.\n", ["2023-06-12", "2023-06-17"]),
        # words about the thing with no act of making it public: the article's day
        ("BRUSSELS (dpa) - The trade agreement between the EU and Chile, announced in "
         "Brussels on Friday, drew praise from exporters.\n\n"
         "Chilean farmers' union leader Pedro Soto said the agreement was unfair.\n",
         ["2023-06-17"]),
        # another act than the one told with a day
        ("LISBON (Lusa) - Portugal's government on Monday unveiled a new strategy for "
         "Africa.\n\n"
         "Angolan Foreign Minister Téte António said as he signed the memorandum that Luanda "
         "welcomed it.\n", ["2023-06-17"]),
    ],
)  # fmt: skip
def test_other_days_around_an_act_stay(text: str, days: list[str]) -> None:
    assert [s.said_on for s in said(text)] == days


# --- a week's digest: a section's day carries on over its paragraphs ----------------------

_DIGEST_EN = (
    "The week in diplomacy: Gulf talks and a G20 row\n\n"
    "Our digest of the main diplomatic stories of the week of June 12-17.\n\n"
    "RIYADH: GULF MINISTERS MEET\n\n"
    "Gulf foreign ministers met in Riyadh on Tuesday to discuss shipping lanes.\n\n"
    "The Kuwaiti foreign ministry said in a statement that the talks had been frank.\n\n"
    "NEW DELHI: A ROW OVER THE COMMUNIQUE\n\n"
    "On Thursday, Indian Foreign Minister Subrahmanyam Jaishankar said the G20 could not "
    "agree on a joint text.\n\n"
    "Germany's foreign office said it regretted the outcome.\n\n"
    "WASHINGTON: A NEW ENVOY\n\n"
    "Former ambassador Mike Hammer said he was honoured to serve.\n"
)
_DIGEST_RU = (
    "Неделя в мировой политике: Пекин, Брюссель и Анкара\n\n"
    "Sputnik собрал главные события уходящей недели.\n\n"
    "ПЕКИН. ВИЗИТ ГОССЕКРЕТАРЯ\n\n"
    "В понедельник госсекретарь США Энтони Блинкен провел переговоры в Пекине.\n\n"
    "Официальный представитель МИД КНР Ван Вэньбинь заявил, что переговоры были "
    "откровенными.\n\n"
    "БРЮССЕЛЬ. САНКЦИИ\n\n"
    "В четверг Евросоюз утвердил новый пакет санкций.\n\n"
    "Глава МИД Венгрии Петер Сийярто сказал, что Будапешт не будет блокировать решение.\n\n"
    "АНКАРА. НАТО\n\n"
    "Президент Турции Реджеп Тайип Эрдоган сказал, что Швеция должна выполнить обещания.\n"
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a section's day reached, then a reaction in the next paragraph; a section with no
        # day, on a page titled as the week's round-up ("The week in diplomacy"), was said in
        # the week up to the article's day (round 50; the Russian digest's title names no
        # round-up the English rule reads, and keeps the article's day)
        (_DIGEST_EN, ["2023-06-13", "2023-06-15", "2023-06-15", "2023-06-12/2023-06-17"]),
        (_DIGEST_RU, ["2023-06-12", "2023-06-15", "2023-06-17"]),
    ],
)
def test_a_week_digest_section_tells_one_day(text: str, days: list[str]) -> None:
    assert [s.said_on for s in said(text)] == days


def test_a_wire_story_with_headings_in_capitals_is_no_digest() -> None:
    text = (
        "CAIRO, June 17 (Reuters) - Talks on a ceasefire stalled this week, officials said.\n\n"
        "BACKGROUND\n\n"
        "Mediators met in Doha on Wednesday to prepare the round.\n\n"
        "Egypt's foreign ministry said the gaps remained wide.\n\n"
        "REACTION\n\n"
        "The White House said it was still hopeful.\n"
    )
    assert [s.said_on for s in said(text)][-2:] == ["2023-06-17", "2023-06-17"]


# --- "said when announcing the package that ...": the "when" clause is the speaker's -------


@pytest.mark.parametrize(
    "frame",
    [
        "said when announcing the sanctions that",
        "told reporters when unveiling the plan that",
        "said when signing the accord that",
        "said when presenting the report on Friday that",
        "said, when launching the initiative, that",
        "wrote when announcing the measures that",
    ],
)
def test_a_when_clause_with_a_participle_before_that_is_no_part_of_the_words(
    frame: str,
) -> None:
    text = f"Treasury Secretary Janet Yellen {frame} the cost of the war would rise.\n"
    assert [s.text for s in said(text)] == ["the cost of the war would rise"]


def test_a_when_clause_inside_the_words_stays() -> None:
    # near-miss: after "that", a "when" clause is part of what was said
    text = "Janet Yellen said that when meeting bankers she urged them to act.\n"
    assert [s.text for s in said(text)] == ["when meeting bankers she urged them to act"]


def test_a_thing_announced_on_a_day_dates_the_words_said_when_announcing_it() -> None:
    text = (
        "WASHINGTON (AP) — The United States on Tuesday announced a package of sanctions on "
        "Russian banks.\n\n"
        "Treasury Secretary Janet Yellen said when announcing the package that the cost of "
        "the war would rise.\n"
    )
    assert [(s.text, s.said_on) for s in said(text)] == [
        ("the cost of the war would rise", "2023-06-13")
    ]


# --- Russian: words at the ceremony of a signing the story dated by its participle --------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ЕРЕВАН, 17 июня – Арменпресс. Подписанная накануне в Вашингтоне декларация "
         "вызвала широкий отклик.\n\n"
         "Премьер-министр Армении Никол Пашинян, выступая на церемонии в Белом доме, "
         "назвал документ важной вехой.\n", "2023-06-16"),
        ("БАКУ, 17 июня – АПА. Подписанное в четверг соглашение о транзите открывает новый "
         "маршрут.\n\n"
         "Президент Азербайджана Ильхам Алиев на церемонии подписания заявил, что маршрут "
         "заработает через год.\n", "2023-06-15"),
        ("АСТАНА, 17 июня. /Казинформ/. Подписанный в среду меморандум о сотрудничестве "
         "рассчитан на пять лет.\n\n"
         "Глава МИД Казахстана Мурат Нуртлеу после церемонии сказал журналистам, что "
         "документ станет основой для новых проектов.\n", "2023-06-14"),
        ("МИНСК, 17 июня. /БелТА/. Подписанная в понедельник программа союзного "
         "государства вступила в силу.\n\n"
         "Премьер-министр Беларуси Роман Головченко во время церемонии отметил, что "
         "программа выполнима.\n", "2023-06-12"),
    ],
)  # fmt: skip
def test_words_at_the_ceremony_take_the_day_of_the_thing_signed(text: str, day: str) -> None:
    assert [s.said_on for s in said(text)] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # no signing dated before: the article's day
        ("ЕРЕВАН, 17 июня – Арменпресс. Декларация вызвала широкий отклик.\n\n"
         "Премьер-министр Армении Никол Пашинян, выступая на церемонии в Белом доме, "
         "назвал документ важной вехой.\n", "2023-06-17"),
        # a day of the speaker's own wins
        ("БАКУ, 17 июня – АПА. Подписанное в четверг соглашение о транзите открывает новый "
         "маршрут.\n\n"
         "Президент Азербайджана Ильхам Алиев в пятницу на церемонии открытия моста "
         "заявил, что маршрут заработает через год.\n", "2023-06-16"),
        # words with no ceremony: the article's day
        ("АСТАНА, 17 июня. /Казинформ/. Подписанный в среду меморандум рассчитан на пять "
         "лет.\n\n"
         "Глава МИД Казахстана Мурат Нуртлеу сказал журналистам, что документ станет "
         "основой для новых проектов.\n", "2023-06-17"),
        # a ceremony of another act
        ("БАКУ, 17 июня – АПА. Подписанное в четверг соглашение о транзите открывает новый "
         "маршрут.\n\n"
         "Президент Азербайджана Ильхам Алиев на церемонии открытия моста заявил, что "
         "маршрут заработает через год.\n", "2023-06-17"),
    ],
)  # fmt: skip
def test_other_days_around_a_ceremony_stay(text: str, day: str) -> None:
    assert [s.said_on for s in said(text)] == [day]
