"""Whether a month's repair monthly report was marked sent to the manufacturer, and on which day (D3)."""

from __future__ import annotations

import datetime as dt

from desktop_app.db.engine import SessionFactory
from desktop_app.services import settings
from desktop_app.services.monthly_reports import _sent_key  # noqa: PLC2701 - one key format, kept there


def sent_on(sessions: SessionFactory, month: dt.date) -> dt.date | None:
    with sessions.read() as s:
        value = settings.get(s, _sent_key(month.replace(day=1)))
    return dt.date.fromisoformat(value) if value else None
