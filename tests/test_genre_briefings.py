"""English regular press briefings of foreign ministries and international bodies (issue 8),
as pages: full transcripts and the digests outlets write of them. A layout handled as a whole:
a failure there loses every statement of the briefing.

Every text here is invented, written in the manner of those pages. Each case lists the
statements expected, exactly: speaker, first words and day.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

# A digest of a spokesman's daily call: the reporter's sentence naming him ends in a pointer
# to his answers ("Below are his main answers."), each quoted under its topic, on a line of
# its own or before the quote on the same line.
DIGEST_POINTER_AFTER_SENTENCE = """\
Kremlin call: Peskov on the Danube port strike and the talks in Istanbul

The Kremlin's spokesman, Dmitry Peskov, took questions from journalists on his daily call \
on Tuesday. Below are his main answers.

On the strike on the Danube port:

"The President has been briefed. The military are reporting to him on the situation."

On the talks in Istanbul: "Our delegation is ready. It is up to the Ukrainian side."
"""

# A news site's list of a weekly briefing's points: "made by" the spokesperson, each topic
# before its quote on one line.
DIGEST_POINTS_MADE_BY = """\
MEA weekly briefing: what the spokesperson said

New Delhi, March 6: The External Affairs Ministry held its weekly media briefing on Thursday. \
Here are the key points made by Official Spokesperson Randhir Jaiswal:

On the Foreign Secretary's visit to Dhaka: "The talks were frank and constructive. We raised \
the safety of minorities."

On students in Ukraine: "All those who wanted to return have returned safely."
"""

# A wire's takeaways under bare topic words ("Gaza:"), the pronoun pointing back to the
# briefer named in the sentence before.
DIGEST_TAKEAWAYS_HIS = """\
State Department briefing: the main takeaways

Deputy spokesperson Vedant Patel briefed reporters on Wednesday. Here are the main takeaways \
from his remarks:

Sudan: "We continue to press both parties to return to the table in Jeddah."

Haiti: "The multinational mission needs funding now, not next year."
"""

# A state broadcaster's bulleted digest, the pointer a line of its own below the sentence
# naming the briefing, naming the briefer in full.
DIGEST_BULLETS_BY = """\
Foreign ministry on tariffs and the South China Sea

Beijing, April 10 (CGTN) - China's foreign ministry held its regular press conference on \
Thursday.

Here are some of the key statements by Chinese Foreign Ministry spokesperson Lin Jian:

• On tariffs: "A trade war has no winners. China will see it through to the end."

• On the South China Sea: "The Philippines must stop infringing on China's sovereignty."
"""

# The pointer names the briefer by surname ("from Zakharova's briefing"), the sentence above
# in full.
DIGEST_SURNAME_POSSESSIVE = """\
Zakharova on Moldova and Armenia

Russian Foreign Ministry spokeswoman Maria Zakharova held her weekly briefing in Moscow on \
Wednesday.

Below are the main quotes from Zakharova's briefing:

On Moldova: "Chisinau is being turned into a tool of Western policy against Russia."

On Armenia:

"We expect Yerevan to weigh the consequences of each step it takes."
"""

# A digest's bulleted list, the points in the outlet's words or quoted: each item his.
DIGEST_BULLETED_POINTS = """\
The Kremlin's daily call: key takeaways

Kremlin spokesman Dmitry Peskov spoke to journalists on Thursday. Here are the main points \
from his remarks:

- Moscow has received no proposals on a prisoner exchange.
- The President will not attend the summit in person.
- "Our position on the talks has not changed."
"""

# A digest titled as one ("Main points of X's weekly briefing"), its quotes under topics.
DIGEST_TITLED_MAIN_POINTS = """\
Main points of Zakharova's weekly briefing

MOSCOW, March 20 - Russian Foreign Ministry spokeswoman Maria Zakharova held her weekly \
briefing on Wednesday.

On Moldova: "Chisinau has chosen confrontation with everything Russian."

