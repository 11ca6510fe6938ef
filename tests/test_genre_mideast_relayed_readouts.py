"""A ministry's readout of a call, as Middle Eastern outlets write it, passes on the
ministers' words through the ministry's spokesman or its statement: "X also said that ...,
Khallaf added", "The Jordanian foreign minister, for his part, commended ..., the statement
said". The words are the minister's: the spokesman, named by his surname alone once the
story gave his post, and the statement only relay them. A spokesman who relays no clause
("X also said Ankara was ready ..., Al Ansari added", no "that") keeps the words as his
account. Pages written here, in the manner of Ahram Online, the Qatar News Agency and the
Tehran Times; each expected statement is checked for its speaker, first words and day."""

import datetime

from tests.statement_checks import assert_statements

CAIRO_READOUT = (
    "Egypt, Jordan review aid routes into Gaza in Amman talks\n\n"
    "Ahram Online , Wednesday 12 Mar 2025\n\n"
    "Foreign Minister Badr Abdelatty held talks in Amman on Wednesday with Jordanian "
    "Foreign Minister Ayman Safadi on getting more aid into the Gaza Strip.\n\n"
    "Foreign Ministry spokesman Tamim Khallaf said the two ministers had agreed to set up "
    "a joint committee on the reconstruction of the enclave.\n\n"
    "Abdelatty also said that Egypt had received more than 40,000 wounded Palestinians "
    "for treatment since the war began, Khallaf added.\n\n"
    "The Jordanian foreign minister, for his part, commended Egypt's role in brokering "
    "the truce, the statement said.\n"
)


def test_a_ministers_words_relayed_by_his_spokesman_and_the_statement() -> None:
    assert_statements(
        CAIRO_READOUT,
        datetime.date(2025, 3, 12),
        [
            ("Tamim Khallaf", "the two ministers had agreed", "2025-03-12"),
            ("Badr Abdelatty", "Egypt had received more than 40,000", "2025-03-12"),
            ("Ayman Safadi", "commended Egypt's role", "2025-03-12"),
        ],
    )


DOHA_READOUT = (
    "Qatar, Türkiye discuss Syria's transition in phone call\n\n"
    "Doha, February 04 (QNA) - Qatar's Prime Minister and Minister of Foreign Affairs "
    "Sheikh Mohammed bin Abdulrahman Al Thani received on Tuesday a phone call from "
    "Turkish Foreign Minister Hakan Fidan.\n\n"
    "The spokesman for the Ministry of Foreign Affairs, Majed Al Ansari, said the two "
    "sides had stressed the need to lift the sanctions on Damascus.\n\n"
    "Sheikh Mohammed also told his counterpart that Qatar would keep funding the salaries "
    "of Syrian public servants, Al Ansari added.\n\n"
    "Fidan also said Ankara was ready to help rebuild the Syrian power grid, Al Ansari "
    "added.\n\n"
    "The Turkish foreign minister, for his part, hailed Qatar's mediation in Gaza, the "
    "statement said.\n"
)


def test_a_spokesman_named_after_the_post_relays_a_clause_only() -> None:
    # (the near miss "Fidan also said Ankara was ready ..., Al Ansari added", no "that":
    # the spokesman's account, on the starting code as now)
    assert_statements(
        DOHA_READOUT,
        datetime.date(2025, 2, 4),
        [
            ("Majed Al Ansari", "the two sides had stressed", "2025-02-04"),
            ("Mohammed bin Abdulrahman Al Thani", "Qatar would keep funding", "2025-02-04"),
            ("Majed Al Ansari", "Fidan also said Ankara was ready", "2025-02-04"),
            ("Hakan Fidan", "hailed Qatar's mediation", "2025-02-04"),
        ],
    )


TEHRAN_READOUT = (
    "Araghchi, Omani FM discuss nuclear talks\n\n"
    "TEHRAN - Foreign Minister Abbas Araghchi spoke by phone on Sunday with his Omani "
    "counterpart Badr Albusaidi about the next round of indirect talks with Washington.\n\n"
    "Esmaeil Baghaei, the foreign ministry's spokesman, said the two ministers had "
    "reviewed the venue and the timing of the round.\n\n"
    "Araghchi also said that Iran would not negotiate over its right to enrichment, "
    "Baghaei added.\n"
)


def test_a_spokesman_named_before_the_post_relays_the_ministers_clause() -> None:
    assert_statements(
        TEHRAN_READOUT,
        datetime.date(2025, 4, 13),
        [
            ("Esmaeil Baghaei", "the two ministers had reviewed", "2025-04-13"),
            ("Abbas Araghchi", "Iran would not negotiate", "2025-04-13"),
        ],
    )
