"""A noon briefing read out whole by the spokesman: a statement he relays in his own
sentences ("Our coordinator in the country, X, issued a statement condemning the attack.
In her statement, she called ... appalling.") is hers, "she" being the one the sentence
before named set off by commas; the spokesman's turn stays his. With no one named so just
before, "In her statement, she ..." is no one's to give: the paragraph stays the
spokesman's. Pages written here, in the manner of the UN's noon briefings."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 3, 12)

HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by St\u00e9phane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
    "Good afternoon.  I have a couple of things to flag for you before we take questions "
    "on the situation in the Horn of Africa.\n\n"
)


def _got(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_her_statement_relayed_in_the_briefers_sentence(tmp_path: Path) -> None:
    text = HEAD + (
        "Also, our Resident Coordinator in Somalia, Amina Farah, issued a statement "
        "condemning the shelling of a camp for displaced people.  In her statement, she "
        "called the reports coming from the camp deeply distressing.  Our teams tell us "
        "that supplies are on their way.\n"
    )
    got = _got(tmp_path, text)
    assert ("Amina Farah", "the reports coming from the camp deeply distressing") in got, got
    # (the spokesman's turn is his statement still)
    assert any(who == "St\u00e9phane Dujarric" for who, _ in got), got


def test_his_statement_after_a_name_set_off(tmp_path: Path) -> None:
    text = HEAD + (
        "The head of the mission in South Sudan, Peter Olsen, also put out a statement "
        "this morning.  In his statement, he urged the parties to return to the talks in "
        "Juba without delay.\n"
    )
    got = _got(tmp_path, text)
    assert any(
        who == "Peter Olsen" and "the parties to return to the talks" in t for who, t in got
    ), got


def test_no_one_named_before_her_statement_stays_the_briefers(tmp_path: Path) -> None:
    # (near miss: "she" has no one named set off just before; no speaker to give the
    # words, which stay in the spokesman's turn)
    text = HEAD + (
        "Turning to Somalia, the humanitarian situation remains dire.  In her statement, "
        "she called the reports coming from the camp deeply distressing.\n"
    )
    got = _got(tmp_path, text)
    assert all(who == "St\u00e9phane Dujarric" for who, _ in got), got
    assert any("deeply distressing" in t for _, t in got), got


def test_the_briefers_own_statement_stays_his(tmp_path: Path) -> None:
    # (near miss: "In our statement, we ...": the briefer's own words, named before or not)
    text = HEAD + (
        "Also, our Resident Coordinator in Somalia, Amina Farah, is in Baidoa today.  In "
        "our statement, we called the reports coming from the camp deeply distressing.\n"
    )
    got = _got(tmp_path, text)
    assert all(who == "St\u00e9phane Dujarric" for who, _ in got), got
