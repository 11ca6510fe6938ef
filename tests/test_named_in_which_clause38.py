"""A thing set off by a comma, then "which X described as" and a name in quotation marks
("the ban, which the attorney general described as 'a victory for the rule of law'"): the
name given is X's words, as it is after "an action X described as"; the words end with their
quotation, the story going on after it. Stories written here, in the manner of Nigerian and
South American English-language outlets."""

import datetime

import pytest

from tests.statement_checks import assert_statements

WHICH_A_NAMED_PERSON = (
    "Court upholds ban on tollgates\n\n"
    "ABUJA, 12 May\n\n"
    "The Supreme Court on Monday upheld the ban on new tollgates, which Attorney General "
    'Lateef Fagbemi described as "a victory for ordinary commuters."\n'
)
WHICH_THEN_THE_STORY_GOES_ON = (
    "Strike notice\n\n"
    "ABUJA, 12 May\n\n"
    "The union served a strike notice on Friday, which Labour Minister Muhammad Dingyadi "
    'described as "pure blackmail", and talks were suspended.\n'
)
# near miss, right on both: a name given with no quotation marks is the story's naming
WHICH_UNQUOTED = (
    "Islands\n\n"
    "MONTEVIDEO, 12 May\n\n"
    "The patrol boat stopped near the islands, which Buenos Aires describes as part of its "
    "territory.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (WHICH_A_NAMED_PERSON, [("Lateef Fagbemi", '"a victory for ordinary', "2026-05-12")]),
        (
            WHICH_THEN_THE_STORY_GOES_ON,
            [("Muhammad Dingyadi", '"pure blackmail"', "2026-05-12")],
        ),
        (WHICH_UNQUOTED, []),
    ],
)
def test_name_given_in_a_which_clause_is_the_namers(page, want):
    assert_statements(page, datetime.date(2026, 5, 12), want)
