"""A call's explainer ("Mr X spoke with Y by phone on Saturday.", then headings such as
"What did they agree?" over paragraphs of report) was read as an interview of Y, every
paragraph Y's words (round 34, second wave). One person talking to another is the day's news;
an interview needs the shape of one: a question put to the guest ("you") or an answer that
speaks as "I" or "we". Each page in new words written here, in the style of a state agency's
and a magazine's explainers."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

MONDAY = datetime.date(2025, 4, 7)
TOP = "Rome and Athens coordinate on migration\n\nANSA\nApril 5, 2025\n\n"


def test_a_call_told_by_courtesy_title_is_no_interview() -> None:
    assert_statements(
        TOP + "Antonio Tajani has spent the week calling Mediterranean capitals.\n\n"
        "Mr Tajani spoke with Greek Foreign Minister Giorgos Gerapetritis by phone on "
        "Saturday.\n\n"
        "What did they agree?\n\n"
        "Tajani said the two navies would run joint patrols in the Ionian Sea.\n\n"
        "What happens next?\n\n"
        "Coast guard chiefs from both countries will meet in Bari this month.\n",
        MONDAY,
        [("Antonio Tajani", "the two navies would run joint patrols", "2025-04-05")],
    )


def test_a_call_told_by_a_post_in_lower_case_is_no_interview() -> None:
    assert_statements(
        TOP + "Giorgia Meloni returned from Brussels on Friday.\n\n"
        "The prime minister spoke with Kyriakos Mitsotakis by phone on Saturday.\n\n"
        "Why does it matter?\n\n"
        "Arrivals on Crete have tripled since January, officials say.\n\n"
        "What next?\n\n"
        "Mitsotakis told Meloni that Athens would host a summit in May.\n",
        MONDAY,
        [("Kyriakos Mitsotakis", "Athens would host a summit in May", "2025-04-05")],
    )


def test_an_outlet_that_spoke_with_its_guest_near_miss() -> None:
    # near miss, the same on the starting code: the outlet spoke with its guest, and the
    # answers are hers, though no question says "you"
    assert_statements(
        "What Athens wants\n\nThe Diplomat\nApril 5, 2025\n\n"
        "To understand Greek thinking, The Diplomat spoke with Eleni Kourti, a researcher "
        "at a think tank in Athens.\n\n"
        "What does Athens want from Rome?\n\n"
        "Athens wants shared patrols and a fair split of arrivals.\n\n"
        "Will it happen?\n\n"
        "It depends on Brussels more than on Rome.\n",
        MONDAY,
        [
            ("Eleni Kourti", "Athens wants shared patrols", "2025-04-05"),
            ("Eleni Kourti", "It depends on Brussels", "2025-04-05"),
        ],
    )
