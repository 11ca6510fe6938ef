"""Detection on unseen real text (issue 8, nineteenth round): the ones told, named by a
gathering ("told a business luncheon the talks had ...", "told the signing ceremony"), are
no words said; and in an attribution with "told" set off by commas inside the words ("The
hard part, she told the signing ceremony, would come later"), whatever noun names the ones
told, the phrase the words' clause resumes after is no part of what was said; the words are
the clause around it. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _said(sentence: str) -> list[tuple[str | None, str]]:
    found = extract(
        f"Mediators cautious\n\nFormer Ghanaian President John Mahama was cautious. {sentence}\n",
        published=FRIDAY,
    )
    return [(s.speaker, s.text) for s in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "The real test, he told the signing ceremony on Thursday, would be the first harvest.",
        "The real test, Mahama told a state banquet in Accra, would be the first harvest.",
        "The real test, he told the graduation ceremony, would be the first harvest.",
        "The real test, he told an awards reception on Thursday, would be the first harvest.",
        "The real test, he told a closed-door session of the bloc, would be the first harvest.",
        "The real test, he told his party's annual convention, would be the first harvest.",
    ],
)
def test_the_ones_told_in_a_set_off_attribution_are_no_words(sentence: str) -> None:
    found = _said(sentence)
    assert len(found) == 1
    speaker, text = found[0]
    assert speaker == "John Mahama"
    assert text.startswith("The real test")
    assert text.endswith("would be the first harvest")


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # the words after the verb when no comma sets the attribution off inside them
        (
            "He told the signing ceremony on Thursday that the real test was the harvest.",
            "the real test was the harvest",
        ),
        # at the end of the words: the ones told close the sentence
        (
            '"The real test is the harvest," he told the signing ceremony on Thursday.',
            "The real test is the harvest",
        ),
    ],
)
def test_near_misses_keep_their_words(sentence: str, start: str) -> None:
    assert _said(sentence) == [("John Mahama", start)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He told the annual convention on Thursday the real test was the harvest.",
        "He told a business luncheon in Accra the real test was the harvest.",
        "He told the closing plenary on Thursday the real test was the harvest.",
        "He told a farming symposium on Thursday the real test was the harvest.",
        "He told the signing ceremony the real test was the harvest.",
        "He told a state banquet on Thursday the real test was the harvest.",
    ],
)
def test_a_gathering_told_with_no_that_is_the_ones_told(sentence: str) -> None:
    assert _said(sentence) == [("John Mahama", "the real test was the harvest")]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The talks, he said on Thursday, had stalled.", "2023-06-15"),
        ("The decision, he said late on Wednesday, was final.", "2023-06-14"),
        ("Both sides, Mahama said on Thursday, had agreed.", "2023-06-15"),
        ("The harvest, he said in a radio interview, was lost.", None),
    ],
)
def test_a_short_subject_before_an_attribution_set_off_with_its_day(
    sentence: str, day: str | None
) -> None:
    found = extract(
        f"Mediators cautious\n\nFormer Ghanaian President John Mahama was cautious. {sentence}\n",
        published=FRIDAY,
    )
    assert len(found) == 1
    assert found[0].speaker == "John Mahama"
    assert found[0].text.startswith(sentence.split(",")[0])
    if day is not None:
        assert str(found[0].said_on) == day
