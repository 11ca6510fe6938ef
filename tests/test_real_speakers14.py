"""Who spoke and when in real copy (issue 8, round fourteen: speaker and date classes left on
the open English sets). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 3, 13)


def test_name_with_particles_set_off_after_a_description_is_the_subject() -> None:
    # ", Sheikh Hamad bin Khalid Al Mansoori,": an appositive name of many words and particles
    # names the described subject, not the next paragraph's speaker
    text = (
        "ABU DHABI (Reuters) - Gulf ministers met in the capital on Wednesday.\n\n"
        "Oman's foreign minister, Sheikh Hamad bin Khalid Al Mansoori, spoke partly in "
        "English and thanked Iran for reopening the strait to fishing boats, a step he said "
        'would build "trust among neighbours."\n\n'
        "Kuwait's foreign minister, Salem al-Nouri, called the accord overdue but fair.\n"
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Hamad bin Khalid Al Mansoori", "Salem al-Nouri"]
