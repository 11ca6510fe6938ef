""" "Once more" before a participle is an adverb of the verb, as "once again" is, not the
participle's subject: "The Director General presented his report, once more expressing his
condolences" gives the words to the Director General. Sentences written here in the manner
of an agency's news story."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 6, 3)

ONCE_MORE = (
    "Director General Rafael Mariano Grossi presented his latest report to the Board today, "
    "once more expressing his concern about the lack of access to the site.\n"
)
# near miss: "once more" after the verb of saying, an adverb there too
AFTER_THE_VERB = (
    "Director General Rafael Mariano Grossi said once more that the Agency needed access to "
    "the site.\n"
)

# near miss: "more" of the thing named after the verb keeps its words
MORE_TROOPS = "The minister said yet more troops would be sent to the border.\n"


def test_once_more_before_a_participle() -> None:
    assert_statements(
        ONCE_MORE,
        PUBLISHED,
        [("Rafael Mariano Grossi", "expressing his concern about the lack", "2024-06-03")],
    )


def test_once_more_after_the_verb() -> None:
    assert_statements(
        AFTER_THE_VERB,
        PUBLISHED,
        [("Rafael Mariano Grossi", "the Agency needed access", "2024-06-03")],
    )


def test_more_of_the_words_is_kept() -> None:
    assert_statements(
        MORE_TROOPS,
        PUBLISHED,
        [("The minister", "yet more troops would be sent", "2024-06-03")],
    )
