"""A release that sets a speaker's words out below a colon, with no quotation marks ("The
Foreign Secretary, David Lammy, said:", "Foreign Minister X issued the following statement on
3 March:"), may run them over several paragraphs, one point each; each paragraph that goes on
in the speaker's own voice ("We will also ...", "Under our presidency, we intend ...") is a
statement of its own, as the annotation records one per point. The block ends at a paragraph
that is not the speaker's first-person words (the release going on) or that tells of saying
itself; over a readout in the third person ("A spokesperson said:" then "The Foreign
Secretary met ...") the readout stays one statement. Pages written here, in the manner of
gov.uk's and a European foreign ministry's press releases."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2025, 3, 3)

LAMMY = (
    "Press release: Foreign Secretary in Brussels for talks with EU counterparts\n\n"
    "The Foreign Secretary, David Lammy, said:\n\n"
    "We are here to agree new measures against those who supply drones to Russia, and I am "
    "glad that our partners share our resolve. These sanctions will hit the networks that "
    "keep the war going.\n\n"
    "We will also be discussing the situation in the Middle East. We remain determined to "
    "secure a lasting ceasefire and to get far more aid into Gaza.\n\n"
    "{after}"
)
STEINER = (
    "Foreign Minister Klara Steiner issued the following statement on 2 March:\n\n"
    "The events of the past week show that our region faces difficult times. I am convinced "
    "that dialogue is needed now more than ever.\n\n"
    "Under our presidency, we intend to strengthen the organisation's field missions and its "
    "work on early warning.\n\n"
    "Moreover, the attacks of recent days remind us that terrorism threatens us all. We will "
    "make the fight against it a priority.\n"
)


def _said(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text[:30], s.said_on) for s in extract(text, published=PUBLISHED)]


def test_each_paragraph_of_the_block_is_a_statement() -> None:
    got = _said(LAMMY.format(after=""))
    assert [g[1][:20] for g in got] == ["We are here to agree", "We will also be disc"], got
    assert all(g[0] == "David Lammy" for g in got), got


def test_a_statement_issued_on_a_day_runs_on_with_its_day() -> None:
    got = _said(STEINER)
    assert [g[1][:12] for g in got] == ["The events o", "Under our pr", "Moreover, th"], got
    assert all(g[0] == "Klara Steiner" and g[2] == "2025-03-02" for g in got), got


# near misses: the release goes on in its own words, or tells of saying itself
def test_the_release_going_on_is_no_statement() -> None:
    after = "The Foreign Secretary will travel to Paris on Friday for talks with his counterpart.\n"
    got = _said(LAMMY.format(after=after))
    assert not any(g[1].startswith("The Foreign Secretary will") for g in got), got
    # the block's own paragraphs are still there
    assert [g[1][:20] for g in got] == ["We are here to agree", "We will also be disc"], got


def test_a_paragraph_telling_of_saying_is_read_as_such() -> None:
    after = "Mr Lammy told reporters that we must keep up the pressure on Moscow.\n"
    got = _said(LAMMY.format(after=after))
    told = [g for g in got if "must keep up" in g[1] or g[1].startswith("Mr Lammy")]
    assert len(told) == 1 and told[0][1].startswith("we must keep up"), got


def test_a_readout_below_a_spokesperson_stays_one_statement() -> None:
    text = (
        "A spokesperson from the Foreign Office said:\n\n"
        "The Foreign Secretary met his Polish counterpart in Warsaw on Monday to discuss "
        "support for Ukraine.\n\n"
        "The ministers agreed that we must all do more to support Kyiv.\n"
    )
    got = _said(text)
    assert len(got) == 1, got
