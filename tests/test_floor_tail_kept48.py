"""Closing paragraphs of an answer that only look like floor management (review rv48d 4):
"Thank you for the question." followed by the answer's own rhetorical question, and a
sentence of news that "will go ahead", stay the answer's. Sentences written here in the
manner of a foreign ministry's regular press conference.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 6, 11)
PAGE = (
    "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 11, 2024\n\n"
    "Lin Jian: Good afternoon. Let's begin.\n\n"
    "Reuters: Manila says Chinese vessels harassed its fishermen. What is your comment?\n\n"
    "Lin Jian: The Philippine boats entered the waters off Huangyan Dao without China's "
    "permission. The coast guard acted in accordance with the law.\n\n"
    "Thank you for the question. We firmly reject these smears. Who is really creating "
    "tension in the region?\n\n"
    "AFP: Will the trade consultations with the EU be postponed?\n\n"
    "Lin Jian: China and the EU are in close communication.\n\n"
    "The consultations will go ahead as planned.\n\n"
    "Bloomberg: Any update on the visit?\n\n"
    "Lin Jian: I have no information to share at the moment.\n"
)


def _texts() -> list[str]:
    return [s.text for s in extract(PAGE, published=DAY)]


def test_a_thanks_then_the_answers_own_question_stays_the_answers() -> None:
    assert any("Who is really creating tension" in t for t in _texts())


def test_news_that_will_go_ahead_stays_the_answers() -> None:
    assert any("will go ahead as planned" in t for t in _texts())
