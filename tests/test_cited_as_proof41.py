""" "X cited Y as proof that Z" / "as evidence Z": a claim the speaker argues from the thing
named, a statement whose words start at what was cited. Citing a source alone ("cited polling
data", "cited the report") still tells nothing said. Sentences written here in the manner of
The Moscow Times and of wire copy on State Department briefings."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2017, 11, 30)

AS_PROOF = (
    "Prime Minister Dmitry Medvedev cited the libel rulings as proof that the opposition's "
    "claims were \u201cslander\u201d.\n"
)
AS_EVIDENCE = (
    "State Department spokeswoman Heather Nauert cited the new truce in southern Syria as "
    "evidence the two countries could still work together.\n"
)
# near misses: a source cited, no claim argued from it
SOURCE_ONLY = "Prime Minister Dmitry Medvedev cited figures from the statistics service.\n"
AS_SAYING = (
    "The newspaper cited Prime Minister Dmitry Medvedev as saying the budget was balanced.\n"
)


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_cited_as_proof_that() -> None:
    got = _statements(AS_PROOF)
    assert len(got) == 1 and got[0][0] == "Dmitry Medvedev", got
    assert got[0][1].startswith("the libel rulings as proof that"), got


def test_cited_as_evidence() -> None:
    got = _statements(AS_EVIDENCE)
    assert len(got) == 1 and got[0][0] == "Heather Nauert", got
    assert got[0][1].startswith("the new truce in southern Syria as evidence"), got


def test_source_cited_says_nothing() -> None:
    assert _statements(SOURCE_ONLY) == []


def test_cited_as_saying_keeps_the_quoted_speaker() -> None:
    got = _statements(AS_SAYING)
    assert [g[0] for g in got] == ["Dmitry Medvedev"], got
    assert got[0][1].startswith("the budget was balanced"), got
