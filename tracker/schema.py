"""The schema revisions this version of tracker knows, read from migrations/versions.

Start-up compares the database's revision with HEAD without importing Alembic:
each migration script's `revision` and `down_revision` lines are read as text
and chained from the base, so a new migration is known as soon as its file is
there. tests/test_migrations.py checks the chain against Alembic's own reading.
"""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # a link to the top-level folder
_ASSIGNED = re.compile(r"^(revision|down_revision)\b[^=]*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def _chain(versions: Path) -> tuple[str, ...]:
    """The revisions from base to head, each script's `revision` after its `down_revision`."""
    after: dict[str | None, str] = {}
    for script in sorted(versions.glob("*.py")):
        found = dict((name, value or None) for name, value in _ASSIGNED.findall(script.read_text()))
        if "revision" in found:
            after[found.get("down_revision")] = found["revision"]
    chain, current = [], after.get(None)
    while current is not None:
        chain.append(current)
        current = after.get(current)
    return tuple(chain)


KNOWN_REVISIONS = _chain(MIGRATIONS / "versions")
HEAD = KNOWN_REVISIONS[-1]
