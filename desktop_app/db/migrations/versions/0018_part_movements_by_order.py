"""A part's movements by work order, from an index (issue 8: returning a part to stock)

Revision ID: 0018_part_movements_by_order
Revises: 0017_closed_orders_newest_first
Create Date: 2026-11-29 06:10:00

退回库存 offers the orders still holding the part. A part in daily use is held by every order it
went into (49,000 orders for one port module at a million claims), and the list grouped all of the
part's movements by order before the dialog opened: 0.5 s, then a choice of 49,000. An index on part
by order gives the newest holders grouped in order, and the dialog takes the newest 200: 6 ms. The
part's own index stays beside it: the ledger reads a part's latest movements in id order from it
(with the order in between, 45 ms became 145 ms). Only issuing and returning parts write here.
"""

from __future__ import annotations

from alembic import op

revision = '0018_part_movements_by_order'
down_revision = '0017_closed_orders_newest_first'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_stock_movements_part_order', 'stock_movements', ['part_id', 'work_order_id'])


def downgrade() -> None:
    op.drop_index('ix_stock_movements_part_order', table_name='stock_movements')
