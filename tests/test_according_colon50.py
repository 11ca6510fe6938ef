"""Probes of round 50 (South Asian, African and Gulf agency copy): "According to the
spokesperson: First, ..." -- a colon closes the name of the source an "according to"
gives, as a comma does, and opens the words; the subject is not read on to the next comma
("the spokesperson: First"), which lost the words and the speaker's later "she said" too.
Stories written here in the manner of national news agencies."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 5, 7)
DAY = "2024-05-07"

_POINTS_AFTER_COLON = (
    "ISLAMABAD, May 7 (APP) - Foreign Office spokesperson Shazia Rehman Qureshi on Tuesday "
    "set out Pakistan's expectations for the next round of border talks.\n\n"
    "According to the spokesperson: First, the joint commission must meet every month. "
    "Second, the crossing at Chaman must stay open to traders.\n\n"
    "She said Pakistan wanted good relations with all its neighbours.\n"
)

_PRONOUN_SOURCE_COLON = (
    "ACCRA, May 7 (GNA) - Ghana's Foreign Minister Kwame Osei Mensah on Tuesday met the "
    "envoys of the Sahel states in Accra.\n\n"
    "According to him: the region cannot be secured by any one country acting alone.\n"
)

_POST_THEN_COLON = (
    "DOHA, May 7 (QNA) - Qatar's Minister of State Sultan Hamad Al-Khulaifi on Tuesday "
    "received the UN envoy for Yemen.\n\n"
    "According to the Minister of State: Qatar will keep supporting the talks in every way "
    "it can.\n"
)

# (a colon later in the sentence, after the comma: the comma closes the source as before)
_COMMA_THEN_COLON = (
    "NAIROBI, May 7 (KNA) - Kenya's Foreign Affairs Principal Secretary Amina Wairimu "
    "Njoroge spoke on Tuesday in Nairobi.\n\n"
    "According to Njoroge, the plan has one aim: peace in the Great Lakes region.\n"
)


def test_the_points_after_according_to_and_a_colon_are_the_spokespersons() -> None:
    assert_statements(
        _POINTS_AFTER_COLON,
        PUBLISHED,
        [
            ("Shazia Rehman Qureshi", "First, the joint commission must meet", DAY),
            ("Shazia Rehman Qureshi", "Pakistan wanted good relations", DAY),
        ],
    )


def test_a_pronoun_source_closed_by_a_colon() -> None:
    assert_statements(
        _PRONOUN_SOURCE_COLON,
        PUBLISHED,
        [("Kwame Osei Mensah", "the region cannot be secured", DAY)],
    )


def test_a_post_named_as_source_closed_by_a_colon() -> None:
    assert_statements(
        _POST_THEN_COLON,
        PUBLISHED,
        [("Sultan Hamad Al-Khulaifi", "Qatar will keep supporting the talks", DAY)],
    )


def test_a_colon_after_the_comma_is_in_the_words() -> None:
    assert_statements(
        _COMMA_THEN_COLON,
        PUBLISHED,
        [("Amina Wairimu Njoroge", "the plan has one aim: peace", DAY)],
    )
