"""Review 45a: rules of this round narrowed where they took in what no one said.

- A paragraph closed by a trailing attribution of a speaker already named ("..., Kanani
  said.") reports him from the paragraph's first sentence only when the sentences before
  tell no event: not the reporter's background told in the simple past ("Washington
  reimposed sanctions in 2018"), nor one dated to a day ("since October 7", "on Sunday").
- "held X responsible for" is blame only with a short object right before "responsible
  for"; "held talks with the minister responsible for trade" is a meeting.
- "discussed the need for" is no point made when a body that meets (a cabinet, a council)
  talks it over; ", officials said" closing the sentence is never inside the words.
- "highlighted the new rail link by riding the first train", "with a visit to ...": a deed
  that shows, no words.
Stories written here in the manner of Reuters, APP, AP, Kyodo, PTI and Bangkok Post copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2024, 3, 4)  # a Monday
DAY = "2024-03-04"

KANANI = (
    "TEHRAN, March 4 (Reuters) - Iranian foreign ministry spokesman Nasser Kanani on Monday "
    "condemned a new round of Western sanctions as illegal.\n\n"
)


def test_background_in_the_simple_past_is_not_taken_in() -> None:
    assert_statements(
        KANANI + "The United States reimposed broad sanctions on Tehran in 2018 after leaving "
        "the nuclear accord. These measures breach international law, Kanani said.\n",
        PUBLISHED,
        [
            ("Nasser Kanani", "condemned a new round of Western sanctions", DAY),
            ("Nasser Kanani", "These measures breach international law", DAY),
        ],
    )


def test_background_dated_to_a_day_is_not_taken_in() -> None:
    assert_statements(
        KANANI + "Israeli strikes have killed more than 30,000 people in Gaza since October 7. "
        "The West bears the blame for this bloodshed, Kanani said at a weekly briefing.\n",
        PUBLISHED,
        [
            ("Nasser Kanani", "condemned a new round of Western sanctions", DAY),
            ("Nasser Kanani", "The West bears the blame", DAY),
        ],
    )


def test_background_of_a_perfect_with_a_past_clause_is_not_taken_in() -> None:
    assert_statements(
        KANANI + "Tensions in the Gulf have grown sharply since Washington sent more warships "
        "to the region. Iran will answer any aggression firmly, Kanani said.\n",
        PUBLISHED,
        [
            ("Nasser Kanani", "condemned a new round of Western sanctions", DAY),
            ("Nasser Kanani", "Iran will answer any aggression firmly", DAY),
        ],
    )


def test_a_point_in_the_present_perfect_still_runs_from_the_paragraph_start() -> None:
    # near miss: the spokesperson's own point, a span of years, no event told
    assert_statements(
        KANANI + "Western governments have repeatedly ignored the Islamic Republic's "
        "legitimate concerns. This approach only deepens mistrust, Kanani said.\n",
        PUBLISHED,
        [
            ("Nasser Kanani", "condemned a new round of Western sanctions", DAY),
            ("Nasser Kanani", "Western governments have repeatedly ignored", DAY),
        ],
    )


def test_held_talks_or_a_post_with_responsible_for_says_nothing() -> None:
    assert_statements(
        "ISLAMABAD, March 4 (APP) - Interior Minister Mohsin Naqvi on Monday held a meeting "
        "with the officials responsible for security at the airport. Foreign Minister Ishaq "
        "Dar held talks with the minister responsible for trade in Tashkent. Dar earlier held "
        "the post of minister responsible for finance.\n",
        PUBLISHED,
        [],
    )


def test_held_a_short_object_responsible_for_is_still_blame() -> None:
    # near miss: the one blamed, then "responsible for"
    assert_statements(
        "ISLAMABAD, March 4 (APP) - The Foreign Office on Monday held the Afghan Taliban "
        "responsible for the attack on the border post.\n",
        PUBLISHED,
        [("Foreign Office", "the Afghan Taliban responsible for the attack", DAY)],
    )


def test_a_cabinet_that_discussed_the_need_says_nothing() -> None:
    assert_statements(
        "ATHENS, March 4 (AP) - Greek Prime Minister Kyriakos Mitsotakis' cabinet on Monday "
        "discussed the need for new measures against rising food prices.\n\n"
        "TOKYO (AP) - The Cabinet on Monday also discussed the need for more spending on "
        "coastal defenses, officials said.\n",
        PUBLISHED,
        [],
    )


def test_officials_said_closing_the_sentence_is_not_in_the_words() -> None:
    got = [
        (s.speaker, s.text, s.said_on)
        for s in extract(
            "TOKYO, March 4 (Kyodo) - Defense Minister Minoru Kihara on Monday discussed the "
            "need for more spending on coastal defenses, officials said.\n",
            published=PUBLISHED,
        )
    ]
    assert got == [("Minoru Kihara", "the need for more spending on coastal defenses", DAY)], got


def test_highlighted_by_a_deed_says_nothing() -> None:
    assert_statements(
        "BANGKOK, March 4 (Bangkok Post) - Prime Minister Srettha Thavisin highlighted the "
        "capital's new monorail line by riding its first train on Monday.\n\n"
        "NEW DELHI, March 4 (PTI) - Prime Minister Narendra Modi highlighted the country's "
        "lunar ambitions with a visit to the ISRO centre in Bengaluru.\n\n"
        "NAIROBI, March 4 - Activist Elizabeth Wathuti drew attention to the plight of "
        "pastoralists in the north by cycling 400 kilometres to the capital.\n",
        PUBLISHED,
        [],
    )


def test_highlighted_by_saying_is_still_a_point_made() -> None:
    # near miss: the means is words
    assert_statements(
        "ALGIERS, March 4 (APS) - Foreign Minister Ahmed Attaf on Monday highlighted the "
        "progress made in cooperation with Tunisia by saying trade had doubled.\n",
        PUBLISHED,
        [("Ahmed Attaf", "the progress made in cooperation with Tunisia", DAY)],
    )
