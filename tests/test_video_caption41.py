"""A video's caption closed by its credit in brackets ("(Video: Reuters)") is a caption as a
photo's "(Photo: ...)" is: the day it gives is the clip's, not the occasion of the words the
story goes on to quote. Sentences written here in the manner of a US newspaper's web page;
each expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2018, 5, 31)

LEAD = (
    "NEW YORK \u2014 Secretary of State Mike Pompeo said Thursday that the talks with North "
    "Korea's envoy had been \u201cconstructive.\u201d\n\n"
)
VIDEO_CAPTION = LEAD + (
    "Vice Chairman Kim Yong Chol landed in New York on May 30 ahead of two days of talks with "
    "Secretary of State Mike Pompeo. (Video: Reuters)\n\n"
    "\u201cWe have a long way to go before anyone can call this a success,\u201d Pompeo said.\n"
)
# near miss: the same line without a credit is the story's own sentence, whose day places
# Pompeo at the talks of May 30
NO_CREDIT = LEAD + (
    "Pompeo met Vice Chairman Kim Yong Chol in New York on May 30 for two days of talks.\n\n"
    "\u201cWe have a long way to go before anyone can call this a success,\u201d Pompeo said.\n"
)


def test_video_caption() -> None:
    assert_statements(
        VIDEO_CAPTION,
        PUBLISHED,
        [
            ("Mike Pompeo", "the talks with North Korea", "2018-05-31"),
            ("Mike Pompeo", "We have a long way to go", "2018-05-31"),
        ],
    )


def test_no_credit() -> None:
    assert_statements(
        NO_CREDIT,
        PUBLISHED,
        [
            ("Mike Pompeo", "the talks with North Korea", "2018-05-31"),
            ("Mike Pompeo", "We have a long way to go", "2018-05-30"),
        ],
    )
