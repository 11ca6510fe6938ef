"""A day that belongs to what the words are about, not to the saying (round 51).

* A day inside the noun phrase of an act, between the act and its "of" ("condemns the
  appalling killing on Wednesday night of two diplomats"), is the act's day, however many
  words qualify the act and whatever part of the day follows; an act named as where the
  words were said ("at the opening on Thursday of the summit") still dates them.
* In a lead whose verb is no plain verb of saying, a day after reported words that are a
  clause of their own ("wrote on Facebook that he had been tested on Friday") is that
  clause's deed's day, not the verb's; a short object's day ("slammed the remarks on
  Friday as reckless") stays the verb's.

Fixtures written here in the manner of UN and AU statement pages, a European
broadcaster's English page and a wire lead."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

THURSDAY = datetime.date(2024, 3, 14)
SATURDAY = datetime.date(2024, 3, 16)


def test_murder_on_tuesday_night_of_aid_workers_is_the_murders_day() -> None:
    assert_statements(
        "The Secretary-General strongly condemns the brutal murder on Tuesday night of "
        "three aid workers in Khartoum. He calls for those responsible to be held to account.",
        THURSDAY,
        [
            ("The Secretary-General", "strongly condemns the brutal murder", "2024-03-14"),
            ("The Secretary-General", "calls for those responsible", "2024-03-14"),
        ],
    )


def test_long_awaited_signing_on_tuesday_of_an_accord_is_the_signings_day() -> None:
    assert_statements(
        "Foreign Minister Ana Lopes welcomed the long-awaited signing on Tuesday of the "
        "ceasefire accord in Bogota.",
        THURSDAY,
        [("Ana Lopes", "welcomed the long-awaited signing", "2024-03-14")],
    )


def test_senseless_attack_on_wednesday_morning_of_a_convoy_is_the_attacks_day() -> None:
    assert_statements(
        "The African Union Commission Chairperson Moussa Diallo deplores the senseless attack "
        "on Wednesday morning of a relief convoy near Goma.",
        THURSDAY,
        [("Moussa Diallo", "deplores the senseless attack", "2024-03-14")],
    )


def test_near_miss_the_opening_where_words_were_said_keeps_its_day() -> None:
    assert_statements(
        "Minister Lina Berg spoke at the opening on Tuesday of the summit in Vilnius, "
        "saying that the alliance was strong.",
        THURSDAY,
        [("Lina Berg", "the alliance was strong", "2024-03-12")],
    )


def test_near_miss_the_verbs_own_day_after_a_bare_object() -> None:
    assert_statements(
        "Prime Minister Jan Novak condemned the attack on Tuesday, calling it cowardly.",
        THURSDAY,
        [("Jan Novak", "condemned the attack", "2024-03-12")],
    )


def test_tested_on_friday_in_a_post_is_the_tests_day() -> None:
    assert_statements(
        "Foreign Minister Urmas Kask wrote on Facebook that he had been tested on Friday and "
        "was waiting for the result.",
        SATURDAY,
        [("Urmas Kask", "he had been tested on Friday", "2024-03-16")],
    )


def test_briefed_on_thursday_in_a_post_is_the_briefings_day() -> None:
    assert_statements(
        "Minister Lina Berg posted on X that she was briefed on Thursday by the ambassador.",
        SATURDAY,
        [("Lina Berg", "she was briefed on Thursday", "2024-03-16")],
    )


def test_would_retaliate_on_monday_is_no_day_of_the_warning() -> None:
    assert_statements(
        "Defence Minister Omar Haddad warned they would not stay silent on Monday.",
        SATURDAY,
        [("Omar Haddad", "they would not stay silent", "2024-03-16")],
    )


def test_near_miss_a_short_objects_day_is_the_verbs() -> None:
    assert_statements(
        "Foreign Minister Urmas Kask slammed the remarks on Friday as reckless.",
        SATURDAY,
        [("Urmas Kask", "slammed the remarks on Friday", "2024-03-15")],
    )
