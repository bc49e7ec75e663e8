"""part lines keep the history of their payer and price after issue (rules W11, D4, D9, D13)

Revision ID: 0006_part_charge_changes
Revises: 0005_visit_technician
Create Date: 2026-11-28 11:00:00

A part issued to the fund and re-judged later (user damage found at diagnosis, a visit's product
identified) keeps its month as settled and reconciled: the change counts in the month it was made.
No backfill: changes made before this table existed were not recorded, so those lines count as they
read today.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_part_charge_changes'
down_revision = '0005_visit_technician'
branch_labels = None
depends_on = None

_CHARGES = ('customer', 'fund', 'manufacturer')


def upgrade() -> None:
    op.create_table('part_charge_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_part_id', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('old_charged_to', sa.Enum(*_CHARGES, name=op.f('ck_part_charge_changes_old_charged_to'),
                                        native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('old_unit_price', sa.BigInteger(), nullable=False),
    sa.Column('new_charged_to', sa.Enum(*_CHARGES, name=op.f('ck_part_charge_changes_new_charged_to'),
                                        native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('new_unit_price', sa.BigInteger(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('changed_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['changed_by_id'], ['staff.id'], name=op.f('fk_part_charge_changes_changed_by_id_staff')),
    sa.ForeignKeyConstraint(['work_order_part_id'], ['work_order_parts.id'],
                            name=op.f('fk_part_charge_changes_work_order_part_id_work_order_parts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_part_charge_changes'))
    )
    with op.batch_alter_table('part_charge_changes', schema=None) as batch_op:
        batch_op.create_index('ix_part_charge_changes_line_changed', ['work_order_part_id', 'changed_at'],
                              unique=False)
        batch_op.create_index('ix_part_charge_changes_changed_at', ['changed_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('part_charge_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_part_charge_changes_changed_at')
        batch_op.drop_index('ix_part_charge_changes_line_changed')
    op.drop_table('part_charge_changes')
