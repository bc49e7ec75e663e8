"""Closed work orders newest first from the state index (issue 8: the unreturned surveys)

Revision ID: 0017_closed_orders_newest_first
Revises: 0016_audit_log_newest_first
Create Date: 2026-11-29 06:00:00

未回收的满意度调查 lists the newest 200 closed orders without a survey. At a million orders, 950,000 of
them closed, the state index found every closed order and sorted them by closing time: 1.4 s on
SQLite before the window showed. The state index now carries closed_at, so closed orders come
newest first and the list stops at 200. Every other use of the state index (the work-orders queues
and their counts) reads its first column as before, so it replaces the old one rather than adding
another index for each saved order to keep up.
"""

from __future__ import annotations

from alembic import op

revision = '0017_closed_orders_newest_first'
down_revision = '0016_audit_log_newest_first'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_work_orders_state_closed', 'work_orders', ['state', 'closed_at'])
    op.drop_index('ix_work_orders_state', table_name='work_orders')


def downgrade() -> None:
    op.create_index('ix_work_orders_state', 'work_orders', ['state'])
    op.drop_index('ix_work_orders_state_closed', table_name='work_orders')
