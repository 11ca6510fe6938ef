"""A story whose lead sums up an interview with "has said" and no day ("..., Deputy Foreign
Minister X has said.") and then quotes it ('"...," X told Russian media.'): the quotations
carry the lead on, the same occasion, so they take its "on or before the article's day", not
the article's day itself. The lead's own "has said", after its words in its sentence, is no
other day told between the two. Stories written here in the manner of Sputnik's and TASS's
English wires."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 1, 26)

LEAD_THEN_QUOTES = (
    "MOSCOW (Sputnik) - Washington has no grounds to demand new inspections from Moscow while "
    "the talks stay frozen, Russian Deputy Foreign Minister Sergey Ryabkov has said.\n"
    '"It is odd to speak of inspections when the United States itself refuses any dialogue '
    'on strategic stability," Ryabkov told Russian media.\n'
    '"We are ready to talk, but not on these terms," the deputy minister added.\n'
)
# near miss: the lead's speaker reported anew in indirect speech, words of their own
LEAD_THEN_REPORTED = (
    "MOSCOW (Sputnik) - Washington has no grounds to demand new inspections from Moscow while "
    "the talks stay frozen, Russian Deputy Foreign Minister Sergey Ryabkov has said.\n"
    "Ryabkov said the consultative commission would not meet this spring.\n"
)


def _statements(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=PUBLISHED)]


def test_quotes_after_has_said_lead_share_its_date() -> None:
    got = _statements(LEAD_THEN_QUOTES)
    assert len(got) == 3, got
    assert all(g[0] == "Sergey Ryabkov" for g in got), got
    assert [g[2] for g in got] == ["../2023-01-26"] * 3, got


def test_reported_anew_keeps_its_own_day() -> None:
    got = _statements(LEAD_THEN_REPORTED)
    assert len(got) == 2, got
    assert got[0][2] == "../2023-01-26", got
    assert got[1][1].startswith("the consultative commission"), got
    assert got[1][2] == "2023-01-26", got
