"""role: an index by institution and start date

ix_role_institution_id_start_date_end_date_official_id. Choosing how to read an
institution's page counts the roles held there in a window of days; by the
(institution_id, end_date, ...) index alone that count reads every role that
ended after the window's start, which for an early window is nearly every role
the institution ever had (some 3,600 index entries for the biggest institution
of a million statements, more than the page itself costs). From this index it
reads the roles that started before the window's end instead, few for an early
window (tracker.query.institutions, InstitutionListing._probe). Only an index
is added: no table is rebuilt, so the full-text triggers of 0002 and 0003 stay.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_role_institution_id_start_date_end_date_official_id"
COLUMNS = ["institution_id", "start_date", "end_date", "official_id"]


def upgrade() -> None:
    op.create_index(NAME, "role", COLUMNS)


def downgrade() -> None:
    op.drop_index(NAME, table_name="role")
