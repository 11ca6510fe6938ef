"""Round thirty-eight, the lead's last fixes: a meeting one is in town "to attend", "being
held" on a weekday after a long name with its acronym in brackets, is still to come, so its
weekday is no day of the talks told beside it; and ", his spokesman said, and ..." after
a leader's words is a relay of the leader, whose words they stay. In new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract


def test_a_meeting_to_attend_after_a_long_name_is_still_to_come() -> None:
    text = (
        "Moscow, Jun 8 (PTI) India and Russia will step up work on a new shipping corridor, "
        "Defence Minister Rajnath Singh said here today.\n\n"
        "Singh is in Moscow to attend the defence ministers' meeting of the Collective Security "
        "and Cooperation Forum (CSCF) being held on Wednesday. During the talks he told his "
        "host that joint exercises would continue next year, officials said.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 8),
        [
            ("Rajnath Singh", "India and Russia will step up", "2025-06-08"),
            ("Rajnath Singh", "joint exercises would continue", "2025-06-08"),
        ],
    )


def test_a_relay_pointing_back_to_the_subject_keeps_the_words_his() -> None:
    text = (
        "UNITED NATIONS (AP) - NATO Secretary General Mark Rutte praised the agreement as "
        '"a real step towards a durable truce," his spokeswoman said, and urged both sides '
        "to keep the crossings open.\n"
    )
    found = extract(text, published=datetime.date(2025, 3, 4))
    assert [s.speaker for s in found] == ["Mark Rutte"], found


def test_a_time_too_long_ago_dates_nothing_and_the_page_is_read() -> None:
    """ "3000 years ago" (a year before the calendar's first) and "99999999 days ago" (past
    the calendar) made the whole article fail; such a phrase dates no one's words."""
    text = (
        "MOSCOW, May 14 (TASS) - Foreign Minister Sergei Lavrov said on Tuesday that the "
        "steppe had been crossed by traders 3000 years ago.\n\n"
        "Lavrov said 99999999 days ago that the route was open.\n\n"
        "Lavrov said two years ago that the corridor would be built.\n"
    )
    found = extract(text, published=datetime.date(2024, 5, 14))
    assert len(found) == 3, found
    assert (found[0].said_on, found[2].said_on) == ("2024-05-14", "2022"), found
    assert "99999999" not in (found[1].date_evidence or ""), found
