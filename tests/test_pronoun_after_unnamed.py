"""'..., he added' goes back to the person named since, not to a source left unnamed before.

"A spokesman for the prime minister said ..." leaves its speaker unnamed, and a '"...," he
said' right after it is that spokesman's. Once a person the story named has spoken since
("The Turkish minister told reporters ..."), the pronoun had still gone back to the unnamed
spokesman, and the minister's last words were dropped with the unnamed source's. (The
second case passed before: a near miss.) Stories written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2024, 2, 20)
LEAD = (
    "ANKARA, Feb 20 (AP) — Turkish Foreign Minister Hakan Fidan held talks in Baghdad on "
    "Tuesday on security and water.\n\n"
    "A spokesman for Iraqi Prime Minister Mohammed Shia al-Sudani said the premier would "
    "visit Ankara in the spring.\n\n"
)


def test_he_added_after_a_named_speaker_is_that_speaker() -> None:
    text = LEAD + (
        "The Turkish minister told reporters that cooperation against the PKK was \u201cthe "
        "key to everything\u201d in relations between the two neighbours.\n\n"
        "\u201cWe have no quarrel with the Iraqi people,\u201d he added.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.text[:14]) for s in found] == [
        ("Hakan Fidan", "cooperation ag"),
        ("Hakan Fidan", "We have no qua"),
    ]


def test_he_added_right_after_the_unnamed_source_stays_unnamed() -> None:
    text = LEAD + "\u201cThe dates are still being discussed,\u201d he added.\n"
    found = extract(text, published=TUESDAY, unnamed=True)
    assert [(s.speaker, s.text[:14]) for s in found] == [
        ("A spokesman for Iraqi Prime Minister Mohammed Shia al-Sudani", "the premier wo"),
        ("A spokesman for Iraqi Prime Minister Mohammed Shia al-Sudani", "The dates are "),
    ]
