"""A ministry's record of a meeting giving one side's remarks in gist: "The overview of
Minister X's opening remarks is as follows." over numbered points in the first person with
no quotation marks. The points are X's, reported in the record's words (indirect), even
where a point has a verb of its own ("1. The Government of Y appreciates ..." is X speaking
for his government); the "as follows" announces no transcript. Pages written here in the
manner of such a ministry's site."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MEETING = (
    "Japan-Canada Foreign Ministers' Meeting\n\n"
    "On March 3, commencing at 6:10 p.m. for approximately 40 minutes, Mr. HAYAKAWA "
    "Kenji, Minister for Foreign Affairs of Japan, held a meeting with the Hon. Claire "
    "Dubois, Minister of Foreign Affairs of Canada, in Ottawa. The overview of the meeting "
    "is as follows.\n\n"
    "(1) The overview of Minister Hayakawa's opening remarks is as follows.\n"
    "  1. I am very pleased to visit Canada in this milestone year of our relations.\n"
    "  2. Japan will continue to work closely with Canada toward a free and open "
    "Indo-Pacific.\n"
    "(2) The overview of Minister Dubois's response is as follows.\n"
    "  1. The Government of Canada welcomes Japan's leadership on maritime security.\n"
    "  2. Canada looks forward to expanding cooperation in clean energy.\n"
)

SHORT = (
    "Japan-Chile Foreign Ministers' Meeting\n\n"
    "On May 9, Mr. HAYAKAWA Kenji, Minister for Foreign Affairs of Japan, held a meeting "
    "with Foreign Minister Ana Rojas of Chile in Tokyo. The overview of Minister Hayakawa's "
    "opening remarks is as follows.\n\n"
    "1. I warmly welcome Minister Rojas on her first visit to Japan.\n\n"
    "2. I would like to strengthen our economic ties under the CPTPP.\n"
)


def _read(text: str, day: datetime.date) -> list[tuple[str | None, str, str | None, str]]:
    return [
        (s.speaker, s.kind, s.said_on, " ".join(s.text.split()[:4]))
        for s in extract(text, published=day, url="https://www.mofa.go.jp/a_o/page1e_000001.html")
    ]


def test_each_sides_gist_is_its_speakers_reported_words():
    got = _read(MEETING, datetime.date(2025, 3, 3))
    speakers = {(who, kind) for who, kind, _, _ in got}
    assert any(w and "Hayakawa" in w and k == "indirect" for w, k in speakers), got
    dubois = [g for g in got if g[0] and "Dubois" in g[0]]
    assert dubois and dubois[0][1] == "indirect" and "Government of" in dubois[0][3], got
    assert not any(w and "Canada" in w and "Dubois" not in w for w, _, _, _ in got), got


def test_gist_points_with_blank_lines_are_the_ministers():
    got = _read(SHORT, datetime.date(2025, 5, 9))
    assert any(
        w and "Hayakawa" in w and k == "indirect" and d == "2025-05-09" for w, k, d, _ in got
    ), got
