"""Whether a month's repair monthly report was marked sent to the manufacturer, and on which day (D3)."""

from __future__ import annotations

import datetime as dt

from desktop_app.db.engine import SessionFactory
from desktop_app.services import settings
from desktop_app.services.monthly_reports import sent_key


def sent_on(sessions: SessionFactory, month: dt.date) -> dt.date | None:
    with sessions.read() as s:
        value = settings.get(s, sent_key(month.replace(day=1)))
    return dt.date.fromisoformat(value) if value else None
