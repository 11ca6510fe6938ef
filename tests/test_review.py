"""Review decisions (tracker.services.reviews): each recorded with who and when, and two
reviewers of one statement never overwriting each other, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading

import pytest
from sqlmodel import select

from tests.query_world import seed
from tracker.dates import parse_date
from tracker.db import Database
from tracker.errors import Conflict, InvalidInput
from tracker.models import Citation, Statement, StatementReview
from tracker.services import reviews


@pytest.fixture
def world(db_url: str) -> dict[str, int]:
    return seed(db_url)


@pytest.fixture
def database(db_url: str):
    db = Database(db_url)
    yield db
    db.close()


def _version(database: Database, statement_id: int) -> int:
    with database.transaction(write=False) as s:
        return s.get(Statement, statement_id).version


def _records(database: Database) -> list[StatementReview]:
    with database.transaction(write=False) as s:
        return list(s.exec(select(StatementReview).order_by(StatementReview.id)).all())


def test_accept_confirms_and_records_who_and_when(world, database):
    statement_id = world["ryabkov_before"]  # proposed
    version = _version(database, statement_id)
    with database.transaction() as s:
        reviews.accept_statement(
            session=s, statement_id=statement_id, version=version, reviewer="  Ann  Reviewer "
        )
    with database.transaction(write=False) as s:
        statement = s.get(Statement, statement_id)
        assert statement.status == "confirmed"
        assert statement.version == version + 1
        history = reviews.reviews_of(session=s, statement_id=statement_id)
    assert [(h["action"], h["reviewer"]) for h in history] == [("accept", "Ann Reviewer")]
    assert history[0]["changes"] == {"status": ["proposed", "confirmed"]}
    assert history[0]["reviewed_at"] is not None


def test_edit_changes_speaker_date_kind_words_and_records_each(world, database):
    statement_id = world["zakharova_undated"]  # proposed, undated, Zakharova
    version = _version(database, statement_id)
    with database.transaction() as s:
        reviews.edit_statement_and_accept(
            session=s,
            statement_id=statement_id,
            version=version,
            reviewer="Bo",
            by="Sergey Ryabkov",
            on=parse_date("2021-12-17"),
            kind="indirect",
            text="  We will respond in due course, he said. ",
        )
    with database.transaction(write=False) as s:
        statement = s.get(Statement, statement_id)
        assert statement.official_id == world["official:Sergey Ryabkov"]
        assert statement.role_id is not None  # the role held that day was found again
        assert (statement.said_from.isoformat(), statement.kind) == ("2021-12-17", "indirect")
        assert statement.text == "We will respond in due course, he said."
        assert statement.status == "confirmed"
        (record,) = reviews.reviews_of(session=s, statement_id=statement_id)
    assert record["action"] == "edit"
    assert record["changes"]["speaker"] == ["Maria Zakharova", "Sergey Ryabkov"]
    assert record["changes"]["date"] == [None, "2021-12-17"]
    assert record["changes"]["kind"] == ["direct", "indirect"]
    assert record["changes"]["status"] == ["proposed", "confirmed"]
    assert set(record["changes"]) >= {"text", "role"}


def test_reject_deletes_the_statement_and_keeps_what_it_said(world, database):
    statement_id = world["ryabkov_before"]
    version = _version(database, statement_id)
    with database.transaction() as s:
        reviews.reject_statement(
            session=s, statement_id=statement_id, version=version, reviewer="Cy"
        )
    with database.transaction(write=False) as s:
        assert s.get(Statement, statement_id) is None
        assert not s.exec(select(Citation).where(Citation.statement_id == statement_id)).all()
    (record,) = _records(database)
    changes = json.loads(record.changes)
    assert (record.statement_id, record.action, record.reviewer) == (statement_id, "reject", "Cy")
    assert changes["text"] == ["Talks with Washington could start in January; we are ready.", None]
    assert changes["speaker"] == ["Sergey Ryabkov", None]


def test_a_stale_version_is_refused_and_nothing_is_written(world, database):
    statement_id = world["ryabkov_before"]
    seen = _version(database, statement_id)
    with database.transaction() as s:
        reviews.accept_statement(session=s, statement_id=statement_id, version=seen, reviewer="A")
    for decide in (reviews.accept_statement, reviews.reject_statement):
        with (
            pytest.raises(Conflict, match=r"changed by A at .* after you opened it"),
            database.transaction() as s,
        ):
            decide(session=s, statement_id=statement_id, version=seen, reviewer="B")
    assert [r.reviewer for r in _records(database)] == ["A"]
    assert _version(database, statement_id) == seen + 1


def test_a_rejected_statement_cannot_then_be_accepted(world, database):
    statement_id = world["ryabkov_before"]
    seen = _version(database, statement_id)
    with database.transaction() as s:
        reviews.reject_statement(session=s, statement_id=statement_id, version=seen, reviewer="A")
    with pytest.raises(Conflict, match="was rejected by A"), database.transaction() as s:
        reviews.accept_statement(session=s, statement_id=statement_id, version=seen, reviewer="B")


def test_only_proposed_statements_are_reviewed_and_reviewers_are_named(world, database):
    confirmed = world["ryabkov_day"]
    version = _version(database, confirmed)
    with (
        pytest.raises(InvalidInput, match="confirmed, not proposed"),
        database.transaction() as s,
    ):
        reviews.accept_statement(session=s, statement_id=confirmed, version=version, reviewer="A")
    for name in ("", "   ", "a\x00b", "x" * 201):
        with pytest.raises(InvalidInput):
            reviews.check_reviewer(name)
    assert _records(database) == []


def test_two_reviewers_at_once_one_wins_the_other_is_told(world, database):
    """Both read the statement at the same version; the first writes but has not committed
    when the second writes. On PostgreSQL the second UPDATE waits for the first's row lock
    and then matches no row; on SQLite the second transaction waits for the write lock and
    then reads the new version. Either way: Conflict, and one decision recorded."""
    statement_id = world["ryabkov_before"]
    seen = _version(database, statement_id)
    first_wrote = threading.Event()
    outcome: dict[str, object] = {}

    def second_reviewer() -> None:
        first_wrote.wait(10)
        try:
            with database.transaction() as s:
                reviews.reject_statement(
                    session=s, statement_id=statement_id, version=seen, reviewer="Second"
                )
            outcome["second"] = "rejected"
        except Conflict as exc:
            outcome["second"] = exc

    other = threading.Thread(target=second_reviewer)
    other.start()
    with database.transaction() as s:
        statement = s.get(Statement, statement_id)  # read before the other reviewer writes
        assert statement.version == seen
        reviews.accept_statement(
            session=s, statement_id=statement_id, version=seen, reviewer="First"
        )
        first_wrote.set()
        other.join(0.5)
        assert other.is_alive()  # the second reviewer waits for this transaction
    other.join(30)
    assert isinstance(outcome["second"], Conflict), outcome
    assert "First" in str(outcome["second"])
    assert [(r.action, r.reviewer) for r in _records(database)] == [("accept", "First")]
    with database.transaction(write=False) as s:
        assert s.get(Statement, statement_id).status == "confirmed"


def test_the_version_guards_cli_edits_too(world, database):
    """`tracker statement edit` goes through the ORM: it moves the version on, so a review
    form opened before it is stale."""
    from tracker.services.statements import edit_statement

    statement_id = world["ryabkov_before"]
    seen = _version(database, statement_id)
    with database.transaction() as s:
        edit_statement(session=s, statement=s.get(Statement, statement_id), kind="direct")
    with pytest.raises(Conflict), database.transaction() as s:
        reviews.accept_statement(session=s, statement_id=statement_id, version=seen, reviewer="A")
