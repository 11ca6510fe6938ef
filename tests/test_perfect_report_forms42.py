"""Two forms of the perfect that tell words said before the story's day, as "has said" does:
the perfect hedged as a report ("X had reportedly criticised ...", "has allegedly told"),
and a body's statement put out in the perfect ("The foreign ministry has released a
statement in which it rejected ..."). Both are on or before the page's day ("../DAY"), not
the day itself. Stories written here in the manner of Gulf News and Al Arabiya."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2020, 11, 18)

HEDGED = (
    "Cairo: Egypt said it had summoned the Ethiopian envoy over remarks by an Ethiopian "
    "official.\n"
    "Ethiopia\u2019s Foreign Ministry spokesman Dina Mufti had reportedly criticised "
    "Egypt\u2019s handling of the talks on the dam.\n"
)
RELEASED = (
    "Saudi Arabia\u2019s foreign ministry has released a statement in which it rejected the "
    "resolution adopted by the Senate.\n"
)
# near miss: the hedge on a plain past, told with its day
HEDGED_DAY = (
    "Ethiopia\u2019s Foreign Ministry spokesman Dina Mufti reportedly criticised "
    "Egypt\u2019s handling of the talks on the dam on Monday.\n"
)
# near miss: a statement put out in the perfect with its day told
RELEASED_DAY = (
    "Saudi Arabia\u2019s foreign ministry has released a statement on Monday in which it "
    "rejected the resolution adopted by the Senate.\n"
)


def _said_on(text: str, speaker: str) -> list[str | None]:
    return [
        s.said_on
        for s in extract(text, published=PUBLISHED)
        if speaker in (s.speaker or "").lower()
    ]


def test_hedged_pluperfect_is_before_the_page_day() -> None:
    assert _said_on(HEDGED, "mufti") == ["../2020-11-18"]


def test_statement_released_in_the_perfect_is_before_the_page_day() -> None:
    assert _said_on(RELEASED, "foreign ministry") == ["../2020-11-18"]


def test_hedged_past_with_its_day() -> None:
    assert _said_on(HEDGED_DAY, "mufti") == ["2020-11-16"]


def test_statement_released_with_its_day() -> None:
    assert _said_on(RELEASED_DAY, "foreign ministry") == ["2020-11-16"]
