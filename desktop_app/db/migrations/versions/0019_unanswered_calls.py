"""The calls still to answer, from a small partial index (issue 8: the call register's overdue view)

Revision ID: 0019_unanswered_calls
Revises: 0018_part_movements_by_order
Create Date: 2026-11-29 06:20:00

来电登记's 只看超时 shows the calls not answered within their 8-hour clock (S1). It read every call to
find them (220,000 at a million claims: 60 ms each time the register refreshed). Only unanswered
calls are in this index, a handful at any moment, so it stays small and answering a call takes its
entry out. It is keyed by id, the register's order: keyed by the clock, SQLite still walked every
call newest first to spare sorting the few it found.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0019_unanswered_calls'
down_revision = '0018_part_movements_by_order'
branch_labels = None
depends_on = None

UNANSWERED = sa.text('replied_at IS NULL')


def upgrade() -> None:
    op.create_index('ix_calls_unanswered', 'calls', ['id', 'reply_due_at'],
                    sqlite_where=UNANSWERED, postgresql_where=UNANSWERED)


def downgrade() -> None:
    op.drop_index('ix_calls_unanswered', table_name='calls')
