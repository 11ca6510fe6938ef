"""A release titled by the kind of its statement ("Press statement on ...", "Joint Statement
on ...") names no one whose words the page is: its first paragraph is the office's own account
of the day, and the words are those the release introduces below. Pages written here, in the
manner of a foreign ministry's press releases; each expected statement is checked for its
speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2016, 2, 3)

BODY = (
    "02.02.2016 - Press release\n\n"
    "Foreign Minister Frank-Walter Steinmeier is travelling to Geneva today (2 February) to "
    "attend the opening of the talks on Syria. He will also be meeting the UN Special Envoy "
    "Staffan de Mistura.\n\n"
    "Foreign Minister Steinmeier issued the following statement on 1 February:\n\n"
    "The talks in Geneva are a chance that we must not waste. I call on all sides to take "
    "their seats at the table without preconditions.\n"
)
PRESS_STATEMENT = "Press statement on the Syria talks in Geneva\n\n" + BODY
JOINT_STATEMENT = "Joint Statement on the Syria talks in Geneva\n\n" + BODY
# near miss: a ministry's own statement page, its words the ministry's
MINISTRY_STATEMENT = (
    "Foreign Ministry statement on the Syria talks in Geneva\n\n"
    "The Federal Foreign Office welcomes the opening of the talks in Geneva. All sides must "
    "now take their seats at the table.\n"
)


def test_press_statement_title() -> None:
    assert_statements(
        PRESS_STATEMENT,
        PUBLISHED,
        [("Frank-Walter Steinmeier", "The talks in Geneva are a chance", "2016-02-01")],
    )


def test_joint_statement_title() -> None:
    assert_statements(
        JOINT_STATEMENT,
        PUBLISHED,
        [("Frank-Walter Steinmeier", "The talks in Geneva are a chance", "2016-02-01")],
    )


def test_ministry_statement_title() -> None:
    assert_statements(
        MINISTRY_STATEMENT,
        PUBLISHED,
        [("Foreign Ministry", "The Federal Foreign Office welcomes", "2016-02-03")],
    )
