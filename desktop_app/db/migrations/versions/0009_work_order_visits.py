"""every on-site visit of a work order is kept, with its technician (rules S3, E23, E24)

Revision ID: 0009_work_order_visits
Revises: 0008_sent_monthly_reports
Create Date: 2026-11-28 01:10:00

An order stored one visit on its own row: a second visit (the order reassigned, or parts missing the
first time) overwrote the first, and with it the first technician's late arrival or his departure
without calling headquarters, the facts (and the evidence, E24) of an E23 fine. ``work_order_visits``
keeps each visit; the order's columns go on mirroring the latest one.

Backfill: every order with a recorded arrival gets one visit with its facts, by whoever was on site
(``visit_technician_id``, else the order's technician, as migration 0005 assumed). Downgrade drops the
table: the order's columns still hold the latest visit, as before 0009.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_work_order_visits'
down_revision = '0008_sent_monthly_reports'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('work_order_visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('technician_id', sa.Integer(), nullable=True),
    sa.Column('travel_started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('departed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('called_headquarters', sa.Boolean(), nullable=True),
    sa.Column('late_arrival', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['technician_id'], ['staff.id'], name=op.f('fk_work_order_visits_technician_id_staff')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_orders.id'],
                            name=op.f('fk_work_order_visits_work_order_id_work_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order_visits'))
    )
    # A person's visits of a month (evaluation, fines); an order's visits in order (detail panel, report).
    op.create_index('ix_work_order_visits_tech_arrived', 'work_order_visits', ['technician_id', 'arrived_at'],
                    unique=False)
    op.create_index('ix_work_order_visits_order_arrived', 'work_order_visits', ['work_order_id', 'arrived_at'],
                    unique=False)
    # One statement in the database (a large centre has many orders); the times are copied as stored.
    # created_at: the visit's own moment, the best there is of when it was recorded.
    op.get_bind().execute(sa.text(
        "INSERT INTO work_order_visits (work_order_id, technician_id, travel_started_at, arrived_at, departed_at, "
        "called_headquarters, late_arrival, created_at) "
        "SELECT id, COALESCE(visit_technician_id, technician_id), travel_started_at, arrived_at, departed_at, "
        "called_headquarters, late_arrival, COALESCE(departed_at, arrived_at) "
        "FROM work_orders WHERE arrived_at IS NOT NULL ORDER BY id"))


def downgrade() -> None:
    op.drop_index('ix_work_order_visits_order_arrived', table_name='work_order_visits')
    op.drop_index('ix_work_order_visits_tech_arrived', table_name='work_order_visits')
    op.drop_table('work_order_visits')
