"""The schema revisions this version of tracker knows, without importing Alembic.

Start-up compares the database's revision with HEAD; tests/test_migrations.py
checks that these match the scripts in migrations/versions. A new migration
appends its revision here.
"""

KNOWN_REVISIONS = ("0001", "0002")
HEAD = KNOWN_REVISIONS[-1]
