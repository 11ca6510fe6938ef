"""A verb of saying after a word of aspect ("has been saying", "keeps insisting", "continues
to warn", "has taken to saying"): the saying carried on or taken up is the subject's own, as
"is saying" is; a passive ("has been told that") names no one who speaks."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2016, 6, 14)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_has_been_saying_is_the_subjects_statement() -> None:
    got = _said(
        "WASHINGTON (AP) \u2014 Senator Chuck Grassley has been saying that the Senate "
        "will not hold hearings on any nominee before the election."
    )
    assert got == [
        (
            "Chuck Grassley",
            "the Senate will not hold hearings on any nominee before the election",
        )
    ]


def test_continues_to_insist_and_keeps_warning() -> None:
    got = _said(
        "Bernie Sanders is struggling to put a consistent face on the balancing act. He "
        "continues to insist that he will fight on to the July convention in Philadelphia.\n\n"
        "Paul Ryan keeps warning that the party cannot win the White House without Latino "
        "voters."
    )
    assert got == [
        ("Bernie Sanders", "he will fight on to the July convention in Philadelphia"),
        ("Paul Ryan", "the party cannot win the White House without Latino voters"),
    ]


def test_taken_to_saying_and_began_arguing() -> None:
    got = _said(
        "Jeb Bush has taken to saying that the front-runner is not a serious candidate for "
        "the presidency.\n\nMarco Rubio began arguing that the nominee must be able to unite "
        "the party in November."
    )
    assert [speaker for speaker, _ in got] == ["Jeb Bush", "Marco Rubio"]
    assert got[0][1].startswith("the front-runner is not a serious candidate")
    assert got[1][1].startswith("the nominee must be able to unite the party")


def test_passive_after_been_names_no_speaker() -> None:
    # near miss: "been" before a past participle is a passive, the subject the one told
    assert (
        _said(
            "Senator Chuck Grassley has been told that the Senate will not hold hearings on any "
            "nominee before the election."
        )
        == []
    )
    assert _said("It has been said that the nominee will not get a hearing this year.") == []
