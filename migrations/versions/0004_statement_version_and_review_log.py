"""statement version and review log

statement.version counts the changes made to a statement; every UPDATE names
the version it read, so two reviewers working on one statement at once cannot
overwrite each other. statement_review records each decision on a statement
(accept, edit, reject): who, when and what changed.

The column is added with ALTER TABLE on both engines (no batch rebuild on
SQLite, so the full-text triggers of 0002 and 0003 stay in place).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "statement", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )
    op.create_table(
        "statement_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "action IN ('accept', 'edit', 'reject')", name=op.f("ck_statement_review_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_review")),
    )
    op.create_index(
        op.f("ix_statement_review_statement_id_reviewed_at"),
        "statement_review",
        ["statement_id", "reviewed_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_statement_review_statement_id_reviewed_at"), table_name="statement_review"
    )
    op.drop_table("statement_review")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite drops a column in place (3.35+); a batch rebuild would drop the FTS triggers
        op.execute("ALTER TABLE statement DROP COLUMN version")
    else:
        op.drop_column("statement", "version")
