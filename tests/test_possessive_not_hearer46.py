"""After a verb of warning or telling, a name with a possessive "'s" owns the noun that opens
the words ('warned Manila's "patience is running out"'): it names no one warned, and the
words start at the name, not at the quotation mark. Near misses: a bare name before the
quotation is still the one warned, and "told X's envoy that" still tells the envoy. Sentences
written here in the manner of agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2021, 11, 18)  # a Thursday
DAY = "2021-11-18"
LEAD = (
    "MANILA, Nov 18 (Reuters) - Foreign Secretary Teodoro Locsin said on Thursday the "
    "supply boats had been forced to turn back.\n\n"
)


def test_possessive_name_after_warned_opens_the_words() -> None:
    assert_statements(
        LEAD + 'He warned Beijing\'s "refusal to show restraint endangers the alliance" '
        "the two countries have built.\n",
        PUBLISHED,
        [
            ("Teodoro Locsin", "the supply boats had been forced to turn back", DAY),
            ("Teodoro Locsin", "Beijing's \"refusal to show restraint endangers", DAY),
        ],
    )


def test_bare_name_before_quote_is_still_the_one_warned() -> None:
    # near miss: no possessive, Beijing is the one warned and the words are the quotation
    assert_statements(
        LEAD + 'Locsin warned Beijing "it must pull its ships back" from the shoal.\n',
        PUBLISHED,
        [
            ("Teodoro Locsin", "the supply boats had been forced to turn back", DAY),
            ("Teodoro Locsin", '"it must pull its ships back"', DAY),
        ],
    )


def test_told_a_possessive_envoy_that_still_tells_the_envoy() -> None:
    # near miss: "told X's envoy that ...": the envoy was told, the words open after "that"
    assert_statements(
        LEAD + "Locsin told Beijing's envoy that the boarding of the boats was illegal.\n",
        PUBLISHED,
        [
            ("Teodoro Locsin", "the supply boats had been forced to turn back", DAY),
            ("Teodoro Locsin", "the boarding of the boats was illegal", DAY),
        ],
    )


def test_a_firm_named_with_s_is_still_the_one_told() -> None:
    # near miss (review rv46a F4): "Moody's", "Lloyd's" are names; what follows is the clause
    # or the quotation told them, not a noun they own
    for told in (
        "Locsin told Moody's the downgrade was unjustified.",
        "Locsin assured Lloyd's the tankers would be escorted.",
        'Locsin warned Sotheby\'s "the paintings were taken from a museum in Manila."',
    ):
        words = told.split("'s ", 1)[1].strip('."')
        assert_statements(
            LEAD + told + "\n",
            PUBLISHED,
            [
                ("Teodoro Locsin", "the supply boats had been forced to turn back", DAY),
                ("Teodoro Locsin", words[:20], DAY),
            ],
        )
