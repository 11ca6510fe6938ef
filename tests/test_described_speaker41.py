"""A description of the speaker ("the top diplomat", "the foreign secretary") goes to the one
person the story has named who can hold the post: a bare surname given before, who speaks in
the lines just after; one named after a crawl's date line, which is no title of theirs. With
two such people ahead it stays unresolved. The day a paragraph reached with other news is no
occasion of the speaker's for words in other paragraphs. Stories written here, in the manner
of wire and newspaper copy."""

import datetime
from pathlib import Path

from tests.statement_checks import assert_statements, ingested_statements
from tracker.extract import extract

# a bare surname as the subject of a sentence of no saying, then the post described
SURNAME_THEN_TOP_DIPLOMAT = (
    "Wadephul spoke on Monday evening in an interview with a public broadcaster, "
    "reviewing Berlin's policy in the Middle East after the chancellor's trip to Cairo.\n\n"
    "Talks with Egypt remain the key to any settlement in Gaza, the top diplomat said, "
    "adding that Chancellor Merz had chosen Cairo because Germany values its partners in "
    "the region.\n\n"
    "Relations with Israel are close but not without criticism, Wadephul added.\n"
)
# two bare surnames speak in the lines ahead: no telling which is the top diplomat
TWO_SURNAMES_AHEAD = (
    "Wadephul and Pistorius spoke on Monday evening in an interview with a public "
    "broadcaster, reviewing Berlin's policy after the chancellor's trip to Cairo.\n\n"
    "Talks with Egypt remain the key to any settlement in Gaza, the top diplomat said, "
    "adding that Chancellor Merz had chosen Cairo because Germany values its partners.\n\n"
    "Relations with Israel are close, Pistorius said. The army needs more money, "
    "Wadephul said.\n"
)
# a crawl's date line glued to the opening surname; the next paragraph reaches Tuesday
CRAWL_DATE_THEN_FOREIGN_SECRETARY = (
    " date 2025-03-20 Lammy said: \u201cI condemn those remarks and I ask the Israeli "
    "minister to take them back.\u201d\n\n"
    "The truce between Israel and Hamas collapsed Tuesday as Israeli jets struck targets "
    "across the Gaza Strip. The foreign secretary urged both sides to return to talks and "
    "said: \u201cWe were close to peace in January. We are far from it now.\u201d\n\n"
    "Lammy also confirmed that a British aid worker was hurt when a UN building in Gaza "
    "was hit Wednesday.\n"
)
# the speaker's own day, told with the attribution, still carries to his words below
OWN_DAY_CARRIES = (
    "LONDON - Foreign Secretary David Lammy said on Tuesday: \u201cWe were close to peace "
    "in January. We are far from it now.\u201d\n\n"
    "He urged both sides to return to talks.\n\n"
    "\u201cThere is no military solution,\u201d Lammy added.\n"
)


def test_bare_surname_named_before_is_the_top_diplomat() -> None:
    assert_statements(
        SURNAME_THEN_TOP_DIPLOMAT,
        datetime.date(2025, 5, 20),
        [
            ("Wadephul", "Talks with Egypt remain", "2025-05-19"),
            ("Wadephul", "Chancellor Merz had chosen", "2025-05-19"),
            ("Wadephul", "Relations with Israel", "2025-05-19"),
        ],
    )


def test_two_surnames_ahead_leave_the_description_unresolved() -> None:
    got = [s.speaker for s in extract(TWO_SURNAMES_AHEAD, published=datetime.date(2025, 5, 20))]
    assert got[0] == "the top diplomat", got


def test_crawl_date_is_no_title_and_paragraph_day_stays_there(tmp_path: Path) -> None:
    got = [
        (s["speaker"], s["text"][:24], s["said_on"])
        for s in ingested_statements(
            tmp_path, CRAWL_DATE_THEN_FOREIGN_SECRETARY, datetime.date(2025, 3, 20)
        )
    ]
    assert [speaker for speaker, _, _ in got] == ["Lammy"] * len(got), got
    assert got[0][2] == "2025-03-20", got  # the lead's own words: the page's day
    assert got[-1][2] == "2025-03-20", got  # after Wednesday's strike: not Tuesday


def test_own_day_still_carries_to_later_words() -> None:
    assert_statements(
        OWN_DAY_CARRIES,
        datetime.date(2025, 3, 20),
        [
            ("David Lammy", "We were close to peace", "2025-03-18"),
            ("David Lammy", "urged both sides", "2025-03-18"),
            ("David Lammy", "There is no military solution", "2025-03-18"),
        ],
    )


# the surname only as an object before the description: no one it could mean
SURNAME_AS_OBJECT = (
    "Asked about Wadephul, the top diplomat said talks with Egypt remained the key to any "
    "settlement in Gaza.\n\n"
    "Relations with Israel are close but not without criticism, Wadephul added.\n"
)


def test_surname_only_as_an_object_is_not_the_top_diplomat() -> None:
    got = [s.speaker for s in extract(SURNAME_AS_OBJECT, published=datetime.date(2025, 5, 20))]
    assert got[0] == "the top diplomat", got
