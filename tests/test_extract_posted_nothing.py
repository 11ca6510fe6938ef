"""A post told of with none of its words is a mention, not a statement.

Live pages and wire copy announce a post before giving it: "X posted his thanks.", "Y has
posted on X for the first time since the vote." The words, if the story gives them, follow
in a quotation of their own, which is the statement; the sentence that only says a post was
made tells nothing said ("X posted on X that ..." and 'Y posted: "..."' still do).
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2024, 12, 19)

# the post's gist in a noun ("his gratitude"), its words in the next sentence
GRATITUDE = (
    "Nordic states pledge winter aid to Kyiv\n\n"
    "STOCKHOLM, Dec 19 (Reuters) - Sweden and Norway announced a joint energy aid package "
    "for Ukraine on Thursday.\n\n"
    "Shortly afterwards, Ukrainian Foreign Minister Andrii Sybiha posted his gratitude. "
    '"Our Nordic friends once again show what solidarity means," he wrote.\n'
)

# a live-page entry: the post's first since an event, then its words
FIRST_SINCE = (
    "Live: Georgia election crisis\n\n"
    "14:05\n"
    "Zourabichvili breaks silence\n\n"
    "President Salome Zourabichvili has posted on Facebook for the first time since the "
    "court ruling.\n\n"
    '"I remain the only legitimate institution in this country," she wrote.\n'
)

# near miss (also so before the change): a post with its words after a colon or "that"
WITH_WORDS = (
    "Leaders react to ceasefire\n\n"
    "PARIS, Dec 19 (AFP) - European leaders welcomed the truce on Thursday.\n\n"
    "French President Emmanuel Macron posted on X that the agreement had to be respected "
    'in full. Spanish Prime Minister Pedro Sanchez posted: "Peace is always the way."\n'
)


def test_a_post_of_thanks_with_its_words_after_is_one_statement() -> None:
    assert_statements(
        GRATITUDE,
        DAY,
        [("Andrii Sybiha", "Our Nordic friends once again show", "2024-12-19")],
    )


def test_a_post_told_of_before_its_words_is_one_statement() -> None:
    assert_statements(
        FIRST_SINCE,
        DAY,
        [("Salome Zourabichvili", "I remain the only legitimate institution", "../2024-12-19")],
    )


def test_posts_with_their_words_stay_statements() -> None:
    assert_statements(
        WITH_WORDS,
        DAY,
        [
            ("Emmanuel Macron", "the agreement had to be respected", "2024-12-19"),
            ("Pedro Sanchez", "Peace is always the way", "2024-12-19"),
        ],
    )
