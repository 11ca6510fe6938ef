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


def test_one_named_only_as_an_owner_is_not_the_post_a_lead_describes() -> None:
    # "Netanyahu's office says ..." names him as no one the story is about; "the prime
    # minister of Qatar has announced" is the one the next paragraph names
    text = (
        "Truce due to start on Sunday after 15 months of war; Netanyahu\u2019s office says "
        "final details still being worked out\n\nIsrael and "
        "Hamas have agreed a ceasefire in Gaza, the prime minister of Qatar has announced."
        "\n\nSheikh Mohammed bin Abdulrahman Al Thani told a news conference in Doha on "
        "Wednesday that the truce would start on Sunday.\n\nBenjamin Netanyahu\u2019s office "
        "said in a statement late on Wednesday that several clauses remained unresolved.\n"
    )
    found = extract(text, published=datetime.date(2025, 1, 15))
    assert [s.speaker for s in found if s.text.startswith("Israel and Hamas")] == [
        "Mohammed bin Abdulrahman Al Thani"
    ]


def test_told_you_that_starts_the_words_after_that() -> None:
    # a briefer to the press: "He told you that ...", as "told us", "told me" were read
    text = (
        "NEW YORK, July 17 (Reuters) -\n\nU.N. Secretary-General Antonio Guterres told you "
        "that he deeply regrets the decision.\n"
    )
    found = extract(text, published=datetime.date(2023, 7, 17))
    assert [(s.speaker, s.text.split()[0]) for s in found] == [("Antonio Guterres", "he")]
