"""Round thirty-eight, the lead: a body's own "reported on Wednesday that ..." is dated by
that day, as "said on Wednesday" is; only another's report ("..., state media reported on
Tuesday") is a relay whose day is no occasion of the speaker. In new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_a_body_reporting_its_own_finding_is_dated_by_its_day() -> None:
    text = (
        "GENEVA, Oct. 17 (Reuters) - The World Health Organization reported on Monday that "
        "cholera cases in the region had doubled within a fortnight.\n\n"
        "The Health Ministry reported on Tuesday that two clinics had been damaged "
        "overnight.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 10, 17),
        [
            ("World Health Organization", "cholera cases in the region", "2024-10-14"),
            ("Health Ministry", "two clinics had been", "2024-10-15"),
        ],
    )


def test_another_outlets_report_is_still_a_relay() -> None:
    """Near miss (passes on the starting code too): the agency's day bounds the leader's."""
    text = (
        'SEOUL, Oct. 17 (Yonhap) -- "Our answer will be swift," the North Korean leader '
        "Kim Jong-un said at a weapons plant, the Korean Central News Agency reported on "
        "Wednesday.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 10, 17),
        [("Kim Jong-un", "Our answer will be swift", "../2024-10-16")],
    )
