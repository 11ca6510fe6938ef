"""How wire copy dates words (issue 8, round nineteen), probed with sentences written here
in the styles of several agencies. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _has(text: str, published: datetime.date, speaker: str, start: str, day: str) -> bool:
    """Whether ``speaker``'s words opening with ``start`` are dated ``day``."""
    return any(
        s.speaker == speaker and s.text.startswith(start) and s.said_on == day
        for s in extract(text, published=published)
    )


# --- words a day counted back from the news are another occasion, never the lead's retelling


def test_words_a_day_earlier_do_not_date_an_undated_lead() -> None:
    text = (
        "Ryabov rules out new talks\n\n"
        "MOSCOW, April 11 (Interfax) - Deputy Foreign Minister Oleg Ryabov said there was no "
        "point in resuming talks on the treaty.\n\n"
        '"The other side has shown no interest," Ryabov told journalists.\n\n'
        "A day earlier, Ryabov said that Moscow would keep its observers in Vienna."
    )
    pub = datetime.date(2024, 4, 11)
    assert _has(text, pub, "Oleg Ryabov", "there was no point in res", "2024-04-11")
    assert _has(text, pub, "Oleg Ryabov", "The other side has shown ", "2024-04-11")
    assert _has(text, pub, "Oleg Ryabov", "Moscow would keep its ob", "2024-04-10")


def test_words_the_previous_day_or_two_days_before_are_not_the_news_either() -> None:
    for back, day in (
        ("The previous day", "2024-04-10"),
        ("The day before", "2024-04-10"),
        ("Two days earlier", "2024-04-09"),
    ):
        text = (
            "Envoy sees no opening\n\n"
            "ANKARA, April 11 (Anadolu) - Presidential envoy Selim Kaya said the corridor would "
            "stay closed until the fighting stopped.\n\n"
            f"{back}, Kaya held talks in Baku, where he said Ankara backed the peace plan."
        )
        pub = datetime.date(2024, 4, 11)
        assert _has(text, pub, "Selim Kaya", "the corridor would stay c", "2024-04-11"), back
        assert _has(text, pub, "Selim Kaya", "Ankara backed the peace p", day), back


def test_a_lead_summed_up_and_told_again_with_its_day_still_takes_that_day() -> None:
    # near miss: the same words told again with a plain weekday are the lead's occasion
    text = (
        "Europe must stand together, minister says\n\n"
        "Europe must stand together against coercion, Dutch Foreign Minister Eva Smit has "
        "said.\n\n"
        "Speaking after Monday's meeting in Brussels, Smit said: \"Europe must stand together "
        'against coercion, or it will be picked apart."'
    )
    pub = datetime.date(2024, 4, 11)
    assert _has(text, pub, "Eva Smit", "Europe must stand togeth", "2024-04-08")


# --- a month and day with "last year" or "this year" after it: the year the words give


def test_a_month_and_day_last_year_is_of_the_year_before() -> None:
    pub = datetime.date(2024, 9, 20)
    for said in (
        "said on Aug. 2 last year",
        "said on August 2, last year,",
        "said on 2 August last year",
        "said in a speech on the 2nd of August last year",
    ):
        text = (
            "Minister recalls pledge\n\n"
            f"Foreign Minister Ines Duarte {said} that Lisbon would stay neutral.\n"
        )
        assert _has(text, pub, "Ines Duarte", "Lisbon would stay neutral", "2023-08-02"), said


def test_a_month_and_day_this_year_is_of_the_articles_year() -> None:
    pub = datetime.date(2024, 9, 20)
    text = (
        "Minister recalls pledge\n\n"
        "On 14 March this year, Foreign Minister Ines Duarte told parliament that Lisbon would "
        "stay neutral.\n"
    )
    assert _has(text, pub, "Ines Duarte", "Lisbon would stay neutral", "2024-03-14")


def test_last_years_thing_after_a_day_leaves_the_day_in_this_year() -> None:
    # near miss: "last year's accord" names a thing of last year, not the day's year
    pub = datetime.date(2024, 9, 20)
    text = (
        "Minister recalls pledge\n\n"
        "On September 2, last year's chair of the bloc, Foreign Minister Ines Duarte, said "
        "Lisbon would stay neutral.\n"
    )
    assert _has(text, pub, "Ines Duarte", "Lisbon would stay neutral", "2024-09-02")


# --- a "who" clause putting the speaker at a gathering a day's possessive names


def test_who_attended_a_days_gathering_dates_the_words_told_there() -> None:
    pub = datetime.date(2024, 5, 13)  # a Monday: next-day copy of Sunday's signing
    for who in (
        "who attended Sunday's signing ceremony",
        "who flew to Luanda for Sunday's summit",
        "who was in Luanda for Sunday's talks",
        "who chaired Sunday's session",
        "who presided over Sunday's closing session",
    ):
        text = (
            "Leaders hail Great Lakes accord\n\n"
            "Governments across the region welcomed the accord on Monday.\n\n"
            f"AU Commission chairman Paul Mensah, {who}, told the delegates that the deal "
            "was a turning point.\n"
        )
        assert _has(text, pub, "Paul Mensah", "the deal was a turning p", "2024-05-12"), who


def test_a_days_thing_in_a_who_clause_that_is_no_gathering_attended_dates_nothing() -> None:
    # near misses: a vote criticised, a summit still to come, a summit missed
    pub = datetime.date(2024, 5, 13)
    for who in (
        "who criticised Sunday's vote",
        "who will attend Sunday's summit",
        "who missed Sunday's summit",
    ):
        text = (
            "Leaders hail Great Lakes accord\n\n"
            f"AU Commission chairman Paul Mensah, {who}, said the deal was a turning point.\n"
        )
        assert _has(text, pub, "Paul Mensah", "the deal was a turning p", "2024-05-13"), who


