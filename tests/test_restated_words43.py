""" "Repeating previous statements by X", "echoing earlier warnings from Y": words set
beside earlier ones are said now; "previous" dates only the earlier words, not the
statement it stands in, with or without a determiner before it. "In a previous
interview" (no verb of restating) still tells words given before. Pages written here, in
the manner of a Gulf daily's report from New York."""

import datetime

from tests.statement_checks import assert_statements

RESTATED = (
    "JEDDAH: Bahrain's Foreign Minister Abdullatif Al-Zayani on Thursday said the Gulf "
    "states would not accept threats to shipping in the Strait of Hormuz.\n\n"
    "\u201cFreedom of navigation is not open to negotiation,\u201d Al-Zayani said at a forum "
    "in New York, repeating previous statements by Bahrain and its neighbours that Iran is "
    "arming militias in the region.\n"
)

# the near miss: no verb of restating; words of an earlier interview
EARLIER_INTERVIEW = (
    "JEDDAH: Bahrain's Foreign Minister Abdullatif Al-Zayani on Thursday said the Gulf "
    "states would not accept threats to shipping in the Strait of Hormuz.\n\n"
    "In a previous interview, Al-Zayani said the talks with Tehran had made no progress.\n"
)


def test_repeating_previous_statements_is_said_now() -> None:
    assert_statements(
        RESTATED,
        datetime.date(2024, 5, 23),
        [
            ("Abdullatif Al-Zayani", "the Gulf states would not", "2024-05-23"),
            ("Abdullatif Al-Zayani", "Freedom of navigation", "2024-05-23"),
        ],
    )


def test_a_previous_interview_is_still_earlier() -> None:
    assert_statements(
        EARLIER_INTERVIEW,
        datetime.date(2024, 5, 23),
        [
            ("Abdullatif Al-Zayani", "the Gulf states would not", "2024-05-23"),
            ("Abdullatif Al-Zayani", "the talks with Tehran", "../2024-05-23"),
        ],
    )
