"""The floor's word lists are named once (review rv48d 8): the weak floor words are the
same alternatives as the procedural ones they are checked against, and the bare answer
labels are the label reader's."""

from __future__ import annotations

from tracker.extract import transcript, transcript_labels, transcript_paragraphs


def test_bare_labels_are_the_label_readers() -> None:
    assert transcript._BARE_ANSWERS == transcript_labels._ANSWERS
    assert (
        set(transcript_labels._ASK_OR_ANSWER)
        == transcript._BARE_QUESTION | transcript._BARE_ANSWERS
    )


def test_every_weak_floor_phrase_is_a_procedural_match_and_weak() -> None:
    for sentence in (
        "Yes",
        "Okay",
        "everyone",
        "I'm sorry",
        "I promise",
        "no comment",
        "I have nothing to add",
        "I don't have an update",
    ):
        found = [m.group() for m in transcript_paragraphs._PROCEDURAL.finditer(sentence)]
        assert found, sentence
        assert all(transcript_paragraphs._WEAK_FLOOR.fullmatch(g) for g in found), sentence


def test_a_real_floor_phrase_is_not_weak() -> None:
    assert not transcript_paragraphs._WEAK_FLOOR.fullmatch("next question")
