"""A day counted from the day the story reached may not run past the article's own:
"Last week, X sent a letter calling it off ... . A day later, X said ..." in a story
whose only day is the article's counts from no day the story told, and the words were
said on or before the article's day. A count that stays on or before it ("The day
before, ...") keeps its day. Pages written here, in the manner of a wire story on a
summit."""

import datetime

from tracker.extract import extract

PAST_THE_PAGE = (
    "WASHINGTON (Reuters) - U.S. Secretary of State Mike Pompeo said on Thursday that talks "
    "with North Korea had made \u201creal progress\u201d toward a summit.\n\n"
    "The meeting had been set for June 12, but last week, U.S. President Donald Trump "
    "sent Kim Jong Un a letter calling it off in light of Pyongyang\u2019s \u201copen "
    "hostility.\u201d\n\n"
    "A day later, though, Trump said the summit could still go ahead on June 12.\n"
)

# the near miss: counted back from the article's day, still on or before it
THE_DAY_BEFORE = (
    "WASHINGTON (Reuters) - U.S. Secretary of State Mike Pompeo said on Thursday that talks "
    "with North Korea had made \u201creal progress\u201d toward a summit.\n\n"
    "The meeting had been set for June 12, but last week, U.S. President Donald Trump "
    "sent Kim Jong Un a letter calling it off in light of Pyongyang\u2019s \u201copen "
    "hostility.\u201d\n\n"
    "The day before, though, Trump said the summit could still go ahead on June 12.\n"
)


def test_a_count_past_the_article_day_is_on_or_before_it() -> None:
    got = [
        (s.speaker, s.said_on)
        for s in _statements(PAST_THE_PAGE)
        if s.text.startswith("the summit could still")
    ]
    assert got == [("Donald Trump", "../2018-05-31")], got


def test_a_count_back_keeps_its_day() -> None:
    got = [
        (s.speaker, s.said_on)
        for s in _statements(THE_DAY_BEFORE)
        if s.text.startswith("the summit could still")
    ]
    assert got == [("Donald Trump", "2018-05-30")], got


def _statements(text: str) -> list:
    return extract(text, published=datetime.date(2018, 5, 31))
