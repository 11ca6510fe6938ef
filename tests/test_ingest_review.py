"""The interactive review of `tracker ingest`, driven by keys fed as input (--review)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from tests.test_ingest import WIRE_A, WIRE_B
from tracker.db import session_scope
from tracker.models import Citation, Official, Role, Source, Statement


def keys(*answers: str) -> str:
    return "".join(f"{a}\n" for a in answers)


@pytest.fixture
def wire(tmp_path: Path) -> str:
    path = tmp_path / "tass.txt"
    path.write_text(WIRE_A, encoding="utf-8")
    return str(path)


def recorded(db_url: str) -> list[tuple[str, str, str, date | None, str | None]]:
    """(speaker, kind, status, said_from, date_evidence) of each statement, in order."""
    rows = []
    with session_scope(db_url, write=False) as s:
        for st in s.exec(select(Statement).order_by(Statement.id)):
            who = s.get(Official, st.official_id).name if st.official_id else "(institution)"
            rows.append((who, st.kind, st.status, st.said_from, st.date_evidence))
    return rows


def review(cli, *args: str, answers: str, expect: int = 0):
    return cli(
        "ingest", *args, "--published", "2021-12-20", "--review", input=answers, expect=expect
    )


def test_each_statement_is_shown_in_its_paragraph_with_what_was_proposed(cli, wire: str) -> None:
    result = review(cli, wire, answers=keys("q"))
    shown = result.stderr
    assert f"{wire} — statement 1 of 3" in shown
    assert "Russian Deputy Foreign Minister Sergey Ryabkov said on Monday" in shown
    assert "speaker: Sergey Ryabkov (person)" in shown
    assert "role:    Deputy Foreign Minister, Russian Foreign Ministry" in shown
    assert "date:    2021-12-20 — on Monday" in shown
    assert "kind:    indirect" in shown


def test_accepted_statements_are_confirmed_and_skipped_ones_left_out(
    cli, db_url: str, wire: str
) -> None:
    result = review(cli, wire, answers=keys("a", "s", "a"))
    assert "1 skipped in review" in result.stdout
    assert [(who, status) for who, _, status, _, _ in recorded(db_url)] == [
        ("Sergey Ryabkov", "confirmed"),
        ("(institution)", "confirmed"),
    ]


def test_accept_the_rest_takes_the_unread_ones_as_proposed(cli, db_url: str, wire: str) -> None:
    review(cli, wire, answers=keys("s", "r"))
    assert [status for _, _, status, _, _ in recorded(db_url)] == ["confirmed", "proposed"]


def test_editing_the_speaker_records_the_person_and_role_given(cli, db_url: str, wire: str) -> None:
    answers = keys(
        "e", "Igor Morgulov", "person", "Deputy Foreign Minister", "Russian Foreign Ministry",
        "a", "s", "s",
    )  # fmt: skip
    review(cli, wire, answers=answers)
    assert [who for who, *_ in recorded(db_url)] == ["Igor Morgulov"]
    with session_scope(db_url, write=False) as s:
        statement = s.exec(select(Statement)).one()
        assert s.get(Role, statement.role_id).title == "Deputy Foreign Minister"


def test_editing_date_and_kind_is_validated_and_recorded(cli, db_url: str, wire: str) -> None:
    answers = keys("d", "the nineteenth", "2021-12-19", "k", "quoted", "mixed", "x", "a", "q")
    result = review(cli, wire, answers=answers)
    assert "cannot read date 'the nineteenth'" in result.stderr
    assert "type one of: direct, indirect, mixed" in result.stderr
    assert "type one of: a, e, d, k, w, n, s, r, q" in result.stderr
    assert recorded(db_url) == [
        ("Sergey Ryabkov", "mixed", "confirmed", date(2021, 12, 19), "given in review")
    ]


def test_quit_keeps_what_was_accepted_and_reads_no_further(
    cli, db_url: str, wire: str, tmp_path: Path
) -> None:
    other = tmp_path / "interfax.txt"
    other.write_text(WIRE_B, encoding="utf-8")
    result = review(cli, wire, str(other), answers=keys("a", "q"))
    assert "stopped at your request, 1 not read" in result.stdout
    assert len(recorded(db_url)) == 1
    with session_scope(db_url, write=False) as s:
        assert len(s.exec(select(Source)).all()) == 1


def test_an_article_already_ingested_is_not_reviewed_again(cli, wire: str) -> None:
    cli("ingest", wire, "--published", "2021-12-20", "--yes")
    result = review(cli, wire, answers="")
    assert "already ingested as source 1" in result.stdout
    assert "statement 1 of" not in result.stderr


def test_a_missing_year_is_asked_for_and_checked(cli, db_url: str, wire: str) -> None:
    result = cli("ingest", wire, "--review", input=keys("1850", "2021", "r"))
    assert "'December 20' without a year" in result.stderr
    assert "give a year from 1900" in result.stderr
    with session_scope(db_url, write=False) as s:
        assert s.exec(select(Source)).one().published == date(2021, 12, 20)
    assert {said for _, _, _, said, _ in recorded(db_url)} == {date(2021, 12, 20)}


def test_review_cannot_read_keys_from_the_stdin_that_holds_the_article(cli) -> None:
    result = cli("ingest", "-", "--review", input=WIRE_A, expect=2)
    assert "no keyboard for review" in result.stderr


def test_a_statement_without_a_known_speaker_can_be_given_one(
    cli, db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "source.txt"
    path.write_text(
        "Source says drafts are ready\n\nMOSCOW, December 20. /TASS/. A diplomatic source told "
        "TASS on Monday that the draft documents were ready to be handed over.\n",
        encoding="utf-8",
    )
    answers = keys("e", "Igor Morgulov", "person", "-", "-", "a")
    result = review(cli, str(path), answers=answers)
    assert "not a known speaker: accepting leaves it out" in result.stderr
    assert [who for who, *_ in recorded(db_url)] == ["Igor Morgulov"]


def test_the_words_can_be_edited_and_are_found_again_in_the_article(
    cli, db_url: str, wire: str
) -> None:
    # the first proposal is the whole reported clause; the reviewer keeps only part of it
    answers = keys("w", "Washington to answer its proposals in writing", "a", "s", "s")
    result = review(cli, wire, answers=answers)
    assert "source 1: 1 statement recorded" in result.stdout
    with session_scope(db_url, write=False) as s:
        statement = s.exec(select(Statement)).one()
        assert statement.text == "Washington to answer its proposals in writing"
        citation = s.exec(select(Citation)).one()
        source = s.exec(select(Source)).one()
        assert source.text[citation.start : citation.end] == statement.text
        assert citation.quote == statement.text


def test_words_not_in_the_article_are_asked_for_again(cli, db_url: str, wire: str) -> None:
    # typed with a straight quote and a line break where the article has neither: found
    # loosely; words the article lacks are refused and asked for again
    answers = keys(
        "w", "Ryabkov told journalists", "we need a written answer",
        "We need a written answer, and we need it soon", "a", "q",
    )  # fmt: skip
    result = review(cli, str(Path(wire)), answers=answers)
    assert "those words are not in the article" in result.stderr
    with session_scope(db_url, write=False) as s:
        texts = [st.text for st in s.exec(select(Statement))]
    assert texts == ["We need a written answer, and we need it soon"]


def test_a_proposal_can_be_marked_not_a_statement(cli, db_url: str, wire: str) -> None:
    result = review(cli, wire, answers=keys("n", "a", "a"))
    assert "1 marked not a statement" in result.stdout
    assert len(recorded(db_url)) == 2


def test_a_loosely_typed_quote_is_found_in_the_article() -> None:
    from tracker.spans import find_span

    source = "He said: \u201cWe need a written\nanswer \u2014 soon.\u201d Then he left."
    start, end = find_span(source, '"We need a written answer - soon."')
    assert source[start:end] == "\u201cWe need a written\nanswer \u2014 soon.\u201d"
    assert find_span(source, "not there") is None
    twice = "soon, soon, soon"
    assert find_span(twice, "soon", near=7) == (6, 10)  # the nearest of several
