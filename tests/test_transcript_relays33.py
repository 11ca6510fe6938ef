"""A second clause opening on its occasion, no comma, then a pronoun as its subject ("...,
and in his testimony before the committee he made clear that ..."), in briefings and wire
copy alike (round 25): the pronoun speaks, not the body named in the occasion's words nor
the occasion ("the Senate committee he", "remarks to reporters").

Every text here is invented, written in the manner of those pages. Each case lists the
statements expected, exactly: speaker, first words and day.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

# A State Department briefer's opening paragraph relaying the Secretary's testimony of
# Wednesday, then pointing to it in her own voice; the answer below is hers.
BRIEFER_RELAYS_TESTIMONY = """\
Department Press Briefing - June 12, 2025

Tammy Bruce, Department Spokesperson
Washington, DC

MS BRUCE: Good afternoon. A few things before we start.

As most of you know, Secretary Rubio was on the Hill on Wednesday, and in his testimony \
before the House Foreign Affairs Committee he argued that foreign aid must serve American \
interests first. I would send you to the committee's record for the full exchange.

QUESTION: Thank you. On the budget, will the cuts hit embassies?

MS BRUCE: We are not closing any embassy this year, and I would not speculate beyond that.
"""

# Wire copy: the occasion after "but", with a body named in it, then "she".
WIRE_BUT_AT_THE_HEARING = """\
BRUSSELS, Oct 9 (Wire) - The European Union's foreign policy chief faced lawmakers on \
Thursday.

Kaja Kallas spent the morning with ministers, but at the hearing before the European \
Parliament's foreign affairs committee she warned that sanctions on Moscow would stay until \
the war ended.
"""

# Wire copy: "remarks to reporters" between the conjunction and the pronoun.
WIRE_AND_DURING_REMARKS = """\
ANKARA, Sept 3 (Wire) - Turkey's foreign minister visited the Syrian capital on Tuesday.

Hakan Fidan met the interim authorities in Damascus, and during his remarks to reporters \
he said that Ankara would help rebuild the country's power grid.
"""

CASES = {
    "briefer_relays_testimony": (
        BRIEFER_RELAYS_TESTIMONY,
        datetime.date(2025, 6, 12),
        [
            ("Tammy Bruce", "Good afternoon. A few things", "2025-06-12"),
            ("Rubio", "foreign aid must serve American interests", "2025-06-11"),
            ("Tammy Bruce", "We are not closing any embassy", "2025-06-12"),
        ],
    ),
    "wire_but_at_the_hearing": (
        WIRE_BUT_AT_THE_HEARING,
        datetime.date(2025, 10, 9),
        [("Kaja Kallas", "sanctions on Moscow would stay", "2025-10-09")],
    ),
    "wire_and_during_remarks": (
        WIRE_AND_DURING_REMARKS,
        datetime.date(2025, 9, 3),
        [("Hakan Fidan", "Ankara would help rebuild", "2025-09-03")],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pronoun_after_a_joined_occasion_speaks(name: str) -> None:
    text, published, expected = CASES[name]
    assert_statements(text, published, expected)
