"""work orders record who was on site for the visit (rules E23, S3)

Revision ID: 0005_visit_technician
Revises: 0004_part_wear_flags
Create Date: 2026-11-28 10:00:00

A re-dispatch changes the order's technician but keeps the visit's facts (arrival, lateness, the call
to headquarters): fines and on-time figures of the visit belong to whoever was on site. Every order
with a recorded visit gets its current technician, the best record there is of who made it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_visit_technician'
down_revision = '0004_part_wear_flags'
branch_labels = None
depends_on = None

FK_NAME = 'fk_work_orders_visit_technician_id_staff'


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        # In place, with the key inline: a batch would copy the table (a million rows on a large centre)
        # and drop migration 0003's search triggers with it.
        bind.exec_driver_sql(f"ALTER TABLE work_orders ADD COLUMN visit_technician_id INTEGER "
                             f"CONSTRAINT {FK_NAME} REFERENCES staff (id)")
    else:
        op.add_column('work_orders', sa.Column('visit_technician_id', sa.Integer(), nullable=True))
        op.create_foreign_key(FK_NAME, 'work_orders', 'staff', ['visit_technician_id'], ['id'])
    op.create_index('ix_work_orders_visit_tech_arrived', 'work_orders', ['visit_technician_id', 'arrived_at'],
                    unique=False)
    bind.execute(sa.text("UPDATE work_orders SET visit_technician_id = technician_id WHERE arrived_at IS NOT NULL"))


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index('ix_work_orders_visit_tech_arrived', table_name='work_orders')
    if bind.dialect.name != 'sqlite':
        op.drop_constraint(FK_NAME, 'work_orders', type_='foreignkey')
        op.drop_column('work_orders', 'visit_technician_id')
        return
    # SQLite cannot drop a column under a foreign key: the batch copies the table, and the triggers on it
    # (migration 0003's search index) are put back afterwards.
    triggers = [sql for (sql,) in bind.execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'work_orders'"))]
    with op.batch_alter_table('work_orders', schema=None, recreate='always') as batch_op:
        batch_op.drop_column('visit_technician_id')
    for sql in triggers:
        bind.exec_driver_sql(sql)
