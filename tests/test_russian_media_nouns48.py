"""The Russian media nouns are one list (review rv48d 9): the press, channels and the rest
are named once in the lexicon; the unnamed speakers, a channel named as a source, a label's
outlet and a report's closing "передает телеканал «X»" all read them from there."""

from __future__ import annotations

from tracker.extract.russian import clause_boundaries, lexicon, speakers, transcript


def test_media_nouns_are_named_once() -> None:
    assert lexicon.PRESS <= lexicon.UNNAMED
    assert lexicon.PRESS | lexicon.CHANNELS <= lexicon.MEDIA_NOUNS
    assert clause_boundaries.MEDIA_NOUNS is lexicon.MEDIA_NOUNS
    assert transcript.MEDIA_NOUNS is lexicon.MEDIA_NOUNS
    assert speakers.CHANNELS is lexicon.CHANNELS
    for module in (clause_boundaries, transcript, speakers):
        assert not hasattr(module, "_MEDIA_NOUNS")
        assert not hasattr(module, "_CHANNELS")
