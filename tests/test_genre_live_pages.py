"""Live pages stamped as the BBC stamps its entries: "Posted at 16:48 GMT 4 March", the day
after the time and its zone, with or without the year. Each entry's heading ("Fidan: Turkey
ready to host next round") is no turn of a transcript, and each entry is of its stamp's day.
Pages written here, in the manner of the outlet; each expected statement is checked for its
speaker, its first words and its day."""

import datetime

import pytest

from tests.statement_checks import assert_statements

# the stamps give the day and month only; the page's own day is the next morning's
STAMPED_NO_YEAR = (
    "Ceasefire talks resume in Geneva - follow live\n\n"
    "BBC News\nLive\nSummary\n\n"
    "Negotiators from both sides are back at the Palais des Nations for a second day of talks\n"
    "The UN envoy says the gaps are narrowing but no deal is expected\n\n"
    "Posted at 16:48 GMT 4 March\n\n"
    "Guterres: 'We cannot afford another failed round'\n\n"
    "Imogen Foulkes\nReporting from Geneva\n\n"
    "UN Secretary-General Antonio Guterres has told reporters at the Palais that the world "
    '"cannot afford another failed round" of talks.\n\n'
    '"Every day without an agreement costs lives," he said.\n\n'
    "Posted at 15:20 GMT 4 March\n\n"
    "Fidan: Turkey ready to host next round\n\n"
    "Turkish Foreign Minister Hakan Fidan said Ankara stood ready to host a further round if "
    "the Geneva talks stalled.\n\n"
    '"Our doors are open to both parties," Fidan told Turkish broadcaster TRT.\n\n'
    "Posted at 14:02 GMT 4 March\n\n"
    "Kallas: Europe will keep up the pressure\n\n"
    "The EU's foreign policy chief Kaja Kallas said sanctions would stay in place until a "
    "lasting settlement was reached.\n"
)

# the stamps give the year; the page is read a few days later
STAMPED_WITH_YEAR = (
    "Election count under way as polls close - live\n\n"
    "BBC News\nLive\n\n"
    "Posted at 23:10 BST 2 May 2024\n\n"
    "Sunak: 'The voters have spoken'\n\n"
    'Prime Minister Rishi Sunak has conceded that the night had been "a difficult one" for '
    "his party.\n\n"
    '"I take responsibility for the result," he said in a short statement outside his '
    "constituency count.\n\n"
    "Posted at 22:35 BST 2 May 2024\n\n"
    "Starmer: Change begins tonight\n\n"
    "Labour leader Keir Starmer told supporters in London that the country had voted for a "
    "fresh start.\n\n"
    "Posted at 22:01 BST 2 May 2024\n\n"
    "Exit poll published\n\n"
    "The broadcasters' exit poll suggests a large majority for Labour.\n"
)


@pytest.mark.parametrize(
    ("page", "published", "want"),
    [
        (
            STAMPED_NO_YEAR,
            datetime.date(2025, 3, 5),
            [
                ("Antonio Guterres", 'the world "cannot afford', "2025-03-04"),
                ("Antonio Guterres", "Every day without an agreement", "2025-03-04"),
                ("Hakan Fidan", "Ankara stood ready", "2025-03-04"),
                ("Hakan Fidan", "Our doors are open", "2025-03-04"),
                ("Kaja Kallas", "sanctions would stay in place", "2025-03-04"),
            ],
        ),
        (
            STAMPED_WITH_YEAR,
            datetime.date(2024, 5, 4),
            [
                ("Rishi Sunak", 'the night had been "a difficult one"', "2024-05-02"),
                ("Rishi Sunak", "I take responsibility", "2024-05-02"),
                ("Keir Starmer", "the country had voted", "2024-05-02"),
            ],
        ),
    ],
)
def test_an_entry_stamped_with_its_day_after_the_time_is_of_that_day(page, published, want) -> None:
    assert_statements(page, published, want)


def test_a_stamp_without_a_year_after_the_page_day_is_of_the_year_before() -> None:
    # a page of 2 January whose entries were posted on 31 December
    page = (
        "New year messages from world leaders - live\n\n"
        "Posted at 21:40 GMT 31 December\n\n"
        "Macron: 'Europe must stand together'\n\n"
        "French President Emmanuel Macron said in his televised address that Europe had to "
        "rely on its own strength.\n\n"
        "Posted at 19:05 GMT 31 December\n\n"
        "Meloni: A year of hard choices\n\n"
        "Italian Prime Minister Giorgia Meloni said her government would keep its promises.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 1, 2),
        [
            ("Emmanuel Macron", "Europe had to rely", "2024-12-31"),
            ("Giorgia Meloni", "her government would keep", "2024-12-31"),
        ],
    )


