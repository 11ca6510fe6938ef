"""role: an index by title

ix_role_title. A speaker named by a title alone ("the Secretary-General said")
goes to the one official who held that post on the day; finding the roles whose
title reads so had scanned every role of the archive for each such phrase (some
3 ms at 30,000 roles, growing with them). With this index the distinct titles are
read from the index alone and only the roles bearing a matching one are fetched
(tracker.services.role_matching). Only an index is added: no table is rebuilt, so
the full-text triggers of 0002 and 0003 stay.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_role_title"


def upgrade() -> None:
    op.create_index(NAME, "role", ["title"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="role")
