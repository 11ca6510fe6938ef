"""A noon briefing relays what a post-holder the page never names said: the briefer's own
sentence opens on the post ("The Secretary-General met ..."), then "He said ...", "He
noted ...", "He told ..." relay the post's words. That sentence opens the briefer's turn,
but it frames none of its words: the "he" of the news after it is the post, not no one.
Pages written here, in the manner of the UN's and other bodies' briefing transcripts."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2016, 9, 22)
HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Lena Ortiz, "
    "Spokeswoman for the Secretary-General.\n\n"
)


def _said(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


RELAYS = [
    (
        "**Syria\nThe Secretary-General met this morning with the foreign ministers of the "
        "support group. He said that the shelling of the convoy was unacceptable.\n",
        "the shelling of the convoy was unacceptable",
    ),
    (
        "**Climate\nThe Deputy Secretary-General spoke at the opening of the summit in "
        "Nairobi today. She noted that adaptation finance had fallen behind for a third "
        "year.\n",
        "adaptation finance had fallen behind for a third year",
    ),
    (
        "**Ukraine\nThis morning, the Secretary-General opened the water conference in "
        "Dushanbe. He stressed that the strikes on power plants must stop.\n",
        "the strikes on power plants must stop",
    ),
    (
        "**Sahel\nThe High Commissioner wrapped up a three-day visit to Niamey. He told "
        "reporters that the displaced needed shelter before the rains.\n",
        "the displaced needed shelter before the rains",
    ),
]


@pytest.mark.parametrize(("body", "words"), RELAYS)
def test_he_after_the_briefers_sentence_on_a_post_is_the_post(
    tmp_path: Path, body: str, words: str
) -> None:
    said = _said(tmp_path, HEAD + body)
    speaker = next(who for who, text in said if text.startswith(words))
    assert speaker is not None
    assert speaker.lower().startswith("the ")
    assert "Ortiz" not in speaker
    # the briefer's own sentence stays her statement
    assert any(who == "Lena Ortiz" for who, _ in said)


def test_a_named_person_before_he_is_still_that_person(tmp_path: Path) -> None:
    """Near miss: a sentence naming a person, not a post alone: "he" is that person."""
    body = (
        "**Yemen\nThe Special Envoy, Karim Haddad, briefed the Council this morning. He "
        "said that the truce was holding in most provinces.\n"
    )
    said = _said(tmp_path, HEAD + body)
    assert ("Karim Haddad", "the truce was holding in most provinces") in said
