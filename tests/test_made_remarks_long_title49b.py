"""The lead's unnamed official ("..., a Foreign Ministry official said Monday"), named in the
next paragraph as the one who "made the remarks" behind a long title of his post and
honorifics ("Assistant Foreign Minister for ..., Ambassador Sheikh Dr X made the remarks"):
the words are his. A Gulf wire's titles run long, so the subject before "made the remarks"
may too. Sentences written here in the manner of Gulf agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 5, 14)  # a Tuesday


def test_long_title_before_made_the_remarks_names_the_official() -> None:
    assert_statements(
        "MANAMA: Bahrain remains committed to a calm and measured course in the Gulf, a "
        "Foreign Ministry official said Monday.\n\n"
        "Undersecretary for Regional Affairs and Gulf Cooperation Council Affairs at the "
        "ministry, Ambassador Sheikh Dr Khalid Ali Hamad Al-Khalifa made the remarks at an "
        "iftar banquet held for diplomats accredited to the Kingdom.\n",
        PUBLISHED,
        [("Khalid Ali Hamad Al-Khalifa", "Bahrain remains committed", "2019-05-13")],
    )
