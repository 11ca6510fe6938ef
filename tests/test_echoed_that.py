""" "X echoed that ...": another's point said again is a statement of X's.

Readouts of talks (Xinhua's, a ministry's) report the second leader's answer so: "Lula
echoed that dialogue is the only way out." The verb was no verb of saying, and the answer was
lost; "echoed calls for a truce" names the words as a thing and stays no statement of its
own (a near miss, as before). Stories written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 11, 20)
LEAD = (
    "BRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian "
    "President Luiz Inacio Lula da Silva in Brasilia on Wednesday.\n\n"
    "Xi stressed that China's position on the crisis is objective and consistent. "
)


def test_echoed_that_is_a_statement() -> None:
    found = extract(LEAD + "Lula echoed that dialogue is the only way out.\n", published=WEDNESDAY)
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        ("Xi Jinping", "China's position on the crisis is objective and consistent", "2024-11-20"),
        ("Luiz Inacio Lula da Silva", "dialogue is the only way out", "2024-11-20"),
    ]


def test_echoed_calls_for_names_no_words() -> None:
    text = LEAD + "Lula echoed calls for a ceasefire at the meeting of the BRICS group.\n"
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Xi Jinping"]
