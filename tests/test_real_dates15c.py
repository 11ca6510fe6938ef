"""Days of statements in real copy (issue 8, round fifteen, third wave: dating classes
from the open sets' errors). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 10, 18)


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_a_question_and_answer_page_takes_the_day_its_introduction_gives_the_interview() -> None:
    # the introduction tells the news behind the interview (talks on an earlier day), then
    # that the interview was held by video link on a later one: the answers below are of
    # the interview's day, whatever the medium named before it
    text = (
        "GLOBAL AFFAIRS WEEKLY\n\n"
        "'The river treaty needs a referee, not a prayer'\n\n"
        "by Tomas Lindqvist October 18, 2024\n\n"
        "When the basin states met in Budapest on October 2, the talks ended without a "
        "deal on the dry-season quotas.\n\n"
        "Lena Moravec, a former Czech water negotiator who now teaches at a Vienna institute, "
        "has followed the basin talks for a decade. The interview was conducted via video "
        "link on October 15 and has been shortened.\n\n"
        "Global Affairs Weekly: Is the treaty working?\n\n"
        "Lena Moravec: It works on paper. The upstream states release water when it suits "
        "them, and nobody checks the gauges.\n\n"
        "Global Affairs Weekly: What would you change?\n\n"
        "Lena Moravec: I would give the commission its own inspectors and a budget that no "
        "single capital can veto.\n"
    )
    found = [day for who, day in _days(text, FRIDAY) if who == "Lena Moravec"]
    assert found and all(day == "2024-10-15" for day in found)


SUNDAY = datetime.date(2024, 6, 9)  # a paper of the day after Saturday's ceremony


def test_a_ceremony_told_in_one_speakers_own_clause_places_only_that_speaker_there() -> None:
    # next-day copy: "X, who also spoke at the ceremony" puts X at Saturday's unveiling; the
    # spokesman of a group quoted after X, with no day or place of his own, is not put there
    text = (
        "Governor Alice Mbeki yesterday unveiled a memorial to the miners killed in the "
        "1987 flood, calling it a debt the province had owed for too long.\n\n"
        "Union secretary Peter Dlamini, who also spoke at the ceremony, said the families "
        "still waited for the pensions promised to them.\n\n"
        '"A stone is not a pension," Dlamini said.\n\n'
        "Sipho Ndlovu, spokesman of the Miners' Widows Forum, said the group would take "
        "the mining company to court in the autumn.\n\n"
        '"We have waited long enough for apologies," he said.\n'
    )
    found = _days(text, SUNDAY)
    assert ("Peter Dlamini", "2024-06-08") in found
    assert all(day != "2024-06-08" for who, day in found if who == "Sipho Ndlovu")


def test_a_quote_right_after_words_told_last_month_is_of_that_telling() -> None:
    # the minister told a radio station last month what the works were; the quote that the
    # same paragraph goes on with ("he said") is from that interview, not of the paper's day
    text = (
        "Chile and Argentina opened a new border crossing in the Andes on Thursday.\n\n"
        "Chile's Public Works Minister Diego Fuentes told Radio Andina in an interview last "
        'month that the tunnel would be finished by 2027. "The rock is harder than the '
        'engineers expected, but the drills are already turning," he said.\n'
    )
    found = [day for who, day in _days(text, FRIDAY) if who == "Diego Fuentes"]
    assert found == ["2024-09", "2024-09"]


def test_a_month_told_after_the_verbs_object_dates_the_words_the_verb_goes_on_to() -> None:
    # "rejected the complaints last month, telling the senate that ...": the month is the
    # rejection's, and so of the words it goes on to, though the object is held as said
    text = (
        "Peru's congress ratified the water-sharing treaty with Bolivia on Thursday.\n\n"
        "Critics in the highlands have said the treaty gives away too much. Peruvian Foreign "
        "Minister Rosa Quispe rejected the complaints last month, telling the senate that "
        "the farmers' quotas were guaranteed by law.\n"
    )
    assert ("Rosa Quispe", "2024-09") in _days(text, FRIDAY)
