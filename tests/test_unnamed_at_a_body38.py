"""Someone unnamed at a body whose name joins two fields by "and" ("a senior official at the
Department of Trade and Industry said ..."), and the terms such a source gave for speaking
("who asked not to be named"): no one the text names speaks, so no statement, and the field
named last ("Industry") is no speaker. Stories written here, in the manner of South African
and Gulf English-language outlets."""

import datetime

import pytest

from tests.statement_checks import assert_statements

AT_A_LISTED_DEPARTMENT = (
    "Tariff talks stall\n\n"
    "By Staff Reporter\n\n"
    "A senior official at the Department of Trade, Industry and Competition said the talks "
    "with Washington had stalled over steel quotas.\n\n"
    "Minister Parks Tau said on Monday that the department would keep pressing for an "
    "exemption.\n"
)
ASKED_NOT_TO_BE_NAMED = (
    "Envoy recalled\n\n"
    "ABU DHABI, 4 March\n\n"
    "A diplomat at the Ministry of Foreign Affairs and International Cooperation, who asked "
    "not to be identified, said the ambassador had been called home for consultations.\n\n"
    "Minister of State Khalifa Shaheen Al Marar said on Tuesday the UAE remained committed "
    "to de-escalation.\n"
)
ASKED_NOT_TO_BE_NAMED_PLAIN_BODY = (
    "Envoy recalled\n\n"
    "ABU DHABI, 4 March\n\n"
    "An aide at the presidential court, who asked not to be named, said the visit would go "
    "ahead next month.\n"
)
# near miss, right on both: the body's name with no "and", the source not set off
AT_A_PLAIN_MINISTRY = (
    "Tariff talks stall\n\n"
    "By Staff Reporter\n\n"
    "A senior official at the Foreign Ministry said the talks had stalled.\n"
)


@pytest.mark.parametrize(
    ("page", "published", "want"),
    [
        (
            AT_A_LISTED_DEPARTMENT,
            datetime.date(2025, 3, 4),
            [("Parks Tau", "the department would keep", "2025-03-03")],
        ),
        (
            ASKED_NOT_TO_BE_NAMED,
            datetime.date(2025, 3, 4),
            [("Khalifa Shaheen Al Marar", "the UAE remained committed", "2025-03-04")],
        ),
        (ASKED_NOT_TO_BE_NAMED_PLAIN_BODY, datetime.date(2025, 3, 4), []),
        (AT_A_PLAIN_MINISTRY, datetime.date(2025, 3, 4), []),
    ],
)
def test_someone_unnamed_at_a_body_gives_no_statement(page, published, want):
    assert_statements(page, published, want)
