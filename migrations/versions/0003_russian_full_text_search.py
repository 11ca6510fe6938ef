"""full-text search stems Russian words on both engines

Russian statements are stored in Russian, so "гарантии" must find "гарантий" and
"гарантиями" as "guarantee" finds "guarantees".

PostgreSQL: tracker_search (migration 0002) maps words with non-ASCII letters to a Russian
Snowball dictionary, as PostgreSQL's own `russian` configuration does, while ASCII words keep
the English one; stop words are kept in both languages, as before. Every statement's vector
is recomputed.

SQLite: FTS5 has no Russian stemmer, and a custom tokenizer would make the database
unreadable to any program but tracker. Instead statement.text_stems holds the text's words
with Russian ones reduced to the same Snowball stems (computed in Python by
tracker.search.text_stems on every write; NULL for text without Cyrillic letters), and the
FTS5 table indexes it as a third column, text_stems, that queries look up by stemmed words.
The table's triggers are made again for the new column. Existing rows get their stems here.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.search import text_stems

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _official(id_sql: str) -> str:
    return f"(SELECT name FROM official WHERE id = {id_sql})"


def _institution(id_sql: str) -> str:
    return f"(SELECT name FROM institution WHERE id = {id_sql})"


def _speaker(official_name: str, institution_name: str) -> str:
    """The SQL text of the speaker names indexed for a statement (the view and triggers agree)."""
    return f"trim(coalesce({official_name}, '') || ' ' || coalesce({institution_name}, ''))"


NEW_SPEAKER = _speaker(_official("s.official_id"), _institution("s.institution_id"))
OLD_SPEAKER = _speaker(_official("old.official_id"), _institution("old.institution_id"))

DROP_SQLITE_INDEX = [
    "DROP TRIGGER IF EXISTS statement_fts_institution_name",
    "DROP TRIGGER IF EXISTS statement_fts_official_name",
    "DROP TRIGGER IF EXISTS statement_fts_update",
    "DROP TRIGGER IF EXISTS statement_fts_delete",
    "DROP TRIGGER IF EXISTS statement_fts_insert",
    "DROP TABLE IF EXISTS statement_fts",
    "DROP VIEW IF EXISTS statement_fts_source",
]


def _sqlite_index(columns: list[str]) -> list[str]:
    """The FTS5 table over `columns` of statement_fts_source, its triggers, and a rebuild.

    ["text", "speaker"] is migration 0002's index; ["text", "speaker", "text_stems"] this one's.
    """
    stems = "text_stems" in columns
    names = ", ".join(columns)
    new_values = "old.text, {speaker}" + (", old.text_stems" if stems else "")
    return [
        f"""CREATE VIEW statement_fts_source AS
        SELECT s.id AS id, s.text AS text, {NEW_SPEAKER} AS speaker
            {", s.text_stems AS text_stems" if stems else ""}
        FROM statement AS s""",
        f"""CREATE VIRTUAL TABLE statement_fts USING fts5(
        {names}, content='statement_fts_source', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
        f"""CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement BEGIN
        INSERT INTO statement_fts(rowid, {names})
        SELECT id, {names} FROM statement_fts_source WHERE id = new.id;
    END""",
        f"""CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, {names})
        VALUES ('delete', old.id, {new_values.format(speaker=OLD_SPEAKER)});
    END""",
        f"""CREATE TRIGGER statement_fts_update
        AFTER UPDATE OF text, {"text_stems, " if stems else ""}official_id, institution_id
        ON statement BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, {names})
        VALUES ('delete', old.id, {new_values.format(speaker=OLD_SPEAKER)});
        INSERT INTO statement_fts(rowid, {names})
        SELECT id, {names} FROM statement_fts_source WHERE id = new.id;
    END""",
        f"""CREATE TRIGGER statement_fts_official_name AFTER UPDATE OF name ON official BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, {names})
        SELECT 'delete', s.id, s.text, {_speaker("old.name", _institution("s.institution_id"))}
            {", s.text_stems" if stems else ""}
        FROM statement AS s WHERE s.official_id = old.id;
        INSERT INTO statement_fts(rowid, {names})
        SELECT id, {names} FROM statement_fts_source
        WHERE id IN (SELECT id FROM statement WHERE official_id = new.id);
    END""",
        f"""CREATE TRIGGER statement_fts_institution_name AFTER UPDATE OF name ON institution BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, {names})
        SELECT 'delete', s.id, s.text, {_speaker(_official("s.official_id"), "old.name")}
            {", s.text_stems" if stems else ""}
        FROM statement AS s WHERE s.institution_id = old.id;
        INSERT INTO statement_fts(rowid, {names})
        SELECT id, {names} FROM statement_fts_source
        WHERE id IN (SELECT id FROM statement WHERE institution_id = new.id);
    END""",
        "INSERT INTO statement_fts(statement_fts) VALUES ('rebuild')",
    ]


POSTGRES_UPGRADE = [
    "CREATE TEXT SEARCH DICTIONARY tracker_stem_ru (TEMPLATE = snowball, Language = russian)",
    """ALTER TEXT SEARCH CONFIGURATION tracker_search
        ALTER MAPPING FOR word, hword, hword_part WITH tracker_stem_ru""",
]
POSTGRES_DOWNGRADE = [
    """ALTER TEXT SEARCH CONFIGURATION tracker_search
        ALTER MAPPING FOR word, hword, hword_part WITH tracker_stem""",
    "DROP TEXT SEARCH DICTIONARY IF EXISTS tracker_stem_ru",
]
POSTGRES_REINDEX = """UPDATE statement
    SET search_vector = tracker_statement_vector(text, official_id, institution_id)"""


def _fill_stems() -> None:
    """Stems for the statements already stored (only text with Cyrillic letters has any)."""
    bind = op.get_bind()
    statement = sa.table("statement", sa.column("id"), sa.column("text"), sa.column("text_stems"))
    rows = bind.execute(sa.select(statement.c.id, statement.c.text)).fetchall()
    changes = [{"row_id": i, "stems": text_stems(t)} for i, t in rows if text_stems(t)]
    if changes:
        bind.execute(
            statement.update()
            .where(statement.c.id == sa.bindparam("row_id"))
            .values(text_stems=sa.bindparam("stems")),
            changes,
        )


def _run(statements: list[str]) -> None:
    for sql in statements:
        op.execute(sql)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    # a plain ADD COLUMN: a batch rebuild of statement would drop the full-text triggers
    op.add_column("statement", sa.Column("text_stems", sa.Text(), nullable=True))
    if sqlite:
        _run(DROP_SQLITE_INDEX)
        _fill_stems()
        _run(_sqlite_index(["text", "speaker", "text_stems"]))
    else:
        _fill_stems()
        _run(POSTGRES_UPGRADE)
        op.execute(POSTGRES_REINDEX)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _run(DROP_SQLITE_INDEX)
        op.execute("ALTER TABLE statement DROP COLUMN text_stems")  # no table rebuild
        _run(_sqlite_index(["text", "speaker"]))
    else:
        _run(POSTGRES_DOWNGRADE)
        op.execute(POSTGRES_REINDEX)
        op.drop_column("statement", "text_stems")
