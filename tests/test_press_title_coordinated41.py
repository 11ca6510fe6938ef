"""A questioner introduced as "journalist and former editor-in-chief of X, Y," is the press:
a press title coordinated with another post heads its own conjunct, so the question Y asks
the official is no one's statement. A press title the person no longer holds ("former
journalist and now State Duma deputy Y") leaves the post after it. Sentences written here in
the manner of The Moscow Times."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2017, 11, 30)

JOURNALIST_ASKS = (
    "During the annual press conference on Thursday, journalist and former editor-in-chief of "
    "the Dozhd channel, Mikhail Zygar, asked Medvedev whether he would comment on the "
    "protests.\n"
)
# near miss: a former journalist, now a lawmaker, whose words are recorded
FORMER_JOURNALIST_SAYS = (
    "Former journalist and now State Duma deputy Alexander Khinshtein said on Thursday that "
    "the bill would be passed in December.\n"
)


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_journalist_and_editor_asking_is_no_statement() -> None:
    assert _statements(JOURNALIST_ASKS) == []


def test_former_journalist_now_deputy_speaks() -> None:
    got = _statements(FORMER_JOURNALIST_SAYS)
    assert [g[0] for g in got] == ["Alexander Khinshtein"], got
    assert got[0][1].startswith("the bill would be passed"), got
