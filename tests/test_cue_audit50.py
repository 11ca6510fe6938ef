"""A finding of an audit of detection by cue (round 50), on its reason in language:
"Maintain" reports words only with their clause or a quotation; with an object and no verb
  of its own after it, it is a thing kept ("maintains a narrow lead", "maintained their
  feud"), as PolNeAR's news stories show in five outlets.

Fixture sentences written here, in the style of a wire or a daily."""

import datetime

import pytest

from tracker.extract import pipeline

PUBLISHED = datetime.date(2024, 3, 5)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in pipeline.extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "Among Democrats, Senator Jane Doe maintains a narrow edge in the fund-raising race.\n",
        "Senator Jane Doe and Governor Tom Roe maintained their feud as the caucuses neared.\n",
        "The envoy, John Smith, has maintained an unusual correspondence with the rebels.\n",
        "Senator Jane Doe maintains a floating circle of advisers around her.\n",
    ],
)
def test_maintain_with_a_thing_kept_says_nothing(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("Senator Jane Doe maintained on Monday that the bill was dead.\n", "the bill was dead"),
        ("Senator Jane Doe maintained the vote had been rigged.\n", "the vote had been rigged"),
        ('"We did nothing wrong," Governor Tom Roe maintained.\n', "We did nothing wrong"),
    ],
)
def test_maintain_with_its_clause_or_quote_says(text: str, words: str) -> None:
    assert any(t.startswith(words) for _, t in _said(text))
