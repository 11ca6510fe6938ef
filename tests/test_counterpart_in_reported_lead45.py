"""A state's counterpart named inside a lead given as sources' words is still that state's.

"Foreign Secretary X wrapped up talks with his Pakistani counterpart Y ..., official
sources said." names Y as Pakistan's (the story's own words, even inside what the sources
said: no source calls Y "his counterpart"); a later "Pakistan's Foreign Secretary said" is
Y, not X, who holds the bare title and is the counterpart's host. When the counterpart is
named in plain narration the description found him before too (the near miss).
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2015, 3, 4)

IN_THE_SOURCES_WORDS = (
    "India, Pakistan resume dialogue\n\n"
    "Foreign Secretary Subrahmanyam Jaishankar ended talks with his Pakistani counterpart "
    "Aizaz Ahmed Chaudhry in Islamabad with no announcement, but a \u201cshared wish to keep "
    "talking\u201d official sources told reporters.\n\n"
    "Mr. Jaishankar also called on Prime Minister Nawaz Sharif, while Mr. Sharif hailed the "
    "\u201creturn to dialogue\u201d.\n\n"
    "Pakistan high commissioner Abdul Basit stayed away from the separatists before the "
    "meeting. Pakistan's Foreign Secretary also said that the two sides should avoid hostile "
    "propaganda.\n\n"
    "Mr. Jaishankar said the talks had been held in a positive atmosphere.\n"
)

# near miss (also so before the change): the counterpart named in the story's own voice
IN_NARRATION = (
    "India, Pakistan resume dialogue\n\n"
    "Foreign Secretary Subrahmanyam Jaishankar held talks with his Pakistani counterpart "
    "Aizaz Ahmed Chaudhry in Islamabad on Tuesday.\n\n"
    "Mr. Jaishankar also called on Prime Minister Nawaz Sharif.\n\n"
    "Pakistan's Foreign Secretary also said that the two sides should avoid hostile "
    "propaganda.\n\n"
    "Mr. Jaishankar said the talks had been held in a positive atmosphere.\n"
)


def _speakers(text: str) -> list[str]:
    from tracker.extract import extract

    return [s.speaker for s in extract(text, published=DAY)]


def test_counterpart_named_inside_sources_words_is_the_states_post_holder() -> None:
    got = _speakers(IN_THE_SOURCES_WORDS)
    assert got[-2:] == ["Aizaz Ahmed Chaudhry", "Subrahmanyam Jaishankar"], got


def test_counterpart_named_in_narration() -> None:
    assert_statements(
        IN_NARRATION,
        DAY,
        [
            ("Aizaz Ahmed Chaudhry", "the two sides should avoid", "2015-03-03"),
            ("Subrahmanyam Jaishankar", "the talks had been held", "2015-03-03"),
        ],
    )
