"""Days of saying read from the story around the words (ANNOTATION.md: "Quotes that continue
a dated statement take its date"; "ранее" and the like are on or before the page's day):

* a body's dated lead, then one of its officials telling the press with no day of his own:
  his telling is how the body said it, on its day;
* a lead with no time of its own, then a paragraph opening on the occasion with its day ("In
  an address to the Senate on Tuesday, X warned ..."): the lead summed up that occasion;
* "X позже сообщил" after words told of a past season: some day after them, up to the page's;
* "Although he made these remarks three months ago, ...": the words just told, that month.

Sentences written here in the manner of a wire or a national paper."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _days(text: str, published: datetime.date) -> dict[str, str]:
    """The day each statement of ``text`` was said on, by its first three words (the
    language found from the text)."""
    return {
        " ".join(s.text.split()[:3]): s.said_on or "" for s in extract(text, published=published)
    }


SUNDAY = datetime.date(2024, 5, 12)

OFFICIAL_OF_BODY = (
    "Ghana's Ministry of Foreign Affairs said Friday that the tribunal's ruling on the fishing "
    "zone, expected on May 20, would be unfair to coastal communities.\n\n"
    "Samuel Owusu, chief director in the Foreign Affairs Ministry told reporters in Accra that "
    "Ghana had lost confidence in the arbitration process.\n\n"
    "“We have raised our objections at every stage of this process,” said Owusu.\n"
)


def test_an_official_of_the_lead_body_speaks_on_its_day() -> None:
    days = _days(OFFICIAL_OF_BODY, SUNDAY)
    assert days["Ghana had lost"] == "2024-05-10"
    assert days["We have raised"] == "2024-05-10"


OFFICIAL_OF_ANOTHER_BODY = (
    "Ghana's Ministry of Foreign Affairs said Friday that the tribunal's ruling on the fishing "
    "zone would be unfair to coastal communities.\n\n"
    "Samuel Owusu, chief director in the Fisheries Ministry told reporters in Accra that "
    "catches had fallen by a third.\n"
)


def test_an_official_of_another_body_keeps_no_day() -> None:
    days = _days(OFFICIAL_OF_ANOTHER_BODY, SUNDAY)
    assert days["catches had fallen"] != "2024-05-10"


WEDNESDAY = datetime.date(2024, 5, 15)

# (a page whose stamp and dateline give the item's day: the lead's only day, till now)
LEAD_OF_A_SPEECH = (
    "Kenya's ties rest on good neighbourliness: FM Wanjiru\n\nBY\n\n-\n\n"
    "Wed, 15 May 2024 - 10:05 GMT\n\nBY\n\nWed, 15 May 2024 - 10:05 GMT\n\n"
    "NAIROBI – 15 May 2024: Kenya's Minister of Foreign Affairs Grace Wanjiru said that "
    "Kenya's policy in the region rests on good neighbourliness. She added that Kenya seeks "
    "trade with its partners.\n\n"
    "In an address to the Senate on Monday, Wanjiru stressed that no neighbour would be "
    "allowed to shelter armed groups. “Our borders are not for sale,” Wanjiru said.\n"
)


def test_a_lead_takes_the_day_of_the_occasion_that_follows() -> None:
    days = _days(LEAD_OF_A_SPEECH, WEDNESDAY)
    assert days["no neighbour would"] == "2024-05-13"
    assert days["Kenya's policy in"] == "2024-05-13"
    assert days["Kenya seeks trade"] == "2024-05-13"


MONDAY = datetime.date(2017, 10, 2)

LATER_AFTER_A_SEASON = (
    "АСТАНА, 2 окт — Sputnik. Летом этого года представитель МИД Ирана Реза Мохаммади "
    "заявил, что Тегеран предложил провести переговоры в Астане. Однако министр иностранных "
    "дел Казахстана Ерлан Сарсенов позже сообщил, что никаких предложений Астана не "
    "получала.\n"
)


def test_later_said_after_a_past_season_is_on_or_before_the_page() -> None:
    days = _days(LATER_AFTER_A_SEASON, MONDAY)
    assert days["никаких предложений Астана"] == "../2017-10-02"


LATER_TO_COME = (
    "МОСКВА, 2 окт — ТАСС. Министр иностранных дел Олег Петров заявил в понедельник, что "
    "ответ на ноту будет дан позже обычного срока.\n"
)


def test_later_on_no_verb_of_saying_dates_nothing() -> None:
    days = _days(LATER_TO_COME, MONDAY)
    assert days["ответ на ноту"] == "2017-10-02"


JUNE = datetime.date(2023, 6, 14)

MADE_MONTHS_AGO = (
    "The minister's reply followed remarks by Viktor Sokolov, a nationalist deputy who "
    "urged Moscow to “take back the northern steppe.” Although he made these remarks three "
    "months ago at a party congress, the clip spread online only this week.\n"
)


def test_remarks_placed_months_ago_take_that_month() -> None:
    days = _days(MADE_MONTHS_AGO, JUNE)
    assert days["urged Moscow to"] == "2023-03"


THURSDAY = datetime.date(2016, 4, 14)

BRIEFED_THE_COMMITTEE = (
    "COLOMBO: Foreign Minister Ravi Perera on Wednesday said Sri Lanka would seek more "
    "fishing talks with India, addressing the Parliamentary Oversight Committee, which met "
    "on Wednesday in Colombo.\n\n"
    "The committee was also briefed by Foreign Ministry Director General Fernando on the "
    "recent visit of the Indian foreign secretary. The director general said both sides "
    "agreed to meet again in June.\n"
)


def test_the_official_who_briefed_the_sitting_speaks_on_its_day() -> None:
    days = _days(BRIEFED_THE_COMMITTEE, THURSDAY)
    assert days["Sri Lanka would"] == "2016-04-13"
    assert days["both sides agreed"] == "2016-04-13"
