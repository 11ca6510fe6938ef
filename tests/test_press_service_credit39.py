"""A ministry's press service credited for the news ("X met with counterparts in New York,
reported the ministry's press service on Sept. 21", "According to the ministry's press
service, X received ..."): the office that put the news out is its source, as an outlet is,
not one who speaks; and the name set off after a title ("Deputy Prime Minister and Foreign
Minister, Murat Nurtleu, met with ...") opens a clause whose verb of meeting goes on, no
post of his, so he is not the subject of "reported". Stories written here, in the manner of
The Astana Times and Kazinform; each expected statement is checked for its speaker, its
first words and its day (the day the press service put the news out bounds the words the
story gives no day of their own)."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 9, 21)

TITLE_NAME_MET_CREDITED = (
    "Kazakh FM meets counterparts in New York\n\n"
    "ASTANA \u2013 Kazakh Deputy Prime Minister and Foreign Minister, Murat Nurtleu, met "
    "with foreign counterparts to discuss regional cooperation during a working trip to "
    "New York, reported the ministry\u2019s press service on Sept. 21.\n\n"
    "Nurtleu said Kazakhstan was ready to host the next round of talks.\n"
)
NAME_HELD_TALKS_CREDITED = (
    "Deputy FM holds talks with EU envoy\n\n"
    "ASTANA \u2013 Deputy Foreign Minister Roman Vassilenko held talks with the EU Special "
    "Representative for Central Asia, reported the ministry\u2019s press service.\n\n"
    "Vassilenko stressed that Kazakhstan valued its partnership with the EU.\n"
)
ACCORDING_TO_PRESS_SERVICE = (
    "Kazakh FM receives Chinese ambassador\n\n"
    "ASTANA. KAZINFORM \u2013 According to the Foreign Ministry's press service, Kazakh "
    "Foreign Minister Murat Nurtleu received the Ambassador of China on Tuesday.\n\n"
    "The Minister noted that Kazakhstan valued its partnership with China.\n"
)
# near misses: the press service relays the minister's words; the press service says
# something; a participle aside in the passive after the
# name ("visited by") leaves the name the subject
PRESS_SERVICE_SAYS = (
    "Minister to skip summit\n\n"
    "ASTANA \u2013 The ministry\u2019s press service said the minister would not attend the "
    "summit in Baku.\n"
)
NAME_PASSIVE_ASIDE = (
    "Kazakh FM meets delegation\n\n"
    "ASTANA \u2013 Foreign Minister, Murat Nurtleu, visited by a delegation from Brussels on "
    "Thursday, said that the talks had been useful.\n"
)


def test_title_name_met_credited() -> None:
    assert_statements(
        TITLE_NAME_MET_CREDITED,
        PUBLISHED,
        [("Murat Nurtleu", "Kazakhstan was ready to host", "../2023-09-21")],
    )


def test_name_held_talks_credited() -> None:
    assert_statements(
        NAME_HELD_TALKS_CREDITED,
        PUBLISHED,
        [("Roman Vassilenko", "Kazakhstan valued its partnership", "2023-09-21")],
    )


def test_according_to_press_service() -> None:
    assert_statements(
        ACCORDING_TO_PRESS_SERVICE,
        datetime.date(2024, 5, 14),
        [("Murat Nurtleu", "Kazakhstan valued its partnership", "2024-05-14")],
    )


def test_according_to_press_service_words() -> None:
    assert_statements(
        "Kazakh FM on the UN\n\nASTANA \u2013 According to the ministry\u2019s press service, "
        "Foreign Minister Murat Nurtleu stressed that Kazakhstan supports the UN Charter.\n",
        PUBLISHED,
        [("Murat Nurtleu", "Kazakhstan supports the UN Charter", "2023-09-21")],
    )


def test_press_service_says() -> None:
    assert_statements(
        PRESS_SERVICE_SAYS,
        PUBLISHED,
        [("The ministry\u2019s press service", "the minister would not attend", "2023-09-21")],
    )


def test_name_passive_aside() -> None:
    assert_statements(
        NAME_PASSIVE_ASIDE,
        PUBLISHED,
        [("Murat Nurtleu", "the talks had been useful", "2023-09-21")],
    )
