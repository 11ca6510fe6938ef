"""A story's undated first words are summed up by the speaker's first dated words below,
but not by an aside on the speaker ("Blinken, who announced on Wednesday his intention to
call Lavrov, stressed that ..."): the relative clause tells what came before, not the news,
so its day dates only itself. Stories written here, in the manner of CNN's copy; each
expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2022, 7, 31)

ASIDE_ON_THE_SPEAKER = (
    "In what he called \u201ca candid conversation,\u201d US Secretary of State Antony "
    "Blinken said he \u201curged Moscow to take up the offer we made on the two "
    "detained Americans.\u201d\n"
    "Blinken, who announced on Wednesday his intention to call Lavrov this week, stressed "
    "that the message had to come from him in person.\n"
)
# near miss: the same speaker's dated words told as the news, no aside
TOLD_AS_THE_NEWS = (
    "In what he called \u201ca candid conversation,\u201d US Secretary of State Antony "
    "Blinken said he \u201curged Moscow to take up the offer we made on the two "
    "detained Americans.\u201d\n"
    "Blinken said on Wednesday that he had urged Moscow to take up the offer on the two "
    "detained Americans.\n"
)


def test_aside_on_the_speaker() -> None:
    assert_statements(
        ASIDE_ON_THE_SPEAKER,
        PUBLISHED,
        [
            ("Antony Blinken", "he \u201curged Moscow", "2022-07-31"),
            ("Antony Blinken", "his intention to call Lavrov", "2022-07-27"),
            ("Antony Blinken", "the message had to come", "2022-07-31"),
        ],
    )


def test_told_as_the_news() -> None:
    assert_statements(
        TOLD_AS_THE_NEWS,
        PUBLISHED,
        [
            ("Antony Blinken", "he \u201curged Moscow", "2022-07-27"),
            ("Antony Blinken", "he had urged Moscow", "2022-07-27"),
        ],
    )
