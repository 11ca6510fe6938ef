"""A ministry's or mission's page titled "X's remarks and answers to media questions on ..."
(the Russian Foreign Ministry's and its missions' way of titling a transcript) prints X's words
under a label: a page of one person's words, however the occasion is told after the title,
even when the excerpt holds only X's one labelled turn. The days that turn names ("On July 3,
we have ...") are those of the schedule it sets out, not the day of the page. Pages written
here in the manner of those sites."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2024, 7, 1)

TURN = (
    "Sergey Lavrov: Good afternoon. Let me briefly say what we have planned for the month.\n\n"
    "The situation in the Middle East will remain our first concern, and we will keep "
    "calling for a ceasefire in Gaza.\n\n"
    "On July 3, we have a meeting on Syria followed by consultations.\n"
)
TITLED = (
    "Ministry of Foreign Affairs of the Russian Federation\n\n"
    "Foreign Minister Sergey Lavrov\u2019s remarks and answers to media questions on the "
    "occasion of a working visit to New York\n\n" + TURN
)
# near miss: a news story's headline about such answers, then a story that reports them
HEADLINE = (
    "Lavrov\u2019s answers to media questions draw criticism in Kyiv\n\n"
    "Foreign Minister Sergey Lavrov said on Monday that Moscow would keep calling for a "
    "ceasefire in Gaza.\n"
)


def _statements(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=PUBLISHED)]


def test_one_turn_under_answers_title() -> None:
    got = _statements(TITLED)
    # the turn's paragraphs all his (the schedule's day, "On July 3, we have ...", an item
    # of his opening of its own, as the annotation splits one)
    assert got and all(g[0] == "Sergey Lavrov" for g in got), got
    assert "The situation in the Middle East" in got[0][1], got
    # the schedule's day is not the day the words were said
    assert all(g[2] == "2024-07-01" for g in got), got


def test_headline_about_answers_is_a_story() -> None:
    got = _statements(HEADLINE)
    assert len(got) == 1, got
    assert got[0][0] == "Sergey Lavrov", got
    assert got[0][1].startswith("Moscow would keep calling"), got
