"""The participle "posting" (issue 8, round eighteen): "X went further on Friday, posting on X
that ..." tells words as "writing on X that ..." does; "his posting to Kabul", "a diplomatic
posting" are nouns after a determiner and tell nothing. Each test in new words written
here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 3, 8)
HEAD = "Summit in Oslo\n\nOSLO (Agency) - Leaders met on Thursday.\n\n"


def _said(paragraph: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(HEAD + paragraph, published=FRIDAY)]


def test_posting_on_a_platform_that_tells_the_words() -> None:
    assert _said(
        "Prime Minister Kaja Tamm went further on Friday, posting on X that silence would only "
        "embolden Moscow."
    ) == [("Kaja Tamm", "silence would only embolden Moscow")]


def test_a_posting_after_a_determiner_is_a_noun() -> None:
    found = _said("Before his posting to Kabul, the ambassador said the mission would stay open.")
    assert [w for _, w in found] == ["the mission would stay open"]
