"""A readout "according to the statement made by" a body is that body's, as one "issued by" or
"released by" it is; and a government's directorate ("the Presidency's Directorate of
Communications", "Turkey's Communications Directorate") is a body that speaks, not a person
called "Directorate". Sentences written here in the manner of Turkish English-language
outlets' phone-call stories; each expected statement is checked for its speaker, its first
words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 5, 10)

MADE_BY = (
    "Erdogan holds phone call with Dutch premier\n\n"
    "President Recep Tayyip Erdogan on Wednesday held a phone conversation with Dutch Prime "
    "Minister Mark Rutte.\n\n"
    "According to the statement made by the Foreign Ministry, trade ties and the war in Sudan "
    "were discussed between the two leaders.\n"
)
DIRECTORATE = MADE_BY.replace(
    "the Foreign Ministry", "the Presidency's Directorate of Communications"
)
# the directorate named before its subject's own verb: the statement says what the president
# said, the directorate only relays it
RELAYED = (
    "President Recep Tayyip Erdogan on Wednesday held a phone conversation with Dutch Prime "
    "Minister Mark Rutte.\n\n"
    "According to a statement by Turkey's Communications Directorate, Erdogan said that "
    "Ankara was ready to host new talks.\n"
)
# near miss: a directorate named as the place where something happened, with no verb of
# saying: no one speaks
PLACE = (
    "Protesters gathered outside the Presidency's Directorate of Communications in Ankara on "
    "Wednesday, and police closed the road.\n"
)


def test_statement_made_by_a_body() -> None:
    assert_statements(
        MADE_BY, PUBLISHED, [("Foreign Ministry", "trade ties and the war", "2023-05-10")]
    )


def test_directorate_speaks() -> None:
    assert_statements(
        DIRECTORATE,
        PUBLISHED,
        [("Presidency's Directorate of Communications", "trade ties and the war", "2023-05-10")],
    )


def test_directorate_relays_the_president() -> None:
    assert_statements(
        RELAYED,
        PUBLISHED,
        [("Recep Tayyip Erdogan", "Ankara was ready to host", "2023-05-10")],
    )


def test_directorate_as_a_place_says_nothing() -> None:
    assert_statements(PLACE, PUBLISHED, [])
