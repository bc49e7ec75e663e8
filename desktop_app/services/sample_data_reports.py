"""Sample months whose repair monthly report went to the manufacturer (rule D3): all but the last full month."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_app.core.roles import Role
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import SentMonthlyReport, Staff
from desktop_app.services.actor import Actor
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.sample_data_support import at_cst
from desktop_app.services.sent_monthly_reports import figures_of, next_month

FIGURES_KEPT = 12  # the latest months carry the figures sent; computing 70 months' would slow every load


def add_sent_reports(sessions: SessionFactory, now: dt.datetime) -> int:
    """Marks sent, on the 2nd of the following month, every unsent month before the last full one, so a
    demo opens with one report to send (the last month's, D3) instead of a red warning about 69 months.
    Returns the months marked; none twice, since a second load finds them marked."""
    today = now.astimezone().date()
    reports = MonthlyReports(sessions, lambda: now)
    months = reports.due(today)[:-1]  # the last full month stays for the desk to send
    with sessions.read() as s:
        supervisor = s.scalar(select(Staff).where(Staff.role == Role.SUPERVISOR, Staff.active.is_(True))
                              .order_by(Staff.id).limit(1))
    if supervisor is None or not months:
        return 0
    actor = Actor(supervisor.id, supervisor.username, supervisor.display_name, Role.SUPERVISOR)
    # Older months as if marked before the program kept figures: a reprint recomputes them (and says so).
    figures = {m: figures_of(reports.repair_monthly(actor, m)) for m in months[-FIGURES_KEPT:]}
    with sessions.write() as s, s.begin():
        for month in months:
            sent_on = next_month(month).replace(day=2)
            s.add(SentMonthlyReport(month=month, sent_on=sent_on, recorded_by_id=supervisor.id,
                                    recorded_at=at_cst(sent_on, 10), figures=figures.get(month)))
    return len(months)
