"""Days of statements in real copy (issue 8, round seventeen): round-ups, follow-ups and
analysis pieces whose words were said on days other than the article's. Each test in new
words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 10, 12)  # a weekly round-up of the week to Saturday


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_a_weekly_round_ups_weekday_headings_date_the_items_under_them() -> None:
    text = (
        "THE WEEK IN BRIEF\n\n"
        "Tuesday: Oslo talks stall\n\n"
        "Norwegian Foreign Minister Erik Dahl told a news conference in Oslo that the "
        "fisheries talks had reached a dead end.\n\n"
        "Thursday - Helsinki offers to mediate\n\n"
        "Finnish President Aino Virtanen said her government was ready to host a new round.\n\n"
        "SATURDAY\n\n"
        "Icelandic Prime Minister Sigrun Haraldsdottir said the quotas would not change."
    )
    found = _days(text, SATURDAY)
    assert ("Erik Dahl", "2024-10-08") in found
    assert ("Aino Virtanen", "2024-10-10") in found
    assert ("Sigrun Haraldsdottir", "2024-10-12") in found


def test_the_same_day_in_a_round_ups_item_is_its_heading_day_not_the_one_before() -> None:
    text = (
        "Monday: Ministers meet in Riga\n\n"
        "Latvian Foreign Minister Juris Ozols, opening the meeting on October 7, said the "
        "Baltic grid would be finished by spring.\n\n"
        "Wednesday: Vilnius responds\n\n"
        "Lithuanian Prime Minister Ona Petraitiene welcomed the plan. Hours later, Estonian "
        "Prime Minister Kaja Tamm said Tallinn would pay its share."
    )
    found = _days(text, SATURDAY)
    assert ("Juris Ozols", "2024-10-07") in found
    assert ("Kaja Tamm", "2024-10-09") in found


def test_a_meeting_the_news_days_event_came_a_day_after_is_the_day_before_it() -> None:
    text = (
        "Lisbon, October 12: Portuguese Foreign Minister Rui Costa said on Friday that the "
        "fisheries accord would be signed before winter.\n\n"
        "His remarks came a day after Prime Minister Ana Lopes held talks in Lisbon with "
        "Moroccan Prime Minister Karim Alaoui.\n\n"
        "Alaoui described the accord as fair to both fleets."
    )
    found = _days(text, SATURDAY)
    assert ("Rui Costa", "2024-10-11") in found
    assert ("Karim Alaoui", "2024-10-10") in found


def test_first_lady_before_a_name_is_a_title_not_a_given_name() -> None:
    text = "First Lady Marta Ruiz told the pupils in Quito on Friday that every library mattered."
    assert ("Marta Ruiz", "2024-10-11") in _days(text, SATURDAY)


def test_a_statement_issued_on_a_day_between_the_speaker_and_the_verb() -> None:
    text = (
        "Serbian Foreign Minister Marko Djuric in a statement issued late Thursday said "
        "Belgrade would not recognise the border crossing.\n\n"
        "Montenegrin President Jakov Milatovic in an interview with RTCG aired on Wednesday "
        "said the talks should go on."
    )
    found = _days(text, SATURDAY)
    assert ("Marko Djuric", "2024-10-10") in found
    assert ("Jakov Milatovic", "2024-10-09") in found


def test_its_ministry_after_a_state_is_that_states_ministry() -> None:
    text = (
        "Belarus has not commented on the closure. Its interior ministry said on Friday that "
        "the checkpoints would stay open to freight."
    )
    speakers = [s for s, _ in _days(text, SATURDAY)]
    assert speakers == ["Belarusian Interior Ministry"]


def test_on_the_weekend_is_the_weekend_just_past() -> None:
    text = (
        "Canadian Foreign Minister Melanie Joly, speaking to students in Halifax on the "
        "weekend, said Ottawa would reopen its consulate."
    )
    assert ("Melanie Joly", "2024-10-05/2024-10-06") in _days(text, datetime.date(2024, 10, 8))


def test_a_days_statement_from_a_body_gives_the_body_and_the_day() -> None:
    text = (
        "Thursday's statement from the Peruvian foreign ministry said the ambassador had "
        "been recalled for consultations."
    )
    assert ("Peruvian Foreign Ministry", "2024-10-10") in _days(text, SATURDAY)


def test_an_event_named_by_its_days_possessive_as_subject_is_a_day_reached() -> None:
    text = (
        "Last Tuesday's summit in Valletta closed without a communique. Maltese Prime "
        "Minister Robert Abela said afterwards that the migration pact was still alive."
    )
    assert ("Robert Abela", "2024-10-08") in _days(text, SATURDAY)


def test_a_relative_clause_on_the_occasion_before_that_is_no_part_of_the_words() -> None:
    text = (
        "Slovenian Foreign Minister Tanja Fajon said on Thursday at the final session of the "
        "Bled forum, which had run for two days, that the enlargement timetable was realistic."
    )
    found = [(s.speaker, s.text) for s in extract(text, published=SATURDAY)]
    assert found == [("Tanja Fajon", "the enlargement timetable was realistic")]


def test_a_pronoun_after_an_opening_time_is_the_subject_a_participle_goes_back_to() -> None:
    text = (
        "Lithuanian Foreign Minister Gabrielius Landsbergis spoke in Vilnius in March. This "
        "week he renewed his appeal, telling reporters in Riga that the air policing mission "
        "needed more jets."
    )
    found = _days(text, SATURDAY)
    assert ("Gabrielius Landsbergis", "2024-10-07/2024-10-12") in found


def test_an_abbreviated_month_in_the_phrases_before_that_is_no_sentence_end() -> None:
    text = (
        "Vietnamese President Vo Van Thuong said in his Lunar New Year message on Feb. 9 that "
        "the country would deepen ties with its neighbours."
    )
    found = [(s.speaker, s.said_on, s.text) for s in extract(text, published=SATURDAY)]
    assert found == [
        ("Vo Van Thuong", "2024-02-09", "the country would deepen ties with its neighbours")
    ]


def test_a_count_of_days_later_opening_the_sentence_before_a_pronoun() -> None:
    text = (
        "Moldovan President Maia Sandu told parliament on Monday that the referendum would go "
        "ahead. Three days later she said the date had been fixed."
    )
    found = _days(text, SATURDAY)
    assert ("Maia Sandu", "2024-10-10") in found


def test_a_day_before_set_off_by_a_comma_counts_back_from_the_day_told() -> None:
    text = (
        "Croatian Prime Minister Andrej Plenkovic said on Thursday that the pipeline deal "
        "was done. A day before, Energy Minister Ante Susnjar told reporters the price was "
        "still open."
    )
    assert ("Ante Susnjar", "2024-10-09") in _days(text, SATURDAY)


def test_weekday_headings_with_their_dates_in_capitals() -> None:
    text = (
        "THE WEEK IN EUROPE\n\n"
        "TUESDAY, October 8\n\n"
        "Dutch Prime Minister Dick Schoof told parliament the asylum law would be tightened.\n\n"
        "THURSDAY, October 10\n\n"
        "Belgian Prime Minister Bart De Wever said the coalition talks had resumed."
    )
    found = _days(text, SATURDAY)
    assert ("Dick Schoof", "2024-10-08") in found
    assert ("Bart De Wever", "2024-10-10") in found


def test_a_participle_aside_whose_day_carries_its_date_leaves_the_name_speaking() -> None:
    text = (
        "Czech Prime Minister Petr Fiala, speaking on Wednesday, October 9, told reporters "
        "in Prague that the ammunition initiative would continue."
    )
    assert ("Petr Fiala", "2024-10-09") in _days(text, SATURDAY)


def test_a_day_after_someone_said_counts_back_from_the_day_just_told() -> None:
    text = (
        "Norwegian Prime Minister Jonas Gahr Store said on Thursday that Oslo would raise "
        "its aid. He was speaking a day after Finnish President Alexander Stubb said the "
        "Nordic states should act together."
    )
    assert ("Alexander Stubb", "2024-10-09") in _days(text, SATURDAY)


def test_an_interview_given_on_one_day_and_published_on_another_dates_the_words_given() -> None:
    text = (
        "In an interview recorded on Tuesday and broadcast on Friday, Latvian President "
        "Edgars Rinkevics said the Baltic states would not be intimidated."
    )
    assert ("Edgars Rinkevics", "2024-10-08") in _days(text, SATURDAY)
