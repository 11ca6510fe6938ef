"""Speech acts with an object and what is said of it, or with the one told and a clause with
no "that": "credited the gains to the troops' courage", 'pronounced himself "pleased"',
"told Reuters the raids, including ..., had failed". Their near misses: a picture credited to
an agency, a study crediting a drug, a doctor pronouncing a death, a slowdown "more
pronounced"; and hearers named by a plural noun ("told visiting ministers in Doha"). Sentences
written here in the manner of wire copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 6, 14)  # a Wednesday
DAY = "2023-06-14"


def test_credited_to() -> None:
    assert_statements(
        "KYIV, June 14 (Reuters) - Meeting President Volodymyr Zelenskiy in Kyiv, U.S. "
        "Secretary of State Antony Blinken credited the recapture of the villages to the "
        '"extraordinary courage" of Ukraine\'s soldiers.\n',
        PUBLISHED,
        [("Antony Blinken", "credited the recapture of the villages", DAY)],
    )


def test_crediting_with() -> None:
    assert_statements(
        "BRUSSELS, June 14 (Reuters) - NATO Secretary General Jens Stoltenberg opened the "
        "meeting, crediting the allies with keeping Ukraine supplied through the winter.\n",
        PUBLISHED,
        [("Jens Stoltenberg", "crediting the allies with keeping Ukraine", DAY)],
    )


def test_credited_to_an_agency_is_no_saying() -> None:
    # near miss: a picture's source, a thing as subject, a passive
    assert_statements(
        "KYIV, June 14 (Reuters) - Footage credited to the Ukrainian military showed the "
        "bridge in ruins. A new study credited the drug with saving thousands of lives. The "
        "general was credited with the recapture of the villages.\n",
        PUBLISHED,
        [],
    )


def test_pronounced_herself() -> None:
    assert_statements(
        "WASHINGTON (AP) - Standing beside her Turkish counterpart, Secretary of State "
        'Hillary Rodham Clinton pronounced herself "very pleased" with the talks.\n',
        PUBLISHED,
        [("Hillary Rodham Clinton", 'herself "very pleased" with the talks', DAY)],
    )


def test_pronounced_without_a_verdict_quoted() -> None:
    # near miss: a death certified, an adjective, a name said aloud
    assert_statements(
        "WASHINGTON (AP) - Doctors pronounced the driver dead at the scene. The slowdown was "
        'more pronounced in "core" industries. The senator pronounced the name of the group '
        "slowly.\n",
        PUBLISHED,
        [],
    )


def test_told_outlet_then_clause_set_off() -> None:
    # the words' subject, a plural noun with an aside after it, is no part of the one told
    assert_statements(
        "SANAA, June 14 (Reuters) - Mohammed Abdulsalam, a Houthi spokesperson, told Reuters "
        "the raids, including one that hit an air base near the capital, had no effect on "
        "the group's operations.\n",
        PUBLISHED,
        [("Mohammed Abdulsalam", "the raids, including one that hit an air base", DAY)],
    )


def test_told_outlet_then_clause_with_phrase() -> None:
    assert_statements(
        "SANAA, June 14 (Reuters) - Mohammed Abdulsalam told Reuters the raids on the port "
        "had no effect on the group's operations.\n",
        PUBLISHED,
        [("Mohammed Abdulsalam", "the raids on the port had no effect", DAY)],
    )


def test_told_plural_hearers_still_hearers() -> None:
    # near miss: the ones told named by a plural noun after a qualifier stay hearers
    assert_statements(
        "DOHA, June 14 (Reuters) - Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani "
        "told visiting ministers in Doha the talks would resume next week.\n",
        PUBLISHED,
        [("Mohammed bin Abdulrahman Al Thani", "the talks would resume next week", DAY)],
    )


def test_defending_a_titled_name_s_remarks() -> None:
    # "Mr. X's remarks": words defended, the possessive after a title
    assert_statements(
        "NEW DELHI (PTI) - External Affairs spokesperson Arindam Bagchi on Wednesday defended "
        'Mr. Jaishankar\'s remarks in Vienna as a "statement of fact".\n',
        PUBLISHED,
        [("Arindam Bagchi", "defended Mr. Jaishankar's remarks in Vienna", DAY)],
    )


def test_defended_a_titled_name_s_town_is_a_deed() -> None:
    # near miss: a place defended, no words
    assert_statements(
        "NEW DELHI (PTI) - The regiment defended Prime Minister Narendra Modi's home town "
        "for a week.\n",
        PUBLISHED,
        [],
    )


def test_spurned_criticism_that() -> None:
    assert_statements(
        "SEOUL (Yonhap) - Unification Minister Kim Yung-ho on Wednesday spurned criticism "
        "that the ministry was moving too fast on talks with the North.\n",
        PUBLISHED,
        [("Kim Yung-ho", "criticism that the ministry was moving too fast", DAY)],
    )


def test_spurned_an_offer_is_a_deed() -> None:
    # near miss: an offer turned down, no words rejected
    assert_statements(
        "SEOUL (Yonhap) - Unification Minister Kim Yung-ho on Wednesday spurned the offer "
        "that the North had made.\n",
        PUBLISHED,
        [],
    )


def test_heaped_scorn_on() -> None:
    assert_statements(
        "SEOUL (Yonhap) - In a statement carried by state media, Kim Yo-jong on Wednesday "
        "heaped scorn on the South's defence ministry over its plan for joint drills.\n",
        PUBLISHED,
        [("Kim Yo-jong", "heaped scorn on the South's defence ministry", DAY)],
    )
