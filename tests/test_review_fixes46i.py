"""Tidy after the code read rv46i: no change of behaviour. The crawl header
("date 2020-09[-28]") is written once, in when.py, and meta's, lost_lines' and speakers'
patterns are built from it."""

from __future__ import annotations

import datetime

from tracker.dates import DateSpan
from tracker.extract import lost_lines, meta, speakers, when


def test_the_crawl_header_is_written_once_and_every_reader_builds_on_it() -> None:
    for pattern in (
        meta._CRAWL_PREFIX,
        meta._PAGE_STAMP.pattern,
        meta._CRAWL_DATE.pattern,
        meta._CRAWL_LINE.pattern,
        lost_lines._CRAWL_DATE.pattern,
        speakers._SAVED_ON.pattern,
    ):
        assert when.CRAWL_HEADER in pattern
    assert meta._crawl_date(" date 2020-09-28 BEIJING") == datetime.date(2020, 9, 28)
    assert meta._crawl_month(" date 2020-09 BEIJING") == DateSpan.month(2020, 9)
    assert meta._crawl_date(" date 2020-09-28x") is None
    assert meta._crawl_month(" date 2020-09-2 x") is None


def test_the_publication_plumbing_keeps_no_dead_branch_and_types_its_helper() -> None:
    import inspect

    from tracker.export import timeline
    from tracker.services import sources

    assert not hasattr(sources, "published_within")
    assert "ColumnElement" in str(inspect.signature(sources._published_within).return_annotation)
    assert "isinstance" not in inspect.getsource(timeline.source_label)
    row = {"source_id": 1, "outlet": "Xinhua", "source_published": "2020-09"}
    assert timeline.source_label(row) == "Xinhua, 2020-09"


def test_the_pointer_and_object_word_lists_build_on_lexicon_s() -> None:
    from tracker.extract import clause_words, cues, lexicon, pipeline

    assert not hasattr(pipeline, "_CLAUSE_WORDS")  # no shadow of lexicon.CLAUSE_WORDS
    assert lexicon.AUXILIARIES - {"not", "n't"} <= pipeline._OWN_CLAUSE_WORDS
    assert lexicon.DEFINITE - {"that"} <= pipeline._OBJECT_OPENERS
    assert lexicon.DEFINITE - {"this", "that", "these", "those"} <= cues._DETERMINERS_KEPT
    assert clause_words.POINTER in clause_words.POINTER_ONLY.pattern
    assert pipeline._object_pointer("She described the new approach this way.", 13, 14, 40)
    assert not pipeline._object_pointer("He explained Germany acted this way.", 12, 13, 36)


class _CountingKinds(dict):
    """A transcript's label kinds that count each pass over all of them."""

    passes = 0

    def __iter__(self):
        _CountingKinds.passes += 1
        return super().__iter__()

    def values(self):
        _CountingKinds.passes += 1
        return super().values()

    def items(self):
        _CountingKinds.passes += 1
        return super().items()


def test_a_programme_turn_asks_nothing_without_a_pass_over_all_labels(monkeypatch) -> None:
    from tracker.extract import transcript

    walk_init, asks_nothing = transcript._Walk.__init__, transcript._Walk.asks_nothing
    passes = []

    def init(self, text, lines, cast, counts, kinds, *rest, **named) -> None:
        walk_init(self, text, lines, cast, counts, _CountingKinds(kinds), *rest, **named)

    def counted(self, i, label) -> bool:
        before = _CountingKinds.passes
        try:
            return asks_nothing(self, i, label)
        finally:
            passes.append(_CountingKinds.passes - before)

    monkeypatch.setattr(transcript._Walk, "__init__", init)
    monkeypatch.setattr(transcript._Walk, "asks_nothing", counted)
    turns = "".join(
        f"NICK ROBINSON, PRESENTER: The minister spoke on day {n}. He said talks go on.\n\n"
        f"TZIPI HOTOVELY: It sends the wrong message on day {n}.\n\n"
        for n in range(40)
    )
    transcript.read_transcript("Radio 4 - Today, 12 February 2024\n\nTranscript\n\n" + turns)
    assert len(passes) >= 40
    assert sum(passes) == 0  # each turn's check looks at its own labels only


def test_another_state_since_looks_back_only_so_far(monkeypatch) -> None:
    from types import SimpleNamespace

    from tracker.extract import descriptions

    text = "The Foreign Ministry of Ukraine spoke. " + "Then Alpha Beta went. " * 2000
    pos = len(text)
    text += "A foreign ministry statement said."
    reg = SimpleNamespace(text=text, last_before=lambda body, at: 4, visible=lambda at: True)
    words = descriptions._STATE_WORD
    seen = []

    class Counted:
        def finditer(self, string, start, end):
            for m in words.finditer(string, start, end):
                seen.append(m)
                yield m

    monkeypatch.setattr(descriptions, "_STATE_WORD", Counted())
    body = SimpleNamespace(country="UA")
    assert not descriptions._another_state_since(reg, body, pos)
    assert len(seen) <= descriptions._ISSUED_REACH // 4  # not the 6,000 words since


def test_a_russian_paragraph_break_count_reads_no_stretch_of_text_again() -> None:
    from tracker.extract.russian import occasion

    class Text(str):
        counted = 0

        def count(self, *args) -> int:
            Text.counted += 1
            return super().count(*args)

    text = Text("Абзац один.\n\nАбзац два.\n" * 50)
    assert [occasion._breaks_between(text, 0, n) for n in (0, 12, 13, 600)] == [
        text.count("\n", 0, n) for n in (0, 12, 13, 600)
    ]
    Text.counted = 0
    for n in range(0, len(text), 7):
        occasion._breaks_between(text, 0, n)
    assert Text.counted == 0
    import inspect

    assert ".count(" not in inspect.getsource(occasion._told_as_background)
