"""A briefer tells, paragraph by paragraph, what the one she speaks for said.

A noon briefing opens "As you will have seen, the Secretary-General spoke to you at the
stakeout this morning ..." and goes on in the next paragraphs "He told you that ...", then
'"...," the Secretary-General said.', "He also said ...". The briefer's turn had been read
as an interviewer's question put to a guest (a claim with "you" in it, before any question),
the pronoun had no one to stand for (the naming sentence was hidden inside the briefer's
words, and only a name was an antecedent, never a post alone), and a quoted paragraph with a
post as its attribution stayed the briefer's. (The last case, a quoted paragraph naming
someone else, passed before: a near miss.) Briefings written here.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2024, 9, 18)
HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "18 September 2024\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
)
QUESTIONS = (
    "**Questions and Answers\n\n"
    "Question: Steph, has the Secretary-General been in touch with the Lebanese Prime "
    "Minister?\n\n"
    "Spokesman: Not today, but I would expect a call in the coming days, and I will let you "
    "know.\n"
)
SG = "the Secretary-General"
BRIEFER = "Stéphane Dujarric"


def test_he_in_the_next_paragraph_is_the_post_the_briefer_named() -> None:
    text = (
        HEAD + "**Lebanon\n\n"
        "As you will have seen, the Secretary-General spoke to you at the stakeout this morning "
        "on the explosions across Lebanon.\n\n"
        "He told you that he was gravely concerned by the reports of thousands of people "
        "wounded and that civilians must never be made the targets of such attacks.\n\n"
        "He also said that all sides must exercise maximum restraint to avoid a wider war.\n\n"
        + QUESTIONS
    )
    assert_statements(
        text,
        DAY,
        [
            (SG, "he was gravely concerned", "2024-09-18"),
            (SG, "all sides must exercise", "2024-09-18"),
            (BRIEFER, "Not today, but I would", "2024-09-18"),
        ],
    )


def test_he_in_the_next_paragraph_is_the_envoy_the_briefer_named() -> None:
    text = (
        HEAD + "**Yemen\n\n"
        "This morning, the Special Envoy for Yemen, Hans Grundberg, briefed the Security "
        "Council in an open session.\n\n"
        "He told Council members that the economic escalation between the parties risked "
        "undoing the gains of the truce.\n\n"
        "He also called on the parties to release all detained UN personnel without delay.\n\n"
        + QUESTIONS
    )
    assert_statements(
        text,
        DAY,
        [
            ("Hans Grundberg", "the economic escalation", "2024-09-18"),
            ("Hans Grundberg", "called on the parties", "2024-09-18"),
            (BRIEFER, "Not today, but I would", "2024-09-18"),
        ],
    )


def test_a_quoted_paragraph_after_the_relay_is_the_posts() -> None:
    text = (
        HEAD + "**Lebanon\n\n"
        "Good afternoon. The Secretary-General spoke to reporters at the stakeout this morning "
        "on the situation in Lebanon.\n\n"
        "He told you that he was gravely concerned by the reports of thousands of people "
        "wounded.\n\n"
        '"Civilians cannot be the collateral damage of this conflict. Restraint is needed '
        'now," the Secretary-General said.\n\n'
        "**Sudan\n\n"
        "Turning to Sudan, we remain deeply concerned about the fighting around El Fasher, and "
        "we call on the parties to let aid through.\n\n" + QUESTIONS
    )
    assert_statements(
        text,
        DAY,
        [
            ("The Secretary-General", "he was gravely concerned", "2024-09-18"),
            ("The Secretary-General", "Civilians cannot be the collateral", "2024-09-18"),
            (BRIEFER, "Turning to Sudan, we remain", "2024-09-18"),
            (BRIEFER, "Not today, but I would", "2024-09-18"),
        ],
    )


def test_a_quoted_paragraph_naming_someone_else_is_theirs() -> None:
    text = (
        HEAD + "**Gaza\n\n"
        "We continue to be alarmed by the lack of fuel reaching the hospitals in the north of "
        "Gaza, and we are working with our partners to bring more in.\n\n"
        '"Every hour without fuel costs lives in the neonatal wards," Tom Fletcher, the '
        "Emergency Relief Coordinator, told reporters in Geneva on Monday.\n\n" + QUESTIONS
    )
    assert_statements(
        text,
        DAY,
        [
            (BRIEFER, "We continue to be alarmed", "2024-09-18"),
            ("Tom Fletcher", "Every hour without fuel", "2024-09-16"),
            (BRIEFER, "Not today, but I would", "2024-09-18"),
        ],
    )
