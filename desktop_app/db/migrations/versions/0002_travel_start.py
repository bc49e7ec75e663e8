"""work orders record when the technician set off for an on-site visit

Revision ID: 0002_travel_start
Revises: 0001_initial
Create Date: 2026-11-27 07:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_travel_start'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('travel_started_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.drop_column('travel_started_at')
