"""A perfect told in passing ("Kishida has repeatedly expressed a desire to visit ...")
dates its own words only "by now"; the quote after it, told to reporters after the talks
the lead dated ("... spoke with his counterpart on Monday"), keeps the talks' day instead of
taking the perfect's open bound; the perfect's own words keep theirs ("by now"). Stories
written here, in the manner of The Japan Times."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2016, 3, 14)

PERFECT_THEN_QUOTE = (
    "Kishida, Wang hold phone talks\n\n"
    "Foreign Minister Fumio Kishida spoke with his Chinese counterpart, Wang Yi, on Monday "
    "as Tokyo seeks to mend ties with Beijing.\n\n"
    "Kishida said the two ministers agreed to keep in close contact on North Korea. "
    "Kishida has repeatedly expressed a wish to visit China before the summer.\n\n"
    "\u201cI told him that both sides must work to improve relations,\u201d Kishida told "
    "reporters.\n"
)


def test_perfect_then_quote() -> None:
    assert_statements(
        PERFECT_THEN_QUOTE,
        PUBLISHED,
        [
            ("Fumio Kishida", "the two ministers agreed", "2016-03-14"),
            ("Fumio Kishida", "repeatedly expressed a wish", "../2016-03-14"),
            ("Fumio Kishida", "I told him that both sides", "2016-03-14"),
        ],
    )
