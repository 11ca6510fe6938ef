"""Classes read from a set of multilateral bodies' pages (round 35): briefings, opening
remarks and wire copy from the UN, the EU, NATO, the OSCE, the IAEA and the WHO. Each page in
new words written here, in the style of those bodies' transcripts and of wire copy.

- A speaker who tells what they were told in person ("the panel met and advised me that",
  "X called me and told me that") recounts a talk of their own: the paragraph stays their
  turn's (the real corpus keeps "President X told me ..." the speaker's, the other's words
  nested at most). It was handed to the other as news, the turn losing it.
- A briefer passing on an agency's warning ("our colleagues at OCHA warn that ...") relays
  the agency's words, as "say" and "tell us" already did.
- "According to a draft seen by Euractiv": the newsroom read a paper; it did not speak.
- "..., they said." after unnamed diplomats: no one to record.
- "At that time" points back to the day just told, inside someone's words too ("the plan
  he presented on 30 May last year").
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_a_briefer_told_in_person_keeps_the_paragraph() -> None:
    assert_statements(
        "UNICEF Executive Director's remarks at the media briefing - 9 September 2025\n\n"
        "9 September 2025\n\n"
        "UNICEF Executive Director Catherine Russell: Good morning, everyone.\n\n"
        "Yesterday the nutrition cluster in Gaza met and warned me that stocks of therapeutic "
        "food will run out within two weeks. I have asked our teams to move supplies from "
        "Egypt at once.\n\n"
        "Children are paying the highest price of this war, and they cannot wait.\n\n"
        "Rosalia Bollen: Thank you. First question, please.\n\n"
        "Question: How many trucks are waiting at the crossing?\n\n"
        "Catherine Russell: More than 200, and most have been there for days.\n",
        datetime.date(2025, 9, 9),
        [
            ("Catherine Russell", "Good morning, everyone.", "2025-09-09"),
            ("Catherine Russell", "More than 200, and most", "2025-09-09"),
        ],
    )


def test_a_leader_who_called_the_speaker_is_no_relay() -> None:
    assert_statements(
        "Remarks by President António Costa after the European Council meeting\n\n"
        "26 June 2025\n\n"
        "President António Costa: Good evening.\n\n"
        "Prime Minister Frederiksen phoned me before the meeting and told me that Denmark "
        "would make enlargement a priority of its presidency. I welcome that commitment.\n\n"
        "Q. Will Hungary lift its veto on the Ukrainian clusters?\n\n"
        "A. We will keep working with every member state to find unanimity.\n",
        datetime.date(2025, 6, 26),
        [
            ("António Costa", "Prime Minister Frederiksen phoned me", "2025-06-26"),
            ("António Costa", "We will keep working", "2025-06-26"),
        ],
    )


def test_an_agency_warning_passed_on_by_the_spokesperson() -> None:
    assert_statements(
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "2 July 2025\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
        "Dujarric, Spokesperson for the Secretary-General.\n\n"
        "**Yemen\n\n"
        "Turning to Yemen, our colleagues at the United Nations Population Fund (UNFPA) warn "
        "that maternal health services in Taiz will close next month unless new money "
        "arrives.\n\n"
        "**Questions and Answers\n\n"
        "Question: Steph, is the Secretary-General going to Seville?\n\n"
        "Spokesman: He is, and he will speak at the opening of the financing conference.\n",
        datetime.date(2025, 7, 2),
        [
            ("United Nations Population Fund", "maternal health services in Taiz", "2025-07-02"),
            ("Stéphane Dujarric", "He is, and he will speak", "2025-07-02"),
        ],
    )


def test_a_paper_seen_by_a_newsroom_is_no_speaker() -> None:
    assert_statements(
        "EU envoys weigh tariffs on Russian fertiliser\n\n"
        "By Aurélie Pugnet | Euractiv\n\n"
        "Brussels, 12 March 2025\n\n"
        "The proposal would raise duties on nitrogen fertiliser to 40% by 2028, according to "
        "the text seen by Euractiv.\n\n"
        "Farm groups have asked for a transition period, according to a letter seen by "
        "Euractiv.\n\n"
        "Trade Commissioner Maroš Šefčovič said the duties would protect European "
        "producers.\n",
        datetime.date(2025, 3, 12),
        [("Maroš Šefčovič", "the duties would protect European producers", "2025-03-12")],
    )


def test_they_after_unnamed_diplomats_is_no_one() -> None:
    assert_statements(
        "NEW YORK, Sept 19 (Reuters) - The U.N. Security Council on Friday failed to extend "
        "sanctions relief for Iran, diplomats said. Four members voted in favour, they "
        "said.\n\n"
        "Britain's ambassador Barbara Woodward said the vote was a necessary step.\n",
        datetime.date(2025, 9, 19),
        [("Barbara Woodward", "the vote was a necessary step", "2025-09-19")],
    )


def test_at_that_time_goes_back_to_a_day_told_in_someone_s_words() -> None:
    assert_statements(
        "OSCE Chair urges restraint in the South Caucasus\n\n"
        "VIENNA, 14 November 2024 - The OSCE Chairperson-in-Office, Maltese Foreign Minister "
        "Ian Borg, said on Thursday that the region needed calm.\n\n"
        "He said that the roadmap he presented to the Permanent Council on 11 January this "
        "year was still on the table. Addressing the Council at that time, Borg had said that "
        "dialogue was the only way forward.\n",
        datetime.date(2024, 11, 14),
        [
            ("Ian Borg", "the region needed calm", "2024-11-14"),
            ("Ian Borg", "the roadmap he presented", "2024-11-14"),
            ("Ian Borg", "dialogue was the only way forward", "2024-01-11"),
        ],
    )
