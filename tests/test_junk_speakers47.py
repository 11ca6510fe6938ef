"""Junk speaker strings: a run of capitals led by "the" read as a person's name. A thing's
name in title case ("those not yet on the Geneva Train", a column's heading "The
Accountability Test.") was taken for someone, and a bare surname whose first word it shares,
or the next statement's subject, went to it. A person's name alone never takes "the"; the
styles that do ("the Dalai Lama", "the Aga Khan") keep theirs. Sentences written here in the
manner of a wire story and an op-ed column on a round of talks."""

from __future__ import annotations

import datetime

from tracker.extract.coref import Registry

PUBLISHED = datetime.date(2025, 3, 14)  # a Friday


def _extracted(text: str) -> list:
    from tracker.extract import extract

    return extract(text, published=PUBLISHED)


def _people(text: str) -> list[str]:
    return [e.name for e in Registry(text, None).entities if e.kind == "person"]


def test_a_things_name_after_the_is_no_person() -> None:
    text = (
        "GENEVA, March 14 - Few outside Moscow have joined the Lavrov Train, whatever its "
        "merits.\n\nLavrov told reporters on Friday that Moscow would not accept any text "
        "drafted without its delegation.\n"
    )
    people = _people(text)
    assert "Lavrov Train" not in people, people
    assert [s.speaker for s in _extracted(text)] == ["Lavrov"]


def test_a_columns_heading_is_no_speaker() -> None:
    text = (
        "GENEVA, March 14 - The envoys met for a third day on Friday.\n\n"
        "The Accountability Test.\n\n"
        "Blinken clearly overstated the case in saying that the sanctions had cut Russian "
        "oil revenue by half.\n"
    )
    assert "Accountability Test" not in _people(text)
    got = [s.speaker for s in _extracted(text)]
    assert "Accountability Test" not in got, got


def test_a_style_written_with_the_keeps_its_holder() -> None:
    text = (
        "DHARAMSALA, March 14 - The Dalai Lama said on Friday that he hoped to return to "
        "Lhasa one day, and thanked India for decades of hospitality.\n"
    )
    assert "Dalai Lama" in _people(text)
    got = [s.speaker for s in _extracted(text)]
    assert got == ["Dalai Lama"], got
