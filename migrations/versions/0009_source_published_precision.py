"""source: how precisely the publication date is known

source.published_precision, 'day', 'month' or 'year' (NOT NULL, default 'day', checked by
ck_source_published_precision). Some pages give their publication date only to the month
("date 2020-09"); source.published then holds the month's (or year's) first day, and the
precision says it is no day, so that it is shown as 2020-09. Every existing row was
stored with a full day and gets 'day'.

On SQLite the column is added with its CHECK by ALTER TABLE (no table rebuild, so the
triggers and indexes stay); SQLite (3.37+) tests the new CHECK against the existing rows
too, and they pass it, as each takes the default. Downgrade drops the column (SQLite 3.35+
drops a column whose CHECK names only itself), and refuses while a source is dated only
to a month or year: 0008 would read its first day as the day it was published.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECK = "published_precision IN ('day', 'month', 'year')"
NAME = "ck_source_published_precision"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE source ADD COLUMN published_precision VARCHAR(10) DEFAULT 'day' "
            f"NOT NULL CONSTRAINT {NAME} CHECK ({CHECK})"
        )
        return
    op.add_column(
        "source",
        sa.Column("published_precision", sa.String(10), nullable=False, server_default="day"),
    )
    op.create_check_constraint(op.f(NAME), "source", CHECK)


def downgrade() -> None:
    bind = op.get_bind()
    undated = bind.execute(
        sa.text("SELECT count(*) FROM source WHERE published_precision != 'day'")
    ).scalar()
    if undated:
        from alembic.util import CommandError

        sources = "source is" if undated == 1 else "sources are"
        raise CommandError(
            f"cannot downgrade to 0008: {undated} {sources} dated only to a month or year, "
            "which 0008 would read as that period's first day; give each a day (tracker "
            "source edit ID --published YYYY-MM-DD) or clear its date (--published '') first"
        )
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE source DROP COLUMN published_precision")
        return
    op.drop_constraint(op.f(NAME), "source", type_="check")
    op.drop_column("source", "published_precision")