def test_a_post_in_an_entry_is_that_of_the_untitled_one_its_heading_names() -> None:
    # the entry headed "Badenoch: ..." quotes her by "she", then "The opposition leader
    # told them ...": hers, though the page titled no one else so and the chancellor was
    # named (with her title) in the entry before
    page = (
        "Budget day in Westminster - live\n\n"
        "BBC News\nLive\nSummary\n\n"
        "Rachel Reeves sets out her second budget as Kemi Badenoch prepares her reply\n\n"
        "Posted at 14:20 GMT 26 November\n\n"
        "Reeves: 'We have made the right choices'\n\n"
        "Chancellor Rachel Reeves told MPs that the budget would bring stability to the "
        "public finances.\n\n"
        "Posted at 13:05 GMT 26 November\n\n"
        "Badenoch: 'A budget for nobody'\n\n"
        "Faisal Islam\nEconomics editor\n\n"
        "Speaking to party activists before the statement, Badenoch went on the attack.\n\n"
        '"This government has broken every promise it made," she said.\n\n'
        "The opposition leader told them that her party would vote against the tax rises.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 11, 26),
        [
            ("Rachel Reeves", "the budget would bring", "2025-11-26"),
            ("Kemi Badenoch", "This government has broken", "2025-11-26"),
            ("Kemi Badenoch", "her party would vote", "2025-11-26"),
        ],
    )


def test_attacks_overnight_after_the_words_date_the_attacks_not_the_words() -> None:
    # '"...," he wrote, pointing to drone attacks overnight on ...': the night is the
    # attacks', the post is of the entry's day
    page = (
        "Peace talks in Istanbul - live\n\n"
        "Posted at 10:15 BST 2 June\n\n"
        "Zelensky: 'Moscow must show it is serious'\n\n"
        "Ukrainian President Volodymyr Zelensky has written on social media that Moscow "
        '"must show it is serious" about the talks.\n\n'
        '"Words are not enough while the shelling goes on," he wrote, pointing to drone '
        "attacks overnight on the Kharkiv and Odesa regions.\n\n"
        "Posted at 09:40 BST 2 June\n\n"
        "Delegations arrive at the palace\n\n"
        "The two delegations have arrived at the Ciragan Palace for the second round.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 6, 2),
        [
            ("Volodymyr Zelensky", 'Moscow "must show it is serious"', "2025-06-02"),
            ("Volodymyr Zelensky", "Words are not enough", "2025-06-02"),
        ],
    )


def test_a_quote_below_dates_the_undated_words_of_its_entry_above_it() -> None:
    # a CNN entry of Sunday: "X said she was 'deeply troubled' ..." with no day, then
    # '"...," X said in a statement late Saturday.' opening the next paragraph: one statement
    # of Saturday, not of the entry's stamp
    page = (
        "September 15, 2024 - Sudan crisis\n\n"
        "Live Updates\n\n"
        "11:20 a.m. ET, September 15, 2024\n"
        'UN rights chief "deeply troubled" by attack on El Fasher market\n\n'
        "From CNN's Jennifer Hauser\n\n"
        'UN High Commissioner for Human Rights Volker Turk said he was "deeply troubled" by '
        "the shelling of the market, calling it a possible war crime.\n\n"
        '"Those responsible must be held to account," Turk said in a statement late '
        "Saturday.\n\n"
        "10:05 a.m. ET, September 15, 2024\n"
        "Sudanese army says it repelled attack\n\n"
        "From CNN's Nima Elbagir\n\n"
        "Army spokesman Nabil Abdallah said troops had repelled an attack on the city.\n"
    )
    assert_statements(
        page,
        datetime.date(2024, 9, 15),
        [
            ("Volker Turk", 'he was "deeply troubled"', "2024-09-14"),
            ("Volker Turk", "Those responsible must be held", "2024-09-14"),
            ("Nabil Abdallah", "troops had repelled an attack", "2024-09-15"),
        ],
    )


def test_a_states_top_post_is_the_one_person_its_sentence_names_without_a_post() -> None:
    # two leaders named without posts above; "X spoke by phone with Macron on Thursday,
    # after which the French president said ...": the one the sentence names with no post
    page = (
        "Ukraine talks in Paris - live\n\n"
        "Posted at 12:30 GMT 6 March\n\n"
        "Macron and Scholz to host talks\n\n"
        "Emmanuel Macron and Olaf Scholz will host the leaders of the coalition in Paris.\n\n"
        "Posted at 11:45 GMT 6 March\n\n"
        "Duda calls Paris\n\n"
        "Polish President Andrzej Duda spoke by phone with Macron on Wednesday, after which "
        "the French president said Europe had to do more for its own defence.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 3, 6),
        [("Emmanuel Macron", "Europe had to do more", "2025-03-05")],
    )
