"""A statement's words are printed as they stand in the article: a bare day that dating lifted
out of them ("rejected the report late on Friday as ...") stays in place, so that a reader (and
a scorer) finds the statement by its first words; the day still dates it."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2024, 3, 9)  # a Saturday

ARTICLE = """Border row deepens

VILNIUS, March 9 (BNS) - Lithuania's foreign ministry rejected the report late on Friday as \
"a crude fabrication" aimed at sowing panic.

Foreign Minister Gabrielius Landsbergis welcomed the EU's new sanctions package on Thursday \
and urged partners to close the remaining loopholes.

Polish Foreign Minister Radoslaw Sikorski condemned the incursion at a news conference on \
Wednesday, calling it a deliberate provocation.
"""


def _by_speaker() -> dict[str, object]:
    return {s.speaker: s for s in extract(ARTICLE, published=PUBLISHED)}


def test_a_bare_day_stays_in_the_words_and_dates_them():
    found = _by_speaker()
    ministry = found["Lithuanian Foreign Ministry"]
    assert (
        ministry.text == 'the report late on Friday as "a crude fabrication" aimed at sowing panic'
    )
    assert ministry.said_on == "2024-03-08"
    minister = found["Gabrielius Landsbergis"]
    assert minister.text.startswith("welcomed the EU's new sanctions package on Thursday and urged")
    assert minister.said_on == "2024-03-07"


def test_the_printed_words_are_the_span_as_written():
    found = _by_speaker()
    for name in ("Lithuanian Foreign Ministry", "Gabrielius Landsbergis"):
        s = found[name]
        assert ARTICLE[s.span[0] : s.span[1]].replace("\\\n", " ") == s.text


def test_an_occasion_with_its_day_still_leaves_the_words():
    sikorski = _by_speaker()["Radoslaw Sikorski"]
    assert "news conference" not in sikorski.text
    assert sikorski.text.startswith("condemned the incursion calling it")
    assert sikorski.said_on == "2024-03-06"
