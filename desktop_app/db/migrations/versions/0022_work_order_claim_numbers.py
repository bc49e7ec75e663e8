"""Work orders found by their claim's number through a search table of their own (issue 8)

Revision ID: 0022_work_order_claim_numbers
Revises: 0021_call_register_search
Create Date: 2026-11-29 10:45:00

维修工单's 全部 on SQLite found orders by a piece of their claim's number through the claims' search
table: every claim holding the piece first, then their orders. A year's prefix typed by hand
(“SC-20”, “SC-2026”) holds hundreds of thousands of claims: 0.27-0.72 s a pause at a million orders.
This table holds each order's claim number under the order's own id, so the newest matching orders
are read first and the search stops at its page. Contentless: the number is the claim's, which
never changes, and a trigger on work_orders keeps it (an order's claim is set when it is made).
PostgreSQL tests claim numbers on the orders themselves already (services.listings) and gets nothing.
"""

from __future__ import annotations

from alembic import op

revision = '0022_work_order_claim_numbers'
down_revision = '0021_call_register_search'
branch_labels = None
depends_on = None

_TABLE = 'work_orders_search_claims'
_NUMBER_OF = "(SELECT number FROM claims WHERE id = {order}.claim_id)"
_INSERT = f"INSERT INTO {_TABLE}(rowid, claim_number) SELECT new.id, {_NUMBER_OF.format(order='new')} " \
          "WHERE new.claim_id IS NOT NULL;"
# A contentless table forgets a row by being told the values it indexed: the claim's number, unchanged.
_DELETE = f"INSERT INTO {_TABLE}({_TABLE}, rowid, claim_number) SELECT 'delete', old.id, " \
          f"{_NUMBER_OF.format(order='old')} WHERE old.claim_id IS NOT NULL;"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    for statement in (
        f"CREATE VIRTUAL TABLE {_TABLE} USING fts5(claim_number, content='', tokenize='trigram')",
        f"INSERT INTO {_TABLE}(rowid, claim_number) SELECT w.id, c.number FROM work_orders AS w "
        "JOIN claims AS c ON c.id = w.claim_id",
        f"CREATE TRIGGER {_TABLE}_ai AFTER INSERT ON work_orders BEGIN {_INSERT} END",
        f"CREATE TRIGGER {_TABLE}_ad AFTER DELETE ON work_orders BEGIN {_DELETE} END",
        f"CREATE TRIGGER {_TABLE}_au AFTER UPDATE OF claim_id ON work_orders BEGIN {_DELETE} {_INSERT} END",
    ):
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    for suffix in ('ai', 'ad', 'au'):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_TABLE}_{suffix}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {_TABLE}")
