"""Round thirty-nine, official pages: a briefer reading out another's statement ("Let me
read you yesterday's statement by Foreign Minister X:") gives that person's words, made on
the day the line tells, and the briefer speaks again once the quotation closes. In new words,
in the style of a ministry's daily briefing."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

READ_OUT = """\
Daily Press Briefing

Statements made by
the Ministry of Foreign Affairs Spokesperson

(Paris, March 12, 2008)


Let me read you yesterday’s statement by Foreign Minister Kouchner:

“I learned with great sadness of the floods that have struck the north of Mozambique.

France stands ready to send emergency teams at the request of the authorities.”


Let me read you a statement by Foreign Minister Kouchner:

“I welcome the release of the two aid workers held in Darfur since January.

France thanks all those who worked for this outcome.”
"""


def test_a_statement_read_out_at_a_briefing_is_its_authors() -> None:
    assert_statements(
        READ_OUT,
        datetime.date(2008, 3, 12),
        [
            ("Kouchner", "I learned with great sadness", "2008-03-11"),
            ("Kouchner", "I welcome the release of the two", "2008-03-12"),
        ],
    )


READ_THEN_OWN = """\
Daily Press Briefing

Statements made by
the Ministry of Foreign Affairs Spokesperson

(Paris, March 12, 2008)

I would like to read out a statement issued yesterday by the Minister of State for \
Cooperation, Jean-Marie Bockel, on the situation in Chad:

"I condemn the attack on the convoy near Abeche.

France calls on all sides to show restraint."

Lebanon

France is concerned by the renewed delay of the presidential election in Lebanon. We call on \
all parties to act responsibly.
"""


def test_the_briefer_speaks_again_under_the_next_heading() -> None:
    """The minister's read-out ends with its quotation: the topic below is the ministry's."""
    assert_statements(
        READ_THEN_OWN,
        datetime.date(2008, 3, 12),
        [
            ("Jean-Marie Bockel", "I condemn the attack on the convoy", "2008-03-11"),
            ("French Foreign Ministry", "France is concerned by the renewed", "2008-03-12"),
        ],
    )


NO_STATEMENT_READ = """\
Daily Press Briefing

Statements made by
the Ministry of Foreign Affairs Spokesperson

(Paris, March 12, 2008)


Let me read you the list of yesterday’s participants:

“The ministers of Germany, Italy and Spain attended the meeting in Brussels.”
"""


def test_a_line_reading_out_no_ones_statement_names_no_author() -> None:
    """Near miss (the same on the starting code): no statement by anyone is read out, so
    the quoted paragraph stays the spokesperson's, on the briefing's day."""
    assert_statements(
        NO_STATEMENT_READ,
        datetime.date(2008, 3, 12),
        [("French Foreign Ministry", "The ministers of Germany", "2008-03-12")],
    )


LABELLED = """\
Press Conference by Press Secretary KOBAYASHI Maki

Wednesday, March 6, 2024, 4:01 p.m.

Opening Remarks

Press Secretary: Let me read you yesterday's statement by Foreign Minister KAMIKAWA Yoko:

"Japan deplores the launch of a ballistic missile by North Korea. Japan will keep working \
closely with the United States and the Republic of Korea."

Press Secretary: That is all from me.

Reporter: Has Japan lodged a protest?

Press Secretary: Yes, we lodged a protest through our embassy in Beijing.
"""


def test_a_labelled_briefer_reading_a_ministers_statement() -> None:
    """The read-out line stands in the press secretary's labelled turn; her answers below
    are hers again."""
    assert_statements(
        LABELLED,
        datetime.date(2024, 3, 6),
        [
            ("Yoko Kamikawa", "Japan deplores the launch", "2024-03-05"),
            ("Maki Kobayashi", "Yes, we lodged a protest", "2024-03-06"),
        ],
    )
