"""Whose words "the document" carries (issue 8, round nineteen): a paper a body named by its
kind has published, called by another noun later. Probed with stories written here in the
styles of live pages, wire copy and ministry pages. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2023, 6, 16)


def _speaker(text: str, start: str) -> str | None:
    """Who the extractor says spoke the words opening with ``start``."""
    found = [s.speaker for s in extract(text, published=PUB) if s.text.startswith(start)]
    return found[0] if len(found) == 1 else None


def test_the_document_is_the_paper_a_body_named_by_its_kind_published() -> None:
    for issuing, body in (
        ("Brazil's foreign ministry has published a six-point paper", "Brazilian Foreign Ministry"),
        ("The Indian foreign ministry on Friday released a short text", "Indian Foreign Ministry"),
        (
            "Chile's foreign ministry has put out a 10-point plan",
            "Chilean Foreign Ministry",
        ),
        ("The African Union has issued a road map", "African Union"),
    ):
        text = (
            "Peace plan\n\n"
            "Nato's secretary general, Jens Stoltenberg, said on Friday that the alliance "
            "would stay united.\n\n"
            f"{issuing} on the war. The document calls for a truce along the front line."
        )
        assert _speaker(text, "calls for a truce") == body, body
        assert _speaker(text, "the alliance would") == "Jens Stoltenberg"


def test_the_paper_says_after_the_body_published_it() -> None:
    text = (
        "Peace plan\n\n"
        "Mexico's foreign ministry has published a position paper on the crisis. The "
        "document urges restraint on all sides.\n\n"
        '"Every side must return to the table," the paper says.'
    )
    assert _speaker(text, "urges restraint") == "Mexican Foreign Ministry"
    assert _speaker(text, "Every side must return") == "Mexican Foreign Ministry"


def test_a_statement_issued_by_the_one_who_spoke_stays_theirs() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister Penny Wong issued a statement on Friday. The statement said Canberra "
        "would send observers."
    )
    assert _speaker(text, "Canberra would send") == "Penny Wong"
