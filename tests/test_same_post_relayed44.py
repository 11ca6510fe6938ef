"""A noon briefing's opening read out whole that relays the Secretary-General in one
paragraph and, in the next, names the Secretary-General again as the subject of its first
sentence, then goes on "He stressed that ...": the "he" is the same post-holder, nobody else
relayed above, so the words are his (rv42d kept such a paragraph the briefer's whenever
anything had been relayed above). Another post named above (the Deputy Secretary-General's
words) leaves the paragraph the briefer's. Pages written here, in the manner of the UN's
near-verbatim noon briefings."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2016, 3, 8)

HEAD = (
    "8 March 2016\n\n"
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
    "Good afternoon.\n\n"
    "**Secretary-General's Travels\n\n"
)

SAME_POST = HEAD + (
    "The Secretary-General told reporters in Bamako today that the peace agreement must be "
    "carried out without further delay.\n\n"
    "The visit is the first by a Secretary-General to the country in ten years.\n\n"
    "In the afternoon, the Secretary-General visited a camp for displaced people outside the "
    "city, where he spoke with families. He stressed that humanitarian access to the north "
    "must be restored. And he added that the mission would stay as long as it was needed.\n"
)

# the words relayed above are a named envoy's: "he" might be read as his
NAMED_ABOVE = SAME_POST.replace(
    "The Secretary-General told reporters in Bamako today",
    "The Special Representative, Jean Dupont, told reporters in Bamako today",
)


def _got(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"][:40]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_he_after_the_same_post_relayed_above_is_the_post(tmp_path: Path) -> None:
    got = _got(tmp_path, SAME_POST)
    mine = [who for who, t in got if t.startswith("humanitarian access to the north")]
    assert mine and "Secretary-General" in mine[0], got
    assert any(t.startswith("the mission would stay") for _, t in got), got


def test_he_after_a_named_envoy_relayed_above_is_not_the_envoy(tmp_path: Path) -> None:
    got = _got(tmp_path, NAMED_ABOVE)
    assert any(who == "Jean Dupont" for who, _ in got), got
    assert not any(
        who == "Jean Dupont" and t.startswith("humanitarian access") for who, t in got
    ), got
