"""A leading participle, then "X went on to say:" and words quoted whole. As after 'Noting
that ..., X said: "..."', the words after the colon are given as said: a statement of
their own, not the rest of the point the participle reports in the writer's words. A verb
of going on with its bare verb of saying ("went on to say:", "continued to argue:") opens
the quotation as "said:" does. Paragraphs written here in the manner of a wire story and a
ministry's news page."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 2, 14)
LEAD = "ANKARA, Feb. 14 - The ministry's spokesman Emre Kaya spoke to reporters on Wednesday.\n\n"


def _texts(tmp_path: Path, body: str) -> list[str]:
    return [s["text"] for s in ingested_statements(tmp_path, LEAD + body, PUBLISHED)]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (
            "Noting that the border crossing had been shut at the request of the other "
            "side, Kaya went on to say: \u201cBlaming Ankara for the closure is an attempt to "
            "mislead the public. The record is plain.\u201d\n",
            "Blaming Ankara for the closure is an attempt to mislead the public.",
        ),
        (
            "Recalling that the consulate had been opened under a 2019 accord, Kaya "
            "continued to argue: \u201cNo one can claim the mission acts outside the "
            "rules.\u201d\n",
            "No one can claim the mission acts outside the rules.",
        ),
        (
            "Stressing that the grain deal had expired last month, the spokesman Kaya went "
            'on to add: "The ships will sail only once the guarantees are written down."\n',
            "The ships will sail only once the guarantees are written down.",
        ),
    ],
)
def test_quotation_after_went_on_to_say_is_its_own(tmp_path: Path, body: str, quoted: str):
    texts = _texts(tmp_path, body)
    # the quoted words start a statement, not the tail of the participle's
    assert any(t.startswith(quoted) for t in texts), texts


def test_went_on_to_say_that_without_colon_stays_one(tmp_path: Path):
    # near miss: no colon and no quotation, the participle's point and the words told
    # after it read as one statement, as after "Noting that ..., X said ..."
    texts = _texts(
        tmp_path,
        "Noting that the border crossing had been shut at the request of the other side, "
        "Kaya went on to say that the talks could resume next month.\n",
    )
    assert not any(t.startswith("the talks could resume") for t in texts), texts
