"""Alembic, driven from tracker: the only way a schema is created or changed.

There is no alembic.ini; the configuration is built here so that `tracker db
...` and the tests run the same migrations against any URL.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from tracker.schema import MIGRATIONS


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head", *, connection=None) -> None:
    """Migrate the database at `url` (through `connection` when given: an in-memory
    SQLite database exists only on its own connection)."""
    config = alembic_config(url)
    if connection is not None:
        config.attributes["connection"] = connection
    command.upgrade(config, revision)


def downgrade(url: str, revision: str) -> None:
    command.downgrade(alembic_config(url), revision)


def check(url: str) -> None:
    """Raise alembic.util.CommandError when the models and the migrated schema differ."""
    command.check(alembic_config(url))


def script_directory() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def head_revision() -> str:
    return script_directory().get_current_head()


def history() -> list[tuple[str, str | None, str]]:
    """(revision, down_revision, message) from base to head."""
    revisions = list(script_directory().walk_revisions("base", "heads"))
    return [(r.revision, r.down_revision, r.doc or "") for r in reversed(revisions)]
