"""The day of words in the press releases of international bodies and in news digests,
where a time clause, a digest's items or a part of the day tell it. Pages written here, in
the manner of such releases; each expected statement is checked for its speaker, its first
words and its day."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

SUNDAY = datetime.date(2024, 9, 15)


def test_a_past_time_clause_before_the_verb_dates_the_words() -> None:
    # "When the agreement was announced in July, X said that ...": the words are of that
    # month, not of the release's day nor of the day the next sentence names (a day in such
    # a clause stays its event's: see test_extract_real_text)
    page = (
        "Sudan: ICRC reunites 120 children with their families\n\n"
        "News release\n15 September 2024\n\n"
        "Port Sudan (ICRC) - The International Committee of the Red Cross today completed an "
        "operation to bring 120 children back to their families.\n\n"
        "When the arrangement was agreed in July, the UN Special Envoy, Ramtane Lamamra, said "
        "that it proved the parties could still talk. The Envoy welcomed the first transfer on "
        "Friday, calling it a sign of good faith.\n\n"
        "While the delegations were meeting in Jeddah in 2023, Foreign Minister Ali Yousif "
        "told reporters in Port Sudan that the government would open two more crossings.\n"
    )
    assert_statements(
        page,
        SUNDAY,
        [
            ("Ramtane Lamamra", "it proved the parties", "2024-07"),
            ("Ramtane Lamamra", "welcomed the first transfer", "2024-09-13"),
            ("Ali Yousif", "the government would open", "2023"),
        ],
    )


def test_a_time_clause_in_the_words_or_of_things_to_come_dates_nothing() -> None:
    # near misses that pass on the starting code too: a future time clause inside the
    # words, and a time clause inside a quotation, leave the saying's day alone
    page = (
        "When the talks resume on Monday, the delegations will discuss the prisoners, "
        "Minister Pia Lund said.\n\n"
        '"When the war began in 2022, we stood alone," President Ola Berg said on Friday.\n'
    )
    assert_statements(
        page,
        SUNDAY,
        [
            ("Pia Lund", "When the talks resume", "2024-09-15"),
            ("Ola Berg", "When the war began", "2024-09-13"),
        ],
    )


def test_a_sundays_last_week_is_the_week_just_gone_by() -> None:
    # a live page of Sunday 15 September: "Last week, X said ..." is of 9-14 September, not
    # of the week before that
    page = (
        "September 15, 2024 - Gaza ceasefire talks\n\n"
        "Live Updates\n\n"
        "4:05 p.m. ET, September 15, 2024\n"
        "Blinken heads back to the region\n\n"
        "Secretary of State Antony Blinken said Sunday that he would return to Cairo this "
        "week.\n\n"
        "Last week, Egyptian Foreign Minister Badr Abdelatty said his country was ready to "
        "host a new round of talks.\n"
    )
    assert_statements(
        page,
        SUNDAY,
        [
            ("Antony Blinken", "he would return to Cairo", "2024-09-15"),
            ("Badr Abdelatty", "his country was ready", "2024-09-09/2024-09-14"),
        ],
    )


# a Commission daily news item: a visit still to come, named with a post that lists its
# fields, then "Ahead of the meeting, the Commissioner said ..."
DAILY_NEWS_VISIT = (
    "Daily News 09 / 04 / 2024\n"
    "Brussels, 9 April 2024\n\n"
    "Commissioner Katainen to attend the informal meeting of trade ministers in Osaka\n\n"
    "On Thursday and Friday, Commissioner for Jobs, Growth and Investment Jyrki Katainen will "
    "be in Osaka for the informal meeting of trade ministers hosted by the Japanese "
    "Presidency. Ahead of the meeting, the Commissioner said that the EU wanted rules-based "
    "trade to remain at the heart of the talks. (For more information: Press Office - "
    "Tel.: +32 2 000 00 00)\n"
)

# the same visit told in the plain style of a story: the words have no day of their own
STORY_VISIT = (
    "Brussels, 9 April 2024\n\n"
    "On Monday and Tuesday, Minister of Agriculture, Food and Rural Affairs Anna Berg will "
    "tour farms in the north. The minister said the harvest had been good.\n"
)


def test_words_said_ahead_of_an_event_opening_the_sentence_are_before_the_page() -> None:
    assert_statements(
        DAILY_NEWS_VISIT,
        datetime.date(2024, 4, 9),
        [("Jyrki Katainen", "the EU wanted rules-based trade", "../2024-04-09")],
    )


def test_a_visit_still_to_come_on_two_days_dates_no_words() -> None:
    assert_statements(
        STORY_VISIT,
        datetime.date(2024, 4, 10),
        [("Anna Berg", "the harvest had been good", "2024-04-10")],
    )


def test_a_part_of_the_day_the_story_reached_dates_words_told_in_the_pluperfect() -> None:
    # "In a statement issued in Oslo in the morning, the Prime Minister had said ...": the
    # morning of the day the release tells, not some time before it
    page = (
        "NATO News\n"
        "Allies welcome new air defence pledges\n"
        "12 Feb. 2025 - | Last updated: 12 Feb. 2025 18:40\n\n"
        "Defence ministers of all Allies met at NATO Headquarters in Brussels on Wednesday "
        "(12 February 2025) to review the air defence plans of the Alliance.\n\n"
        "In a statement issued in Oslo in the morning, Prime Minister Jonas Gahr Store had "
        "said that Norway would fund two more batteries for Ukraine.\n"
    )
    assert_statements(
        page,
        datetime.date(2025, 2, 12),
        [("Jonas Gahr Store", "Norway would fund two more", "2025-02-12")],
    )


def test_a_digests_next_item_is_not_the_scene_of_the_day_before() -> None:
    # "Yesterday, the Commission presented ..." opens the daily news; the next item, under
    # its own headline, tells words of no day: the page's, not the day before
    page = (
        "Daily News 06 / 03 / 2024\n"
        "Brussels, 6 March 2024\n\n"
        "Commission proposes first European defence industry strategy\n\n"
        "Yesterday, the Commission presented its first European Defence Industrial Strategy. "
        '"We need to spend more, spend better and spend European," Executive Vice-President '
        "Margrethe Vestager said at the press conference on Tuesday.\n\n"
        "Commission approves \u20ac300 million Spanish scheme for green hydrogen\n\n"
        "The European Commission has approved a \u20ac300 million Spanish scheme to support the "
        "production of renewable hydrogen. Commissioner for Energy Kadri Simson said the "
        "scheme would help Spain cut emissions in heavy industry.\n"
    )
    assert_statements(
        page,
        datetime.date(2024, 3, 6),
        [
            ("Margrethe Vestager", "We need to spend more", "2024-03-05"),
            ("Kadri Simson", "the scheme would help Spain", "2024-03-06"),
        ],
    )


def test_a_pluperfect_joined_by_while_is_before_the_day_of_the_clause_before_it() -> None:
    # "On Saturday, X said ..., while Y, speaking to state media, had called ...": Y's words
    # came before, not on that Saturday
    page = (
        "Vienna, Austria\n15 September 2024\n\n"
        "On Saturday, the Ukrainian energy ministry said the substation had been repaired, "
        "while Rosenergoatom chief Alexander Shutikov, speaking to state television, had "
        "called the damage a direct threat to the plant.\n"
    )
    found = [(s.speaker, s.said_on) for s in extract(page, published=SUNDAY)]
    assert ("Alexander Shutikov", "../2024-09-15") in found
