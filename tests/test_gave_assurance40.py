""" "gave assurance that ...": the mass noun, bare, as Pakistani and Indian English copy
uses it (Dawn's Foreign Office briefing stories), names a promise made as "gave assurances
that" and "assured" do. Stories written here in that manner."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 13)

GAVE_ASSURANCE = (
    "Foreign Office Spokesperson Shafqat Ali Khan said during the weekly media briefing on "
    "Thursday that Kabul had not responded to Islamabad's concerns.\n\n"
    "He, however, gave assurance that Pakistan would keep the border crossings open for "
    "trade.\n"
)
# near miss: an assurance given to someone, with no clause of its own
GAVE_ASSURANCE_TO = (
    "Foreign Office Spokesperson Shafqat Ali Khan said during the weekly media briefing on "
    "Thursday that Kabul had not responded to Islamabad's concerns.\n\n"
    "The minister later gave assurance to the traders stranded at Torkham.\n"
)
LEAD = ("Shafqat Ali Khan", "Kabul had not responded", "2025-03-13")


def test_gave_assurance_that() -> None:
    assert_statements(
        GAVE_ASSURANCE,
        PUBLISHED,
        [LEAD, ("Shafqat Ali Khan", "Pakistan would keep the border", "2025-03-13")],
    )


def test_gave_assurance_to() -> None:
    assert_statements(GAVE_ASSURANCE_TO, PUBLISHED, [LEAD])
