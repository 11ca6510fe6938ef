"""A multilateral body's page listing its statements, each under the day it was issued: the
paragraphs opening with the body the title names, in its own name and the present ("The
Union is deeply concerned ...", "ECOWAS condemns ..."), are its statements with no verb of
saying, each on the day above it. Pages written here in the manner of such a site."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PAGE = (
    "ECOWAS Commission Statements\n\n"
    "14 March 2023\n\n"
    "ECOWAS is deeply concerned over the renewed clashes in the border region, which have "
    "displaced thousands of families. We call on all parties to exercise restraint.\n\n"
    "02 February 2023\n\n"
    "ECOWAS Chair's Statement on the Elections 02 February 2023\n\n"
    "ECOWAS denounces and strongly regrets the postponement of the presidential election, "
    "despite repeated appeals by member states for the timetable to be kept.\n\n"
    "20 January 2023\n\n"
    "ECOWAS welcomes the release of the detained journalists and urges the authorities to "
    "guarantee freedom of the press.\n"
)


def _read(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.said_on, " ".join(s.text.split()[:3]))
        for s in extract(text, published=datetime.date(2023, 3, 14))
    ]


def test_each_paragraph_in_the_bodys_own_name_is_its_statement_on_its_day():
    got = _read(PAGE)
    assert ("ECOWAS", "2023-03-14", "ECOWAS is deeply") in got
    assert ("ECOWAS", "2023-02-02", "ECOWAS denounces and") in got
    assert ("ECOWAS", "2023-01-20", "ECOWAS welcomes the") in got


def test_the_words_after_its_verb_are_no_statement_of_their_own():
    # ("denounces" is no verb of saying here: the whole paragraph is the body's)
    got = _read(PAGE)
    assert not any(text.startswith("and strongly") for _, _, text in got)


def test_a_body_the_title_does_not_name_is_read_as_any_story():
    page = PAGE.replace("ECOWAS Commission Statements", "Regional News Digest")
    got = _read(page)
    assert ("ECOWAS", "2023-01-20", "ECOWAS welcomes the") not in got
