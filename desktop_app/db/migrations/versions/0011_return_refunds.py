"""the refund that closes an approved return: amount, invoice price, accessories charge, method, note (W2, W9)

Revision ID: 0011_return_refunds
Revises: 0010_signed_evaluation_months
Create Date: 2026-11-28 05:00:00

Completing a return recorded only a free-text note in the audit log: nothing kept what was refunded, how,
or against which price. Six nullable columns on claims keep it (money in fen like every money column).
No backfill: a return completed before this revision has no recorded refund and shows "not recorded".
Plain ADD COLUMN on both databases (no key, no index): a batch would copy the claims table and drop
migration 0003's search triggers. Downgrade drops the columns the same way (SQLite 3.35+ drops in place).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011_return_refunds'
down_revision = '0010_signed_evaluation_months'
branch_labels = None
depends_on = None

COLUMNS = (
    ('refund_amount', sa.BigInteger()),
    ('refund_purchase_price', sa.BigInteger()),
    ('refund_accessories_charge', sa.BigInteger()),
    ('refund_method', sa.String(length=30)),
    ('refund_note', sa.Text()),
    ('refunded_at', sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    for name, type_ in COLUMNS:
        op.add_column('claims', sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    for name, _type in reversed(COLUMNS):
        if bind.dialect.name == 'sqlite':  # in place: alembic would not drop a column outside a batch
            bind.exec_driver_sql(f"ALTER TABLE claims DROP COLUMN {name}")
        else:
            op.drop_column('claims', name)
