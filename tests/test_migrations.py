"""Migrations are the only way the schema is made: they must agree with the models,
go down and up again, and be what tracker.schema says they are."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect

from tracker import migrate, schema
from tracker.db import current_revision, make_engine


def table_names(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_recorded_revisions_match_the_migration_scripts():
    chain = [revision for revision, _down, _msg in migrate.history()]
    assert tuple(chain) == schema.KNOWN_REVISIONS
    assert migrate.head_revision() == schema.HEAD


def test_upgrade_to_head_matches_the_models(empty_db_url):
    migrate.upgrade(empty_db_url)
    migrate.check(empty_db_url)  # raises when autogenerate would find a difference
    engine = make_engine(empty_db_url)
    assert current_revision(engine) == schema.HEAD
    engine.dispose()


def test_downgrade_to_base_and_back(empty_db_url):
    migrate.upgrade(empty_db_url)
    migrate.downgrade(empty_db_url, "base")
    assert table_names(empty_db_url) <= {"alembic_version"}
    migrate.upgrade(empty_db_url)
    migrate.check(empty_db_url)
    assert {"official", "statement", "citation", "role", "source"} <= table_names(empty_db_url)


def test_each_revision_downgrades_one_step_and_upgrades_again(empty_db_url):
    migrate.upgrade(empty_db_url)
    for revision, down, _ in reversed(migrate.history()):
        migrate.downgrade(empty_db_url, down or "base")
        migrate.upgrade(empty_db_url, revision)
        migrate.downgrade(empty_db_url, down or "base")
    migrate.upgrade(empty_db_url)
    migrate.check(empty_db_url)
