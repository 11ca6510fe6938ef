"""Construction probes of the day a statement was made (issue 8, round 9): each test varies
one construction of wire copy that dates words by an occasion the story told, written here
in new words."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

SATURDAY = datetime.date(2024, 12, 7)


def run(text: str, published: datetime.date | None = SATURDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_joint_news_conference_is_held_on_the_day_of_the_talks_told_before() -> None:
    # next-day copy: the lead dates the two countries' talks, the quote comes from the joint
    # appearance of their envoys after them, on that day, not the article's
    text = (
        "Portugal and Ghana held talks on cocoa tariffs in Lisbon on Thursday.\n\n"
        "The arrangement would cut duties on processed cocoa by half.\n\n"
        '"Our growers have waited ten years for this," Ghanaian trade envoy Kofi Mensah '
        "said at a joint press conference with Portugal's economy secretary, Rui Alves.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Kofi Mensah", "2024-12-05")]


def test_a_joint_news_conference_after_a_later_day_is_not_dated_by_the_talks() -> None:
    # a later day stands between the talks and the appearance: the talks' day is not it
    text = (
        "Portugal and Ghana held talks on cocoa tariffs in Lisbon on Monday.\n\n"
        "The two sides met again on Thursday to settle the last points.\n\n"
        '"Our growers have waited ten years for this," Ghanaian trade envoy Kofi Mensah '
        "said at a joint press conference with Portugal's economy secretary, Rui Alves.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Kofi Mensah"]
    # not Monday, the talks' day: the words keep the article's own
    assert found[0].said_on == "2024-12-07"


def test_who_held_a_news_conference_on_a_day_dates_the_words_said_there() -> None:
    # "Y, who held a joint news conference with X on Wednesday, praised ...": the relative
    # clause names the occasion the speaker spoke at, and its day
    text = (
        "Prime Minister Ines Duarte said on Thursday that Lisbon would double its aid.\n\n"
        "EU Commissioner Jan Vermeer, who held a joint news conference with Duarte on "
        "Wednesday, said the bloc would match the pledge.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Ines Duarte", "2024-12-05"),
        ("Jan Vermeer", "2024-12-04"),
    ]


def test_who_arrived_on_a_day_does_not_date_the_words() -> None:
    # arriving is no occasion of speaking: the words keep no day of their own
    text = (
        "EU Commissioner Jan Vermeer, who arrived in Lisbon on Wednesday, said the bloc "
        "would match the pledge.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Jan Vermeer", "2024-12-07")]


def test_last_and_a_month_name_is_the_last_such_month_before_the_articles() -> None:
    # "last September" in a December story is this year's; "last December" is a year back
    text = (
        "Last September, Finance Minister Ola Dahl told parliament that the levy would "
        "stay.\n\n"
        "Trade Minister Siri Lund said last December that the quotas were too tight.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Ola Dahl", "2024-09"),
        ("Siri Lund", "2023-12"),
    ]


def test_in_a_month_last_year_is_that_month_a_year_back() -> None:
    text = "Trade Minister Siri Lund said in March last year that the quotas were too tight.\n"
    assert [s.said_on for s in run(text)] == ["2023-03"]


def test_days_ago_without_a_number_is_before_the_articles_day() -> None:
    # "just days ago", "weeks ago": said before the story's day, how long not told
    text = (
        "Just days ago, Trade Minister Siri Lund said the quotas were too tight.\n\n"
        "Finance Minister Ola Dahl told parliament weeks ago that the levy would stay.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Siri Lund", "../2024-12-06"),
        ("Ola Dahl", "../2024-12-07"),
    ]


def test_overnight_is_on_or_before_the_articles_day() -> None:
    # the night before the story's day or its small hours: no one day; "overnight strikes"
    # date the strikes, not the words
    text = (
        "In a statement issued overnight, Interior Minister Tor Vik said the border would "
        "reopen.\n\n"
        "Defence Minister Eva Holm said overnight strikes had hit two depots.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Tor Vik", "../2024-12-07"),
        ("Eva Holm", "2024-12-07"),
    ]


def test_a_month_or_week_beside_the_perfect_dates_the_words() -> None:
    # "had said last month", "had told Y in a phone call in October": the perfect only says
    # "before"; the month or week the same clause gives says when
    text = (
        "Trade Minister Siri Lund had said last month that the quotas were too tight.\n\n"
        "Finance Minister Ola Dahl had told his Danish counterpart in a phone call in October "
        "that the levy would stay.\n\n"
        "Defence Minister Eva Holm has said repeatedly that the depots were safe.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Siri Lund", "2024-11"),
        ("Ola Dahl", "2024-10"),
        ("Eva Holm", "../2024-12-07"),
    ]


def test_months_ago_and_in_recent_months_are_before_the_articles_day() -> None:
    text = (
        "Trade Minister Siri Lund said months ago that the quotas were too tight.\n\n"
        "Finance Minister Ola Dahl has said in recent months that the levy would stay.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on, s.text) for s in found] == [
        ("Siri Lund", "../2024-12-07", "the quotas were too tight"),
        ("Ola Dahl", "../2024-12-07", "the levy would stay"),
    ]


def test_told_the_session_is_at_the_event_told_before_by_its_verb() -> None:
    # the story tells the event by its verb ("convened on Thursday"), the words "at the
    # meeting" or "told the session" are from it, not from a later day of no meeting
    text = (
        "The Arctic Council convened in Tromso on Thursday to discuss shipping rules.\n\n"
        "Iceland's envoy Gunnar Olafsson told the session that the rules were overdue.\n\n"
        "Norway published its own draft of the rules on Friday.\n\n"
        "At the meeting, Finnish envoy Aino Virtanen said Helsinki backed the plan.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Gunnar Olafsson", "2024-12-05"),
        ("Aino Virtanen", "2024-12-05"),
    ]


def test_during_the_debate_is_on_the_day_the_story_gave_the_debate() -> None:
    # "The candidates debated in Houston on Thursday night. During the debate, X said":
    # the debate told by its verb or its noun
    text = (
        "The party's candidates debated in Tulsa on Thursday night.\n\n"
        "During the debate, Governor Ruth Keller said taxes on farms would fall.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Ruth Keller", "2024-12-05")]


def test_the_meetings_day_is_the_one_beside_its_verb_not_its_topics() -> None:
    # "met today to debate the veto cast on 2 December": the veto's day is what was
    # debated, the meeting is today's, for words said during it or afterwards
    text = (
        "The Assembly met today to debate the veto cast by Norway on 2 December.\n\n"
        "During the debate, Lena Ek (Sweden) said the veto had been a mistake.\n\n"
        "The ministers met on Thursday to review the accord signed on 2 December.\n\n"
        "Speaking afterwards, Lars Berg said the accord would hold.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Lena Ek", "2024-12-07"),
        ("Lars Berg", "2024-12-05"),
    ]


def test_a_week_later_is_counted_from_the_day_told_before() -> None:
    text = (
        "Finance Minister Ola Dahl said on November 12 that the levy would stay.\n\n"
        "A week later, Trade Minister Siri Lund said the quotas were too tight.\n\n"
        "Defence Minister Eva Holm said two weeks later that the depots were safe.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on, s.text) for s in found] == [
        ("Ola Dahl", "2024-11-12", "the levy would stay"),
        ("Siri Lund", "2024-11-19", "the quotas were too tight"),
        ("Eva Holm", "2024-12-03", "the depots were safe"),
    ]


def test_the_opening_session_is_on_the_day_the_summit_opened() -> None:
    text = (
        "The Nordic summit opened in Bergen on Wednesday.\n\n"
        "Addressing the opening session, Prime Minister Ines Duarte said the region must "
        "spend more on defence.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Ines Duarte", "2024-12-04")]
