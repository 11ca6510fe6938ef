"""English faults that helpers of round 35 found on their own probe pages.

- A day told in a pluperfect ("The vote had been delayed on Saturday") is background: it is
  no day the story has reached, and "Earlier in the day" after it is the story's own day.
- ", repeating a view his finance minister had voiced on Friday": the minister is the
  subject of a relative clause on the participle's object, no speaker of the sentence.
- "X called the plan Y, whereas Labour's Z told MPs that ...": a named person telling an
  audience after "whereas" has words of their own.
- "He said this while talking to journalists after the ceremony.": the sentence after the
  words tells their occasion, whose day the story gave.
- "Deir el-Balah", "Khan Younis, Gaza" on a line of its own (a photo's place) read as a
  name line over the quote below: a Levant town's shape ("Beit", "Deir", "Khan" + name).

Articles written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.model import ProposedStatement


def _by(found: list[ProposedStatement], words: str) -> ProposedStatement:
    return next(s for s in found if words in s.text)


def test_earlier_in_the_day_is_the_story_day_not_a_pluperfect_background_day() -> None:
    text = (
        "Ghana and Togo agree on cross-border patrols\n\n"
        "ACCRA, Thursday (GNA) - Ghana and Togo agreed on Thursday to run joint patrols along "
        "their shared border.\n\n"
        "The plan had been shelved on Sunday after a row over who would command the units.\n\n"
        "Earlier in the day, Ghana's Defence Minister Omane Boamah said the patrols would "
        "start within a month.\n"
    )
    found = extract(text, published=datetime.date(2024, 10, 17))
    assert _by(found, "patrols would start").said_on == "2024-10-17"


def test_earlier_in_the_day_after_a_background_day_in_a_wire_story() -> None:
    text = (
        "WELLINGTON, Feb 12 (Reuters) - New Zealand and Fiji signed a policing pact on "
        "Wednesday.\n\n"
        "Talks had stalled last Friday, when Fijian officials raised objections over "
        "jurisdiction.\n\n"
        "Earlier in the day, Foreign Minister Winston Peters told reporters the pact was "
        '"good for the whole Pacific".\n'
    )
    found = extract(text, published=datetime.date(2025, 2, 12))
    assert _by(found, "good for the whole Pacific").said_on == "2025-02-12"


def test_a_minister_inside_a_relative_clause_of_repeating_is_no_speaker() -> None:
    text = (
        "OTTAWA (Reuters) - Canadian Prime Minister Mark Carney said on Tuesday that Canada "
        "would match any new U.S. tariffs, repeating a view his finance minister had voiced "
        "on Friday.\n"
    )
    found = extract(text, published=datetime.date(2025, 3, 18))
    s = _by(found, "match any new U.S. tariffs")
    assert s.speaker == "Mark Carney"
    assert s.said_on == "2025-03-18"
    assert not s.text.startswith("Canadian")
    assert all(f.speaker != "his finance minister" for f in found)


def test_near_miss_echoing_a_warning_an_official_had_given() -> None:
    # passes on the starting code too (no saying verb of the relative clause's own)
    text = (
        "CANBERRA (AAP) - Treasurer Jim Chalmers said on Monday that the budget would "
        "stay in deficit, echoing a warning the central bank governor had given last week.\n"
    )
    found = extract(text, published=datetime.date(2025, 3, 24))
    s = _by(found, "stay in deficit")
    assert s.speaker == "Jim Chalmers"
    assert s.said_on == "2025-03-24"


def test_whereas_a_named_person_told_an_audience_speaks_for_themselves() -> None:
    text = (
        'LONDON - Defence Secretary John Healey described the deal as "a win for British '
        "jobs\", whereas the Conservatives' James Cartlidge told MPs that the contract had "
        "come two years late.\n"
    )
    found = extract(text, published=datetime.date(2025, 1, 20))
    healey = _by(found, "a win for British jobs")
    assert healey.speaker == "John Healey"
    assert "Cartlidge" not in healey.text
    assert _by(found, "come two years late").speaker == "James Cartlidge"


def test_the_occasion_told_in_the_next_sentence_dates_the_words() -> None:
    text = (
        "JAKARTA, Nov 7 - Indonesia and Malaysia signed a maritime boundary treaty at a "
        "ceremony in Jakarta on Tuesday.\n\n"
        '"The sea between us is now a bridge," Malaysian Prime Minister Anwar Ibrahim said. '
        "He said this while talking to journalists after the ceremony.\n\n"
        'Indonesian President Prabowo Subianto called the treaty "long overdue". He made '
        "the remarks to reporters after the ceremony.\n"
    )
    found = extract(text, published=datetime.date(2024, 11, 7))
    assert _by(found, "now a bridge").said_on == "2024-11-05"
    assert _by(found, "long overdue").said_on == "2024-11-05"


def test_near_miss_he_spoke_with_another_leader_is_another_occasion() -> None:
    # passes on the starting code too: "spoke with" a leader tells no occasion of the words
    text = (
        "JAKARTA, Nov 7 - Indonesia and Malaysia signed a maritime boundary treaty on "
        "Tuesday.\n\n"
        '"The sea between us is now a bridge," Malaysian Prime Minister Anwar Ibrahim said '
        "on Thursday. He spoke with Prabowo Subianto by phone on Wednesday.\n"
    )
    found = extract(text, published=datetime.date(2024, 11, 7))
    assert _by(found, "now a bridge").said_on == "2024-11-07"


def test_a_levant_town_on_a_line_above_a_quote_is_no_speaker() -> None:
    for town in ("Beit Lahia, northern Gaza", "Khan Younis", "Umm al-Fahm", "Deir el-Balah"):
        text = (
            "AMMAN, May 21 (Reuters) - Jordanian Foreign Minister Ayman Safadi urged a "
            f"ceasefire on Tuesday.\n\n{town}\n"
            '"The killing must stop now," he told reporters.\n'
        )
        found = extract(text, published=datetime.date(2024, 5, 21))
        assert _by(found, "killing must stop").speaker == "Ayman Safadi", town
        assert all(town.split(",")[0] != s.speaker for s in found), town


def test_a_levant_town_line_then_a_pronoun_quote() -> None:
    text = (
        "CAIRO, March 2 (AP) - Egypt's foreign minister Badr Abdelatty announced new aid "
        "routes on Sunday.\n\n"
        "Beit Hanoun, Gaza\n"
        '"Trucks will move through the northern crossing from Monday," he said.\n'
    )
    found = extract(text, published=datetime.date(2025, 3, 2))
    assert all(s.speaker != "Beit Hanoun" for s in found)
    assert _by(found, "northern crossing").speaker == "Badr Abdelatty"


def test_near_miss_a_person_named_khan_still_speaks() -> None:
    # passes on the starting code too: "Khan" as a surname is a person's
    text = 'LONDON - "The city will not be divided," London Mayor Sadiq Khan said on Monday.\n'
    found = extract(text, published=datetime.date(2024, 6, 3))
    assert _by(found, "not be divided").speaker == "Sadiq Khan"
