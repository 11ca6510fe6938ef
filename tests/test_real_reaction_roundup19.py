"""Dates on unseen real text (issue 8, nineteenth round): a round-up of reactions under a
lead that dates them ("World leaders on Wednesday welcomed the truce ...", "Leaders across
Europe reacted swiftly on Sunday ...", "Washington's allies yesterday condemned ...") in
next-day copy: each reaction with no day of its own, under place headings or not, in a post
or a statement, is of the lead's day, up to where the story reaches another day. A lead of
one speaker ("The Kremlin on Thursday rejected ...") tells no round-up. Each test in new
words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

SUNDAY = datetime.date(2023, 6, 18)


def _days(text: str) -> list[str | None]:
    return [s.said_on for s in extract(text, published=SUNDAY)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a round-up under place headings
        (
            "World reacts to truce\n\nWorld leaders on Saturday welcomed the truce between the "
            "two sides, while urging both to keep it. Here is how capitals responded.\n\nGENEVA\n"
            'U.N. High Commissioner Rosa Ibarra called the truce "a chance for the wounded".\n\n'
            'OTTAWA\nPrime Minister Neil Fraser said Canada stood ready "to help rebuild".\n',
            ["2023-06-17", "2023-06-17"],
        ),
        # a wire dateline, the verb before the day; a post and a quote first
        (
            "Europe reacts to run-off\n\nBRUSSELS, June 18 (dpa) - Leaders across Europe reacted "
            "swiftly on Saturday to the result of the run-off.\n\nAustrian Chancellor Jonas Weber "
            'said he looked forward to "close cooperation".\n\n"A good day for Europe," Czech '
            "Prime Minister Pavel Novak wrote on X.\n",
            ["2023-06-17", "2023-06-17"],
        ),
        # "yesterday", then a later day ends the round-up
        (
            "Allies condemn launch\n\nGovernments around the world yesterday paid tribute to the "
            "sailors lost in the storm.\n\nNorway's foreign minister, Eirik Dahl, said in a "
            'statement that the crews "gave everything".\n\nOn Sunday, the navy chief, Admiral '
            "Kari Lund, said the search had ended.\n",
            ["2023-06-17", "2023-06-18"],
        ),
    ],
)
def test_reactions_the_lead_dates_take_its_day(text: str, days: list[str]) -> None:
    assert _days(text) == days


def test_a_lead_of_one_speaker_tells_no_round_up() -> None:
    text = (
        "Ministry rejects claims\n\nMOSCOW (Reuters) - The ministry on Friday rejected claims "
        "that it had planned the attack.\n\nEstonian Prime Minister Kaja Laan said Moscow "
        '"must answer".\n'
    )
    assert _days(text)[-1] == "2023-06-18"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a dateline with a colon and no outlet; the place run on with "and beyond"
        (
            "Region hails accord\n\nAMMAN: Governments across the Arab world and beyond on "
            "Saturday welcomed the accord signed in Doha.\n\nHere are the reactions:\n\nJORDAN: "
            "Foreign Minister Omar Haddad said the accord was a chance for calm.\n\nQATAR: The "
            'foreign ministry said it hoped the text would be "honoured in full".\n',
            {"Omar Haddad": "2023-06-17", "Qatari Foreign Ministry": "2023-06-17"},
        ),
        # a dateline with a dash; "from across" a longer place
        (
            "Leaders condemn raid\n\nNAIROBI \u2014 Leaders from across East Africa and the Horn "
            "on Saturday condemned the raid on the border town.\n\nKenyan Foreign Secretary "
            "Amina Waweru said those behind it must face justice.\n",
            {"Amina Waweru": "2023-06-17"},
        ),
    ],
)
def test_the_lead_after_a_bare_dateline_or_a_longer_place(text: str, days: dict[str, str]) -> None:
    # (the reactions' days; what the lead's many speakers did is another question)
    found = {s.speaker: s.said_on for s in extract(text, published=SUNDAY) if s.speaker in days}
    assert found == days


def test_a_bare_dateline_before_one_speaker_tells_no_round_up() -> None:
    text = (
        "Ministry welcomes accord\n\nAMMAN: The foreign ministry on Saturday welcomed the "
        "accord signed in Doha.\n\nEgyptian Foreign Minister Sami Fahmy said it was a good "
        "start.\n"
    )
    assert _days(text)[-1] == "2023-06-18"
