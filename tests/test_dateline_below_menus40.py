"""A page's menus, one short item a line, can push a bare dateline ("MUNICH -- South
Korea's top diplomat met ...") far below the head where a place alone is looked for; the
menu items do not count towards it, so the dateline is still found and no place is taken
for a speaker. Near miss: a bare place in capitals after a dozen lines of prose is no
dateline. Stories written here, in the manner of The Korea Herald's Yonhap copy; each
expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract.meta import find_dateline

PUBLISHED = datetime.date(2023, 2, 19)

MENU = "\n".join(
    [
        "Back To Top",
        "National",
        "Politics",
        "Foreign Affairs",
        "North Korea",
        "Diplomatic Circuit",
        "Business",
        "Finance",
        "Life&Style",
        "Food & Beverage",
        "Entertainment",
        "K-pop",
        "Sports",
        "World",
        "World News",
        "Opinion",
        "Editorial",
        "Podcast",
        "#Hashtag Korea",
        "Weekender",
        "National",
    ]
    * 2
)
BELOW_MENUS = (
    MENU + "\n\nS. Korean minister urges Japan to act on forced labor issue\n\n"
    "By Yonhap\n"
    "Published : Feb 19, 2023 - 09:24\n"
    "Foreign Minister Park Jin meets his Japanese counterpart in Munich on Saturday. (Yonhap)\n\n"
    "MUNICH -- South Korea's top diplomat met his Japanese counterpart and called for Tokyo "
    "to take a bold step to settle the forced labor issue.\n\n"
    "Foreign Minister Park Jin held talks with his Japanese counterpart, Yoshimasa Hayashi, "
    "in Munich on Saturday on the sidelines of the security conference.\n"
)
# near miss: a place in capitals with a dash after a dozen lines of prose
PROSE = "\n".join(f"Line {k} of the story tells what happened, at some length." for k in range(14))
DEEP_IN_PROSE = PROSE + "\n\nSEOUL -- The ministry said talks would go on.\n"


def test_below_menus() -> None:
    assert_statements(
        BELOW_MENUS,
        PUBLISHED,
        [("Park Jin", "called for Tokyo to take a bold step", "2023-02-18")],
    )


def test_deep_in_prose() -> None:
    assert find_dateline(DEEP_IN_PROSE) is None
