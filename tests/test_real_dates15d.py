"""Days of statements in real copy (issue 8, round fifteen, fourth wave): words said at an
occasion the story shares with someone whose words it dated. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2024, 11, 18)  # a paper of the Monday after Sunday's news


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_a_speaker_who_took_the_floor_shortly_after_another_spoke_that_day() -> None:
    text = (
        "Dutch Prime Minister Karel Visser told the assembly in Rotterdam on Sunday that "
        "the port tax would be halved.\n\n"
        "Belgian Prime Minister Lotte Maes, who spoke shortly after Visser, rejected the "
        'plan. "We were never consulted on this," she said.'
    )
    found = _days(text, MONDAY)
    assert ("Lotte Maes", "2024-11-17") in found


def test_speaking_after_his_meeting_with_someone_is_the_day_of_that_meeting() -> None:
    # guard (the start code dates it too, by other means): the day the other one spoke
    text = (
        "Chilean President Tomas Rojas, who flew to Lima on Sunday for talks on the dispute, "
        "had dismissed the border incident as a misunderstanding.\n\n"
        '"Nobody wants a quarrel over a few fishing boats," Rojas told reporters in Lima on '
        "Sunday.\n\n"
        "Peruvian President Elena Quispe, speaking after her meeting with Rojas, said the "
        "navies would hold joint patrols from next spring."
    )
    found = _days(text, MONDAY)
    assert ("Elena Quispe", "2024-11-17") in found


def test_those_named_alongside_the_announcer_spoke_on_the_announcers_day() -> None:
    text = (
        "Norway brokered a fishing truce between Iceland and the Faroe Islands at talks in "
        "Oslo on Sunday.\n\n"
        "Announcing the truce alongside Icelandic Prime Minister Sigrun Haraldsdottir, "
        "Norwegian Foreign Minister Erik Dahl said the boats would return to port. "
        "Haraldsdottir said her government would respect the quotas."
    )
    found = _days(text, MONDAY)
    assert ("Sigrun Haraldsdottir", "2024-11-17") in found


def test_one_who_speaks_for_his_part_answers_at_the_occasion_just_told() -> None:
    text = (
        "At the harbour office on Sunday, Estonian Prime Minister Mart Kask said the ferry "
        "link would reopen in spring.\n\n"
        "Finnish Prime Minister Aino Lehto, for her part, said Helsinki would pay half the "
        "cost of the new pier."
    )
    found = _days(text, MONDAY)
    assert ("Mart Kask", "2024-11-17") in found
    assert ("Aino Lehto", "2024-11-17") in found


def test_a_day_told_of_he_right_after_the_speakers_name_places_the_speaker() -> None:
    # the later of two days the story walks through; "he" carries the one named before
    text = (
        "Swedish Foreign Minister Johan Berg arrived in Hanoi on Friday for two days of "
        "talks.\n\n"
        "On Saturday, Berg held long talks with Vietnamese officials. On Sunday he met the "
        "party chief, who told him trade must grow.\n\n"
        "Berg said he had also raised the case of a jailed blogger."
    )
    found = _days(text, MONDAY)
    assert ("Johan Berg", "2024-11-17") in found


def test_told_reporters_alongside_the_other_leaders_is_at_the_summit_just_told() -> None:
    # a commentator's later day between the summit and the words is no later event
    text = (
        "The first summit of Norway, Iceland and Denmark held in Oslo on Sunday was a show "
        "of unity, analysts said on Monday.\n\n"
        "Norwegian Prime Minister Erik Dahl told reporters alongside Icelandic Prime Minister "
        "Sigrun Haraldsdottir that the three navies would share patrols."
    )
    found = _days(text, MONDAY)
    assert ("Erik Dahl", "2024-11-17") in found


def test_excerpts_of_a_briefing_told_by_its_verb_take_the_briefings_day() -> None:
    text = (
        "Daily Courier\n\n"
        "Nordic ministers agree on ferry link\n\n"
        "OSLO: Norway and Denmark on Sunday agreed to reopen the ferry link.\n\n"
        "Foreign ministry spokesman Lars Holm briefed reporters in Oslo on Sunday. "
        "Excerpts:\n\n"
        "Q: When will the first ferry sail?\n\n"
        "Holm: The first ferry will sail in March. Tickets will be cheaper than before.\n\n"
        "Q: Will Sweden join?\n\n"
        "Holm: Sweden has been invited. We hope to hear from Stockholm soon."
    )
    found = _days(text, MONDAY)
    assert ("Lars Holm", "2024-11-17") in found
    assert ("Lars Holm", "2024-11-18") not in found


def test_similar_comments_on_an_earlier_day_are_another_occasion() -> None:
    text = (
        "Live: ferry talks in Oslo\n\n"
        "Opposition leader Nils Berg has just spoken to reporters at parliament. He said "
        "the government was giving away fishing rights without asking voters.\n\n"
        "Berg made similar comments on Saturday, when he said the ferry deal was rushed."
    )
    found = _days(text, MONDAY)
    assert ("Nils Berg", "2024-11-16") in found
    assert found.count(("Nils Berg", "2024-11-16")) == 1
