"""A spokesperson the story leaves unnamed speaks for the body named before the title (round
34, second wave: "a Downing Street spokesperson said ..." was dropped as an unnamed source in
several read sets, whose writers record the body). Each test in new words written here, in the
style of a British paper's live page and a wire story."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

SUNDAY = datetime.date(2025, 3, 2)
LEAD = (
    "European leaders gather in London\n\n"
    "LONDON (AP) — Leaders from across Europe arrived in London on Sunday for talks on "
    "Ukraine.\n\n"
)


def test_a_body_spokesperson_gives_the_body_words() -> None:
    # "A Downing Street spokesperson said", "an Elysee spokesman said": the body speaks
    assert_statements(
        LEAD + "A Downing Street spokesperson said on Saturday that the prime minister had "
        "spoken to the French president twice this week.\n\n"
        "An Elysee spokesman said Paris would send its foreign minister to Kyiv.\n\n"
        "A Chinese foreign ministry spokeswoman said Beijing opposed any new sanctions.\n",
        SUNDAY,
        [
            ("Downing Street", "the prime minister had spoken", "2025-03-01"),
            ("Elysee", "Paris would send its foreign minister", "2025-03-02"),
            ("Chinese Foreign Ministry", "Beijing opposed any new sanctions", "2025-03-02"),
        ],
    )


def test_the_body_after_the_title() -> None:
    # "a spokesman for Downing Street", "a spokeswoman for Hamas": the body after "for"; one
    # for a person ("for the president") is left out, as before
    assert_statements(
        LEAD + "A spokesman for Downing Street said the meeting would end with a joint text.\n\n"
        "A spokeswoman for Hamas said the group had not seen the European proposal.\n\n"
        "A spokesman for the president said no decision had been taken.\n",
        SUNDAY,
        [
            ("Downing Street", "the meeting would end with a joint text", "2025-03-02"),
            ("Hamas", "the group had not seen the European proposal", "2025-03-02"),
        ],
    )


def test_the_spokesperson_after_goes_on_for_the_body() -> None:
    # "The spokesperson said ..." after "a State Department spokesperson": the same one
    assert_statements(
        LEAD + "A State Department spokeswoman said Washington had not been asked to attend.\n\n"
        "The spokeswoman said the administration was in close contact with its allies.\n",
        SUNDAY,
        [
            ("State Department", "Washington had not been asked", "2025-03-02"),
            ("State Department", "the administration was in close contact", "2025-03-02"),
        ],
    )


def test_number_ten_is_downing_street() -> None:
    # "A No 10 spokesman", "Number 10 said": the seat by its house number
    assert_statements(
        LEAD + "A No 10 spokesman said the guest list had grown to 18 countries.\n\n"
        "Number 10 said the talks would run into the evening.\n",
        SUNDAY,
        [
            ("Downing Street", "the guest list had grown", "2025-03-02"),
            ("Downing Street", "the talks would run into the evening", "2025-03-02"),
        ],
    )


def test_unnamed_sources_and_outlets_stay_out() -> None:
    # near miss, the same on the starting code: no body named before the title ("a
    # government spokesman"), an official, a diplomat, an outlet's spokesperson
    assert_statements(
        LEAD + "A government spokesman said the cabinet would meet on Monday.\n\n"
        "A senior official said the summit would end with a joint statement.\n\n"
        "A BBC spokesperson said the broadcaster stood by its reporting.\n\n"
        "A Western diplomat said the mood in the room had improved.\n",
        SUNDAY,
        [],
    )
