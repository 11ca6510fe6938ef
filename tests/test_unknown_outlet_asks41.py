"""An exchange set out as "Outlet: question" and "Name: answer" where the outlet's label is
one the tracker does not know as an outlet ("Business FM", a radio station's name): the label
whose turns end in questions asks, so the named person's turns are answers, each a direct
statement. Pages written here in the manner of Meduza's transcripts of the Kremlin's
briefings."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2021, 1, 19)

EXCHANGE = (
    "\u2018Nothing to add\u2019 Kremlin spokesman Dmitry Peskov answers questions about the "
    "protests\n\n"
    "Kremlin spokesman Dmitry Peskov held his daily call with journalists on Tuesday, January "
    "19. Here is how he answered questions about the protests.\n\n"
    "Business FM: Some say the Kremlin is worried about the protests. Is that so?\n\n"
    "Dmitry Peskov: No, that is not so. There is no worry at all, and there is no reason "
    "for it.\n\n"
    "Business FM: And the arrests, were they planned in advance?\n\n"
    "Dmitry Peskov: I cannot say anything about that. This is a matter for the police.\n"
)
# near miss: such a label in a story with no one answering under a label of their own
NO_ANSWER = (
    "Kremlin spokesman Dmitry Peskov said on Tuesday that the Kremlin was not worried about "
    "the protests.\n\n"
    "Business FM: Are the arrests planned in advance?\n\n"
    "The question went unanswered.\n"
)


def _statements(text: str) -> list[tuple[str | None, str, str, str | None]]:
    got = extract(text, published=PUBLISHED)
    return [(s.speaker, s.kind, s.text, s.said_on) for s in got]


def test_unknown_outlet_label_asks() -> None:
    got = _statements(EXCHANGE)
    answers = [g for g in got if g[2].startswith(("No, that is not so", "I cannot say"))]
    assert len(answers) == 2, got
    assert all(g[0] == "Dmitry Peskov" and g[1] == "direct" for g in answers), got
    assert all(g[3] == "2021-01-19" for g in answers), got
    assert not any("Is that so" in g[2] for g in got), got


def test_outlet_label_without_answer_is_no_exchange() -> None:
    got = _statements(NO_ANSWER)
    assert [g[0] for g in got] == ["Dmitry Peskov"], got
    assert got[0][2].startswith("the Kremlin was not worried"), got
