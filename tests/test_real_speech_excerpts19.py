"""Speech excerpts under a line naming no one (issue 8, round nineteen): "X addressed the
assembly on Tuesday. Here are the main excerpts:" and quotations set off below, with
subheadings between them ("On trade"), are X's words at that speech, on its day; a
full text under "X delivered a keynote speech at ... on Monday. The following is the full
text of the speech:" is dated by that sentence too. A line that introduces excerpts under
a sentence telling no one's speaking names no speaker. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2024, 11, 14)


def _said(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=THURSDAY)]


def _quotes(body: str) -> str:
    return (
        body + "\n\nOn trade\n\n"
        '"Walls around markets make every family poorer. We will keep our ports open."\n\n'
        "On the climate\n\n"
        '"Our islands cannot wait for another decade of promises from the big emitters."\n'
    )


def _days_of(text: str, speaker: str) -> list[tuple[str, str | None]]:
    return [(t[:12], day) for who, t, day in _said(text) if who == speaker]


def test_addressed_the_assembly_here_are_the_excerpts() -> None:
    text = _quotes(
        "Key passages\n\nPrime Minister Aroha Tane addressed the Pacific Islands Forum in "
        "Suva on Tuesday. Here are the main excerpts:"
    )
    assert _days_of(text, "Aroha Tane") == [
        ("Walls around", "2024-11-12"),
        ("Our islands ", "2024-11-12"),
    ]


def test_gave_a_speech_excerpts_from_his_speech() -> None:
    text = _quotes(
        "Chancellor Pieter Vos gave a speech at the trade fair in Hanover on Wednesday. "
        "Excerpts from his speech:"
    )
    assert [d for _, d in _days_of(text, "Pieter Vos")] == ["2024-11-13", "2024-11-13"]


def test_spoke_at_a_summit_the_following_are_quotes() -> None:
    text = _quotes(
        "President Lina Moreau spoke at the climate summit in Baku on Monday.\n\n"
        "The following are selected quotes:"
    )
    assert len(_days_of(text, "Lina Moreau")) == 2


def test_full_text_below_a_keynote_told_with_its_day() -> None:
    text = (
        "Full text of Vice Premier Ding's keynote speech\n\n"
        "Vice Premier Ding Wenhao delivered a keynote speech at the opening of the Silk "
        "Road Forum on Monday. The following is the full text of the speech:\n\n"
        "Excellencies, ladies and gentlemen,\n\n"
        "Connectivity is the lifeline of development, and no country can prosper alone."
    )
    assert ("Ding Wenhao", "2024-11-11") in [(w, d) for w, _, d in _said(text)]


def test_excerpts_under_a_sentence_with_no_speaker_name_no_one() -> None:
    text = _quotes(
        "The summit closed in Suva on Tuesday after three days of talks. Here are the main "
        "excerpts:"
    )
    assert all(who is None or "Suva" not in who for who, _, _ in _said(text))
    assert not [w for w, _, _ in _said(text) if w and "summit" in w.lower()]
