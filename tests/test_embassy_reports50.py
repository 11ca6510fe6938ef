"""An embassy's page under the title "Remarks of the Spokesperson of the Embassy" that tells,
in the third person and with no "we", what a named person (the ambassador) did and said:
"On May 4, Ambassador X met ... and protested" then "Ambassador X pointed out that ...". The
words are the ambassador's, not the spokesperson's own voice: the page's first paragraph is
no statement of the embassy's. The near miss: the same title over remarks in the embassy's
own voice ("We firmly oppose ...") is the embassy's. Pages written here in the manner of
embassies' sites."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2024, 3, 5)

REPORTED_PAGES = [
    "Remarks of the Spokesperson of the Embassy of China in Australia\n"
    "2024-03-05 10:12\n\n"
    "On March 5, Ambassador Liang Hong met with a senior official of the Department of Foreign "
    "Affairs and made solemn representations on the detention of a Chinese citizen.\n\n"
    "Ambassador Liang pointed out that the detention lacks any legal basis and must end at "
    "once.\n",
    "Remarks of the Spokesperson of the Chinese Embassy in Ireland\n\n"
    "Recently, Ambassador Zhou Min visited the Irish foreign ministry and lodged stern "
    "complaints over a visa decision.\n\n"
    "Ambassador Zhou stressed that the decision harms normal exchanges between the two "
    "peoples.\n",
    "Remarks of the Spokesperson of the Chinese Embassy in Kenya\n\n"
    "On March 4, Ambassador Wu Tao called on the Cabinet Secretary for Foreign Affairs.\n\n"
    "Ambassador Wu emphasized that the loan terms had been agreed openly by both sides.\n",
]


@pytest.mark.parametrize("page", REPORTED_PAGES)
def test_embassy_page_telling_the_ambassadors_words(page: str) -> None:
    got = [s.speaker for s in extract(page, published=PUBLISHED)]
    assert got, got
    assert not any("Embassy" in who for who in got), got


def test_embassy_page_in_its_own_voice() -> None:
    page = (
        "Remarks of the Spokesperson of the Chinese Embassy in Kenya\n\n"
        "We have noted the remarks of a Kenyan politician on Chinese loans. We firmly oppose "
        "such groundless accusations and urge him to stop smearing China.\n"
    )
    got = [s.speaker for s in extract(page, published=PUBLISHED)]
    assert got and all("Embassy" in who for who in got), got
