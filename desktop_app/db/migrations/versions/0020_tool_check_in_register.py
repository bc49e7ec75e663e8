"""E9's tool register from a partial index of the tool check-ins (issue 8)

Revision ID: 0020_tool_check_in_register
Revises: 0019_unanswered_calls
Create Date: 2026-11-29 06:20:00

The stock window's 工具登记册 (E9) lists the tools checked in, newest first. They are a few among the
part movements (540,000 at a million claims), and the list read every movement to find them: 155 ms
on SQLite. Only tool check-ins are in this index, in time order.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020_tool_check_in_register'
down_revision = '0019_unanswered_calls'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Each database's own spelling of "is a tool check-in", as the query writes it (stock_admin).
    op.create_index('ix_stock_movements_tool_check_ins', 'stock_movements', ['at', 'id'],
                    sqlite_where=sa.text('is_tool_check_in = 1'), postgresql_where=sa.text('is_tool_check_in'))


def downgrade() -> None:
    op.drop_index('ix_stock_movements_tool_check_ins', table_name='stock_movements')