On the Baltic states: "These are not independent decisions, they are dictated from outside."
"""

# "Key statements:" alone on a line below the sentence naming the one briefer; a topic that
# names another person ("On the interview with X:") does not make the quote his.
DIGEST_BARE_KEY_STATEMENTS = """\
Peskov on the interview and the vote

Kremlin press secretary Dmitry Peskov answered journalists' questions on Monday.

Key statements:

On the interview with Tucker Carlson: "The President agreed because this approach differs \
from that of the Western media."

On the elections: "The vote will be held in a transparent way."
"""

# Near-miss: "Key statements:" below a sentence naming two leaders; each quote is the one
# its attribution names.
KEY_STATEMENTS_TWO_LEADERS = """\
Erdogan and Putin in Sochi

Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin met in Sochi on \
Monday.

Key statements:

On grain: "We will not return to the deal until our demands are met," Putin said.

On Gaza: "The killing of civilians must stop," Erdogan said.
"""

# A US outlet's pointer: "Here's what he said:", or by surname ("Here is what Kirby said").
DIGEST_WHAT_HE_SAID = """\
Kirby on the hostages and the aid package

National Security Council spokesman John Kirby briefed reporters at the White House on \
Thursday. Here's what he said:

On the hostages: "We want every one of them home, and we are working on it every hour."

On Ukraine: "The money has run out. Congress needs to act now."
"""

DIGEST_WHAT_SURNAME_SAID = """\
Jean-Pierre on the strike and the border

White House press secretary Karine Jean-Pierre held her daily briefing on Friday. Here is \
what Jean-Pierre said on each topic:

- "The President supports the workers' right to organize."
- "Congress has a bipartisan border deal in front of it."
"""

# Near-miss: "Here's what we know:" is the reporter's pointer to facts, no one's words.
WHAT_WE_KNOW = """\
Storm hits the capital

Foreign Minister Ana Ruiz cut short her visit to Rome on Friday as the storm hit the capital. \
Here's what we know:

- At least 12 people have died, officials say.
- The airport will stay closed until Monday.
"""

# Near-miss: in a digest, a line quoting another person by name and verb is his, not the
# briefer's.
DIGEST_ANOTHER_QUOTED = """\
Kremlin call: the main points

Kremlin spokesman Dmitry Peskov spoke to reporters on Friday. Here are his main statements:

On the talks: "The next round could take place in Istanbul."

Presidential aide Yuri Ushakov replied: "No date has been set yet."
"""

# Near-miss: a summit's takeaways, no one's words pointed to; the topic paragraphs are the
# reporter's, and the one quote is an unnamed diplomat's.
TAKEAWAYS_OF_A_SUMMIT = """\
Paris summit: what was agreed

French President Emmanuel Macron hosted European leaders in Paris on Monday to discuss \
guarantees for Ukraine. Here are the main takeaways:

Air defence: The leaders agreed to speed up deliveries before winter.

Troops: No decision was taken, and "several governments remain opposed", a diplomat said.
"""

# Near-miss: reactions listed under a pointer, each with its own speaker.
REACTIONS_LISTED = """\
World reacts to the ceasefire in Gaza

Israel and Hamas agreed on Wednesday to a ceasefire after 15 months of war. Here are the main \
reactions:

US President Joe Biden: "This deal will halt the fighting and surge humanitarian aid."

UN Secretary-General António Guterres: "I welcome the agreement and commend the mediators."
"""

# Near-miss: a full regular press conference, reporters' outlets as labels; each answer one
# statement of the spokesperson named in the title.
MFA_REGULAR_PRESS_CONFERENCE = """\
Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 12, 2024

CCTV: Can you share more details on the purpose of the visit?

Mao Ning: China and Brazil are comprehensive strategic partners. The two ministers will \
exchange views on bilateral ties.

AFP: Manila says a Chinese ship fired water cannon at its vessel. What is your response?

Mao Ning: The Philippine vessels intruded into waters adjacent to Ren'ai Jiao without \
permission.
"""

# Near-miss: a department briefing with a guest briefer handed the floor mid-way, the
# spokesperson's floor management no statement of its own.
GUEST_BRIEFER = """\
Department Press Briefing – June 5, 2023

