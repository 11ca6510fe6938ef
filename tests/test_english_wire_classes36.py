"""English faults that helpers of round 36 confirmed on their own probe pages.

- A day the story sets ahead ("the talks, to be held in Doha on Sunday", "as the Council
  prepared to meet on Friday") is no occasion a later "X said in the call" was told on.
- "the head of UNDP", "the Executive Director of UNICEF": a UN agency by its initials is the
  speaker's body, and "the agency said" after it is that agency.
- "X warned Y that ..., said an official who was briefed on the talks": the source named
  after its verb closes X's words.
- "WARSAW, Thursday - ...": a dateline with a day of the week alone is no part of the words.
- "A statement issued after the meeting said ...": the meeting's, not the words of the
  spokesperson named just before; "issued after the talks by the ministry" is the ministry's.

Articles written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.model import ProposedStatement


def _by(found: list[ProposedStatement], words: str) -> ProposedStatement:
    return next(s for s in found if words in s.text)


def test_a_day_of_talks_still_to_be_held_does_not_date_words_said_in_a_call() -> None:
    text = (
        "Hamas and Israel negotiators head to Doha\n\n"
        "DOHA, Jan. 9 (Reuters) - Qatar's prime minister will host a new round of ceasefire "
        "talks, with the talks to be held in Doha on Sunday, two officials said.\n\n"
        "Sheikh Mohammed bin Abdulrahman Al Thani spoke by phone with Egypt's foreign "
        "minister, Badr Abdelatty, on Wednesday.\n\n"
        '"The coming days are decisive," Sheikh Mohammed said in the call.\n'
    )
    found = extract(text, published=datetime.date(2025, 1, 9))
    assert _by(found, "coming days are decisive").said_on == "2025-01-08"


def test_a_meeting_the_council_prepared_to_hold_is_no_day_of_a_statement() -> None:
    text = (
        "UN rights chief alarmed by executions\n\n"
        "GENEVA, Oct. 14 (UN News) - UN High Commissioner for Human Rights Volker Turk called "
        "for an end to executions on Tuesday, as the Human Rights Council prepared to meet on "
        "Friday to review the country's record.\n\n"
        "Turk said in the statement that due process had been ignored in nearly every case.\n"
    )
    found = extract(text, published=datetime.date(2025, 10, 14))
    assert _by(found, "due process had been ignored").said_on == "2025-10-14"


def test_a_un_agency_by_its_initials_is_the_body_and_the_agency_that_speaks_later() -> None:
    text = (
        "UN refugee agency says returns to Syria rising\n\n"
        "AMMAN, March 5 (Anadolu) - The head of UNHCR, Filippo Grandi, said on Wednesday "
        "that more than a million Syrians had gone home since December.\n\n"
        "The agency said it would need far more funding to support the returns.\n"
    )
    found = extract(text, published=datetime.date(2025, 3, 5))
    assert _by(found, "a million Syrians").institution == "UNHCR"
    assert _by(found, "far more funding").speaker == "UNHCR"


def test_the_executive_director_of_unicef_speaks_for_unicef() -> None:
    text = (
        "UNICEF warns of measles surge\n\n"
        "NEW YORK, April 2 (AP) - The Executive Director of UNICEF, Catherine Russell, said "
        "on Tuesday that measles cases had tripled among children in conflict zones.\n"
    )
    found = extract(text, published=datetime.date(2025, 4, 2))
    assert _by(found, "measles cases had tripled").institution == "UNICEF"


def test_an_unnamed_source_after_said_closes_the_words_it_reports() -> None:
    text = (
        "Vietnam presses China over island works\n\n"
        "HANOI, June 3 (Reuters) - Mr. Son told the Chinese envoy that the construction "
        "breached Vietnam's sovereignty, said a Vietnamese diplomat who was briefed on the "
        "meeting.\n\n"
        "Mr. Son also urged Beijing to respect the 2002 declaration, said two officials "
        "familiar with the talks.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 3))
    assert _by(found, "the construction breached").text.endswith("sovereignty")
    assert _by(found, "respect the 2002 declaration").text.endswith("declaration")


def test_a_dateline_with_a_weekday_alone_is_no_part_of_the_words() -> None:
    text = (
        "Egypt warns against Rafah assault\n\n"
        "CAIRO, Sunday -- An assault on Rafah would be a disaster for the whole region, "
        "Egypt's foreign minister said.\n"
    )
    found = extract(text, published=datetime.date(2024, 2, 11))
    assert found[0].text.startswith("An assault on Rafah")


def test_a_statement_issued_after_a_meeting_is_not_the_spokespersons() -> None:
    text = (
        "Arab League ministers meet on Sudan\n\n"
        "CAIRO, March 8 (Xinhua) -- Arab League foreign ministers met in Cairo on Saturday "
        "to discuss the war in Sudan.\n\n"
        "League spokesman Gamal Roshdy told reporters before the session that the crisis "
        "demanded an urgent Arab response.\n\n"
        "A statement issued after the meeting said the ministers rejected any plan to divide "
        "the country.\n"
    )
    found = extract(text, published=datetime.date(2025, 3, 8))
    assert all(s.speaker != "Gamal Roshdy" for s in found if "divide the country" in s.text)


def test_a_statement_issued_after_talks_by_a_ministry_is_the_ministrys() -> None:
    text = (
        "Egypt and Jordan reject displacement\n\n"
        "CAIRO, March 8 (Xinhua) -- Egyptian Foreign Minister Badr Abdelatty met his "
        "Jordanian counterpart Ayman Safadi in Cairo on Saturday.\n\n"
        "A statement issued after the talks by the Egyptian Foreign Ministry said both "
        "sides rejected any displacement of Palestinians from Gaza.\n"
    )
    found = extract(text, published=datetime.date(2025, 3, 8))
    assert _by(found, "rejected any displacement").speaker == "Egyptian Foreign Ministry"
