"""Xinhua's English "Earlier on the day, X said ...": the day the story has reached, as
"earlier in the day" is (a Monday morning page telling Sunday's visit: Sunday, not a day
before the page's); "later on the evening" likewise. "Earlier on the day of the vote" names
an event's day the phrase does not give. Stories written here, in the manner of Xinhua's
English service; each expected statement is checked for its speaker, its first words and
its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 8, 26)

EARLIER_ON_THE_DAY = (
    "Iraqi FM calls for dialogue in Gulf\n\n"
    "Source:Xinhua Published: 2019/8/26 09:12:40\n\n"
    "Iraqi Foreign Minister Mohamed Ali Alhakim on Sunday called for dialogue among the "
    "countries of the Gulf during a visit to Muscat.\n\n"
    "Earlier on the day, Omani Foreign Ministry Spokesman Khalid al-Harthi said that "
    "Alhakim had come at the invitation of his Omani counterpart.\n\n"
    "Later on the evening, Alhakim told reporters that Baghdad would host a regional "
    "meeting before the end of the year.\n"
)
# near miss: the day of an event the phrase does not give
EARLIER_ON_THE_DAY_OF = (
    "Iraqi FM calls for dialogue in Gulf\n\n"
    "Source:Xinhua Published: 2019/8/26 09:12:40\n\n"
    "Iraqi Foreign Minister Mohamed Ali Alhakim on Sunday called for dialogue among the "
    "countries of the Gulf during a visit to Muscat.\n\n"
    "Earlier on the day of the parliamentary vote, Omani Foreign Ministry Spokesman Khalid "
    "al-Harthi has said that the talks would go on.\n"
)


def test_earlier_on_the_day() -> None:
    assert_statements(
        EARLIER_ON_THE_DAY,
        PUBLISHED,
        [
            ("Mohamed Ali Alhakim", "called for dialogue among", "2019-08-25"),
            ("Khalid al-Harthi", "Alhakim had come at the invitation", "2019-08-25"),
            ("Mohamed Ali Alhakim", "Baghdad would host a regional", "2019-08-25"),
        ],
    )


def test_earlier_on_the_day_of_an_event() -> None:
    assert_statements(
        EARLIER_ON_THE_DAY_OF,
        PUBLISHED,
        [
            ("Mohamed Ali Alhakim", "called for dialogue among", "2019-08-25"),
            ("Khalid al-Harthi", "the talks would go on", "../2019-08-26"),
        ],
    )
