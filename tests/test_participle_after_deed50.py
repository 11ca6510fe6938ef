"""In a briefing's opening read out whole, a paragraph whose subject did something in the past
and spoke as he did it ("The Secretary-General opened the forum in Vienna today, saying that
...") relays that person's words: a participle of saying set off by its comma after a clause
in the past tells words already said, news the briefer passes on, not the briefer's own
present. Without the past deed before it ("We are working, noting that ...") the participle
relays nothing. Briefings written here, in the manner of a UN noon briefing transcript."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2019, 3, 14)

HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by Maria "
    "Lindqvist, Associate Spokesperson for the Secretary-General.\n\n"
    "Good afternoon.\n\n"
    "**Guests\n\n"
    "After I am done, we will be joined by the head of the disarmament office, who will "
    "brief you on next week\u2019s conference.\n\n"
    "**Secretary-General\n\n"
)
SAYING = HEAD + (
    "The Secretary-General opened the water forum in Vienna this morning, saying that no "
    "country can manage shared rivers alone.\n"
)
STRESSING = HEAD + (
    "The Special Envoy briefed the Security Council by video link, stressing that the "
    "parties must return to the table before the rains begin.\n"
)
ADDING = HEAD + (
    "The High Commissioner for Refugees visited the camps near the border yesterday, adding "
    "that the shelters will not last through the winter.\n"
)
# near miss: the clause before the participle is in the present, the briefer's own: no
# words of anyone else are relayed
NO_PAST_DEED = HEAD + (
    "Our colleagues continue to deliver aid across the region, noting that roads remain "
    "closed in the north.\n"
)


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def _relayed(text: str) -> list[tuple[str | None, str]]:
    return [g for g in _statements(text) if g[0] != "Maria Lindqvist"]


def test_saying_after_a_past_deed_is_relayed() -> None:
    got = _relayed(SAYING)
    assert [g[0] for g in got] == ["The Secretary-General"], _statements(SAYING)
    assert got[0][1].startswith("no country can manage shared rivers alone"), got


def test_stressing_after_a_briefing() -> None:
    got = _relayed(STRESSING)
    assert len(got) == 1, _statements(STRESSING)
    assert got[0][1].startswith("the parties must return to the table"), got


def test_adding_after_a_visit() -> None:
    got = _relayed(ADDING)
    assert len(got) == 1, _statements(ADDING)
    assert got[0][1].startswith("the shelters will not last"), got


def test_present_clause_relays_nothing() -> None:
    got = _statements(NO_PAST_DEED)
    assert [g[0] for g in got] == ["Maria Lindqvist"], got
