"""Wire stories from the Middle East, Africa, Latin America, Eastern Europe and the
Caucasus, and the ways they tie words to a speaker that were lost: a bare lead named by the
next paragraph ("This according to Minister X", "That was the message from X on Friday"),
a clause closed by "X said this at a briefing" or followed by "X made the remarks in ...",
one speaker spelt two ways ("Hajizadeh" / "Hajizade"), a post's word mistyped before a name
("Secretaty of State X"), a second attribution after the words ("X stated that ..., he
wrote"), and a question holding a short quotation ('Asked about the claim that ... a "dirty
bomb", X said'). The near misses stay as they were. Sentences written here in the manner of
agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract.speakers import parse_speaker

PUBLISHED = datetime.date(2024, 10, 3)  # a Thursday
DAY = "2024-10-03"


def test_this_according_to_names_the_lead_above() -> None:
    assert_statements(
        "ASTANA, Oct 3 (Reuters) - Kazakhstan will cut gas exports to China next year to "
        "meet rising demand at home.\n\n"
        "This according to Energy Minister Almasadam Satkaliyev, who spoke to reporters in "
        "the capital on Thursday.\n\n"
        "The country is the largest producer in Central Asia.\n",
        PUBLISHED,
        [("Almasadam Satkaliyev", "Kazakhstan will cut gas exports to China", DAY)],
    )


def test_thats_according_to_below_the_lead() -> None:
    assert_statements(
        "ABUJA, Oct 3 (Reuters) - The central bank will not devalue the naira again this "
        "year.\n\n"
        "That's according to Finance Minister Wale Edun, speaking at a forum in Abuja on "
        "Thursday.\n",
        PUBLISHED,
        [("Wale Edun", "The central bank will not devalue the naira", DAY)],
    )


def test_the_message_from_a_minister_on_a_day() -> None:
    assert_statements(
        "WARSAW, Oct 3 (AP) - Poland will keep its border with Belarus closed to freight "
        "until the winter.\n\n"
        "That was the message from Interior Minister Tomasz Siemoniak on Thursday, speaking "
        "after a cabinet meeting.\n",
        PUBLISHED,
        [("Tomasz Siemoniak", "Poland will keep its border with Belarus closed", DAY)],
    )


def test_said_this_closing_the_clause() -> None:
    assert_statements(
        "RIGA, Oct 3 (LETA) - The government would send another 200 border guards to the "
        "Latgale region, Prime Minister Evika Silina said this at a briefing on Thursday.\n",
        PUBLISHED,
        [("Evika Silina", "The government would send another 200 border guards", DAY)],
    )


def test_an_adverbial_before_said_this_is_no_words() -> None:
    assert_statements(
        "RIGA, Oct 3 (LETA) - The cabinet approved the budget.\n\n"
        "In an interview with the public broadcaster, Prime Minister Evika Silina said this "
        "on Thursday.\n",
        PUBLISHED,
        [],  # (the adverbial is no one's words; the sentence is left as it was read)
    )


def test_made_the_remarks_after_a_bare_sentence() -> None:
    assert_statements(
        "VILNIUS, Oct 3 (BNS) - Extra funds will go to the border guard service next year. "
        "Interior Minister Agne Bilotaite made the remarks in an interview with LRT on "
        "Thursday.\n",
        PUBLISHED,
        [("Agne Bilotaite", "Extra funds will go to the border guard", DAY)],
    )


def test_one_surname_spelt_two_ways() -> None:
    assert_statements(
        "TEHRAN, Oct 3 (AFP) - Brigadier General Amir Ali Hajizadeh, the head of the "
        "Guards' aerospace force, said on Thursday the new drone had a range of 2,000 km.\n\n"
        '"Our drones are for defence only," Hajizade told state television.\n',
        PUBLISHED,
        [
            ("Amir Ali Hajizadeh", "the new drone had a range", DAY),
            ("Amir Ali Hajizadeh", "Our drones are for defence only", DAY),
        ],
    )
    assert_statements(
        "BAKU, Oct 3 (APA) - Foreign Ministry spokesman Ayhan Hajizada said on Thursday the "
        "claims were baseless. Hajizade added that talks would go on.\n",
        PUBLISHED,
        [
            ("Ayhan Hajizada", "the claims were baseless", DAY),
            ("Ayhan Hajizada", "talks would go on", DAY),
        ],
    )


def test_two_near_spellings_of_two_men_leave_the_bare_one_alone() -> None:
    # (Hajizadeh and Hajizada both in the story: "Hajizade" could be either)
    assert_statements(
        "TEHRAN, Oct 3 (AFP) - Brigadier General Amir Ali Hajizadeh said on Thursday the "
        "new drone had a range of 2,000 km. Foreign Ministry spokesman Ayhan Hajizada said "
        "on Thursday the claims were baseless. Hajizade added that talks would go on.\n",
        PUBLISHED,
        [
            ("Amir Ali Hajizadeh", "the new drone had a range", DAY),
            ("Ayhan Hajizada", "the claims were baseless", DAY),
            ("Hajizade", "talks would go on", DAY),
        ],
    )


def test_a_mistyped_post_before_a_name() -> None:
    found = parse_speaker("US Secretaty of State Antony Blinken")
    assert found is not None and found.name == "Antony Blinken"
    assert found.role == "Secretary of State"
    found = parse_speaker("Prime Ministr Irakli Garibashvili")
    assert found is not None and found.name == "Irakli Garibashvili"


def test_a_word_like_a_post_before_a_single_name_stays() -> None:
    found = parse_speaker("Minster Abbey")
    assert found is not None and found.role is None


def test_a_second_attribution_after_the_words() -> None:
    assert_statements(
        "MOSCOW, Oct 3 (TASS) - Russian Foreign Minister Sergei Lavrov stated that the West "
        "had ignored Moscow's security concerns for years, he wrote in an article for the "
        "Kommersant newspaper published on Thursday.\n",
        PUBLISHED,
        [("Sergei Lavrov", "the West had ignored Moscow's security concerns", DAY)],
    )


def test_a_question_holding_a_short_quotation() -> None:
    assert_statements(
        "KYIV, Oct 3 (Reuters) - Ukraine on Thursday dismissed Russian accusations.\n\n"
        "Asked about Lavrov's claim that Kyiv planned to use a \"dirty bomb,\" Foreign "
        "Ministry spokesman Heorhiy Tykhyi said Moscow was spreading lies.\n",
        PUBLISHED,
        [("Heorhiy Tykhyi", "Moscow was spreading lies", DAY)],
    )
