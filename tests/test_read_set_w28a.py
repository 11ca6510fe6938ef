"""Classes found on the read set w28a (opened after the round's wave), in articles written
here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text.split()[0]) for s in extract(text, published=TUESDAY)]


def test_a_state_s_post_goes_to_the_paragraph_s_subject_not_one_named_inside_a_quote() -> None:
    # "President Putin" stands only inside Starmer's words; the story then turns to Zelensky,
    # named with no post, and "the Ukrainian president" is him
    for gap in (" ", "\n\n"):
        text = (
            "KYIV, March 11 (Reuters) -\n\nBritish Prime Minister Keir Starmer welcomed the "
            'talks. "President Putin must now agree to a ceasefire," he said.\n\nVolodymyr '
            f"Zelensky has been speaking in his nightly video address.{gap}The Ukrainian "
            "president said tonight that Kyiv was ready to accept the proposal.\n"
        )
        assert _speakers(text)[-1] == ("Volodymyr Zelensky", "Kyiv")


def test_one_named_with_the_title_inside_reported_words_is_still_the_one_it_means() -> None:
    text = (
        "BRUSSELS, March 11 (Reuters) -\n\nThe EU said in a statement that foreign policy "
        "chief Kaja Kallas had reiterated the bloc's support. The EU foreign policy chief "
        "urged Russia to accept the ceasefire.\n"
    )
    assert _speakers(text)[-1] == ("Kaja Kallas", "urged")
