"""a staff member's evaluation sheet recorded as signed, with the totals it covers (rules E23, E24)

Revision ID: 0010_signed_evaluation_months
Revises: 0009_work_order_visits
Create Date: 2026-11-28 01:30:00

Nothing recorded that a month's evaluation sheet was signed, so a fine or demerit entered later for that
month silently changed a total already on signed paper (the employer's evidence, E24). The new table
keeps, per person and month, who recorded the signature and when, the totals as signed and the fines
and demerits they cover. No backfill: no month was recorded as signed before (the evaluation of every
existing month reads as before until the supervisor marks it). Downgrade drops the table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010_signed_evaluation_months'
down_revision = '0009_work_order_visits'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('signed_evaluation_months',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('fines_total', sa.BigInteger(), nullable=False),
    sa.Column('major_demerits', sa.Integer(), nullable=False),
    sa.Column('fine_ids', sa.JSON(), nullable=False),
    sa.Column('demerit_ids', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'],
                            name=op.f('fk_signed_evaluation_months_recorded_by_id_staff')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_signed_evaluation_months_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signed_evaluation_months')),
    sa.UniqueConstraint('staff_id', 'month', name=op.f('uq_signed_evaluation_months_staff_id'))
    )


def downgrade() -> None:
    op.drop_table('signed_evaluation_months')
