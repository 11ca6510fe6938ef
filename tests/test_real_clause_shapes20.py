"""Detection on unseen real text (issue 8, twentieth round): wire shapes whose speaker or
verb the reading missed. A relative clause whose subject says its words with a simple-tense
verb next ("the statement, which May said sent a strong message"), dated by its own words,
not by the day of the main clause's deed; the perfect's auxiliary before an aside ("the
council had, after its meeting on Friday, demanded ..."; "has, on several occasions,
warned": the perfect still); a participle after plural documents ("published a series of
messages on X accusing ..."); a state saying "in a statement by its foreign ministry": the
ministry speaks. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _said(sentence: str, lead: str = "") -> list[tuple[str | None, str, str | None]]:
    found = extract(f"Summit ends\n\n{lead}{sentence}\n", published=FRIDAY)
    return [(s.speaker, s.text, s.said_on) for s in found]


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "The ministers adopted a joint text on migration, which Chancellor Olaf Scholz "
            "said marked a turning point for the bloc.",
            "Olaf Scholz",
            "marked a turning point for the bloc",
        ),
        (
            "The summit backed a reconstruction fund which President Emmanuel Macron said "
            "reflects Europe's resolve.",
            "Emmanuel Macron",
            "reflects Europe's resolve",
        ),
        (
            "The leaders on Thursday endorsed a pact on cyber threats, which Prime Minister "
            "Jacinda Ardern said sent a clear signal to platforms.",
            "Jacinda Ardern",
            "sent a clear signal to platforms",
        ),
    ],
)
def test_a_relative_clause_tells_its_subjects_words(
    sentence: str, speaker: str, words: str
) -> None:
    # the day of the adoption is not the day of the words told in the relative clause
    lead = "The summit of the seven leaders ended in Taormina on Friday.\n\n"
    assert (speaker, words, "2023-06-16") in _said(sentence, lead)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers discussed the strikes, which Britain blamed on Moscow.",
        "The plan, which he said nothing about, was shelved.",
    ],
)
def test_a_relative_clause_without_words_stays_none(sentence: str) -> None:
    assert _said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "words", "day"),
    [
        (
            "The ECOWAS Commission had, after its meeting on Thursday, demanded that the "
            "junta free the president.",
            "ECOWAS Commission",
            "the junta free the president",
            "2023-06-15",
        ),
        (
            "Foreign Minister Penny Wong had, in a statement on Wednesday, said that the "
            "vessels must leave.",
            "Penny Wong",
            "the vessels must leave",
            "2023-06-14",
        ),
        (
            "Foreign Minister Penny Wong has, on several occasions, warned that the vessels "
            "must leave.",
            "Penny Wong",
            "the vessels must leave",
            "../2023-06-16",
        ),
    ],
)
def test_the_perfects_auxiliary_before_an_aside(
    sentence: str, speaker: str, words: str, day: str
) -> None:
    assert _said(sentence) == [(speaker, words, day)]


def test_a_participle_after_plural_documents_is_the_subjects() -> None:
    said = _said(
        "Foreign Minister Radoslaw Sikorski had posted a string of messages on X accusing "
        "Budapest of shielding a fugitive."
    )
    assert [(s, d) for s, _, d in said] == [("Radoslaw Sikorski", "../2023-06-16")]
    assert "Budapest of shielding a fugitive" in said[0][1]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Kuwait said in a statement by its foreign ministry that it hoped the deal would "
            "calm the Gulf.",
            "Kuwaiti Foreign Ministry",
        ),
        (
            "Qatar said in a statement issued by its Ministry of Foreign Affairs that it "
            "welcomed the truce.",
            "Qatari Foreign Ministry",
        ),
    ],
)
def test_a_state_speaks_through_the_body_that_issued_its_statement(
    sentence: str, speaker: str
) -> None:
    assert [s for s, _, _ in _said(sentence)] == [speaker]
