"""A state's own name as a sentence's subject is the state, not the surname of a two-word
capitalised run that a page's head or credit line holds (a site's name run together,
"Newsfrom X"); it stays a person's surname for one plainly a person: a known given name
before it, or a post the story gives him."""

import datetime

from tracker.extract import extract

DAY = datetime.date(2023, 3, 7)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=DAY)]


def test_site_name_on_the_head_line_is_no_bearer_of_the_state_name() -> None:
    text = (
        " date 2023-03-07 Dailyfrom Korea\n\n"
        "SEOUL, March 7 -- The government lodged a protest with Tokyo over a new textbook, "
        "officials said.\n\n"
        "Korea insisted that the passages on the islets be withdrawn at once, according to "
        "the foreign ministry's spokesman.\n"
    )
    assert "Dailyfrom Korea" not in _speakers(text)


def test_credit_line_name_not_taken_for_a_state_that_warns() -> None:
    text = (
        "Eyeon Turkey\n\n"
        "ANKARA, March 7 -- Turkey warned on Tuesday that it would not accept any change to "
        "the status of the straits.\n\n"
        '"We will defend the convention," Foreign Minister Mevlut Cavusoglu told reporters.\n'
    )
    assert "Eyeon Turkey" not in _speakers(text)


def test_site_name_not_taken_for_a_state_that_says() -> None:
    text = (
        "Voicesof India\n\n"
        "NEW DELHI: India said it expected its neighbour to act against the groups behind "
        "the attack, the external affairs ministry's statement added.\n\n"
        'India "will not be deterred," the statement said.\n'
    )
    assert "Voicesof India" not in _speakers(text)


def test_near_miss_a_given_name_keeps_the_surname_bearer() -> None:
    # "Jim Jordan ... Jordan said": a known given name, the person still
    text = (
        "Jim Jordan, who chairs the judiciary panel, met the envoy on Monday.\n\n"
        '"We expect answers by Friday," Jordan said on Tuesday.\n'
    )
    assert _speakers(text) == ["Jim Jordan"]


def test_near_miss_a_post_keeps_the_surname_bearer() -> None:
    # a post the story gives him: "Deputy Mayor Tamaz Georgia ... Georgia said" is the man
    text = (
        "Deputy Mayor Tamaz Georgia opened the new bridge over the river on Monday.\n\n"
        '"The city needed this crossing for decades," Georgia said.\n'
    )
    assert _speakers(text) == ["Tamaz Georgia"]
