"""sent monthly reports keep their sent day and the figures sent (rule D3)

Revision ID: 0008_sent_monthly_reports
Revises: 0007_closed_short_found_on
Create Date: 2026-11-27 23:00:00

A month marked sent was only a setting ``reports.monthly_sent.YYYY-MM`` holding the day; the report was
recomputed from the claims every time, so a reprint of a month already sent could differ from what the
manufacturer received. ``sent_monthly_reports`` keeps the day, who recorded it and when, and the figures
as JSON (the data the PDF and XLSX are drawn from: small, and drawn again in either language or as a
workbook; the PDF bytes would be one language and one format only).

Backfill: each existing setting becomes a row with its day and no figures (they were never kept: a
reprint of such a month says it is recomputed); who and when come from the month's first ``mark_sent``
audit entry where there is one. The settings are left in place (nothing reads them any more; an older
program after a downgrade still does). Downgrade writes every row's day back into its setting.
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = '0008_sent_monthly_reports'
down_revision = '0007_closed_short_found_on'
branch_labels = None
depends_on = None

_PREFIX = 'reports.monthly_sent.'


def _table() -> sa.TableClause:
    return sa.table('sent_monthly_reports', sa.column('month', sa.Date()), sa.column('sent_on', sa.Date()),
                    sa.column('recorded_by_id', sa.Integer()), sa.column('recorded_at', sa.DateTime(timezone=True)),
                    sa.column('figures', sa.JSON()))


def _settings() -> sa.TableClause:
    return sa.table('settings', sa.column('key', sa.String()), sa.column('value', sa.JSON()),
                    sa.column('updated_at', sa.DateTime(timezone=True)))


def upgrade() -> None:
    op.create_table('sent_monthly_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('figures', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'],
                            name=op.f('fk_sent_monthly_reports_recorded_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sent_monthly_reports')),
    sa.UniqueConstraint('month', name=op.f('uq_sent_monthly_reports_month'))
    )
    _backfill()


def _changes(value: object) -> dict:
    """An audit entry's JSON as a dict (SQLite hands back the text)."""
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def _day(value: object) -> dt.date | None:
    """A setting's value, JSON text ``"2026-11-02"`` on SQLite, the string itself elsewhere."""
    if isinstance(value, str) and value.startswith('"'):
        value = json.loads(value)
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _backfill() -> None:
    bind = op.get_bind()
    settings = _settings()
    audit = sa.table('audit_log', sa.column('id', sa.Integer()), sa.column('user_id', sa.Integer()),
                     sa.column('entity', sa.String()), sa.column('action', sa.String()),
                     sa.column('at', sa.DateTime(timezone=True)), sa.column('changes', sa.Text()))
    marked: dict[str, tuple[int | None, object]] = {}
    for user_id, at, changes in bind.execute(
            sa.select(audit.c.user_id, audit.c.at, sa.cast(audit.c.changes, sa.Text()))
            .where(audit.c.entity == 'monthly_report', audit.c.action == 'mark_sent').order_by(audit.c.id)):
        marked.setdefault(str(_changes(changes).get('month')), (user_id, at))  # the first marking stood
    rows = bind.execute(sa.select(settings.c.key, sa.cast(settings.c.value, sa.Text()), settings.c.updated_at)
                        .where(settings.c.key.like(_PREFIX + '%'))).all()
    for key, value, updated_at in rows:
        label, day = key[len(_PREFIX):], _day(value)
        try:
            month = dt.datetime.strptime(label, '%Y-%m').date()
        except ValueError:
            continue
        if day is None:
            continue
        user_id, at = marked.get(label, (None, None))
        at = at or updated_at or dt.datetime.combine(day, dt.time(), dt.timezone.utc)
        bind.execute(_table().insert().values(month=month, sent_on=day, recorded_by_id=user_id, recorded_at=at,
                                              figures=None))


def downgrade() -> None:
    bind = op.get_bind()
    settings, sent = _settings(), _table()
    rows = bind.execute(sa.select(sent.c.month, sent.c.sent_on, sent.c.recorded_at)).all()
    for month, sent_on, recorded_at in rows:
        key = f"{_PREFIX}{month:%Y-%m}"
        bind.execute(settings.delete().where(settings.c.key == key))
        bind.execute(settings.insert().values(key=key, value=sent_on.isoformat(), updated_at=recorded_at))
    op.drop_table('sent_monthly_reports')