Vedant Patel, Principal Deputy Spokesperson
Washington, DC
June 5, 2023

MR PATEL: Good afternoon. We welcome to the podium Ambassador Linda Thomas-Greenfield, back \
from Jamaica. Over to you, Ambassador.

AMBASSADOR THOMAS-GREENFIELD: Thank you, Vedant. The situation in Haiti is dire, and the \
region needs a multinational force.

QUESTION: Which country will lead the force?

AMBASSADOR THOMAS-GREENFIELD: We are talking with a number of countries.

QUESTION: On Ukraine, the dam?

MR PATEL: We have seen the reports of the dam's destruction and we are assessing the damage.
"""

CASES = {
    "digest_pointer_after_sentence": (
        DIGEST_POINTER_AFTER_SENTENCE,
        datetime.date(2025, 5, 13),
        [
            ("Dmitry Peskov", "The President has been briefed.", "2025-05-13"),
            ("Dmitry Peskov", "Our delegation is ready.", "2025-05-13"),
        ],
    ),
    "digest_points_made_by": (
        DIGEST_POINTS_MADE_BY,
        datetime.date(2025, 3, 6),
        [
            ("Randhir Jaiswal", "The talks were frank", "2025-03-06"),
            ("Randhir Jaiswal", "All those who wanted", "2025-03-06"),
        ],
    ),
    "digest_takeaways_his": (
        DIGEST_TAKEAWAYS_HIS,
        datetime.date(2023, 9, 13),
        [
            ("Vedant Patel", "We continue to press", "2023-09-13"),
            ("Vedant Patel", "The multinational mission", "2023-09-13"),
        ],
    ),
    "digest_bullets_by": (
        DIGEST_BULLETS_BY,
        datetime.date(2025, 4, 10),
        [
            ("Lin Jian", "A trade war has no winners.", "2025-04-10"),
            ("Lin Jian", "The Philippines must stop", "2025-04-10"),
        ],
    ),
    "digest_surname_possessive": (
        DIGEST_SURNAME_POSSESSIVE,
        datetime.date(2024, 3, 13),
        [
            ("Maria Zakharova", "Chisinau is being turned", "2024-03-13"),
            ("Maria Zakharova", "We expect Yerevan", "2024-03-13"),
        ],
    ),
    "digest_bulleted_points": (
        DIGEST_BULLETED_POINTS,
        datetime.date(2025, 5, 15),
        [
            ("Dmitry Peskov", "Moscow has received no proposals", "2025-05-15"),
            ("Dmitry Peskov", "The President will not attend", "2025-05-15"),
            ("Dmitry Peskov", "Our position on the talks", "2025-05-15"),
        ],
    ),
    "digest_titled_main_points": (
        DIGEST_TITLED_MAIN_POINTS,
        datetime.date(2024, 3, 20),
        [
            ("Maria Zakharova", "Chisinau has chosen", "2024-03-20"),
            ("Maria Zakharova", "These are not independent", "2024-03-20"),
        ],
    ),
    "digest_bare_key_statements": (
        DIGEST_BARE_KEY_STATEMENTS,
        datetime.date(2024, 2, 5),
        [
            ("Dmitry Peskov", "The President agreed because", "2024-02-05"),
            ("Dmitry Peskov", "The vote will be held", "2024-02-05"),
        ],
    ),
    "key_statements_two_leaders": (
        KEY_STATEMENTS_TWO_LEADERS,
        datetime.date(2024, 7, 9),
        [
            ("Vladimir Putin", "We will not return", "2024-07-08"),
            ("Recep Tayyip Erdogan", "The killing of civilians", "2024-07-08"),
        ],
    ),
    "digest_what_he_said": (
        DIGEST_WHAT_HE_SAID,
        datetime.date(2024, 2, 8),
        [
            ("John Kirby", "We want every one of them", "2024-02-08"),
            ("John Kirby", "The money has run out.", "2024-02-08"),
        ],
    ),
    "digest_what_surname_said": (
        DIGEST_WHAT_SURNAME_SAID,
        datetime.date(2024, 2, 9),
        [
            ("Karine Jean-Pierre", "The President supports", "2024-02-09"),
            ("Karine Jean-Pierre", "Congress has a bipartisan", "2024-02-09"),
        ],
    ),
    "what_we_know": (WHAT_WE_KNOW, datetime.date(2024, 2, 9), []),
    "digest_another_quoted": (
        DIGEST_ANOTHER_QUOTED,
        datetime.date(2025, 5, 16),
        [
            ("Dmitry Peskov", "The next round could", "2025-05-16"),
            ("Yuri Ushakov", "No date has been set", "2025-05-16"),
        ],
    ),
    "takeaways_of_a_summit": (TAKEAWAYS_OF_A_SUMMIT, datetime.date(2025, 2, 17), []),
    "reactions_listed": (
        REACTIONS_LISTED,
        datetime.date(2025, 1, 15),
        [
            ("Joe Biden", "This deal will halt", "2025-01-15"),
            ("António Guterres", "I welcome the agreement", "2025-01-15"),
        ],
    ),
    "mfa_regular_press_conference": (
        MFA_REGULAR_PRESS_CONFERENCE,
        datetime.date(2024, 3, 12),
        [
            ("Mao Ning", "China and Brazil are", "2024-03-12"),
            ("Mao Ning", "The Philippine vessels", "2024-03-12"),
        ],
    ),
    "guest_briefer": (
        GUEST_BRIEFER,
        datetime.date(2023, 6, 5),
        [
            ("Linda Thomas-Greenfield", "Thank you, Vedant. The situation", "2023-06-05"),
            ("Linda Thomas-Greenfield", "We are talking with", "2023-06-05"),
            ("Vedant Patel", "We have seen the reports", "2023-06-05"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_briefing_page_gives_each_answer_to_its_speaker(case: str) -> None:
    assert_statements(*CASES[case])


# A spokesperson's turn bringing in a guest briefer, or listing the agenda, says nothing of
# its own: floor management. A sentence of substance keeps the turn a statement.
FLOOR_TURNS = [
    "Good afternoon. We are delighted to have with us today Anna Vogt, the head of the "
    "mission. She will make some brief remarks and then take your questions. Anna, the floor "
    "is yours.",
    "Good afternoon, everybody. As you know, we have the General here with us to talk about "
    "the evacuation. With that, General.",
    "Good morning, everyone. I have three things at the top.",
    "Today we are pleased to welcome to the podium Ambassador Ruth Ames, who is back from "
    "Nairobi. She'll take a few questions and then I'll pick back up.",
    "I'm pleased to welcome here the Foreign Minister of Ghana, who will brief you on the talks.",
    "Good afternoon. The Secretary General will start with opening remarks, and then we'll take "
    "questions.",
    "Good afternoon friends. I have no announcements, so we can go straight to your questions.",
    "There is nothing in particular I have to announce today.",
]
SUBSTANCE_TURNS = [
    "We are pleased to welcome the Council's decision to extend the mission's mandate.",
    "Good afternoon. I have two things at the top. First, we condemn the attack in Kabul.",
    "She will take questions from Congress on the budget next week.",
    "As you know, we have the support of our allies on this.",
    "The talks will start with remarks on the ceasefire, and the envoy hopes for a deal.",
    "We have no announcements on the visit yet, but the invitation stands and we hope he comes.",
]


@pytest.mark.parametrize("turn", FLOOR_TURNS)
def test_bringing_in_a_guest_briefer_is_no_statement(turn: str) -> None:
    from tracker.extract.transcript_paragraphs import is_procedural

    assert is_procedural(turn)


@pytest.mark.parametrize("turn", SUBSTANCE_TURNS)
def test_a_turn_with_substance_stays_a_statement(turn: str) -> None:
    from tracker.extract.transcript_paragraphs import is_procedural

    assert not is_procedural(turn)