def test_the_words_own_day_wins_over_the_gathering_the_who_clause_names() -> None:
    pub = datetime.date(2024, 5, 13)
    text = (
        "Leaders hail Great Lakes accord\n\n"
        "AU Commission chairman Paul Mensah, who flew to Luanda for Saturday's summit, said "
        "on Monday that the deal was a turning point.\n"
    )
    assert _has(text, pub, "Paul Mensah", "the deal was a turning p", "2024-05-13")


# --- a part of the day after "yesterday", or after the day of a named occasion


def _words(text: str, published: datetime.date) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=published)]


def test_yesterday_with_a_part_of_the_day_is_no_part_of_the_words() -> None:
    pub = datetime.date(2024, 2, 9)
    for sentence in (
        "Home Minister Arjun Rao said yesterday evening that the border talks would resume.",
        "Home Minister Arjun Rao yesterday morning said the border talks would resume.",
        "Home Minister Arjun Rao said yesterday afternoon the border talks would resume.",
        "Home Minister Arjun Rao told PTI yesterday night that the border talks would resume.",
    ):
        got = _words(f"Talks to resume\n\n{sentence}\n", pub)
        assert [(w, d) for _, w, d in got] == [("the border talks would resume", "2024-02-08")], (
            sentence
        )


def test_the_day_of_a_named_occasion_with_its_part_of_the_day() -> None:
    pub = datetime.date(2024, 2, 9)
    for sentence in (
        "Home Minister Arjun Rao said in a statement on Wednesday night the border talks "
        "would resume.",
        "Home Minister Arjun Rao said in a televised address on Wednesday evening the border "
        "talks would resume.",
    ):
        got = _words(f"Talks to resume\n\n{sentence}\n", pub)
        assert [(w, d) for _, w, d in got] == [("the border talks would resume", "2024-02-07")], (
            sentence
        )


def test_yesterdays_thing_stays_in_the_words() -> None:
    # near miss: a possessive "yesterday's" opens the words' subject
    pub = datetime.date(2024, 2, 9)
    got = _words(
        "Talks to resume\n\nHome Minister Arjun Rao said yesterday's talks had been useful.\n",
        pub,
    )
    assert [w for _, w, _ in got] == ["yesterday's talks had been useful"]


# --- "at the ceremony" after "the signing ceremony": the ceremony of the deed the story dated


def test_the_ceremony_told_again_is_the_one_named_by_its_deed() -> None:
    pub = datetime.date(2024, 3, 8)  # a Friday: copy two days after the deed
    for deed, ceremony in (
        ("The ceasefire signed in Arusha on Wednesday", "signing ceremony"),
        ("The bridge opened by the two presidents on Wednesday", "opening ceremony"),
        ("The summit closed in Arusha on Wednesday", "closing ceremony"),
    ):
        text = (
            "Can the Arusha deal hold?\n\n"
            f"{deed} was the region's biggest event in years.\n\n"
            f"Mediator Grace Wanjiru told the {ceremony} that the hard part started now.\n\n"
            "Rebel spokesman Tomas Deng said at the ceremony that his side would disarm."
        )
        assert _has(text, pub, "Tomas Deng", "his side would disarm", "2024-03-06"), ceremony


def test_the_ceremony_of_an_undated_deed_takes_no_day() -> None:
    # near misses: the deed has no day of its own; no ceremony told before
    pub = datetime.date(2024, 3, 8)
    for first in (
        "Mediator Grace Wanjiru told the signing ceremony that the hard part started now.",
        "Mediator Grace Wanjiru told reporters on Wednesday that the hard part started now.",
    ):
        text = (
            "Can the Arusha deal hold?\n\n"
            "The ceasefire was the region's biggest event in years.\n\n"
            f"{first}\n\n"
            "Rebel spokesman Tomas Deng said at the ceremony that his side would disarm."
        )
        assert _has(text, pub, "Tomas Deng", "his side would disarm", "2024-03-08"), first


# --- "said on arrival": the arrival the story dated


def test_words_on_arrival_are_of_the_arrivals_day() -> None:
    pub = datetime.date(2024, 7, 3)  # a Wednesday
    for arrived, on_arrival in (
        ("The first 300 Rwandan medics arrived in Goma on Tuesday", "said on arrival that"),
        ("The first 300 Rwandan medics landed in Goma on Tuesday", "told reporters upon arrival"),
        (
            "The first 300 Rwandan medics' arrival in Goma on Tuesday ended weeks of delay",
            "said on arriving that",
        ),
    ):
        text = (
            "Medics reach Goma\n\n"
            f"{arrived}.\n\n"
            f"Their team leader, Alice Uwase, {on_arrival} the clinics would open within days.\n"
        )
        assert _has(text, pub, "Alice Uwase", "the clinics would open", "2024-07-02"), arrived


def test_on_arrival_with_no_arrival_dated_keeps_the_papers_day() -> None:
    # near misses: an arrival told with no day; a day told for another thing
    pub = datetime.date(2024, 7, 3)
    for before in (
        "The first 300 Rwandan medics arrived in Goma after weeks of delay.",
        "The mission was approved by the council on Monday.",
    ):
        text = (
            "Medics reach Goma\n\n"
            f"{before}\n\n"
            "Their team leader, Alice Uwase, said on arrival that the clinics would open "
            "within days.\n"
        )
        assert _has(text, pub, "Alice Uwase", "the clinics would open", "2024-07-03"), before
