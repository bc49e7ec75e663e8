"""PostgreSQL: claim and work-order numbers by their year, for a number typed up to its year (issue 8)

Revision ID: 0025_pg_number_years
Revises: 0024_call_text_pieces
Create Date: 2026-11-29 13:00:00

A number typed by hand and paused after its year (“SC-2025”) searched the trigram index, read newest
first. Last year's claims lie behind all of this year's, so the claims list walked back through
230,000 claims before its first match: 0.46 s for the count and the page at a million claims, and
维修工单's 全部 the same with “WO-2025”. These B-trees hold each number's “PREFIX-YEAR” (its first
seven characters, services.numbering) with the row's id, so a year's rows are read newest first from
their own range. SQLite's trigram tables answer the same text in milliseconds and get nothing.

The search names the range as ``>=`` and ``<=`` and orders by both columns (services.text_search):
with ``=``, PostgreSQL takes the year as settled and prefers walking the primary key, estimating the
year's rows spread evenly over it.
"""

from __future__ import annotations

from alembic import op

revision = '0025_pg_number_years'
down_revision = '0024_call_text_pieces'
branch_labels = None
depends_on = None

# db.migrate leaves indexes named ix_number_year_ out of the model comparison (SQL the models cannot declare).
_TABLES = ('claims', 'work_orders')


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    for table in _TABLES:  # no statistics needed: the search's order can only come from this index
        bind.exec_driver_sql(f"CREATE INDEX ix_number_year_{table} ON {table} (left(number, 7), id)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    for table in _TABLES:
        bind.exec_driver_sql(f"DROP INDEX ix_number_year_{table}")
