"""English agency copy (round 49): "X said, while there were signs ..., it had to be ..." --
a concession with its own subject and finite verb set off right after the verb of saying,
then the main clause, is the words (not a circumstance of the saying, as "said, while
visiting Paris, that ..." is); and a fronted "On the visit of President X in October," is
what the words are about, so its month is the visit's, not the day of saying. Stories
written here in the manner of a national news agency."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2022, 3, 9)
DAY = "2022-03-09"

_CONCESSION_THEN_CLAUSE = (
    "KUALA LUMPUR, March 9 - Foreign Minister Datuk Hamid Rashid spoke to reporters here "
    "today after a cabinet meeting.\n"
    "Hamid said, while there were signs the talks would resume, the dates had to be agreed "
    "by both sides first.\n"
)

_TOPIC_OF_A_VISIT = (
    "KUALA LUMPUR, March 9 - Foreign Minister Datuk Hamid Rashid told reporters here today "
    "that the ministry would open two new consulates.\n"
    "On the visit of the Japanese Prime Minister in June, Hamid said, while the "
    "programme was ready, it could still change.\n"
)

_WHILE_VISITING_THEN_THAT = (
    "KUALA LUMPUR, March 9 - Foreign Minister Datuk Hamid Rashid said today, while visiting "
    "the border post, that security would be tightened.\n"
)


def test_a_concession_set_off_after_said_opens_the_words() -> None:
    assert_statements(
        _CONCESSION_THEN_CLAUSE,
        PUBLISHED,
        [("Hamid Rashid", "while there were signs the talks would resume", DAY)],
    )


def test_the_month_of_a_visit_fronted_as_topic_is_not_the_day_of_saying() -> None:
    assert_statements(
        _TOPIC_OF_A_VISIT,
        PUBLISHED,
        [
            ("Hamid Rashid", "the ministry would open", DAY),
            ("Hamid Rashid", "while the programme was ready", DAY),
        ],
    )


def test_a_participle_of_the_occasion_is_still_no_words() -> None:
    assert_statements(
        _WHILE_VISITING_THEN_THAT,
        PUBLISHED,
        [("Hamid Rashid", "security would be tightened", DAY)],
    )
