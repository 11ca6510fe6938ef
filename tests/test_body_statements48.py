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


# "condemns", "notes that": verbs a story's reading takes for saying, with the words after
# them as what was said
SAYING_VERBS = (
    "ECOWAS Commission Statements\n\n"
    "14 March 2023\n\n"
    "ECOWAS condemns the attack on the convoy near the border and calls on the authorities "
    "to bring those responsible to justice.\n\n"
    "02 February 2023\n\n"
    "ECOWAS notes that the transition timetable has not been kept and urges the junta to "
    "return to it.\n"
)


def test_the_words_after_its_verb_are_no_statement_of_their_own():
    # the whole paragraph is the body's, and nothing inside it is said again on its own
    assert _read(SAYING_VERBS) == [
        ("ECOWAS", "2023-03-14", "ECOWAS condemns the"),
        ("ECOWAS", "2023-02-02", "ECOWAS notes that"),
    ]


def test_a_newspapers_headline_ending_in_statements_lists_none():
    # a story under a headline that ends in "Statements" or "Releases": its sentences tell
    # what the body does, in the present, and are no statements of the body's
    story = (
        "AU Envoys Divided Over Junta Statements\n\n"
        "ADDIS ABABA (Reuters) - AU envoys on Monday struggled to agree on a reply to the "
        "junta's latest remarks.\n\n"
        "AU is sending observers to the region next month, diplomats said.\n"
    )
    assert not any(text.startswith(("AU envoys", "AU is")) for _, _, text in _read(story))


def test_a_story_under_a_day_line_tells_what_the_body_does():
    dated = (
        "Hezbollah Announces Prisoner Releases\n\n"
        "14 March 2023\n\n"
        "Hezbollah is facing pressure from the United Nations over the detentions.\n\n"
        "Hezbollah holds hundreds of prisoners, according to rights groups.\n"
    )
    assert not any("Hezbollah" in text for _, _, text in _read(dated))


def test_a_body_the_title_does_not_name_is_read_as_any_story():
    page = PAGE.replace("ECOWAS Commission Statements", "Regional News Digest")
    got = _read(page)
    assert ("ECOWAS", "2023-01-20", "ECOWAS welcomes the") not in got
