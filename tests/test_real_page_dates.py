"""Days a page gives its words rather than the sentence that reports them (issue 8): the day
a speech was delivered or an interview was held, as the page's header states it, whatever
day the page was posted. Each layout in new words written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract


def _said_on(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    found: list[ProposedStatement] = extract(text, published=published)
    return [(s.speaker, s.said_on) for s in found]


# A speech page's "Delivered on:" field, posted weeks later


def test_a_delivered_on_field_dates_a_speech_posted_weeks_later() -> None:
    text = (
        "Speech\n\n"
        "Harbours are our front line\n\n"
        "Speech by the Minister for Ports, Ellis Gramm, at the North Sea Shipping Forum.\n\n"
        "From: Department for Transport and Ellis Gramm\n"
        "Published 28 October 2025\n"
        "Delivered on: 9 October 2025 (Transcript of the speech, exactly as it was delivered)\n\n"
        "Good morning, and thank you to the Forum for inviting me.\n\n"
        "Our harbours carry nine tenths of what this country buys and sells. This winter we "
        "will put new radar on every approach channel.\n"
    )
    found = _said_on(text, datetime.date(2025, 10, 28))
    assert found and all(day == "2025-10-09" for _, day in found), found


# An interview's header that says when the conversation took place


def test_a_conversation_that_took_place_on_a_day_dates_every_answer() -> None:
    text = (
        'Trade commissioner Selma Horvat: "Tariffs are a tax on our own shops"\n\n'
        "November 21, 2025\n\n"
        "This conversation took place on 6 November in Graz and has been condensed.\n\n"
        "Q: Why does the bloc keep postponing the duties?\n\n"
        "Selma Horvat: Tariffs are a tax on our own shops. We want a deal before we want a "
        "fight.\n\n"
        "Q: Will the talks resume this year?\n\n"
        "Selma Horvat: I expect a round in December, if both sides are serious.\n"
    )
    found = _said_on(text, datetime.date(2025, 11, 21))
    turns = [day for who, day in found if who == "Selma Horvat"]
    assert len(turns) >= 2 and all(day == "2025-11-06" for day in turns), found


def test_an_interview_recorded_on_a_weekday_dates_its_answers() -> None:
    text = (
        "INTERVIEW\n\n"
        'Defence Minister Arvid Holm: "We will not leave the island undefended"\n\n'
        "6 November 2025\n\n"
        "This interview was recorded on Monday at the ministry in Visby.\n\n"
        "Question: Minister, is the garrison large enough?\n\n"
        "Arvid Holm: Not yet. We will add two companies by the spring, and the coastal "
        "batteries will follow.\n\n"
        "Question: Who pays?\n\n"
        "Arvid Holm: The budget agreed last month covers all of it.\n"
    )
    found = _said_on(text, datetime.date(2025, 11, 6))  # a Thursday
    turns = [day for who, day in found if who == "Arvid Holm"]
    assert len(turns) >= 2 and all(day == "2025-11-03" for day in turns), found


# A transcript's title that closes with its occasion's day, posted weeks later


def test_a_title_closing_with_its_day_dates_a_transcript_posted_weeks_later() -> None:
    text = (
        "Foreign Minister Lotte Brink's answers to media questions at a news conference "
        "following talks with Foreign Minister of Varnia Emil Sato, Tartu, September 30, 2025\n\n"
        "20 October 2025 11:05\n\n"
        "Lotte Brink: Good afternoon. Our talks were long and useful. We agreed to reopen "
        "the consulate in Narva before the winter.\n\n"
        "Question: Did you raise the fishing quotas?\n\n"
        "Lotte Brink: We did. Both sides want the quotas settled by the spring.\n"
    )
    found = _said_on(text, datetime.date(2025, 10, 20))
    turns = [day for who, day in found if who == "Lotte Brink"]
    assert len(turns) >= 2 and all(day == "2025-09-30" for day in turns), found


def test_a_title_dated_a_year_before_the_page_is_no_day_of_its_turns() -> None:
    for title in (
        "Statement by Minister Lotte Brink on the anniversary of the flood, 4 October 2024",
        # a title that closes with its occasion's day, as above, but a year back
        "Remarks by Minister Lotte Brink at the flood memorial, Valga, 4 October 2024",
    ):
        text = (
            f"{title}\n\n"
            "4 October 2025\n\n"
            "Lotte Brink: A year ago the river took forty homes in Valga. Every one of them "
            "has been rebuilt, and the new dykes will be finished this winter.\n"
        )
        found = _said_on(text, datetime.date(2025, 10, 4))
        assert found and all(day == "2025-10-04" for _, day in found), (title, found)


def test_another_occasion_that_took_place_on_a_day_does_not_date_the_answers() -> None:
    text = (
        'Foreign Minister Ines Barta: "Our door stays open"\n\n'
        "29 May 2025\n\n"
        "The first round of talks took place on 2 May in Valmor. Barta spoke to the Courier "
        "on Tuesday about what comes next.\n\n"
        "Question: Minister, is your government ready for a second round?\n\n"
        "Ines Barta: Our door stays open. We have said this for months, and nothing has "
        "changed.\n\n"
        "Question: What would it take?\n\n"
        "Ines Barta: A ceasefire that holds for more than a week.\n"
    )
    found = _said_on(text, datetime.date(2025, 5, 29))  # a Thursday
    turns = [day for who, day in found if who == "Ines Barta"]
    assert turns and "2025-05-02" not in turns, found
