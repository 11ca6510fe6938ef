"""Review fixes of round 41 for the rv41c cost findings: the rewritten patterns still match
what they matched, and dating a Russian statement no longer walks every day of the text
before it."""

from __future__ import annotations

import datetime

from tests.statement_checks import count_calls
from tracker.extract import extract
from tracker.extract.cues import _TOPIC
from tracker.extract.russian import occasion as ru_occasion
from tracker.extract.russian.digest import _SAID_LIST
from tracker.extract.russian.live_stamps import _RELATIVE, _STAMP, stamps
from tracker.extract.saying import _CITED_AS_PROOF


def test_occasion_walks_only_days_of_sentences_naming_the_speaker(monkeypatch) -> None:
    """F1: the same speaker, a day in every other sentence that does not name them: no day
    is weighed for any statement (it was every day before each, a square of the text)."""
    calls = count_calls(monkeypatch, ru_occasion, "_names_in_clause")
    text = "В понедельник прошла встреча! Бакоров заявил, что переговоры возможны! " * 120
    found = extract(text, published=datetime.date(2024, 1, 10))
    assert len(found) > 100
    assert len(calls) < len(found)


def test_occasion_still_takes_the_day_of_the_sentence_naming_the_speaker() -> None:
    text = (
        "МОСКВА, 10 января. /ТАСС/. Лавров во вторник встретился с коллегой. "
        "Лавров заявил, что переговоры возможны."
    )
    found = extract(text, published=datetime.date(2024, 1, 10))
    assert [s.said_on for s in found if "переговоры" in s.text] == ["2024-01-09"]


def test_stamp_separator_still_reads_every_form() -> None:
    """F2: the separator's spaces after the mark only with the mark."""
    for line in (
        "12 марта, 22:10",
        "12 марта 22:10",
        "12 марта — 22:10",
        "12 марта -22:10",
        "22:10, 12 марта",
        "22:10 12 марта",
        "22:10\t–\t12 марта",
        "12 марта 2025 года, 22:10   ",
        "12.03.2025 22:10",
    ):
        assert _STAMP.fullmatch(line), line
    assert _RELATIVE.fullmatch("Вчера, 22:15")
    assert _RELATIVE.fullmatch("Сегодня 14:05")
    assert not _STAMP.fullmatch("22:10" + " " * 50 + "x")
    page = "12 марта, 22:10\nЛавров заявил.\n\n11 марта, 18:05\nПесков сообщил.\n"
    assert [d for _, _, d in stamps(page, datetime.date(2024, 3, 12))] == [
        datetime.date(2024, 3, 12),
        datetime.date(2024, 3, 11),
    ]


def test_said_list_heading_still_reads_its_speaker() -> None:
    """F3: the speaker of a list's heading starts with a word, not a blank."""
    for line, who in (
        ("Министр отметил:", "Министр"),
        ("   Он перечислил следующее:", "Он"),
        (
            "Первый замминистра иностранных дел России сообщил:",
            "Первый замминистра иностранных дел России",
        ),
        ("Итоги встречи подвел посол. Он добавил:", "Он"),
    ):
        m = next(_SAID_LIST.finditer(line + "\n"))
        assert m["who"] == who, line
    assert _SAID_LIST.search(" " * 500 + "\n") is None


def test_topic_that_sought_within_a_reach() -> None:
    """F4: 'remarked on X that ...' still says words; a day is no topic; a 'that' far past
    the reach does not save a topic."""
    assert _TOPIC.match(" on the issues facing the region")
    assert not _TOPIC.match(" on reports that the talks had failed")
    assert not _TOPIC.match(" on Monday")
    assert not _TOPIC.match(" on January 5")
    assert _TOPIC.match(" on Tuesday's meeting")
    assert _TOPIC.match(" on the issues" + " and the region" * 30 + " that mattered")


def test_cited_as_proof_middle_starts_with_a_word() -> None:
    """F5: the thing cited starts with a word, the blanks before it are the gap."""
    assert _CITED_AS_PROOF.match(" the court rulings as proof that his claims were lies")
    assert _CITED_AS_PROOF.match("   the truce as evidence the two could work together")
    assert _CITED_AS_PROOF.match(" polls\tas a sign of support")
    assert not _CITED_AS_PROOF.match(" the report.")
    assert not _CITED_AS_PROOF.match(" " * 500 + "x")
    assert _CITED_AS_PROOF.match(" the strikes as proof that talks had failed")
    assert not _CITED_AS_PROOF.match(" " * 40 + " as proof that talks had failed")
    # the thing cited is short: no more than 80 characters before "as proof"
    assert not _CITED_AS_PROOF.match(" " + "word " * 20 + "as proof that talks had failed")
