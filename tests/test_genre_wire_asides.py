"""English wire copy (Reuters, AP, Bloomberg, dpa) in what it tells beside the saying: a
party named with a lower-case label after the speaker ("X of the conservative Y"), a
relative clause on the subject holding another message and its day, a flashback in the
pluperfect one paragraph before the speaker's next words, "earlier" made exact by the
same sentence's month, and an hour of the story's day on a live page. Pages and sentences
written here; each expected statement is checked for its speaker, its first words and
its day."""

import datetime

from tests.statement_checks import assert_statements

DPA_PARTY_LABEL = (
    "Vienna (dpa) - Austria's parliament approved the new asylum rules on Thursday after a "
    "heated debate.\n\n"
    "Opposition leader Herbert Kickl of the far-right Freedom Party said the rules would "
    'change "nothing at all," accusing the coalition of staging a show.\n\n'
    "Lawmaker Beate Meinl-Reisinger of the liberal NEOS party said the vote was overdue.\n"
)


def test_party_named_with_a_lower_case_label_after_the_speaker():
    assert_statements(
        DPA_PARTY_LABEL,
        datetime.date(2025, 3, 20),
        [
            ("Herbert Kickl", 'the rules would change "nothing at all,"', "2025-03-20"),
            ("Beate Meinl-Reisinger", "the vote was overdue", "2025-03-20"),
        ],
    )


BLOOMBERG_MESSAGE_IN_ASIDE = (
    "(Bloomberg) -- European Union leaders agreed a 50 billion euro aid package at a summit "
    "in Brussels on Thursday.\n\n"
    "Council President Antonio Costa, who had flattered the Hungarian leader in a text "
    "message that Orban shared on social media on Monday, said the deal proved the bloc "
    'could act "as one."\n\n'
    '"We delivered what we promised," the former Portuguese premier told a closing news '
    "conference.\n"
)


def test_day_of_a_message_told_in_a_relative_clause_on_the_subject_is_not_the_saying():
    assert_statements(
        BLOOMBERG_MESSAGE_IN_ASIDE,
        datetime.date(2025, 3, 20),
        [
            ("Antonio Costa", "the deal proved the bloc", "2025-03-20"),
            ("Antonio Costa", "We delivered what we promised", "2025-03-20"),
        ],
    )


BLOOMBERG_FLASHBACK = (
    "(Bloomberg) -- European Union leaders agreed a 50 billion euro aid package at a summit "
    "in Brussels on Thursday.\n\n"
    '"This is a good day for Europe," Orban told reporters as he left. The previous '
    'evening, in an interview with state radio, he had said that Hungary would "never" '
    "pay for the war.\n\n"
    "Council President Antonio Costa said the agreement showed real unity.\n\n"
    'Orban called the migration pact "madness" and vowed to fight it in the autumn.\n'
)


def test_words_after_a_flashback_in_the_pluperfect_are_back_in_the_story_time():
    assert_statements(
        BLOOMBERG_FLASHBACK,
        datetime.date(2025, 3, 20),
        [
            ("Orban", "This is a good day for Europe", "2025-03-20"),
            ("Orban", 'Hungary would "never" pay', "2025-03-19"),
            ("Antonio Costa", "the agreement showed real unity", "2025-03-20"),
            ("Orban", 'the migration pact "madness"', "2025-03-20"),
        ],
    )


REUTERS_EARLIER_THEN_MONTH = (
    "TOKYO, Oct 9 (Reuters) - Japan lodged a protest with Beijing on Wednesday over the "
    "incursion.\n\n"
    "Chinese President Xi Jinping had earlier warned that Beijing would answer any "
    "provocation, telling a party meeting in June that the navy would widen its patrols.\n"
)


def test_earlier_made_exact_by_the_month_of_the_same_sentence():
    assert_statements(
        REUTERS_EARLIER_THEN_MONTH,
        datetime.date(2024, 10, 9),
        [
            ("Xi Jinping", "Beijing would answer any provocation", "2024-06"),
            ("Xi Jinping", "the navy would widen its patrols", "2024-06"),
        ],
    )


AP_LIVE_HOUR = (
    "AP NEWS\n"
    "LIVE UPDATES | Storm batters the Gulf Coast\n\n"
    "Earlier, Louisiana Governor Jeff Landry said in a radio address shortly after 7 a.m. "
    "local time that schools would stay shut.\n\n"
    "Earlier, the senator said relief funds would follow.\n"
)


def test_an_hour_with_no_day_is_the_story_day():
    assert_statements(
        AP_LIVE_HOUR,
        datetime.date(2024, 10, 9),
        [
            ("Jeff Landry", "schools would stay shut", "2024-10-09"),
            ("the senator", "relief funds would follow", "../2024-10-09"),
        ],
    )


REUTERS_BODY_DESCRIBED_THEN_NAMED = (
    "SARAJEVO, May 12 (Reuters) - Bosnian Serb leaders met in Banja Luka on Monday.\n\n"
    "The EU-led peacekeeping force in Bosnia, EUFOR, said in a statement that it was "
    "watching the situation closely.\n\n"
    "The U.N. mission in Lebanon, UNIFIL, said its patrols had come under fire.\n"
)


def test_body_told_by_a_description_then_named_in_the_appositive():
    assert_statements(
        REUTERS_BODY_DESCRIBED_THEN_NAMED,
        datetime.date(2025, 5, 12),
        [
            ("EUFOR", "it was watching the situation", "2025-05-12"),
            ("UNIFIL", "its patrols had come under fire", "2025-05-12"),
        ],
    )


REUTERS_HOUR_AFTER_A_FLASHBACK = (
    "MINSK, June 5 (Reuters) - Belarus hosted a regional summit on Thursday.\n\n"
    "On Tuesday, Lukashenko had received the Chinese envoy at his residence.\n\n"
    "The Kremlin said at 11 a.m. that Putin would join by video link.\n\n"
    "The foreign ministry said at 5 p.m. local time on Wednesday that the guests had "
    "arrived.\n"
)


def test_an_hour_is_the_article_day_not_the_day_a_flashback_reached():
    assert_statements(
        REUTERS_HOUR_AFTER_A_FLASHBACK,
        datetime.date(2025, 6, 5),
        [
            ("Kremlin", "Putin would join by video link", "2025-06-05"),
            ("Foreign Ministry", "the guests had arrived", "2025-06-04"),
        ],
    )
