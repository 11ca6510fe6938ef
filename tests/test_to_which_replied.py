"""'"...," X told Y, to which the president replied that ...': Y answers, on the spot.

The reply in a relative clause ("to which") had been read as background (the relative's
object, as in "the poisoning, which Britain has blamed on Moscow"), and lost; "the
president" that replies answers the one who spoke last, not himself; and the answer was
given when the words it answers were. Articles written here, in the manner of Politico.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

SATURDAY = datetime.date(2023, 11, 18)


def test_the_reply_is_the_other_presidents_on_the_day_of_the_words() -> None:
    text = (
        "Biden and Xi agree to restore military talks\n\n"
        "President Joe Biden hosted President Xi Jinping at a country estate south of San "
        "Francisco on Saturday and told reporters the talks had been productive.\n\n"
        "A day earlier, the two leaders dined with business executives in the city.\n\n"
        '"Let\'s keep the phone lines open," Xi told Biden on Thursday as the dinner ended, to '
        "which the president replied that he would call whenever needed.\n"
    )
    assert_statements(
        text,
        SATURDAY,
        [
            ("Joe Biden", "the talks had been productive", "2023-11-18"),
            ("Xi Jinping", "Let's keep the phone lines open", "2023-11-16"),
            ("Joe Biden", "he would call whenever needed", "2023-11-16"),
        ],
    )
