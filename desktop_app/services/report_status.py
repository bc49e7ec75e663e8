"""Whether a month's repair monthly report was marked sent to the manufacturer, and on which day (D3)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import SentMonthlyReport


def sent_on(sessions: SessionFactory, month: dt.date) -> dt.date | None:
    """The day the desk gave when marking it sent (not the day it was recorded)."""
    with sessions.read() as s:
        return s.scalar(select(SentMonthlyReport.sent_on).where(SentMonthlyReport.month == month.replace(day=1)))
