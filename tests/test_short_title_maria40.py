"""Philippine copy writes Maria short, "Ma.", and a title short too: '"...," said Amb. Ma.
Teresita Daza, spokesperson of the Department of Foreign Affairs.' The stop after "Ma." after
such a title ends no sentence, so the speaker is the whole name, not "Ma". Near miss: after
"Dr." with no given name and surname following, "Ma." is the Chinese surname ending the
sentence. Stories written here, in the manner of The Philippine Star."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 2, 16)

SHORT_TITLE = (
    "DFA backs Coast Guard on laser incident\n\n"
    "MANILA, Philippines \u2014 The Department of Foreign Affairs on Thursday stood by the "
    "Philippine Coast Guard.\n\n"
    '"We see no reason to question the Coast Guard\'s report," said Amb. Ma. Teresita '
    "Daza, spokesperson of the Department of Foreign Affairs.\n"
)
UNDERSECRETARY = (
    "DFA backs Coast Guard on laser incident\n\n"
    "MANILA, Philippines \u2014 The Department of Foreign Affairs on Thursday stood by the "
    "Philippine Coast Guard.\n\n"
    "Usec. Ma. Lourdes Yparraguirre said the ministry would file a diplomatic protest.\n"
)
# near miss: a surname ending the sentence after a short title
SURNAME_ENDS = (
    "Clinic reopens in Binondo\n\n"
    "MANILA, Philippines \u2014 The clinic reopened on Thursday.\n\n"
    '"The doors are open again," said Dr. Ma. He added that more staff would be hired.\n'
)


def test_short_title() -> None:
    assert_statements(
        SHORT_TITLE,
        PUBLISHED,
        [("Ma. Teresita Daza", "We see no reason", "2023-02-16")],
    )


def test_undersecretary() -> None:
    assert_statements(
        UNDERSECRETARY,
        PUBLISHED,
        [("Ma. Lourdes Yparraguirre", "the ministry would file", "2023-02-16")],
    )


def test_surname_ends() -> None:
    assert_statements(
        SURNAME_ENDS,
        PUBLISHED,
        [
            ("Ma", "The doors are open again", "2023-02-16"),
            ("Ma", "more staff would be hired", "2023-02-16"),
        ],
    )
