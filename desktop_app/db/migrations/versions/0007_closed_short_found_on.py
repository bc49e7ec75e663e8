"""closed requisitions, stock return lines' found-on day, freight back on the application (rules D6, D11-D14)

Revision ID: 0007_closed_short_found_on
Revises: 0006_part_charge_changes
Create Date: 2026-11-27 22:40:00

- ``requisitions.status`` may be ``closed`` (结束剩余: the rest will not come), with ``closed_at`` and
  ``close_reason``. Backfill: a requisition whose rest was closed before this migration reads as
  received; its latest ``close_short`` audit entry gives the moment and the reason, and it becomes
  ``closed``.
- ``return_lines.found_on``: the day a stock line's defect was found (D11/D12). No backfill: the
  day typed was never stored (the audit entry keeps only the line count), and guessing the
  application's date would move a line found within D11's 7 days to D13/D14 when it is re-judged.
  Those lines keep the class they were made with.
- ``return_applications.freight_back``: what the centre paid for the goods coming back (D13/D14),
  backfilled from the ``acknowledge`` audit entries that recorded it.
"""

from __future__ import annotations

import json
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = '0007_closed_short_found_on'
down_revision = '0006_part_charge_changes'
branch_labels = None
depends_on = None

_OLD = ('draft', 'awaiting_approval', 'submitted', 'shipped', 'partially_received', 'received', 'cancelled')
_NEW = _OLD[:-1] + ('closed', 'cancelled')
_CK = 'ck_requisitions_status'


def _status_check(values: tuple[str, ...]) -> str:
    return "status IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _set_status_check(values: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite cannot alter a CHECK: the batch copies the table (no triggers on it) with the new one.
        with op.batch_alter_table('requisitions', schema=None, recreate='always') as batch_op:
            batch_op.drop_constraint(op.f(_CK), type_='check')
            batch_op.create_check_constraint(op.f(_CK), sa.text(_status_check(values)))
    else:
        op.drop_constraint(op.f(_CK), 'requisitions', type_='check')
        op.create_check_constraint(op.f(_CK), 'requisitions', sa.text(_status_check(values)))


def _changes(value: object) -> dict:
    """An audit entry's JSON as a dict (SQLite hands back the text)."""
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def upgrade() -> None:
    with op.batch_alter_table('requisitions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('close_reason', sa.String(length=200), nullable=True))
    _set_status_check(_NEW)
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('found_on', sa.Date(), nullable=True))
    with op.batch_alter_table('return_applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('freight_back', sa.BigInteger(), nullable=True))
    _backfill()


def _backfill() -> None:
    bind = op.get_bind()
    audit = sa.table('audit_log', sa.column('id', sa.Integer()), sa.column('entity', sa.String()),
                     sa.column('entity_id', sa.Integer()), sa.column('action', sa.String()),
                     sa.column('at', sa.DateTime(timezone=True)), sa.column('changes', sa.Text()))
    requisitions = sa.table('requisitions', sa.column('id', sa.Integer()), sa.column('status', sa.String()),
                            sa.column('closed_at', sa.DateTime(timezone=True)),
                            sa.column('received_at', sa.DateTime(timezone=True)),
                            sa.column('close_reason', sa.String()))
    applications = sa.table('return_applications', sa.column('id', sa.Integer()),
                            sa.column('freight_back', sa.BigInteger()))
    closes = bind.execute(sa.select(audit.c.id, audit.c.entity_id, sa.cast(audit.c.changes, sa.Text()))
                          .where(audit.c.entity == 'requisition', audit.c.action == 'close_short')
                          .order_by(audit.c.id)).all()
    # The close set received_at to its own moment: that moment is closed_at now, nothing was received
    # then. The moment is copied in SQL, as stored; the latest entry of a requisition wins.
    for audit_id, entity_id, changes in closes:
        reason = str(_changes(changes).get('reason') or '')[:200] or None
        moment = sa.select(audit.c.at).where(audit.c.id == audit_id).scalar_subquery()
        bind.execute(requisitions.update().where(requisitions.c.id == entity_id,
                                                 requisitions.c.status.in_(('received', 'closed')))
                     .values(status='closed', closed_at=moment, close_reason=reason, received_at=None))
    acknowledged = bind.execute(sa.select(audit.c.entity_id, sa.cast(audit.c.changes, sa.Text()))
                                .where(audit.c.entity == 'return_application', audit.c.action == 'acknowledge')
                                .order_by(audit.c.id)).all()
    for entity_id, changes in acknowledged:
        back = _changes(changes).get('freight_back')
        if back not in (None, '', 'None'):
            fen = int((Decimal(str(back)) * 100).to_integral_value())
            bind.execute(applications.update().where(applications.c.id == entity_id).values(freight_back=fen))


def downgrade() -> None:
    bind = op.get_bind()
    # Before 0007 a closed requisition read as received (its reason stays in the audit trail).
    bind.execute(sa.text("UPDATE requisitions SET status = 'received', "
                         "received_at = COALESCE(received_at, closed_at) WHERE status = 'closed'"))
    with op.batch_alter_table('return_applications', schema=None) as batch_op:
        batch_op.drop_column('freight_back')
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.drop_column('found_on')
    with op.batch_alter_table('requisitions', schema=None) as batch_op:
        batch_op.drop_column('close_reason')
        batch_op.drop_column('closed_at')
    _set_status_check(_OLD)

