"""Words of a source the story does not name are no one's statement, and are not given to the
person named before them: an indefinite "a Foreign Ministry official" brings in someone new,
so "Motegi made the comments ..." in the next sentence is Motegi's own earlier words, not the
official's; "a senior U.S. State Department official" (initials with stops among its words)
is the one a later "the official" means; and "the report said" or "leaflets criticising ..."
with no author the story gives has no speaker. Sentences written here in the manner of wire
copy (Kyodo, Reuters); each expected statement is checked for its speaker, first words and
day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2020, 11, 27)

# an indefinite official after the minister has spoken; the next sentence says the minister
# "made the comments" (his own, told above)
OFFICIAL_AFTER_MINISTER = (
    "TOKYO (Kyodo) -- Foreign Minister Toshimitsu Motegi on Friday rejected Chinese claims "
    "over the islands.\n\n"
    '"The islands are our inherent territory," Motegi told a parliamentary committee Friday.\n\n'
    "A Foreign Ministry official said Thursday that diplomatic custom kept Motegi from "
    "answering Wang at the joint event.\n\n"
    "Motegi made the comments during a Diet session in response to a question from an "
    "opposition lawmaker.\n"
)
# near miss: an indefinite spokesperson whom the next sentence names as having made the
# remarks, named there for the first time: that spokesperson speaks
SPOKESPERSON_NAMED_NEXT = (
    "TOKYO (Kyodo) -- Japan urged China on Friday to keep its coast guard ships out of the "
    "area.\n\n"
    "A Foreign Ministry spokesperson said Friday that Tokyo had lodged a protest through "
    "diplomatic channels.\n\n"
    "Spokesperson Katsunobu Kato made the remarks at a regular press conference.\n"
)
US_OFFICIAL = (
    "PARIS (Reuters) - Russian Foreign Minister Sergei Lavrov left Paris on Wednesday without "
    "meeting his Ukrainian counterpart.\n\n"
    '"We agreed to keep talking in the days to come," Lavrov told reporters.\n\n'
    "Earlier, a senior U.S. State Department official rejected Russian accounts of the "
    "meeting.\n\n"
    '"Nothing was agreed here, and nothing will be without Kiev at the table," the official '
    "said.\n"
)
# near miss: no one unnamed brought in ("U.S. officials" are no "a ... official"): "the
# minister" is Lavrov, who spoke last
NO_ONE_UNNAMED = (
    "PARIS (Reuters) - Russian Foreign Minister Sergei Lavrov left Paris on Wednesday after "
    "talks with U.S. officials.\n\n"
    '"We agreed to keep talking in the days to come," Lavrov told reporters.\n\n'
    '"Nothing was agreed against anyone," the minister said.\n'
)
REPORT = (
    "DOHA (Reuters) - Qatar's prime minister said on Sunday that the remaining obstacles to a "
    "deal were minor.\n\n"
    'The Washington Post: "Israel and Hamas are close to a deal that would free dozens of '
    'hostages," the report said, citing people familiar with the talks.\n'
)
# near miss: the body that spoke last, and no outlet named since: its own release
REPORT_OF_THE_BODY = (
    "KUALA LUMPUR (Reuters) - Wisma Putra said on Sunday that it was following the case "
    "closely.\n\n"
    '"The ministry will give the family every help it needs," the report said.\n'
)
LEAFLETS = (
    "SEOUL (Reuters) - Kim Yo Jong said on Sunday that the North would respond to any new "
    "balloons.\n\n"
    "Tension rose last month after the North sent balloons of trash south in protest against "
    "a campaign by defectors who have for years flown aid parcels and leaflets criticising "
    "the Kim regime across the border.\n"
)


def test_indefinite_official_is_not_the_minister_named_before() -> None:
    assert_statements(
        OFFICIAL_AFTER_MINISTER,
        PUBLISHED,
        [
            ("Toshimitsu Motegi", "Chinese claims over the islands", "2020-11-27"),
            ("Toshimitsu Motegi", "The islands are our inherent", "2020-11-27"),
        ],
    )


def test_spokesperson_named_next_as_maker_speaks() -> None:
    assert_statements(
        SPOKESPERSON_NAMED_NEXT,
        PUBLISHED,
        [("Katsunobu Kato", "Tokyo had lodged a protest", "2020-11-27")],
    )


def test_official_brought_in_with_initials_stays_unnamed() -> None:
    assert_statements(
        US_OFFICIAL,
        PUBLISHED,
        [("Sergei Lavrov", "We agreed to keep talking", "2020-11-25")],
    )


def test_the_minister_with_no_one_unnamed_is_the_speaker() -> None:
    assert_statements(
        NO_ONE_UNNAMED,
        PUBLISHED,
        [
            ("Sergei Lavrov", "We agreed to keep talking", "2020-11-25"),
            ("Sergei Lavrov", "Nothing was agreed against", "2020-11-25"),
        ],
    )


def test_report_with_no_author_has_no_speaker() -> None:
    assert_statements(
        REPORT,
        PUBLISHED,
        [("Qatar's prime minister", "the remaining obstacles", "2020-11-22")],
    )


def test_report_of_the_body_that_spoke_is_its_own() -> None:
    assert_statements(
        REPORT_OF_THE_BODY,
        PUBLISHED,
        [
            ("Wisma Putra", "it was following the case", "2020-11-22"),
            ("Wisma Putra", "The ministry will give", "2020-11-22"),
        ],
    )


def test_leaflets_carry_no_statement() -> None:
    assert_statements(
        LEAFLETS,
        PUBLISHED,
        [("Kim Yo Jong", "the North would respond", "2020-11-22")],
    )
