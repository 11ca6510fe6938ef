"""A quotation closed by "said" and an unnamed source described by what makes it a source ("a
person familiar with the negotiations", "a source close to the presidency", "one aide
involved in the planning") is that source's: an attribution study asks for it (``unnamed``),
and a tracker leaves it out. The description runs on past "to", "in" and "on", which after
a name begin where or when the words were said. Sentences written here in the manner of
wire copy."""

import datetime

from tracker.extract.pipeline import extract

PUBLISHED = datetime.date(2023, 5, 17)

STORY = (
    "BRUSSELS (Reuters) - Talks on the grain corridor stalled on Wednesday as envoys failed "
    "to agree on inspections.\n\n"
    "\u201cNobody expects a breakthrough before the summit,\u201d said a person familiar with "
    "the negotiations.\n\n"
    "\u201cThe inspections are the last real obstacle,\u201d said a source close to the "
    "presidency.\n\n"
    "\u201cWe have a text, but not yet the signatures,\u201d said one aide involved in the "
    "planning.\n"
)


def _spoken(unnamed: bool) -> dict[str, str | None]:
    found = extract(STORY, published=PUBLISHED, unnamed=unnamed)
    return {s.text.split()[0]: s.speaker for s in found}


def test_source_described_by_what_it_knows_speaks_when_unnamed_asked() -> None:
    spoken = _spoken(unnamed=True)
    assert spoken.get("Nobody") == "a person familiar with the negotiations"
    assert spoken.get("The") == "a source close to the presidency"
    assert spoken.get("We") == "one aide involved in the planning"


def test_tracker_leaves_unnamed_sources_out() -> None:
    assert _spoken(unnamed=False) == {}
