"""Next-day copy's reactions put out in a medium of their own (issue 8, round eighteen):
after words told at the news day's news conference, "X praised the step in a statement
issued by her office" or "..., according to Russian state media" reached the
reporter at no scene the story tells, so they keep the paper's day, wherever in the
sentence the medium is named (outside quotation marks). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 10, 12)
SCENE = (
    "Japanese Prime Minister Kenji Sato told a news conference in Tokyo on Friday that the "
    'accord was a historic step. "We have waited decades for this," Sato said.\n\n'
    "Korean Foreign Minister Min-ho Park said the two governments would meet again next "
    "month.\n\n"
)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=SATURDAY)]


def test_a_statement_named_after_the_words_keeps_the_papers_day() -> None:
    text = SCENE + (
        'Australian Foreign Minister Jane Cole praised the "bold step" taken by Tokyo and '
        "Seoul in a statement issued by her office."
    )
    assert _days(text)[-1] == ("Jane Cole", "2024-10-12")


def test_words_relayed_by_state_media_keep_the_papers_day() -> None:
    text = SCENE + (
        'Kremlin spokesman Ivan Sokolov said Moscow saw "no obstacle" to the accord, '
        "according to Russian state media."
    )
    assert _days(text)[-1] == ("Ivan Sokolov", "2024-10-12")


def test_words_at_the_scene_with_no_medium_stay_at_the_news_day() -> None:
    # near miss: the minister's words, told next with no medium, are still the scene's
    assert _days(SCENE)[-1] == ("Min-ho Park", "2024-10-11")


def test_a_medium_named_inside_the_quote_is_the_speakers_words() -> None:
    # near miss: "a statement in writing" inside quotation marks names no medium of the words
    text = SCENE.replace(
        "said the two governments",
        'said "a statement in writing will follow" and that the two governments',
    )
    assert _days(text)[-1] == ("Min-ho Park", "2024-10-11")
