"""Round thirty-nine, the pages of foreign ministries and governments: in a spokesperson's
answer, a family name the spokesperson shares with the minister whose talks the answer
relays ("State Councilor and Foreign Minister Wang noted that ..." in a turn of Wang
Wenbin's) is the minister's when the post given with it is the one the minister was named
under; a run of words cut before a gerund after its last preposition ("the three agreed on
the importance of standing united in [condemning ...]") names no speaker; a surname ending
in "-ly" before a verb that keeps its object ("Mr Cleverly thanked ...") is no adverb of
the words. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

_DAY = datetime.date(2023, 3, 6)

_PRESS_CONFERENCE = (
    "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 6, 2023\n"
    "2023-03-06 19:30\n\n"
    "Xinhua: State Councilor and Foreign Minister Wang Yi met his Brazilian counterpart on "
    "Saturday. Can you share more details?\n\n"
    "Wang Wenbin: On March 4, State Councilor and Foreign Minister Wang Yi held talks with "
    "Brazilian Foreign Minister Mauro Vieira in Beijing. The two sides had an in-depth "
    "exchange of views.\n\n"
    "{subject} noted that China and Brazil are comprehensive strategic partners and should "
    "deepen cooperation on green energy and the digital economy.\n"
)


def test_post_given_with_a_shared_family_name_tells_the_minister() -> None:
    text = _PRESS_CONFERENCE.format(subject="State Councilor and Foreign Minister Wang")
    assert_statements(
        text,
        _DAY,
        [
            ("Wang Wenbin", "On March 4, State Councilor", "2023-03-06"),
            ("Wang Yi", "China and Brazil are comprehensive", "2023-03-04"),
        ],
    )


def test_post_neither_was_named_under_leaves_the_reading_alone() -> None:
    # (near miss: a post held by neither of the two named Wangs tells nothing of which; the
    # talks the answer relays keep the words with their minister, as before)
    text = _PRESS_CONFERENCE.format(subject="Vice Premier Wang")
    assert_statements(
        text,
        _DAY,
        [
            ("Wang Wenbin", "On March 4, State Councilor", "2023-03-06"),
            ("Wang Yi", "China and Brazil are comprehensive", "2023-03-04"),
        ],
    )


def test_clause_cut_before_a_gerund_after_its_preposition_names_no_one() -> None:
    text = (
        "Foreign Secretary meets Nordic counterparts\n\n"
        "Press release\n\n"
        "The Foreign Secretary met his Nordic counterparts in Oslo on Monday.\n\n"
        "After the latest missile strikes, the four agreed on the need for remaining "
        "resolute in condemning the Russian government's attacks on civilians.\n\n"
        "Published 6 March 2023\n"
    )
    assert_statements(text, _DAY, [])


def test_surname_in_ly_before_a_verb_that_keeps_its_object() -> None:
    text = (
        "Foreign Secretary meets Indian counterpart\n\n"
        "Press release\n\n"
        "Foreign Secretary James Cleverly met Indian External Affairs Minister S. Jaishankar "
        "in London on Monday.\n\n"
        "Mr Cleverly thanked India for its support for the grain corridor. He also strongly "
        "condemned the attack on the embassy in Kabul.\n\n"
        "Published 6 March 2023\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("James Cleverly", "thanked India for its support", "2023-03-06"),
            ("James Cleverly", "strongly condemned the attack", "2023-03-06"),
        ],
    )


_MEA_BRIEFING = (
    "Transcript of Weekly Media Briefing by the Official Spokesperson (March 02, 2023)\n\n"
    "March 02, 2023\n\n"
    "Shri Arindam Bagchi, Official Spokesperson: Good afternoon to all of you. I will take "
    "your questions straight away.\n\n"
    'Shri Yatin Patel, OSD (PR): Sir, Neha from ANI is asking, "Can you brief us on the '
    "outcomes of External Affairs Minister Jaishankar's visit to Tashkent?\"\n\n"
    "Shri Arindam Bagchi, Official Spokesperson: Thank you Yatin. As you know, EAM was in "
    "Tashkent yesterday. During the visit EAM called on the President of Uzbekistan and held "
    "talks with his counterpart. {relay}\n"
)


def test_post_by_initials_in_a_spokesperson_answer_relays_the_minister() -> None:
    text = _MEA_BRIEFING.format(
        relay="EAM reiterated India's commitment to connectivity through the Chabahar port."
    )
    assert_statements(
        text,
        datetime.date(2023, 3, 2),
        [
            ("Arindam Bagchi", "Thank you Yatin. As you know", "2023-03-02"),
            ("Jaishankar", "India's commitment to connectivity", "2023-03-01"),
        ],
    )


def test_briefer_speaking_for_the_ministry_keeps_the_answer() -> None:
    # (near miss: the same answer in the briefer's own voice relays no one)
    text = _MEA_BRIEFING.format(relay="We see Uzbekistan as an important partner in Central Asia.")
    assert_statements(
        text,
        datetime.date(2023, 3, 2),
        [
            ("Arindam Bagchi", "Thank you Yatin. As you know", "2023-03-02"),
        ],
    )


_READOUT = (
    "Foreign Secretary meets Baltic counterparts\n\n"
    "Press release\n\n"
    "Readout of the Foreign Secretary's meeting with the Baltic foreign ministers in Riga.\n\n"
    "A spokesperson from the Foreign, Commonwealth and Development Office said:\n\n"
    "The Foreign Secretary James Cleverly met the foreign ministers of Estonia, Latvia and "
    "Lithuania in Riga on Monday, 6 March 2023, to discuss regional security. {second}\n\n"
    "Published 6 March 2023\n"
)


def test_pronoun_telling_what_the_minister_said_in_a_spokespersons_readout() -> None:
    text = _READOUT.format(
        second="He stressed that the UK will keep its troops in Estonia for as long as needed."
    )
    assert_statements(
        text,
        _DAY,
        [
            (
                "Foreign, Commonwealth and Development Office",
                "The Foreign Secretary James Cleverly met",
                "2023-03-06",
            ),
            ("James Cleverly", "the UK will keep its troops", "2023-03-06"),
        ],
    )


def test_readout_with_no_words_of_the_ministers_stays_whole() -> None:
    # (near miss: a second sentence telling what was discussed is the readout's own)
    text = _READOUT.format(
        second="The ministers discussed energy security and support for Ukraine."
    )
    assert_statements(
        text,
        _DAY,
        [
            (
                "Foreign, Commonwealth and Development Office",
                "The Foreign Secretary James Cleverly met",
                "2023-03-06",
            ),
        ],
    )


def test_merit_recognised_in_a_readout_is_said() -> None:
    text = (
        "Foreign Secretary meets Moldovan counterpart\n\n"
        "Press release\n\n"
        "Foreign Secretary James Cleverly met Moldovan Foreign Minister Nicu Popescu in "
        "London on Monday.\n\n"
        "Mr Cleverly recognised Moldova's remarkable generosity towards refugees from "
        "Ukraine. The ministers also recognised the independence of the new electoral "
        "commission.\n\n"
        "Published 6 March 2023\n"
    )
    # (near miss in the same page: a body's standing recognised is a deed, no words)
    assert_statements(
        text,
        _DAY,
        [("James Cleverly", "recognised Moldova's remarkable generosity", "2023-03-06")],
    )


def test_steps_cited_in_a_noon_briefing_relay_are_the_relayed_speakers() -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "6 March 2023\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
        "Dujarric, Spokesman for the Secretary-General.\n\n"
        "The Emergency Relief Coordinator, Martin Griffiths, briefed the "
        "Security Council this morning on Syria. He said that the earthquake had made a "
        "dire situation even worse.\n\n"
        "He also cited three urgent steps, including the opening of more crossing points "
        "and the scaling up of funding. He also cited the report of the board of inquiry.\n\n"
        "Turning to Haiti, I can tell you that our colleagues continue to deliver aid.\n"
    )
    got = [
        (s.speaker, s.text[:40])
        for s in extract(text, published=_DAY)
        if s.speaker == "Martin Griffiths"
    ]
    # (near miss: a report cited is a source named, no words of his)
    assert got == [
        ("Martin Griffiths", "the earthquake had made a dire situation"),
        ("Martin Griffiths", "three urgent steps, including the openin"),
    ], got
