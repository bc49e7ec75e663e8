"""parts keep the history of their wear flag (rules W6, W12)

Revision ID: 0004_part_wear_flags
Revises: 0003_search_indexes
Create Date: 2026-11-28 09:00:00

The wear-part list is part of the versioned warranty policy (W12): a claim is charged under the flag
in force when it was taken. Every existing part gets one row with its current flag, in force since
1970-01-01 UTC, before any claim: claims already taken keep being charged as they are today.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = '0004_part_wear_flags'
down_revision = '0003_search_indexes'
branch_labels = None
depends_on = None

SINCE_EVER = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def upgrade() -> None:
    op.create_table('part_wear_flags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('is_wear_part', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['changed_by_id'], ['staff.id'], name=op.f('fk_part_wear_flags_changed_by_id_staff')),
    sa.ForeignKeyConstraint(['part_id'], ['parts.id'], name=op.f('fk_part_wear_flags_part_id_parts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_part_wear_flags'))
    )
    with op.batch_alter_table('part_wear_flags', schema=None) as batch_op:
        batch_op.create_index('ix_part_wear_flags_part_changed', ['part_id', 'changed_at'], unique=False)
    # Stored as the application stores UTC timestamps: naive UTC text on SQLite, timestamptz on PostgreSQL.
    since = SINCE_EVER.replace(tzinfo=None) if op.get_bind().dialect.name == 'sqlite' else SINCE_EVER
    op.get_bind().execute(
        sa.text("INSERT INTO part_wear_flags (part_id, is_wear_part, changed_at) "
                "SELECT id, is_wear_part, :since FROM parts ORDER BY id")
        .bindparams(sa.bindparam('since', since, type_=sa.DateTime(timezone=True))))


def downgrade() -> None:
    with op.batch_alter_table('part_wear_flags', schema=None) as batch_op:
        batch_op.drop_index('ix_part_wear_flags_part_changed')
    op.drop_table('part_wear_flags')
