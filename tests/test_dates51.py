"""Round 51 dates: lower-case weekdays read as days, a transcript's month-only title, a span
of days that dates a deed and not the words after it."""

import datetime

from tracker.extract import when
from tracker.extract.pipeline import extract

SUNDAY = datetime.date(2022, 7, 10)


def _dates(text: str, published: datetime.date) -> list[tuple[str, str | None]]:
    return [(s.text[:25], s.said_on) for s in extract(text, published=published)]


def test_lower_case_weekday_before_a_verb_of_saying_dates_the_words() -> None:
    text = (
        "Lagos\n\nThe Minister of Trade, Adaeze Okonkwo, friday said the new tariff regime "
        "would protect local producers from dumping.\n"
    )
    assert _dates(text, SUNDAY) == [("the new tariff regime wou", "2022-07-08")]


def test_lower_case_weekday_in_other_places_where_a_day_stands() -> None:
    assert when.weekdays_as_days("on tuesday the governor said") == "on Tuesday the governor said"
    assert when.weekdays_as_days("the envoy told journalists monday that") == (
        "the envoy told journalists Monday that"
    )
    assert when.weekdays_as_days("the senator stated thursday in Abuja") == (
        "the senator stated Thursday in Abuja"
    )
    text = (
        "Abuja\n\nSpeaking in Kano on saturday, the Senate President, Ibrahim Danjuma, said "
        "the electoral reforms would be passed before the end of the year.\n"
    )
    assert _dates(text, SUNDAY)[0][1] == "2022-07-09"


def test_lower_case_weekday_elsewhere_is_left_as_written() -> None:
    for words in ("the sunday school choir said", "a monday morning meeting", "Monday said"):
        assert when.weekdays_as_days(words) == words


def test_words_keep_their_lower_case_weekday() -> None:
    text = 'Accra\n\nThe minister said on friday: "We will meet on monday to finish it."\n'
    said = [s.text for s in extract(text, published=SUNDAY)]
    assert said and "on monday" in said[0]


INTERVIEW = """12 March 2021 10:15

Deputy Foreign Minister Ivan Petrov's interview with the Diplomatic Review journal, {title}

Question: Mr Petrov, how do you see the talks on strategic stability going?

Ivan Petrov: We are ready to resume the dialogue on all issues without preconditions.
"""


def test_transcript_title_giving_only_a_month_dates_the_turns_to_that_month() -> None:
    published = datetime.date(2021, 3, 12)
    for title in ("March 2021", "(March 2021)", "March, 2021"):
        got = extract(INTERVIEW.format(title=title), published=published)
        assert [s.said_on for s in got] == ["2021-03"], title


def test_transcript_title_with_a_day_or_a_later_month_is_not_a_month() -> None:
    published = datetime.date(2021, 3, 12)
    got = extract(INTERVIEW.format(title="March 10, 2021"), published=published)
    assert [s.said_on for s in got] == ["2021-03-10"]
    got = extract(INTERVIEW.format(title="April 2021"), published=published)
    assert [s.said_on for s in got] == ["2021-03-12"]


def test_span_of_days_dates_the_deed_not_the_words_after_it() -> None:
    monday = datetime.date(2021, 6, 14)
    for span in ("between Friday and Sunday", "from Thursday to Saturday"):
        text = (
            "Seoul, June 14 (Yonhap) -- South Korea has lodged a complaint with Japan, Foreign "
            f"Minister Chung Eui-yong said on Monday.\n\nIn the complaint, delivered {span} "
            "through diplomatic channels, Seoul asked Tokyo to withdraw the textbook, according "
            "to Chung at a news conference.\n\n"
            '"We expect a sincere response from the Japanese side," Chung said.\n'
        )
        got = _dates(text, monday)
        assert got[-1] == ("We expect a sincere respo", "2021-06-14"), span
