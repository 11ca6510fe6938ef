"""Round thirty-seven, the texts of multilateral bodies and Western governments: a judgement
set after the words whose subject is a description ("..., an assertion the Russian side has
denied") attributes nothing, and leaves the sentence's own attribution standing; a foreign
ministry's "issued the following statement", however long the where, when and what about
before its colon, announces the quotation below; a press officer's floor management ("Let's
start with X, in the second row.", "We'll take one last question, from X.", "The Secretary
General will give some opening remarks, and then ...") and a noon briefing's guest for the
next day hold no position; in a spokesperson's opening, a relay whose subject is a title
joined by "and" to a second post before the name ("The Deputy Special Representative and
officer-in-charge of the mission, X, said") and a mission named after its description that
"tells us" are the news's, not the briefer's; a firm named after its kind in lower case
("Ukrainian grid operator X", "Russian gas giant X") speaks. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

_DAY = datetime.date(2025, 9, 16)


def test_judgement_with_a_described_subject_leaves_the_attribution_before_it() -> None:
    text = (
        "Agency update\n\n"
        "Grid operator officials met in Kyiv on Tuesday.\n\n"
        "The regional administration said in a statement that shelling had cut power to "
        "three towns overnight, an assertion the occupying side has denied.\n\n"
        "The dam's operator reported that water levels were stable, a claim the local "
        "council flatly rejected.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("The regional administration", "shelling had cut power", "2025-09-16"),
            ("The dam's operator", "water levels were stable", "2025-09-16"),
        ],
    )


def test_following_statement_with_a_long_lead_announces_the_quotation_below() -> None:
    text = (
        "Ministry for Foreign Affairs\n\n"
        "16.09.2025 - Press release\n\n"
        "Foreign Minister Maria Lindqvist issued the following statement in Stockholm today "
        "on the agreement reached in Copenhagen between the Nordic and Baltic governments "
        "on the protection of undersea cables:\n\n"
        '"This agreement shows what close neighbours can do together. Our cables and '
        "pipelines are the arteries of our economies.\n\n"
        'Sweden will contribute ships and aircraft to the joint patrols."\n\n'
        "Background: the agreement was signed by eight governments.\n"
    )
    assert_statements(
        text,
        _DAY,
        [("Maria Lindqvist", "This agreement shows what close neighbours", "2025-09-16")],
    )


def test_press_officer_giving_the_floor_holds_no_position() -> None:
    text = (
        "Joint press conference\n\n"
        "16 Sep. 2025\n\n"
        "Alliance Spokesperson, Clara Voss: Good afternoon. The Secretary General will give "
        "some opening remarks, and then we'll have time for your questions.\n\n"
        "Secretary General: Thank you, Clara. Allies agreed today to double the air policing "
        "mission over the eastern flank, and that decision sends a clear signal.\n\n"
        "Clara Voss: Let's start with Agence France-Presse, in the front row.\n\n"
        "Question [AFP]: Will the new mission include ground-based air defence?\n\n"
        "Secretary General: We are looking at every option, and no decision is excluded at "
        "this stage of our planning.\n\n"
        "Clara Voss: We'll take one last question, from Italian news agency ANSA.\n\n"
        "Question [ANSA]: Does the Alliance expect more incursions?\n\n"
        "Secretary General: We must be ready for them, and that is exactly why we are "
        "strengthening our presence.\n"
    )
    got = [s.speaker for s in extract(text, published=_DAY)]
    assert "Clara Voss" not in got, got
    assert len(got) == 3, got


def test_noon_briefing_guest_for_tomorrow_holds_no_position() -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "16 September 2025\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
        "Dujarric, Spokesperson for the Secretary-General.\n\n"
        "**Yemen\n\n"
        "Good afternoon. I will start with Yemen, where cholera cases keep rising along the "
        "coast and our partners need more funding to keep clinics open.\n\n"
        "**Guests\n\n"
        "Tomorrow, my guest will be the head of the World Food Programme in Yemen, who will "
        "join us by video from Aden on the harvest outlook. Thank you.\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=_DAY)]
    assert len(got) == 1 and got[0][1].startswith("Good afternoon. I will start"), got


def test_briefer_relays_a_post_joined_to_another_and_a_mission_named_after_it() -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "16 September 2025\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
        "Dujarric, Spokesperson for the Secretary-General.\n\n"
        "**South Sudan\n\n"
        "Turning to South Sudan, the peacekeeping operation there, UNMISS, tells us that "
        "floods have cut the road to Bor for a second week. The Deputy Special "
        "Representative and officer-in-charge of the operation, Anita Kiki Gbeho, said on "
        "Monday that blue helmets were escorting river barges with food. She stressed that "
        "the rainy season was far from over.\n\n"
        "**Questions and Answers\n\n"
        "Question: Stéphane, any word on the elections timetable?\n\n"
        "Spokesperson: Nothing new from here; the parties know what they have to do.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("UNMISS", "floods have cut the road", "2025-09-16"),
            ("Anita Kiki Gbeho", "blue helmets were escorting", "2025-09-15"),
            ("Anita Kiki Gbeho", "the rainy season was far", "2025-09-15"),
            ("Stéphane Dujarric", "Nothing new from here", "2025-09-16"),
        ],
    )


def test_firm_named_after_its_kind_speaks() -> None:
    text = (
        "Agency update\n\n"
        "Nuclear regulator staff visited the site on Tuesday.\n\n"
        "Ukrainian grid operator Ukrenergo said in a statement that two substations near "
        "the plant had been hit overnight.\n\n"
        "Russian gas giant Gazprom told shareholders that exports to Asia would rise "
        "next year.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Ukrenergo", "two substations near the plant", "2025-09-16"),
            ("Gazprom", "exports to Asia would rise", "2025-09-16"),
        ],
    )
