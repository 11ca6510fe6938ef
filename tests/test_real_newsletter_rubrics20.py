"""Detection on unseen real text (issue 8, twentieth round): a newsletter or explainer opens
its paragraphs with rubrics ("What You Need To Know:", "Deep Background:", "Why it
matters:"); a rubric used twice is no transcript's speaker label, and each paragraph is read
as news. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)

_TEXT = (
    "Nordic Briefing: Ministers Split Over Arctic Council\n\n"
    "June 16, 2023 07:40 GMT\nBy Lena Berg\n\n"
    "Welcome to Nordic Briefing, our newsletter on the region. I'm Lena Berg in Oslo.\n\n"
    "Briefing #1: No Deal On The Arctic\n\n"
    "What You Need To Know: Arctic Council ministers met in Tromso on Monday but failed to "
    "agree a joint text. Norwegian Foreign Minister Anniken Huitfeldt said on her way into "
    "the meeting that Oslo would not sign a watered-down statement.\n\n"
    "Deep Background: The dispute began in May. Finnish Foreign Minister Elina Valtonen said "
    "on Tuesday that Helsinki would push for a new chair.\n\n"
    "Briefing #2: Summit Preview\n\n"
    "Deep Background: Diplomats expect a long night. Danish Foreign Minister Lars Lokke "
    "Rasmussen said on Thursday that the council must keep working.\n"
)


def test_rubrics_are_no_speakers() -> None:
    found = extract(_TEXT, published=FRIDAY)
    assert [s.speaker for s in found] == [
        "Anniken Huitfeldt",
        "Elina Valtonen",
        "Lars Lokke Rasmussen",
    ]
