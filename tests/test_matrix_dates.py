"""Time expressions crossed with where they stand (issue 8, round 21: the DATES matrix).

A time told right after an inverted speaker ('"...," said X Tuesday') ends the speaker's
name; a weekday's date set off after it ("on Tuesday, 12 March, that", "во вторник, 12
марта, что") belongs to the time, not to the words; and the positions that must not date
the saying (a day inside the words, a day of the lead's event, "has said") keep their
days. Every sentence written here, in no set's words.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2024, 3, 14)
DATELINE = "Talks stall\n\nVIENNA, March 14 (Wire) - "
RU_DATELINE = "Переговоры\n\nВЕНА, 14 марта. /ТАСС/. "


def _one(text: str) -> tuple[str | None, str, str | None]:
    found = extract(text, published=THURSDAY)
    assert len(found) == 1, [(s.speaker, s.text) for s in found]
    return found[0].speaker, found[0].text, found[0].said_on


QUOTE = '"The inspectors will not be let back in,"'


@pytest.mark.parametrize(
    ("time", "day"),
    [
        # failed before: the time word was read as part of the name, and no one spoke
        ("Tuesday", "2024-03-12"),
        ("Monday evening", "2024-03-11"),
        ("early on Wednesday", "2024-03-13"),
        ("early Wednesday", "2024-03-13"),
        ("overnight", "../2024-03-14"),
        ("March 12", "2024-03-12"),
        ("the day before yesterday", "2024-03-12"),
        ("two days ago", "2024-03-12"),
        ("over the weekend", "2024-03-09/2024-03-10"),
        # near-misses that held before and must hold still
        ("on Tuesday", "2024-03-12"),
        ("late Tuesday", "2024-03-12"),
        ("yesterday", "2024-03-13"),
        ("earlier", "../2024-03-14"),
    ],
)
def test_a_time_after_an_inverted_speaker_ends_the_name(time: str, day: str) -> None:
    text = f"{DATELINE}{QUOTE} said Iranian Foreign Minister Hossein Amir-Abdollahian {time}."
    assert _one(text) == (
        "Hossein Amir-Abdollahian",
        "The inspectors will not be let back in",
        day,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        f"{QUOTE} said White House spokesman John Kirby Thursday.",
        f"{QUOTE} said Kirby's deputy, Olivia Dalton, Thursday.",
    ],
)
def test_a_bare_weekday_after_other_inverted_speakers(sentence: str) -> None:
    speaker, text, day = _one(DATELINE + sentence)
    assert text == "The inspectors will not be let back in"
    assert day == "2024-03-14"
    assert speaker in ("John Kirby", "Olivia Dalton")


def test_a_month_name_that_is_a_surname_stays_in_the_name() -> None:
    # "May" ends the name only before a day of the month
    text = f"{DATELINE}{QUOTE} said former British prime minister Theresa May."
    assert _one(text) == ("Theresa May", "The inspectors will not be let back in", "2024-03-14")


@pytest.mark.parametrize(
    "attribution",
    [
        # failed before: the words began at "12 March"
        "Dutch Foreign Minister Hanke Bruins Slot said on Tuesday, 12 March, that",
        "Dutch Foreign Minister Hanke Bruins Slot said on Tuesday, 12 March that",
        # held before
        "Dutch Foreign Minister Hanke Bruins Slot said on Tuesday 12 March that",
        "Dutch Foreign Minister Hanke Bruins Slot said on Tuesday, March 12, that",
        "Dutch Foreign Minister Hanke Bruins Slot said on Tuesday that",
    ],
)
def test_a_weekday_and_its_date_day_first(attribution: str) -> None:
    text = f"{DATELINE}{attribution} the embassy in Tehran would stay open."
    assert _one(text) == (
        "Hanke Bruins Slot",
        "the embassy in Tehran would stay open",
        "2024-03-12",
    )


def test_a_number_after_a_weekday_is_still_the_words() -> None:
    text = DATELINE + "Dutch Foreign Minister Hanke Bruins Slot said on Tuesday 12 envoys had left."
    assert _one(text) == ("Hanke Bruins Slot", "12 envoys had left", "2024-03-12")


@pytest.mark.parametrize(
    "sentence",
    [
        # failed before: no one spoke
        "Посол России в Австрии Дмитрий Любинский заявил во вторник, 12 марта, что "
        "инспекторы не вернутся в Иран.",
        "Посол России в Австрии Дмитрий Любинский заявил журналистам во вторник, 12 марта, "
        "что инспекторы не вернутся в Иран.",
        # held before
        "Посол России в Австрии Дмитрий Любинский заявил во вторник, что инспекторы не "
        "вернутся в Иран.",
        "Во вторник, 12 марта, посол России в Австрии Дмитрий Любинский заявил, что "
        "инспекторы не вернутся в Иран.",
        "Посол России в Австрии Дмитрий Любинский 12 марта заявил, что инспекторы не "
        "вернутся в Иран.",
    ],
)
def test_a_russian_weekday_and_its_date_set_off_by_commas(sentence: str) -> None:
    assert _one(RU_DATELINE + sentence) == (
        "Дмитрий Любинский",
        "инспекторы не вернутся в Иран",
        "2024-03-12",
    )


@pytest.mark.parametrize(
    ("body", "start", "day"),
    [
        # a day inside the words never dates the saying: the report's day
        (
            "Austrian Chancellor Karl Nehammer said the inspectors would return on Tuesday.",
            "the inspectors would return",
            "2024-03-14",
        ),
        (
            "Austrian Chancellor Karl Nehammer said the convoy had been stopped on 12 March.",
            "the convoy had been stopped",
            "2024-03-14",
        ),
        # a lead telling another event's day, the words below with no time of their own
        (
            "Inspectors were turned back at the border on Tuesday.\n\n"
            "The move drew protests from several capitals.\n\n"
            "Austrian Chancellor Karl Nehammer said the decision was a mistake.",
            "the decision was a mistake",
            "2024-03-14",
        ),
        # "has repeatedly said", "earlier": on or before the report's day
        (
            "Austrian Chancellor Karl Nehammer has repeatedly said that the inspectors must "
            "return.",
            "the inspectors must return",
            "../2024-03-14",
        ),
        (
            "Austrian Chancellor Karl Nehammer said earlier that the inspectors must return.",
            "the inspectors must return",
            "../2024-03-14",
        ),
        (
            "Austrian Chancellor Karl Nehammer said in a post on X on Monday that the inspectors "
            "must return.",
            "the inspectors must return",
            "2024-03-11",
        ),
    ],
)
def test_positions_that_keep_their_day(body: str, start: str, day: str) -> None:
    speaker, text, said_on = _one(DATELINE + body)
    assert (speaker, said_on) == ("Karl Nehammer", day)
    assert text.startswith(start)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("накануне заявил", "2024-03-13"),
        ("ранее заявил", "../2024-03-14"),
        ("в ходе брифинга в среду заявил", "2024-03-13"),
        ("в понедельник вечером заявил", "2024-03-11"),
    ],
)
def test_russian_times_before_the_verb(body: str, day: str) -> None:
    ambassador = "Посол России в Австрии Дмитрий Любинский"
    text = f"{RU_DATELINE}{ambassador} {body}, что инспекторы не вернутся в Иран."
    assert _one(text) == ("Дмитрий Любинский", "инспекторы не вернутся в Иран", day)


@pytest.mark.parametrize(
    ("told", "day"),
    [
        # failed before: the comma of the date cut the hearer from "that"
        ("told the BBC on Tuesday, March 12 that", "2024-03-12"),
        ("told the BBC on Tuesday, 12 March that", "2024-03-12"),
        ("told the BBC on March 3, 2023 that", "2023-03-03"),
        # held before
        ("told the BBC on Tuesday, March 12, that", "2024-03-12"),
        ("told the BBC on Tuesday that", "2024-03-12"),
        ("told the BBC's Newsnight programme on Tuesday that", "2024-03-12"),
    ],
)
def test_a_date_with_its_comma_after_the_hearer(told: str, day: str) -> None:
    text = f"{DATELINE}Austrian Chancellor Karl Nehammer {told} the inspectors must return."
    assert _one(text) == ("Karl Nehammer", "the inspectors must return", day)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # failed before: "this past week" told no time, and the report's day was given
        ("said this past week that", "2024-03-07/2024-03-14"),
        # held before
        ("said over the past week that", "2024-03-07/2024-03-14"),
        ("said last week that", "2024-03-04/2024-03-10"),
        ("said earlier this week that", "2024-03-11/2024-03-13"),
    ],
)
def test_weeks_counted_back_from_the_report(body: str, day: str) -> None:
    text = f"{DATELINE}Austrian Chancellor Karl Nehammer {body} the inspectors must return."
    assert _one(text) == ("Karl Nehammer", "the inspectors must return", day)
