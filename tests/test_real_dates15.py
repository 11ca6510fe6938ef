"""Days of statements in real English copy (issue 8, round fifteen: dates on unseen wire,
paper and live-page copy). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 4, 17)
TUESDAY = "2024-04-16"


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_a_fronted_announcing_of_a_thing_is_the_act_and_its_day_the_speakers() -> None:
    # "Announcing the trip on Tuesday, X told ... that ...": the trip is announced, not
    # words; the day in that phrase is the day X spoke
    text = (
        "OSLO, April 17 -- Norway's prime minister arrived in Hanoi on Wednesday for a "
        "three-day visit.\n\n"
        "Announcing the trip on Tuesday, foreign ministry spokesperson Ingrid Dahl told "
        "reporters that Oslo saw Vietnam as a key partner in the region."
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Ingrid Dahl", TUESDAY)]
    assert found[0].text.startswith("Oslo saw Vietnam")


def test_earlier_in_the_week_is_the_weeks_earlier_days() -> None:
    # "earlier in the week" says what "earlier this week" says: from Monday up to the day
    # before the article's
    text = (
        "LISBON, April 17 -- Portugal and Morocco signed a fisheries accord on Wednesday.\n\n"
        "Asked about the accord earlier in the week, Spanish foreign ministry spokesman Pablo "
        "Ruiz said Madrid welcomed any deal that respected international law."
    )
    assert _days(text, WEDNESDAY) == [("Pablo Ruiz", "2024-04-15/2024-04-16")]


def test_a_live_entry_stamped_with_its_day_and_time_dates_its_opening_perfect() -> None:
    # "17 Apr 2024 - 14:10 GMT" heads each entry: "has told" in an entry's opening report
    # is news of that entry's day, not words from some time before the page
    text = (
        "LIVE\n"
        "Live: Talks on the grain corridor resume in Istanbul\n\n"
        "17 Apr 2024 - 14:10 GMT\n"
        "Kuleba: Kyiv will keep the ships moving\n\n"
        "Ukrainian Foreign Minister Dmytro Kuleba has told national television that Kyiv will "
        "keep its ships moving whatever the outcome of the talks.\n\n"
        "17 Apr 2024 - 11:45 GMT\n"
        "Ankara hopes for a deal by the weekend\n\n"
        "Turkish Foreign Minister Hakan Fidan has told reporters in Istanbul that a deal "
        "could be reached before the weekend.\n\n"
        "16 Apr 2024 - 21:30 GMT\n"
        "Moscow sets out its terms\n\n"
        "Russian Deputy Foreign Minister Sergei Vershinin has told state media that Moscow "
        "wants guarantees for its own grain and fertiliser exports.\n"
    )
    found = _days(text, WEDNESDAY)
    assert ("Dmytro Kuleba", "2024-04-17") in found
    assert ("Hakan Fidan", "2024-04-17") in found
    # an entry of the day before the page's: its stamp's day
    assert ("Sergei Vershinin", TUESDAY) in found


def test_a_live_entry_with_no_day_of_its_own_is_not_dated_by_an_earlier_entry() -> None:
    # the speaker's words at the top of the page were dated the day before; a later entry
    # tells a new briefing of the page's day, though it names no day
    text = (
        "Live updates: Moldova's government under pressure\n\n"
        "Last updated: 17/04/2024 - 18:20\n\n"
        "Prime Minister Dorin Recean announced on April 16 that the cabinet would ask "
        "parliament for a vote of confidence.\n\n"
        "15:40\n"
        "Speaking to journalists at a briefing, Recean dismissed claims that the coalition "
        'was falling apart. "We are united and we will govern," the prime minister said.\n\n'
        "12:05\n"
        "Opposition leader Ion Ceban told reporters that the government had lost its "
        "majority and should resign.\n"
    )
    found = _days(text, WEDNESDAY)
    assert found[0] == ("Dorin Recean", TUESDAY)
    assert ("Dorin Recean", "2024-04-17") in found[1:]
    assert all(day == "2024-04-17" for who, day in found[1:] if who == "Dorin Recean")
