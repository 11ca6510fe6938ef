"""full-text search over statements

SQLite: an FTS5 external-content table, statement_fts(text, speaker), whose
content is the view statement_fts_source (statement text plus the names of the
official and the institution it speaks for), kept in step by triggers on
statement, official and institution. PostgreSQL: a stored tsvector column
statement.search_vector (text weighted A, speaker names B) with a GIN index,
kept in step by the same triggers. Both stem English words (Porter on SQLite,
Snowball on PostgreSQL) and keep stop words, so the two engines find the same
statements.

A later migration that rebuilds statement, official or institution on SQLite
(batch mode) drops these triggers with the table and must create them again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
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


SQLITE_UPGRADE = [
    f"""CREATE VIEW statement_fts_source AS
        SELECT s.id AS id, s.text AS text, {NEW_SPEAKER} AS speaker
        FROM statement AS s""",
    """CREATE VIRTUAL TABLE statement_fts USING fts5(
        text, speaker, content='statement_fts_source', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement BEGIN
        INSERT INTO statement_fts(rowid, text, speaker)
        SELECT id, text, speaker FROM statement_fts_source WHERE id = new.id;
    END""",
    f"""CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, {OLD_SPEAKER});
    END""",
    f"""CREATE TRIGGER statement_fts_update
        AFTER UPDATE OF text, official_id, institution_id ON statement BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, {OLD_SPEAKER});
        INSERT INTO statement_fts(rowid, text, speaker)
        SELECT id, text, speaker FROM statement_fts_source WHERE id = new.id;
    END""",
    f"""CREATE TRIGGER statement_fts_official_name AFTER UPDATE OF name ON official BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, text, speaker)
        SELECT 'delete', s.id, s.text, {_speaker("old.name", _institution("s.institution_id"))}
        FROM statement AS s WHERE s.official_id = old.id;
        INSERT INTO statement_fts(rowid, text, speaker)
        SELECT id, text, speaker FROM statement_fts_source
        WHERE id IN (SELECT id FROM statement WHERE official_id = new.id);
    END""",
    f"""CREATE TRIGGER statement_fts_institution_name AFTER UPDATE OF name ON institution BEGIN
        INSERT INTO statement_fts(statement_fts, rowid, text, speaker)
        SELECT 'delete', s.id, s.text, {_speaker(_official("s.official_id"), "old.name")}
        FROM statement AS s WHERE s.institution_id = old.id;
        INSERT INTO statement_fts(rowid, text, speaker)
        SELECT id, text, speaker FROM statement_fts_source
        WHERE id IN (SELECT id FROM statement WHERE institution_id = new.id);
    END""",
    "INSERT INTO statement_fts(statement_fts) VALUES ('rebuild')",
]

SQLITE_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS statement_fts_institution_name",
    "DROP TRIGGER IF EXISTS statement_fts_official_name",
    "DROP TRIGGER IF EXISTS statement_fts_update",
    "DROP TRIGGER IF EXISTS statement_fts_delete",
    "DROP TRIGGER IF EXISTS statement_fts_insert",
    "DROP TABLE IF EXISTS statement_fts",
    "DROP VIEW IF EXISTS statement_fts_source",
]

POSTGRES_UPGRADE = [
    "CREATE TEXT SEARCH DICTIONARY tracker_stem (TEMPLATE = snowball, Language = english)",
    "CREATE TEXT SEARCH CONFIGURATION tracker_search (COPY = simple)",
    """ALTER TEXT SEARCH CONFIGURATION tracker_search
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
        WITH tracker_stem""",
    "ALTER TABLE statement ADD COLUMN search_vector tsvector",
    """CREATE FUNCTION tracker_statement_vector(body text, official integer, institution integer)
        RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('tracker_search', coalesce($1, '')), 'A')
            || setweight(to_tsvector('tracker_search', trim(
                coalesce((SELECT name FROM official WHERE id = $2), '') || ' ' ||
                coalesce((SELECT name FROM institution WHERE id = $3), ''))), 'B')
    $$""",
    """CREATE FUNCTION tracker_statement_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_vector := tracker_statement_vector(
            NEW.text, NEW.official_id, NEW.institution_id);
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER statement_search_vector
        BEFORE INSERT OR UPDATE OF text, official_id, institution_id ON statement
        FOR EACH ROW EXECUTE FUNCTION tracker_statement_search()""",
    """CREATE FUNCTION tracker_speaker_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_TABLE_NAME = 'official' THEN
            UPDATE statement SET search_vector =
                tracker_statement_vector(text, official_id, institution_id)
            WHERE official_id = NEW.id;
        ELSE
            UPDATE statement SET search_vector =
                tracker_statement_vector(text, official_id, institution_id)
            WHERE institution_id = NEW.id;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER official_search_vector AFTER UPDATE OF name ON official
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
        EXECUTE FUNCTION tracker_speaker_renamed()""",
    """CREATE TRIGGER institution_search_vector AFTER UPDATE OF name ON institution
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
        EXECUTE FUNCTION tracker_speaker_renamed()""",
    """UPDATE statement
        SET search_vector = tracker_statement_vector(text, official_id, institution_id)""",
    "CREATE INDEX ix_statement_search_vector ON statement USING gin (search_vector)",
]

POSTGRES_DOWNGRADE = [
    "DROP INDEX IF EXISTS ix_statement_search_vector",
    "DROP TRIGGER IF EXISTS institution_search_vector ON institution",
    "DROP TRIGGER IF EXISTS official_search_vector ON official",
    "DROP TRIGGER IF EXISTS statement_search_vector ON statement",
    "DROP FUNCTION IF EXISTS tracker_speaker_renamed()",
    "DROP FUNCTION IF EXISTS tracker_statement_search()",
    "DROP FUNCTION IF EXISTS tracker_statement_vector(text, integer, integer)",
    "ALTER TABLE statement DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS tracker_search",
    "DROP TEXT SEARCH DICTIONARY IF EXISTS tracker_stem",
]


def _run(statements: list[str]) -> None:
    for sql in statements:
        op.execute(sql)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _run(SQLITE_UPGRADE if sqlite else POSTGRES_UPGRADE)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _run(SQLITE_DOWNGRADE if sqlite else POSTGRES_DOWNGRADE)
