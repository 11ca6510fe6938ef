"""A participle after a clause of time whose named subject released a document ("Blinken
spoke as Islamic Jihad released a video of a hostage on Wednesday, warning he ..."): the
participle tells the document's words, so they are the words of the one who released it,
not of the main clause's subject. Stories written here, in the manner of the Jerusalem
Post's and Times of Israel's copy; each expected statement is checked for its speaker, its
first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 11, 13)

LEAD = (
    "Blinken: Hamas is blocking a deal\n\n"
    "US Secretary of State Antony Blinken told reporters in Brussels on Wednesday that Hamas "
    "had turned down every offer.\n\n"
)
AS_RELEASED_VIDEO = LEAD + (
    "Blinken spoke as Hamas released a video on Wednesday of an Israeli hostage, warning the "
    "captives were running out of time.\n"
)
AFTER_ISSUED_STATEMENT = LEAD + (
    "Blinken spoke shortly after the Palestinian Islamic Jihad issued a statement on Wednesday, "
    "saying the hostages would not be freed without a ceasefire.\n"
)
# near miss: what was released is no document, so the participle is the main subject's
AS_RELEASED_HOSTAGES = LEAD + (
    "Blinken spoke on Wednesday as Hamas released two hostages, saying the truce had to hold.\n"
)


def test_as_released_video() -> None:
    assert_statements(
        AS_RELEASED_VIDEO,
        PUBLISHED,
        [
            ("Antony Blinken", "Hamas had turned down every offer", "2024-11-13"),
            ("Hamas", "the captives were running out of time", "2024-11-13"),
        ],
    )


def test_after_issued_statement() -> None:
    assert_statements(
        AFTER_ISSUED_STATEMENT,
        PUBLISHED,
        [
            ("Antony Blinken", "Hamas had turned down every offer", "2024-11-13"),
            ("Islamic Jihad", "the hostages would not be freed", "2024-11-13"),
        ],
    )


def test_as_released_hostages() -> None:
    assert_statements(
        AS_RELEASED_HOSTAGES,
        PUBLISHED,
        [
            ("Antony Blinken", "Hamas had turned down every offer", "2024-11-13"),
            ("Antony Blinken", "the truce had to hold", "2024-11-13"),
        ],
    )


AFTER_MILITARY_PUBLISHED = LEAD + (
    "Blinken made the remarks after the Israeli military published a statement, claiming it "
    "had killed a senior commander.\n"
)
AS_FORUM_ISSUED = LEAD + (
    "The rally came as the Hostages and Missing Families Forum issued a statement, urging the "
    "government to accept the deal.\n"
)
# near miss: a releaser only described, never named, is not the main subject either
AS_ARMED_WING_RELEASED = LEAD + (
    "Blinken spoke hours after Hamas's armed wing released a video on Wednesday of two "
    "hostages, saying they had been wounded in a strike.\n"
)


def test_after_military_published() -> None:
    assert_statements(
        AFTER_MILITARY_PUBLISHED,
        PUBLISHED,
        [
            ("Antony Blinken", "Hamas had turned down every offer", "2024-11-13"),
            ("Israeli Military", "it had killed a senior commander", "2024-11-13"),
        ],
    )


def test_as_forum_issued() -> None:
    assert_statements(
        AS_FORUM_ISSUED,
        PUBLISHED,
        [
            ("Antony Blinken", "Hamas had turned down every offer", "2024-11-13"),
            ("Hostages and Missing Families Forum", "urging the government", "2024-11-13"),
        ],
    )


def test_as_armed_wing_released() -> None:
    assert_statements(
        AS_ARMED_WING_RELEASED,
        PUBLISHED,
        [("Antony Blinken", "Hamas had turned down every offer", "2024-11-13")],
    )
