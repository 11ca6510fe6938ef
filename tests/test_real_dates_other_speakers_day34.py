"""A day told in another speaker's attribution is that speaker's day, not one the paragraph
has reached for the next speaker's bare "said" (round 34, second wave: dates on matched
statements that recur across the read sets and a real wire story of the dev work half).
Each test in new words written here, in the style of a wire round-up of reactions."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

MONDAY = datetime.date(2024, 12, 9)
LEAD = (
    "Capitals weigh their words after the fall of Damascus\n\n"
    "DOHA, Dec 9 - Governments across the region sought on Monday to make sense of the "
    "collapse of the Syrian government.\n\n"
)


def test_the_day_another_minister_spoke_does_not_date_the_next_reaction() -> None:
    # "X told a conference on Sunday that ... Y welcomed ...": Y's words carry no day (the
    # article's)
    assert_statements(
        LEAD + "Greek Foreign Minister Giorgos Gerapetritis told a conference in Athens on Sunday "
        "that Greece would fly medical supplies to Beirut. Canadian Prime Minister Justin "
        'Trudeau welcomed the end of "half a century of fear" for the country.\n',
        MONDAY,
        [
            ("Giorgos Gerapetritis", "Greece would fly medical", "2024-12-08"),
            ("Justin Trudeau", "welcomed the end of", "2024-12-09"),
        ],
    )


def test_the_day_a_government_announced_a_recall_does_not_date_a_leader_condemning_it() -> None:
    assert_statements(
        LEAD + "Ghana's government announced on Saturday that it was recalling its ambassador "
        "from Bamako over the expulsions. Senegalese President Bassirou Diomaye Faye condemned "
        'the expulsions as "a step backwards" for the region.\n',
        MONDAY,
        [
            ("Ghanaian Government", "it was recalling", "2024-12-07"),
            ("Bassirou Diomaye Faye", "condemned the expulsions", "2024-12-09"),
        ],
    )


def test_a_day_that_opens_the_sentence_still_sets_the_paragraphs_time() -> None:
    # near miss, the same on the starting code: "On Sunday, X said ... Y said ..." tells the
    # day the story has reached, for both
    assert_statements(
        LEAD + "On Sunday, Iranian Foreign Minister Abbas Araghchi said Tehran would respect the "
        "choice of the Syrian people. Russian Deputy Foreign Minister Sergei Ryabkov said "
        "Moscow was watching the situation closely.\n",
        MONDAY,
        [
            ("Abbas Araghchi", "Tehran would respect", "2024-12-08"),
            ("Sergei Ryabkov", "Moscow was watching", "2024-12-08"),
        ],
    )


def test_a_spokesman_speaks_on_the_day_his_body_issued_its_statement() -> None:
    # near miss, the same on the starting code: the body's statement is what its voice then
    # speaks for
    assert_statements(
        LEAD + "The Chinese coast guard said in a statement on Saturday that it had expelled two "
        "foreign vessels. Its spokesman Liu Dehong said the crews had ignored repeated "
        "warnings.\n",
        MONDAY,
        [
            ("Chinese Coast Guard", "it had expelled", "2024-12-07"),
            ("Liu Dehong", "the crews had ignored", "2024-12-07"),
        ],
    )


def test_a_day_in_a_sentence_with_no_one_speaking_still_dates_the_paragraph() -> None:
    # near miss, the same on the starting code
    assert_statements(
        LEAD + "The mood in Amman on Saturday was tense. Jordanian Foreign Minister Ayman Safadi "
        "said his country would keep its border crossings open.\n",
        MONDAY,
        [("Ayman Safadi", "his country would keep", "2024-12-07")],
    )
