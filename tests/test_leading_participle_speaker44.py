"""A leading participle whose point stands apart from a quote given whole after a colon
("Noting that ..., PM Lee said: '...'") is a statement of the sentence's subject, never of
the participle itself, however long the point and whoever it names on the way. Sentences
written here in the manner of a Singapore daily's summit report."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2021, 10, 26)


def test_leading_point_before_a_colon_quote_is_the_subjects(tmp_path: Path) -> None:
    text = (
        "SINGAPORE - Prime Minister Lee Hsien Loong on Tuesday (Oct 26) urged the junta to "
        "work with the bloc's envoy.\n\n"
        'Observing that "talks have stalled" on the road map the bloc set out in April, which '
        "gave the special envoy - Cambodia's Deputy Prime Minister Prak Sokhonn - a mandate "
        'to meet every party to the conflict, PM Lee said: "The people of Myanmar pay for '
        'every month of delay."\n'
    )
    said = [(s["speaker"], s["text"][:22]) for s in ingested_statements(tmp_path, text, PUBLISHED)]
    assert said[1:] == [
        ("Lee Hsien Loong", '"talks have stalled" o'),
        ("Lee Hsien Loong", "The people of Myanmar "),
    ], said
