"""Round thirty-six, review of the English rules merged in its first wave: a part of a full
name is matched when only one of its words is shared by many ("bin" in a page of Gulf
officials); "the Chairperson-in-Office" is the OSCE's chairing foreign minister named
latest with its Chairpersonship, no minister named near another body's chairmanship; a
day in a first clause is the second speaker's too unless the first clause is a saying of
its own; "officials taking part in the talks" are unnamed whole. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

_DAY = datetime.date(2024, 5, 7)


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.text, s.said_on or "") for s in extract(text, published=_DAY)]


def test_part_of_a_full_name_matches_though_one_of_its_words_is_shared_by_many() -> None:
    envoys = [
        f"Minister {first} bin {last} said the council would sit again before the summer."
        for first in ("Khalid", "Saad", "Nasser", "Omar", "Hamad", "Faris", "Tariq", "Yousef")
        for last in ("Salman", "Abdullah", "Hamdan", "Mansour", "Zayed")
    ]
    text = (
        "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud said on Monday that Riyadh "
        "would host the next round.\n\n"
        + "\n\n".join(envoys)
        + '\n\n"Nobody leaves the table until there is a text," Faisal bin Farhan told '
        "reporters.\n"
    )
    last = _speakers(text)[-1]
    assert last[1].startswith("Nobody leaves the table"), last
    assert last[0] == "Faisal bin Farhan Al Saud", last
