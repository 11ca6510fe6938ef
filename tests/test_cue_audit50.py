"""Two findings of an audit of detection by cue (round 50), each on its reason in language.

* A participle that adds a point with a "that" clause of its own ("adding that ...",
  "stressing that ...", "noting that ...") after reported words is a second thing said, as
  it already was after a quotation: the gold of wires from Seoul, Buenos Aires, Islamabad,
  Beijing and Riyadh records it apart from the words before it.
* "Maintain" reports words only with their clause or a quotation; with an object and no verb
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
    "text, first, second",
    [
        (
            "SEOUL, March 5 (Yonhap) -- Foreign Minister Park Jin said Tuesday that Seoul "
            "would keep talking to Beijing, adding that he hoped to visit China soon.\n",
            "Seoul would keep talking to Beijing",
            "he hoped to visit China soon",
        ),
        (
            "ANKARA (Wire) - Foreign Minister Hakan Fidan noted that trade with Baghdad had "
            "recovered, stressing that the two sides must avoid any friction over water.\n",
            "trade with Baghdad had recovered",
            "the two sides must avoid any friction over water",
        ),
        (
            "Prime Minister Mark Carney told reporters the tariffs were unjustified, noting "
            "that Ottawa had filed a complaint with the trade body.\n",
            "the tariffs were unjustified",
            "Ottawa had filed a complaint with the trade body",
        ),
        (
            "Speaking to the committee, Ms. Wong replied that the review was complete, "
            "emphasizing that no further changes were planned this year.\n",
            "the review was complete",
            "no further changes were planned this year",
        ),
    ],
)
def test_point_added_after_reported_words_is_its_own(text: str, first: str, second: str) -> None:
    texts = [t for _, t in _said(text)]
    assert any(t.startswith(first) and "that" not in t[len(first) :] for t in texts), texts
    assert any(t.startswith(second) for t in texts), texts


def test_participle_without_that_still_joins() -> None:
    # near miss: "adding" with no "that" of its own after reported words ("adding its
    # weight", a deed) opens no second statement
    texts = [
        t
        for _, t in _said(
            "Foreign Minister Park Jin said Tuesday that Seoul would keep talking to Beijing, "
            "adding weight to the plan.\n"
        )
    ]
    assert len(texts) == 1 and texts[0].startswith("Seoul would keep talking"), texts


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
