"""A noon briefing's spokesperson who first tells of the Secretary-General by his post alone
("As you will have seen, the Secretary-General today spoke at ...") and then relays his words
("The Secretary-General said he regretted ...") hands those words to the post's holder: they
are his statement, not the spokesperson's, though the page never names him. The UN's pages
join the post's words with a non-breaking hyphen. Briefings written here, in the manner of the
UN's near-verbatim noon briefing transcripts."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2018, 6, 12)

HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today\u2019s noon briefing by St\u00e9phane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
)
POST_THEN_SAID = HEAD + (
    "As you will have seen, the Secretary-General today spoke at the opening of the Ocean "
    "Conference in Lisbon. He began with the summit in Singapore. The Secretary-General said "
    "he welcomed the meeting of the two leaders and urged them to build on it.\n"
)
# the same, hyphenated as the UN's pages are (U+2011)
POST_THEN_SAID_NB = POST_THEN_SAID.replace("Secretary-General", "Secretary\u2011General")
# near miss: no sentence before tells of the post; the spokesperson's own paragraph
SAID_ALONE = HEAD + (
    "Good afternoon. The Secretary-General said he welcomed the meeting of the two leaders "
    "in Singapore and urged them to build on it, and we will have more on that later today.\n"
)


def _statements(text: str) -> list[tuple[str | None, str, str, str | None]]:
    got = extract(text, published=PUBLISHED)
    return [(s.speaker, s.kind, s.text, s.said_on) for s in got]


def test_post_then_said() -> None:
    got = _statements(POST_THEN_SAID)
    assert [g[0] for g in got] == ["St\u00e9phane Dujarric", "The Secretary-General"], got
    assert got[0][2].startswith("As you will have seen"), got
    assert got[1][2].startswith("he welcomed the meeting of the two leaders"), got
    assert got[1][3] == "2018-06-12", got


def test_post_then_said_non_breaking_hyphen() -> None:
    got = _statements(POST_THEN_SAID_NB)
    assert [g[0] for g in got] == ["St\u00e9phane Dujarric", "The Secretary-General"], got
    assert got[1][2].startswith("he welcomed the meeting of the two leaders"), got


def test_said_alone_stays_the_spokesmans() -> None:
    got = _statements(SAID_ALONE)
    assert [g[0] for g in got] == ["St\u00e9phane Dujarric"], got
