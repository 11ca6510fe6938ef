"""Construction probes of relative and vague time in English attributions (issue 8, round
10): "today", "last Friday", "earlier this week", "the following day", "in recent days"...
each test varies one construction and is written in new words."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2024, 5, 15)


def run(text: str, published: datetime.date | None = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_today_opening_a_sentence_after_a_capitalised_word_is_the_articles_day() -> None:
    # a release's "Today, Minister X announced" below a heading that ends in a name, and a
    # "Today," after a sentence that ends in a weekday: the reporter's day, not "USA Today"
    text = (
        "May 15, 2024 - Lima - Ministry of Trade\n\n"
        "Today, the Honourable Rosa Quispe, Minister of Trade, announced that Peru will open "
        "two new export offices in Asia.\n\n"
        "The tender for the port closed on Monday. Today, Port Authority chief Hugo Salas said "
        "the winner would be named in June.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Rosa Quispe", "2024-05-15"),
        ("Hugo Salas", "2024-05-15"),
    ]


def test_last_and_a_weekday_opening_a_sentence_is_a_week_back_on_that_weekday() -> None:
    # "Last Wednesday," in a Wednesday story: the Wednesday before, not the article's day
    text = (
        "Last Wednesday, Chilean Foreign Minister Elena Rojas said the border crossing would "
        "reopen.\n\n"
        "This past Wednesday, Bolivian envoy Mario Cruz told reporters that lorries were "
        "still waiting.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Elena Rojas", "2024-05-08"),
        ("Mario Cruz", "2024-05-08"),
    ]


def test_this_week_in_a_monday_story_is_before_the_articles_day() -> None:
    # the week so far is the article's Monday alone: "earlier this week" names no day of it
    monday = datetime.date(2024, 5, 13)
    text = (
        "Kenyan Interior Minister Joseph Otieno said earlier this week that the curfew "
        "would be lifted.\n\n"
        "Uganda's trade envoy Grace Akello told parliament this week that exports had "
        "recovered.\n"
    )
    found = run(text, monday)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Joseph Otieno", "../2024-05-13"),
        ("Grace Akello", "../2024-05-13"),
    ]


def test_over_the_past_week_is_the_seven_days_up_to_the_articles() -> None:
    text = (
        "Nepal's Foreign Minister Sita Rai has said repeatedly over the past week that the "
        "border dispute must be settled by talks.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Sita Rai", "2024-05-08/2024-05-15")]


def test_said_the_following_day_counts_a_day_on_and_announces_no_words() -> None:
    # "said the following" announces a quotation below; "said the following day" does not
    signed = "Angola and Zambia signed the rail accord in Luanda on May 2.\n\n"
    reported = (
        "Zambian Transport Minister Peter Banda said the following day that the first "
        "freight trains would run in July.\n"
    )
    quoted = (
        '"The line will carry copper to the coast," Angolan envoy Rui Neto said the '
        "following day.\n"
    )
    found = run(signed + reported) + run(signed + quoted)
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        ("Peter Banda", "the first freight trains would run in July", "2024-05-03"),
        ("Rui Neto", "The line will carry copper to the coast", "2024-05-03"),
    ]


def test_a_relative_time_between_the_speaker_and_the_verb_or_after_it_is_no_part_of_the_words() -> (
    None
):
    # "X in recent days said", "..., X said this morning.", "X the same day told": the time
    # of the saying, not the start or the whole of what was said
    text = (
        "Thai Foreign Minister Anan Chai in recent days said the embassy would stay open.\n\n"
        "The rice deal is close, Vietnamese trade envoy Linh Tran said this morning.\n\n"
        "Flood waters reached Hue on May 6. Vietnam's disaster chief Minh Pham the same day "
        "told reporters that 3,000 people had been moved.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        ("Anan Chai", "the embassy would stay open", "../2024-05-15"),
        ("Linh Tran", "The rice deal is close", "2024-05-15"),
        ("Minh Pham", "3,000 people had been moved", "2024-05-06"),
    ]


def test_hours_later_is_the_day_told_before_however_long_ago() -> None:
    text = (
        "Peru's Congress voted to remove the president on March 28.\n\n"
        "Hours later, Chilean Foreign Minister Elena Rojas said Santiago respected the "
        "decision.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Elena Rojas", "2024-03-28")]


def test_at_the_time_with_no_day_told_before_is_some_time_before_the_articles_day() -> None:
    # "X said at the time" looks back at an occasion the story gives no day for: before the
    # article's day, not on it
    text = (
        "The port authority has opposed the dredging plan for years.\n\n"
        '"We will not pay for it," Transport Minister Ines Duarte, who once ran the authority, '
        "said at the time.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Ines Duarte", "../2024-05-15")]


def test_a_weekday_of_last_week_is_that_day_of_the_week_before() -> None:
    # a Wednesday story: "on Tuesday last week" is 7 May, not the day before the article
    text = (
        "Mongolian Foreign Minister Bat Erdene said on Tuesday last week that the rail link "
        "to the port would open in autumn.\n\n"
        "Last week on Friday, Kazakh trade envoy Aigerim Sadykova told reporters that grain "
        "exports had doubled.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Bat Erdene", "2024-05-07"),
        ("Aigerim Sadykova", "2024-05-10"),
    ]


def test_earlier_in_a_month_is_that_month_and_the_past_few_days_are_before_today() -> None:
    text = (
        "Swiss envoy Lena Frei said earlier in May that the mediation would continue.\n\n"
        "Austrian Foreign Minister Karl Moser has said over the past few days that the "
        "embassy would stay shut.\n\n"
        "Czech Foreign Minister Jan Novak late last week said the visa rules would not "
        "change.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        ("Lena Frei", "the mediation would continue", "2024-05"),
        ("Karl Moser", "the embassy would stay shut", "../2024-05-15"),
        ("Jan Novak", "the visa rules would not change", "2024-05-06/2024-05-12"),
    ]


def test_remarks_that_came_after_an_event_of_last_week_are_not_dated_by_that_week() -> None:
    text = (
        "Estonia is reviewing its ferry links.\n\n"
        "Estonian Foreign Minister Mart Tamm said the ferry line to Helsinki would be sold. "
        "His remarks came after the operator cancelled its winter sailings last week.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Mart Tamm", "2024-05-15")]


def test_later_after_the_same_speakers_day_in_the_paragraph_before_is_between_it_and_today() -> (
    None
):
    # the day a paragraph gives a minister's meeting, then "X later told" (or "He later
    # told" after X's words) opening the next: some time from that day to the article's
    by_name = (
        "Finance Minister Rui Costa met bank chiefs in Lisbon on Monday.\n\n"
        "Costa later told RTP that the bond sale would go ahead.\n"
    )
    by_pronoun = (
        "Finance Minister Rui Costa met bank chiefs in Lisbon on Monday.\n\n"
        '"We are ready," Costa told the bankers. He later told RTP that the bond sale would '
        "go ahead.\n"
    )
    for text in (by_name, by_pronoun):
        found = run(text)
        assert [s.said_on for s in found if "bond sale" in s.text] == ["2024-05-13/2024-05-15"]


def test_a_programme_called_this_week_and_a_week_still_to_come_date_nothing() -> None:
    # ABC's "This Week" is a programme, "later this month" a plan; neither is the week or
    # the month the words were said in
    text = (
        "Senator Ruth Abel said on ABC's This Week that the bill would pass.\n\n"
        "Senator Tom Vance said the vote due later this month would be close.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Ruth Abel", "2024-05-15"),
        ("Tom Vance", "2024-05-15"),
    ]
