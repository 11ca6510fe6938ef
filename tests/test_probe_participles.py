"""A participle of saying after a naming ("rejected what it called ..., saying ..."), papers
named "Daily ...", and acts listed with "including" (issue 8, construction probes of the ninth
round). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2025, 5, 16)


def test_saying_after_what_it_called_is_the_subject_s_statement() -> None:
    # the participle's words are the body's; they go on from the rejection, whose words
    # start after its verb (real gold: 'rejected what it called "..." remarks ..., saying')
    text = (
        "DHAKA: The foreign ministry on Friday rejected what it termed a misleading report by "
        "a regional broadcaster, saying the border crossings had stayed open all week."
    )
    [found] = extract(text, published=FRIDAY)
    assert found.text.startswith("what it termed a misleading report")
    assert "saying the border crossings had stayed open all week" in found.text
    assert found.speaker_type == "institution" and "Ministry" in found.speaker
    assert found.said_on == "2025-05-16"


def test_a_day_after_a_body_is_no_part_of_its_name() -> None:
    text = (
        "The Election Commission on Monday dismissed what it described as rumours, "
        "insisting that the count would finish by Wednesday."
    )
    [found] = extract(text, published=FRIDAY)
    assert found.speaker == "Election Commission"


def test_a_paper_named_daily_is_an_outlet_not_a_source() -> None:
    text = (
        "According to the Daily Nation, the dam upstream has cut the catch of the delta's "
        "fishermen by half."
    )
    assert [s.speaker for s in extract(text, published=FRIDAY)] == []


def test_a_participle_in_a_list_of_measures_is_an_act_not_words() -> None:
    text = (
        "The government on Friday announced further steps against the neighbour, including "
        "higher port fees and asking its consulate to cut staff by a third."
    )
    assert [s.cue for s in extract(text, published=FRIDAY)] == ["announced"]


def test_comparing_one_thing_to_another_is_a_statement() -> None:
    text = (
        "ANKARA, May 16 (AFP) - Foreign Minister Hakan Fidan on Friday compared the blockade "
        'of the port to "a siege of the Middle Ages".'
    )
    [found] = extract(text, published=FRIDAY)
    assert found.speaker == "Hakan Fidan" and found.text.startswith("the blockade")


def test_compared_with_a_figure_and_comparing_notes_are_no_statements() -> None:
    text = (
        "Grain shipments rose by a fifth compared with last season. The two envoys met for "
        "an hour on Friday, comparing notes on the crisis."
    )
    assert extract(text, published=FRIDAY) == []


def test_an_appeal_made_is_a_call_as_appealed_for_is() -> None:
    text = (
        "Foreign Minister Hakan Fidan on Friday made an urgent appeal for the crossings into "
        "Gaza to reopen. Fidan's deputy issued a call for a donor conference."
    )
    found = extract(text, published=FRIDAY)
    assert [s.cue for s in found] == ["made an urgent appeal for", "issued a call for"]
    assert found[0].speaker == "Hakan Fidan"


def test_a_phone_call_made_is_no_call_for_anything() -> None:
    text = "The minister made a call to his Greek counterpart on Friday."
    assert extract(text, published=FRIDAY) == []
