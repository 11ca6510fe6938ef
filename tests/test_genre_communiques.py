"""A regional body's communique as its own site publishes it: the body named with its
meeting ("The Peace and Security Council (PSC) of the African Union (AU), at its 1210th
meeting held on ...,"), recitals ("Noting the briefing by ...", "Further noting ..."), then
"..., the Council:" over numbered decisions, some opened by an adverb ("1. Firmly condemns
..."). Each decision is the body's statement; a recital only says what the body took note
of. Pages written here, in the manner of such sites; each expected statement is checked for
its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

THURSDAY = datetime.date(2025, 12, 4)
BODY = "Peace and Security Council of the African Union"

MEETING_NAMED_WITH_BODY = (
    "Communique of the 1210th meeting of the Peace and Security Council on the situation in "
    "Guinea-Bissau\n\n"
    "Addis Ababa, 4 December 2025\n\n"
    "The Peace and Security Council (PSC) of the African Union (AU), at its 1210th meeting "
    "held on 4 December 2025, on the situation in Guinea-Bissau,\n\n"
    "Noting the briefing by the Commissioner for Political Affairs, Peace and Security;\n\n"
    "Further noting the statement by the representative of the Republic of Guinea-Bissau;\n\n"
    "Acting under Article 7 of its Protocol, the Council:\n\n"
    "1. Firmly condemns the seizure of power by elements of the armed forces and rejects any "
    "unconstitutional change of government;\n\n"
    "2. Calls for the immediate release of all detained officials and the restoration of "
    "constitutional order;\n\n"
    "3. Strongly urges the military authorities to agree with ECOWAS on a short transition "
    "timetable;\n\n"
    "4. Decides to suspend Guinea-Bissau from all activities of the AU until constitutional "
    "order is restored.\n"
)


def test_a_communiques_decisions_opened_by_an_adverb_are_the_bodys() -> None:
    assert_statements(
        MEETING_NAMED_WITH_BODY,
        THURSDAY,
        [
            (BODY, "Firmly condemns the seizure", "2025-12-04"),
            (BODY, "Calls for the immediate release", "2025-12-04"),
            (BODY, "Strongly urges the military", "2025-12-04"),
            (BODY, "Decides to suspend Guinea-Bissau", "2025-12-04"),
        ],
    )


def test_a_body_named_with_its_session_and_place_speaks_its_decisions() -> None:
    page = (
        "COMMUNIQUE\n\n"
        "The Mediation Council of the Sahel Community, at its 9th ordinary session, held in "
        "Niamey,\n\n"
        "Recalling its earlier decisions on the border districts;\n\n"
        "Acting under its founding Protocol, the Council:\n\n"
        "1. Deeply regrets the closure of the border crossings at Makalondi;\n\n"
        "2. Urgently appeals to all parties to reopen the corridor for food convoys.\n"
    )
    body = "Mediation Council of the Sahel Community"
    assert_statements(
        page,
        THURSDAY,
        [
            (body, "Deeply regrets the closure", THURSDAY.isoformat()),
            (body, "Urgently appeals", THURSDAY.isoformat()),
        ],
    )


def test_a_body_the_parser_cannot_name_is_the_one_its_lead_names() -> None:
    # "The Mediation and Security Council of the Economic Community, ...": no body the
    # parser reads; "..., the Council:" above the decisions still says they are a council's
    page = (
        "The Mediation and Security Council of the Economic Community, at its 52nd ordinary "
        "session, held in Abuja,\n\n"
        "Acting under the Protocol on the Mechanism, the Council:\n\n"
        "1. Deeply regrets the withdrawal of three member states from the Community;\n\n"
        "2. Reaffirms its commitment to the free movement of persons and goods.\n"
    )
    found = extract(page, published=THURSDAY)
    assert [s.text.split()[1] for s in found] == ["regrets", "its"]
    assert all(s.speaker.endswith("Council of the Economic Community") for s in found)


def test_a_recalled_statement_is_of_the_day_it_was_issued() -> None:
    # "Recalling the statement issued on 2 December 2025 by the Chairperson ..., in which he
    # firmly condemned ...": the words are of the day the statement bears, not the meeting's
    page = (
        "Communique of the 1210th meeting of the Peace and Security Council\n\n"
        "Addis Ababa, 4 December 2025\n\n"
        "The Peace and Security Council (PSC) of the African Union (AU), at its 1210th meeting "
        "held on 4 December 2025, on the situation in Guinea-Bissau,\n\n"
        "Recalling the statement issued on 2 December 2025 by the Chairperson of the AU "
        "Commission, H.E. Mahmoud Ali Youssouf, in which he firmly condemned the seizure of "
        "power in Bissau;\n\n"
        "Acting under Article 7 of its Protocol, the Council:\n\n"
        "1. Demands the immediate release of all detained officials.\n"
    )
    assert_statements(
        page,
        THURSDAY,
        [
            ("Mahmoud Ali Youssouf", "firmly condemned the seizure", "2025-12-02"),
            (BODY, "Demands the immediate release", "2025-12-04"),
        ],
    )
