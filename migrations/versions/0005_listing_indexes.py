"""indexes that answer listings without reading the tables

statement: the date index becomes (said_to, id, institution_id, official_id):
in listing order (ties by id, so PostgreSQL need not sort them) and covering
who spoke, so a walk down the dates for an institution checks each statement
from the index alone. role: (institution_id, end_date, start_date,
official_id) finds the roles held at an institution in a span of days, and
(official_id, start_date, end_date, institution_id) whether an official held
one at it on a day, both without reading the table. They replace the indexes
they extend. Only indexes change: no table is rebuilt, so the full-text
triggers of 0002 and 0003 stay in place.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, old index, its columns, new index, its columns)
REPLACED = [
    (
        "statement",
        "ix_statement_said_to",
        ["said_to"],
        "ix_statement_said_to_id_institution_id_official_id",
        ["said_to", "id", "institution_id", "official_id"],
    ),
    (
        "role",
        "ix_role_institution_id_official_id",
        ["institution_id", "official_id"],
        "ix_role_institution_id_end_date_start_date_official_id",
        ["institution_id", "end_date", "start_date", "official_id"],
    ),
    (
        "role",
        "ix_role_official_id_start_date",
        ["official_id", "start_date"],
        "ix_role_official_id_start_date_end_date_institution_id",
        ["official_id", "start_date", "end_date", "institution_id"],
    ),
]


def upgrade() -> None:
    for table, old, _, new, columns in REPLACED:
        op.create_index(new, table, columns)
        op.drop_index(old, table_name=table)


def downgrade() -> None:
    for table, old, old_columns, new, _ in REPLACED:
        op.create_index(old, table, old_columns)
        op.drop_index(new, table_name=table)
