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
