"""A preview names a text a meeting has yet to adopt: "is expected to adopt a declaration
calling on ...", "will issue a communique urging ...", "plans to release a statement
calling for ...". No one has said those words yet: the participle after the text still to
come is no statement. A text issued ("issued a statement calling for calm") still gives its
issuer's words. Pages written here, in the manner of MercoPress and of Agência Brasil; each
expected statement is checked for its speaker, first words and day."""

import datetime

from tests.statement_checks import assert_statements

SUMMIT_PREVIEW = (
    "Mercosur leaders gather in Buenos Aires amid tariff row\n\n"
    "Thursday, July 3rd 2025 - 09:15 UTC\n\n"
    "Mercosur presidents meet in Buenos Aires on Thursday for a summit that is expected "
    "to adopt a joint communique urging the European Union to ratify the trade accord "
    "before the end of the year.\n\n"
    "The bloc will also issue a declaration calling for the reform of the World Trade "
    "Organization's dispute panel.\n\n"
    "Paraguay plans to release a statement calling on its partners to lower the common "
    "external tariff.\n\n"
    "Uruguay's Foreign Ministry on Wednesday issued a statement calling for calm in the "
    "talks with Brussels.\n"
)


def test_texts_still_to_come_say_nothing_yet() -> None:
    assert_statements(
        SUMMIT_PREVIEW,
        datetime.date(2025, 7, 3),
        [("Uruguayan Foreign Ministry", "calling for calm in the talks", "2025-07-02")],
    )
