"""A body's opening words in the perfect ("The Ministry of External Affairs (MEA) has
rejected Pakistan's claims ..."), told again at once by its spokesperson with their day
("In a statement on Sunday night, MEA spokesperson X said ..."), are of that day, as the
same speaker's words told again are. Another body's spokesperson, or words on another
matter, leave the perfect as it was. Stories written here, in the manner of Indian
English news sites; each expected statement is checked for its speaker, its first words
and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 4, 8)

ITS_SPOKESPERSON = (
    "The Ministry of External Affairs (MEA) has rejected Pakistan's claims of India "
    "planning a strike across the border as baseless. In a statement on Sunday night, MEA "
    'spokesperson Raveesh Kumar said, "India rejects the baseless claims made by Pakistan '
    'about a strike across the border."\n'
)
# near miss: another body's spokesperson
ANOTHER_BODYS_SPOKESPERSON = (
    "The Ministry of External Affairs (MEA) has rejected Pakistan's claims of India "
    "planning a strike across the border as baseless. In a statement on Sunday night, US "
    'State Department spokesperson Robert Palladino said, "We urge India and Pakistan to '
    'avoid any strike across the border."\n'
)

# the body named without its country in the post ("Foreign Ministry spokesman")
FOREIGN_MINISTRY_SPOKESMAN = (
    "BEIJING, March 12 -- The Chinese Foreign Ministry has condemned the sanctions imposed "
    "by Washington on Chinese firms. Foreign Ministry spokesman Lin Jian said on Monday "
    "that the sanctions imposed on Chinese firms were illegal.\n"
)
# near miss: another ministry's spokesman on the same matter
DEFENCE_MINISTRY_SPOKESMAN = FOREIGN_MINISTRY_SPOKESMAN.replace(
    "Foreign Ministry spokesman Lin Jian", "Defence Ministry spokesman Wu Qian"
)


def test_its_spokesperson() -> None:
    assert_statements(
        ITS_SPOKESPERSON,
        PUBLISHED,
        [
            ("Ministry of External Affairs", "Pakistan's claims of India", "2019-04-07"),
            ("Raveesh Kumar", "India rejects the baseless", "2019-04-07"),
        ],
    )


def test_another_bodys_spokesperson() -> None:
    assert_statements(
        ANOTHER_BODYS_SPOKESPERSON,
        PUBLISHED,
        [
            ("Ministry of External Affairs", "Pakistan's claims of India", "../2019-04-08"),
            ("Robert Palladino", "We urge India and Pakistan", "2019-04-07"),
        ],
    )


def test_foreign_ministry_spokesman() -> None:
    assert_statements(
        FOREIGN_MINISTRY_SPOKESMAN,
        datetime.date(2024, 3, 12),
        [
            ("Chinese Foreign Ministry", "condemned the sanctions", "2024-03-11"),
            ("Lin Jian", "the sanctions imposed on Chinese", "2024-03-11"),
        ],
    )


def test_defence_ministry_spokesman() -> None:
    assert_statements(
        DEFENCE_MINISTRY_SPOKESMAN,
        datetime.date(2024, 3, 12),
        [
            ("Chinese Foreign Ministry", "condemned the sanctions", "../2024-03-12"),
            ("Wu Qian", "the sanctions imposed on Chinese", "2024-03-11"),
        ],
    )
