"""Words set out below "X said:" as a paragraph of their own, in the speaker's first person and
with no quotation marks (a government press release's block of the minister's remarks), are
the speaker's own words as given: direct, as a quotation would be. Releases written here, in
the manner of GOV.UK and foreign ministries' press releases."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2017, 10, 16)

SAID_BLOCK = (
    "Press release: Foreign Secretary in Luxembourg for talks with EU Foreign Ministers\n\n"
    "The Foreign Secretary, Boris Johnson, said:\n\n"
    "We will be discussing the nuclear deal with Iran today, and I am clear that the deal "
    "has made the world a safer place. Our priority is to keep it.\n\n"
    "Media enquiries\n"
)
STATEMENT_BLOCK = (
    "Foreign Minister Steinmeier issued the following statement on 15 October:\n\n"
    "I am deeply saddened by the attack in Mogadishu. Our thoughts are with the victims and "
    "their families.\n"
)
# near miss: a readout in the third person below "said:" is told, not the speaker's voice
READOUT_BLOCK = (
    "Press release: Foreign Secretary meets Iranian Foreign Minister\n\n"
    "A Foreign Office spokesperson said:\n\n"
    "The Foreign Secretary met Iranian Foreign Minister Javad Zarif in Luxembourg today. They "
    "discussed the nuclear deal and the situation in Yemen.\n"
)


def _statements(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in extract(text, published=PUBLISHED)]


def test_said_block_is_direct() -> None:
    got = _statements(SAID_BLOCK)
    assert len(got) == 1, got
    assert got[0][0] == "Boris Johnson", got
    assert got[0][1] == "direct", got
    assert got[0][2].startswith("We will be discussing the nuclear deal"), got


def test_statement_block_is_direct() -> None:
    got = _statements(STATEMENT_BLOCK)
    assert len(got) == 1, got
    assert got[0][0] == "Steinmeier", got
    assert got[0][1] == "direct", got
    assert got[0][2].startswith("I am deeply saddened"), got


def test_readout_block_is_not_direct() -> None:
    got = _statements(READOUT_BLOCK)
    assert got, got
    assert all(kind != "direct" for _, kind, _ in got), got
