"""Alembic environment: tracker's models, batch mode on SQLite, FTS objects kept out.

On SQLite, ALTER TABLE is done by rebuilding tables (batch mode); foreign keys
are switched off around the rebuild and checked afterwards, so a rebuild
neither cascades deletes nor leaves dangling references.
"""

from alembic import context
from sqlalchemy import create_engine, pool, text
from sqlmodel import SQLModel

import tracker.models  # noqa: F401  (registers every table on SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata

# Full-text objects are made by hand in migrations; autogenerate must not see them.
FTS_PREFIXES = ("statement_fts",)


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "table" and name and name.startswith(FTS_PREFIXES):
        return False
    return not (name and "search_vector" in name and type_ in ("column", "index"))


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")  # tracker.migrate.upgrade(connection=...)
    if given is not None:
        migrate_on(given)
        return
    url = config.get_main_option("sqlalchemy.url")
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        migrate_on(connection)
    engine.dispose()


def migrate_on(connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        raw = connection.connection.driver_connection
        raw.isolation_level = None
        raw.execute("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=sqlite,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if sqlite:
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"migration left dangling references: {problems[:5]}")
    if sqlite:
        raw.execute("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
