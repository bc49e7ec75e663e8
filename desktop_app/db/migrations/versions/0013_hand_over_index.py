"""Hand-over lines found through a small partial index (issue 8: the staff evaluation on PostgreSQL)

Revision ID: 0013_hand_over_index
Revises: 0012_pg_search_paths
Create Date: 2026-11-28 12:40:00

A hand-over is the only work-order event whose state does not change (services.work_orders
``_hand_over``), and the staff evaluation asks of each order of the month whether it changed hands.
On PostgreSQL, with a month of 25,000 orders, the planner answered that for all of them at once by
reading every event (7 million at a million orders: 0.5 s). This index holds only the hand-over
lines, a few per thousand events, so both databases answer from it: all of them at once, or order by
order.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013_hand_over_index'
down_revision = '0012_pg_search_paths'
branch_labels = None
depends_on = None

HAND_OVER = sa.text('from_state = to_state')


def upgrade() -> None:
    op.create_index('ix_work_order_events_hand_overs', 'work_order_events', ['work_order_id'],
                    sqlite_where=HAND_OVER, postgresql_where=HAND_OVER)


def downgrade() -> None:
    op.drop_index('ix_work_order_events_hand_overs', table_name='work_order_events')
