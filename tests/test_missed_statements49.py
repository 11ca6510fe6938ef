"""Statements missed or misread in English news stories: a quotation the source never closed
runs no further than the reporter's next attribution ("He also urged ..."); "called to stop
..." keeps its "to" as "called for ..." keeps its "for"; a stand only named by its holder
("reiterated the government's stance on the matter") is a mention with no content, while the
quotation it introduces still goes to the speaker. Stories written here in the manner of wire
copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract

UNCLOSED = (
    "AMMAN, 4 March 2019 (Agency) - Foreign Minister Omar Haddad has said that the region "
    "needs a lasting settlement.\n\n"
    "Haddad said that Lebanon is vital to the region, noting that \u201call Lebanese parties "
    "should put the country first and form a government without delay. He also urged donor "
    "countries to speed up the aid promised at the Brussels conference.\n"
)

CALLED_TO = (
    "Caracas, Mar 4 (Agency) Venezuelan Foreign Minister Ana Torres on Monday called to end "
    "the economic measures imposed on the country by foreign governments.\n"
)

STANCE = (
    "Kenya will not close its embassy in Tehran.\n\n"
    "This according to Foreign Affairs Cabinet Secretary Grace Mwangi.\n\n"
    "Answering a question in the Senate, she reiterated the government's stance on the "
    "matter.\n\n"
    '"Kenya has made its views on the conflict known through a number of statements, and '
    'our mission will remain open," Mwangi said.\n'
)


def _read(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=datetime.date(2019, 3, 4))]


def test_an_unclosed_quotation_ends_before_the_reporters_next_attribution():
    got = _read(UNCLOSED)
    assert any(
        text.startswith("urged donor countries") or text.startswith("donor countries")
        for _, text in got
    ), got
    noting = next(text for _, text in got if text.startswith("Lebanon is vital"))
    assert "urged" not in noting


def test_called_to_keeps_its_infinitive():
    got = _read(CALLED_TO)
    assert any(text.startswith("to end the economic measures") for _, text in got), got


def test_a_stance_only_named_is_no_statement_but_its_quotation_is_the_speakers():
    got = _read(STANCE)
    assert not any("stance" in text for _, text in got), got
    assert any(text.startswith("Kenya has made its views") for _, text in got), got
