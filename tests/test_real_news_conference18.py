"""Next-day copy: a lead that dates the news ("Mediators on Wednesday announced a deal"), then
words given at a press appearance the story names for the first time ("told a news
conference", "said at a press briefing"): the appearance is the news day's, as "at the news
conference" already was. Text written here, in the manner of a wire story."""

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2025, 1, 16)


@pytest.mark.parametrize(
    "appearance",
    ["told a news conference", "said at a joint press conference", "said during a press briefing"],
)
def test_a_press_appearance_in_next_day_copy_is_the_news_day_s(appearance: str) -> None:
    text = (
        "Truce agreed\n\n"
        "DOHA (Reuters) - Mediators on Wednesday announced a ceasefire deal after weeks of "
        "talks in the Qatari capital.\n\n"
        f"Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani {appearance} that the truce "
        "would take effect on Sunday.\n"
    )
    found = extract(text, published=THURSDAY)
    said = [s for s in found if s.text.startswith("the truce would")]
    assert [s.said_on for s in said] == ["2025-01-15"]


def test_a_press_appearance_in_same_day_copy_keeps_the_paper_s_day() -> None:
    # near miss: the lead tells the paper's own day, so the appearance is that day's
    text = (
        "Truce agreed\n\n"
        "DOHA (Reuters) - Mediators on Thursday announced a ceasefire deal after weeks of "
        "talks in the Qatari capital.\n\n"
        "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani told a news conference that "
        "the truce would take effect on Sunday.\n"
    )
    found = extract(text, published=THURSDAY)
    said = [s for s in found if s.text.startswith("the truce would")]
    assert [s.said_on for s in said] == ["2025-01-16"]


def test_a_routine_briefing_in_next_day_copy_keeps_the_paper_s_day() -> None:
    # near miss: "a regular press briefing" is a ministry's routine one, of the paper's day
    text = (
        "Truce agreed\n\n"
        "DOHA (Reuters) - Mediators on Wednesday announced a ceasefire deal after weeks of "
        "talks in the Qatari capital.\n\n"
        "Foreign ministry spokesman Majed al-Ansari told a regular press briefing that the truce "
        "would take effect on Sunday.\n"
    )
    found = extract(text, published=THURSDAY)
    said = [s for s in found if s.text.startswith("the truce would")]
    assert [s.said_on for s in said] == ["2025-01-16"]
