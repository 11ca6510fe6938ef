"""Days of undated words whose speaker the next paragraph goes on with (issue 8, round
eighteen): "X said the sanctions were banditry.\\n\\nHe told reporters on Thursday that
..." tells one reaction, so the words before take its day; a day fronted before the
pronoun ("On Friday, she warned") turns to another time, and another speaker between
breaks the telling. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 10, 12)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=SATURDAY)]


def test_he_opening_the_next_paragraph_with_a_day_dates_the_words_above() -> None:
    text = (
        "German Foreign Minister Karl Weber said on Thursday that the European Union had "
        "adopted new sanctions against Moscow.\n\n"
        "Moscow reacted sharply. Kremlin spokesman Dmitry Orlov said the new sanctions were "
        '"economic banditry" that would hurt Europe most.\n\n'
        "He told reporters on Thursday that Russia would respond in kind."
    )
    assert _days(text) == [
        ("Karl Weber", "2024-10-10"),
        ("Dmitry Orlov", "2024-10-10"),
        ("Dmitry Orlov", "2024-10-10"),
    ]


def test_she_also_warned_on_a_day_in_the_next_paragraph() -> None:
    text = (
        "NATO Secretary General Lars Holm said on Wednesday that allies would send more air "
        "defence systems to the eastern flank.\n\n"
        "EU foreign policy chief Anna Berg said the bloc stood united behind Kyiv and would "
        "not be intimidated.\n\n"
        "She also warned on Wednesday that any attack on a member state would meet a joint "
        "answer."
    )
    assert ("Anna Berg", "2024-10-12") not in _days(text)


def test_a_day_fronted_before_the_pronoun_is_another_time() -> None:
    # near miss: "On Friday, she warned" turns the story to a day of its own
    text = (
        "NATO Secretary General Lars Holm said on Wednesday that allies would send more air "
        "defence systems to the eastern flank.\n\n"
        "EU foreign policy chief Anna Berg said the bloc stood united behind Kyiv and would "
        "not be intimidated.\n\n"
        "On Friday, she warned that any attack on a member state would meet a joint answer."
    )
    assert _days(text)[1] == ("Anna Berg", "2024-10-12")


def test_another_speaker_between_breaks_the_telling() -> None:
    # near miss: the next paragraph is another speaker's; the pronoun comes after it
    text = (
        "NATO Secretary General Lars Holm said on Wednesday that allies would send more air "
        "defence systems to the eastern flank.\n\n"
        "EU foreign policy chief Anna Berg said the bloc stood united behind Kyiv and would "
        "not be intimidated.\n\n"
        "Lithuanian President Rasa Vaitkute said on Friday her country would follow."
    )
    assert _days(text)[1] == ("Anna Berg", "2024-10-12")
