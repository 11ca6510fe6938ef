"""Days of statements in real copy (issue 8, round fifteen, third wave: dating classes
from the open sets' errors). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 10, 18)


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_a_question_and_answer_page_takes_the_day_its_introduction_gives_the_interview() -> None:
    # the introduction tells the news behind the interview (talks on an earlier day), then
    # that the interview was held by video link on a later one: the answers below are of
    # the interview's day, whatever the medium named before it
    text = (
        "GLOBAL AFFAIRS WEEKLY\n\n"
        "'The river treaty needs a referee, not a prayer'\n\n"
        "by Tomas Lindqvist October 18, 2024\n\n"
        "When the basin states met in Budapest on October 2, the talks ended without a "
        "deal on the dry-season quotas.\n\n"
        "Lena Moravec, a former Czech water negotiator who now teaches at a Vienna institute, "
        "has followed the basin talks for a decade. The interview was conducted via video "
        "link on October 15 and has been shortened.\n\n"
        "Global Affairs Weekly: Is the treaty working?\n\n"
        "Lena Moravec: It works on paper. The upstream states release water when it suits "
        "them, and nobody checks the gauges.\n\n"
        "Global Affairs Weekly: What would you change?\n\n"
        "Lena Moravec: I would give the commission its own inspectors and a budget that no "
        "single capital can veto.\n"
    )
    found = [day for who, day in _days(text, FRIDAY) if who == "Lena Moravec"]
    assert found and all(day == "2024-10-15" for day in found)
