"""statement's role index also holds the official

ix_statement_role_id (role_id) becomes (role_id, official_id). Giving a new role
to an official's statements recorded without one (roles.fill_missing_roles, run
whenever ingest creates a role) first asks whether the official has any: by
role_id alone SQLite read every statement without a role, most of them an
institution's, some 60 ms on a million statements for each role ingest created.
With the official in the index it is one seek; look-ups by role alone use the
index as before. Only an index changes: no table is rebuilt, so the full-text
triggers of 0002 and 0003 stay in place.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD, OLD_COLUMNS = "ix_statement_role_id", ["role_id"]
NEW, NEW_COLUMNS = "ix_statement_role_id_official_id", ["role_id", "official_id"]


def upgrade() -> None:
    op.create_index(NEW, "statement", NEW_COLUMNS)
    op.drop_index(OLD, table_name="statement")


def downgrade() -> None:
    op.create_index(OLD, "statement", OLD_COLUMNS)
    op.drop_index(NEW, table_name="statement")
