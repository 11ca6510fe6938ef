"""A story that goes back to an earlier day (issue 8, round twenty): "The tour had already
produced a tense moment on Tuesday. At a news conference, X said ..." tells X's words of
that Tuesday, not of the occasion X's lead words had. The sentence going back is in the
pluperfect and gives no one's words. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _has(text: str, published: datetime.date, speaker: str, start: str, day: str) -> bool:
    """Whether ``speaker``'s words opening with ``start`` are dated ``day``."""
    return any(
        s.speaker == speaker and s.text.startswith(start) and s.said_on == day
        for s in extract(text, published=published)
    )


_PUB = datetime.date(2023, 6, 16)
_TOUR = (
    "Cleverly ends Gulf tour\n\n"
    "DOHA (Reuters) - British Foreign Secretary James Cleverly on Thursday urged Gulf states "
    "to press Iran over its drone supplies to Russia, wrapping up a four-day tour.\n\n"
    'Cleverly told reporters in Doha that the region had "a direct stake" in how the war '
    "ended.\n\n"
    "{back} At a news conference with his Saudi counterpart, Cleverly said that London would "
    "not soften its position on human rights."
)


def test_words_after_a_pluperfect_sentence_going_back_are_of_its_day() -> None:
    for back in (
        "The tour had already produced a tense moment on Tuesday.",
        "The trip had begun awkwardly on Tuesday.",
        "The visit had also run into trouble on Tuesday.",
    ):
        text = _TOUR.format(back=back)
        assert _has(text, _PUB, "James Cleverly", "the region had", "2023-06-15"), back
        assert _has(text, _PUB, "James Cleverly", "London would not soften", "2023-06-13"), back


def test_someones_words_in_the_pluperfect_are_answered_later() -> None:
    text = _TOUR.format(back="Iran had denied on Tuesday that it supplied any drones.")
    assert _has(text, _PUB, "James Cleverly", "London would not soften", "2023-06-15")


def test_a_sentence_not_going_back_leaves_the_occasion() -> None:
    text = _TOUR.format(back="The tour was marked by a tense moment on Tuesday.")
    assert _has(text, _PUB, "James Cleverly", "the region had", "2023-06-15")
