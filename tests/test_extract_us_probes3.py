"""Failure classes found on PolNeAR train's recorded speakers (issue 8), each test in new
words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SUNDAY = datetime.date(2016, 3, 20)


def test_a_headline_in_title_case_with_lower_case_joins_is_still_a_headline() -> None:
    # "Cruz Refuses to Disavow Lindsey Graham Endorsement.": a headline with "to" in lower
    # case was not read as one, and "Lindsey Graham Endorsement" became a person
    text = (
        "Kasich Declines to Reject Nikki Haley Endorsement.\n\n"
        "Gov. John Kasich declined to reject the endorsement of Gov. Nikki Haley.\n\n"
        '"He is the steadiest hand in the race," Haley told reporters.'
    )
    found = extract(text, published=SUNDAY)
    assert [s.speaker for s in found] == ["Nikki Haley"]


def test_a_church_is_a_body_not_a_person() -> None:
    # "Solomon Missionary Baptist Church" was read as a person's name, who spoke
    text = (
        "The Rev. Ann Kingsley of Greater Hope Missionary Baptist Church said the doors "
        "remain open."
    )
    found = extract(text, published=SUNDAY)
    assert [s.speaker for s in found] == ["Ann Kingsley"]


def test_a_day_opening_a_sentence_about_a_plan_is_no_occasion() -> None:
    # "On Monday, Graham—who ...— will headline a fundraiser": the plan's day became the
    # day of everything Graham said in the story
    text = (
        "Sen. Nikki Haley has come out in support of Kasich, the pick of many insiders.\n\n"
        "“I think the best alternative is John Kasich,” Haley told CNN.\n\n"
        "On Monday, Haley—who had earlier backed another governor— will headline a "
        "fundraiser for the Ohio governor.\n\n"
        "“The answer is to focus on what unites us,” Haley said."
    )
    found = extract(text, published=SUNDAY)
    assert [s.said_on for s in found] == ["2016-03-20", "2016-03-20"]


def test_a_day_opening_a_sentence_of_saying_is_its_day() -> None:
    # guard (passes before): "On Monday, X told CNN that ..." is Monday's
    text = "On Monday, Haley told CNN that she was the best choice."
    found = extract(text, published=SUNDAY)
    assert [s.said_on for s in found] == ["2016-03-14"]


def test_promising_vowing_and_pledging_in_any_tense_are_promises() -> None:
    # "Trump is promising to create a big spectacle": only the past forms were read (a
    # present "promises" takes a gift as often as words: "promises Kyiv more help")
    for text in (
        "Governor Ann Vale is promising to cut the state sales tax.",
        "Governor Ann Vale, vowing to cut the state sales tax, said the budget was sound.",
    ):
        found = extract(text, published=SUNDAY)
        assert found and found[0].speaker == "Ann Vale", text
    # an adjective is no promise
    assert extract("It was a promising start for the campaign.", published=SUNDAY) == []


def test_may_and_will_are_names_where_a_name_stands() -> None:
    # "Prime Minister Theresa May said ...", "Rep. Will Hurd said ...": the auxiliaries (and
    # the month) left no name, and the statements were lost
    for text, speaker in (
        ("Prime Minister Nora May said on Thursday that the bill would pass.", "Nora May"),
        ("Rep. Will Ortega said the wall was a bad idea.", "Will Ortega"),
    ):
        found = extract(text, published=SUNDAY)
        assert [s.speaker for s in found] == [speaker], text
    # a month stays a month: "in early May" names no one
    assert extract("The talks began in early May.", published=SUNDAY) == []
