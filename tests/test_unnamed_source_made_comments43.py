"""Asian English-language wire copy (Kyodo, Jiji, VNA): "A Foreign Ministry official said
Thursday that ..." followed by "X made the comments during ...": the official is a source the
story leaves unnamed (no statement), and the comments X made are X's own words told before,
so neither X nor anyone else named in that sentence takes the official's words, and X's
words keep their own day, not the official's. Stories written here in the agencies' manner;
each expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2020, 11, 28)

UNNAMED_THEN_MADE_COMMENTS = (
    "Foreign Minister Toshimitsu Motegi told a parliamentary committee Friday that the "
    "islands are Japan's inherent territory.\n\n"
    "A Foreign Ministry official said Thursday that diplomatic protocol kept Motegi from "
    "answering the Chinese minister at the joint appearance.\n\n"
    "Motegi made the comments during the Diet session in response to opposition lawmaker "
    "Kenji Sato.\n"
)
# the lawmaker's words after it: the official's Thursday is no day of the Diet session's
LAWMAKER_AFTER = (
    UNNAMED_THEN_MADE_COMMENTS + "\n“The public expected a firm reply on the spot,” Sato said.\n"
)
# near miss: a state's words, then the statement said to be made by a named spokesperson
STATE_THEN_MADE_BY = (
    "Vietnam on Thursday urged all parties to respect its sovereignty over the Paracel "
    "Islands and to refrain from actions that complicate the situation.\n\n"
    "The statement was made by Foreign Ministry spokeswoman Le Thi Thu Hang at a regular "
    "press briefing in Hanoi.\n"
)


def test_unnamed_then_made_comments() -> None:
    assert_statements(
        UNNAMED_THEN_MADE_COMMENTS,
        PUBLISHED,
        [("Toshimitsu Motegi", "the islands are Japan's inherent territory", "2020-11-27")],
    )


def test_state_then_made_by() -> None:
    assert_statements(
        STATE_THEN_MADE_BY,
        PUBLISHED,
        [("Le Thi Thu Hang", "urged all parties to respect its sovereignty", "2020-11-26")],
    )


def test_unnamed_day_not_the_lawmakers() -> None:
    said = {s.speaker: s.said_on for s in extract(LAWMAKER_AFTER, published=PUBLISHED)}
    assert "Kenji Sato" in said, said
    assert said["Kenji Sato"] != "2020-11-26", said
