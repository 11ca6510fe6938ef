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
