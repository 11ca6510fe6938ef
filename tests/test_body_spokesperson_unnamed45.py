"""A spokesperson of a body the story gives by name, and never names, speaks for that body.

"The MEA spokesperson said ...", "the Indian Ministry of External Affairs spokesperson
said ..." and "the spokesperson of the Commissioner's Office of ... said ... The
spokesperson pointed out ..." give an unnamed spokesperson's words, which are the body's
(as "a Foreign Office spokesperson said" already gives the Foreign Office): the speaker is
the body, by its name (initials the story spelt out earlier give that name), not the
description itself. A spokesperson the story names is still that person, and "Mali's
government spokesman" (a post, no body named by its own name) is left as it was.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

DAY = datetime.date(2023, 8, 8)

# Pakistani copy: the other state's ministry, its spokesperson left unnamed
OTHER_MINISTRY = (
    "Pakistan open to talks with India, says PM\n\n"
    "ISLAMABAD: Prime Minister Shehbaz Sharif said on Tuesday that Pakistan was willing to "
    "hold talks with New Delhi on all outstanding issues.\n\n"
    "Responding to the remarks, the Indian Ministry of External Affairs spokesperson said a "
    "climate free of violence was needed before any dialogue could begin.\n"
)

# Indian web copy: the body named in full, then by its initials
BY_INITIALS = (
    "India rejects Islamabad's claims\n\n"
    "The Ministry of External Affairs on Tuesday responded to remarks by Pakistan's foreign "
    "minister about a planned strike.\n\n"
    "In a statement, the MEA spokesperson said that the claims were meant to stir up "
    "tension in the region.\n"
)

# Chinese state media: "the spokesperson of" a body, then "The spokesperson" again
OF_THE_BODY = (
    "Office slams consul's parting words\n\n"
    "The departing consul's remarks were full of prejudice, the spokesperson of the "
    "Commissioner's Office of the Chinese Foreign Ministry in the Hong Kong Special "
    "Administrative Region (HKSAR) said on Tuesday.\n\n"
    "The spokesperson pointed out that the city's affairs brooked no foreign interference.\n"
)

# near miss (also so before the change): the spokesperson is named, and is that person
NAMED_SPOKESPERSON = (
    "Ministry answers Pakistan\n\n"
    "NEW DELHI: MEA spokesperson Arindam Bagchi on Tuesday rejected the claims.\n\n"
    "The MEA spokesperson said that the remarks were baseless and would be ignored.\n"
)

# near miss: a post of a state's government, no body by its name, is kept as written
POST_OF_A_STATE = (
    "Bamako hits back at Paris\n\n"
    "BAMAKO, Aug 8 (Reuters) - Mali's government spokesman said on Tuesday that France "
    "should stop lecturing its former colonies.\n"
)


def test_unnamed_spokesperson_of_a_named_ministry_is_the_ministry() -> None:
    assert_statements(
        OTHER_MINISTRY,
        DAY,
        [
            ("Shehbaz Sharif", "Pakistan was willing to hold talks", "2023-08-08"),
            ("Indian Ministry of External Affairs", "a climate free of violence", "2023-08-08"),
        ],
    )


def test_initials_of_a_body_named_before_give_its_name() -> None:
    assert_statements(
        BY_INITIALS,
        DAY,
        [("Ministry of External Affairs", "the claims were meant", "2023-08-08")],
    )


def test_the_spokesperson_again_is_the_body_named_with_the_first() -> None:
    office = (
        "Commissioner's Office of the Chinese Foreign Ministry in the Hong Kong Special "
        "Administrative Region"
    )
    # (only the second sentence's speaker is checked: the first one's long subject, with
    # initials in brackets, is another matter)
    got = [s.speaker for s in extract(OF_THE_BODY, published=DAY) if "brooked" in s.text]
    assert got == [office], got


def test_a_named_spokesperson_keeps_the_words() -> None:
    assert_statements(
        NAMED_SPOKESPERSON,
        DAY,
        [("Arindam Bagchi", "the remarks were baseless", "2023-08-08")],
    )


def test_a_post_of_a_state_is_no_body_by_name() -> None:
    got = [s.speaker for s in extract(POST_OF_A_STATE, published=DAY)]
    assert got == ["Mali's government spokesman"], got
