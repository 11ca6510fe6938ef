"""A party tag after a name, then an unclosed description (round 48): "Rep. Ana Ruiz
(D-Calif.), a sponsor of the measure told ..." makes the lawmaker the subject; "Staffers
for Rep. Ana Ruiz (D-Calif.), a sponsor of the measure told ..." hangs the name on another
noun, and the staffers are no lawmaker. Sentences written here in the manner of a
Washington newsletter."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 6, 15)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=PUBLISHED)]


def test_the_tagged_lawmaker_speaks() -> None:
    text = (
        "WASHINGTON - Rep. Ana Ruiz (D-Calif.), a sponsor of the measure told reporters on "
        "Wednesday that the floor vote would slip to July.\n"
    )
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_noun_the_name_hangs_on_is_the_subject() -> None:
    text = (
        "WASHINGTON - Staffers for Rep. Ana Ruiz (D-Calif.), a sponsor of the measure told "
        "reporters on Wednesday that the floor vote would slip to July.\n"
    )
    assert "Ana Ruiz" not in _speakers(text)
