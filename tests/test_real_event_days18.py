"""Days of words said at an event a day's possessive named (issue 8, round eighteen): "for
Friday's Pacific Alliance summit", "Sunday's extraordinary summit" give the event its day in
any clause; words told later "at the summit", "at the opening of the summit", "on the eve of
the summit" are of that day (or the day before). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 10, 12)
TUESDAY = datetime.date(2024, 10, 8)


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_a_summit_a_relative_clause_named_by_its_day_dates_words_at_the_summit() -> None:
    text = (
        "Farmers blocked roads in Lyon on Saturday as the government insisted the pact was "
        "not final.\n\n"
        "Canadian Prime Minister Claire Dubois, who travelled to Santiago for Friday's Pacific "
        "Alliance summit, told the leaders that the pact would open new markets.\n\n"
        "Chilean President Tomas Rojas said at the summit that the text protected his "
        "country's mining sector."
    )
    assert ("Tomas Rojas", "2024-10-11") in _days(text, SATURDAY)


def test_words_on_the_eve_of_a_summit_a_days_possessive_named() -> None:
    text = (
        "Mali and Niger warned the bloc against any intervention on Monday.\n\n"
        "Regional leaders flew to Lome for Sunday's emergency summit, where a one-week "
        "deadline was set.\n\n"
        "In Bamako, army spokesman Ibrahim Keita said on the eve of the summit that the bloc "
        "was planning an invasion."
    )
    assert ("Ibrahim Keita", "2024-10-05") in _days(text, TUESDAY)


def test_a_pluperfect_at_the_opening_of_an_event_a_days_possessive_named() -> None:
    text = (
        "Mali and Niger warned the bloc against any intervention on Monday.\n\n"
        "Regional leaders flew to Lome for Sunday's emergency summit, where a one-week "
        "deadline was set.\n\n"
        '"The region will not wait," commission head Musa Bello said.\n\n'
        "Togolese President Sani Abubakar had told fellow heads of state at the opening of the "
        "summit that patience had run out."
    )
    assert ("Sani Abubakar", "2024-10-06") in _days(text, TUESDAY)


def test_words_at_the_close_of_a_session_a_days_possessive_named() -> None:
    text = (
        "Ministers met again on Monday in Geneva.\n\n"
        "Delegates had gathered in Geneva for Sunday's closing session of the review "
        "conference.\n\n"
        "Swiss Foreign Minister Anna Keller said at the close of the session that the text "
        "would be published."
    )
    assert ("Anna Keller", "2024-10-06") in _days(text, TUESDAY)


def test_a_days_meeting_does_not_date_the_call_the_words_name() -> None:
    # near miss: "Sunday's meeting" is another event than the call the words are told at
    text = (
        "The talks resumed in Doha on Monday, officials said.\n\n"
        "Commenting on Sunday's meeting between the two delegations in Cairo, Qatari mediator "
        "Ali Thani said on Monday that progress was real.\n\n"
        "Turkish President Murat Yilmaz said during the call with the emir that Ankara backed "
        "the process."
    )
    assert ("Murat Yilmaz", "2024-10-06") not in _days(text, TUESDAY)


def test_a_days_possessive_of_another_thing_before_the_summit_dates_no_summit() -> None:
    # near miss: "Friday's vote on the summit declaration" is the vote's day, not the summit's
    text = (
        "Lawmakers in Prague debated the pact on Saturday.\n\n"
        "Parliament held Friday's vote on the summit declaration after a long debate.\n\n"
        "Czech Prime Minister Jan Novak said at the summit that Prague would sign."
    )
    assert ("Jan Novak", "2024-10-11") not in _days(text, SATURDAY)


def test_a_speakers_own_todays_meeting_in_a_quote_dates_no_meeting_told_after() -> None:
    # near miss: "today's meeting" in quoted words is the speaker's day, not the story's
    text = (
        "Georgian and Armenian envoys met in Tbilisi on Thursday.\n\n"
        '"Today\u2019s meeting was frank," Armenian envoy Aram Petrosyan told reporters on '
        "Monday.\n\n"
        "Georgian envoy Levan Beridze said after the meeting that the border would reopen."
    )
    assert ("Levan Beridze", "2024-10-07") not in _days(text, SATURDAY)
