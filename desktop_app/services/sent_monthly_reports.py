"""Marking the repair monthly report sent (rule D3) and keeping the figures the manufacturer received."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import SentMonthlyReport, Staff
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.monthly_reports import ModelLine, MonthlyReports, PartLine, RepairMonthlyReport

_COUNTS = ("received", "repaired", "exchanged", "returned", "in_warranty", "extended_warranty", "out_of_warranty",
           "doa", "early_defects")


@dataclass(frozen=True)
class SentRecord:
    """A month marked sent: the day, who recorded it, and the report as sent (None: marked before the
    figures were kept, so only a recomputed report can be printed)."""

    month: dt.date
    sent_on: dt.date
    recorded_by: str
    recorded_at: dt.datetime
    report: RepairMonthlyReport | None


def next_month(month: dt.date) -> dt.date:
    return (month.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def figures_of(report: RepairMonthlyReport) -> dict[str, Any]:
    """The report as JSON: every count, the faults in the order printed, the parts at their value."""
    return {"version": 1, "month": report.month.isoformat(),
            "models": [{"model": m.model, "name": m.name, **{k: getattr(m, k) for k in _COUNTS},
                        "faults": [[f, c] for f, c in m.faults.most_common()]} for m in report.models],
            "parts": [{"part_no": p.part_no, "name": p.name, "quantity": p.quantity, "value": str(p.value)}
                      for p in report.parts]}


def report_of(figures: dict[str, Any]) -> RepairMonthlyReport:
    """The report drawn again from its kept figures, exactly as it was when marked sent."""
    models = tuple(ModelLine(m["model"], m["name"], **{k: int(m[k]) for k in _COUNTS},
                             faults=Counter({f: int(c) for f, c in m["faults"]})) for m in figures["models"])
    parts = tuple(PartLine(p["part_no"], p["name"], int(p["quantity"]), Decimal(p["value"]))
                  for p in figures["parts"])
    return RepairMonthlyReport(dt.date.fromisoformat(figures["month"]), models, parts)


def sent_record(sessions: SessionFactory, month: dt.date) -> SentRecord | None:
    with sessions.read() as s:
        return _record(s, month)


def _record(s: Session, month: dt.date) -> SentRecord | None:
    row = s.execute(select(SentMonthlyReport, Staff.display_name)
                    .outerjoin(Staff, SentMonthlyReport.recorded_by_id == Staff.id)
                    .where(SentMonthlyReport.month == month.replace(day=1))).first()
    if row is None:
        return None
    sent, who = row
    return SentRecord(sent.month, sent.sent_on, who or "", sent.recorded_at,
                      report_of(sent.figures) if sent.figures else None)


class SentMonthlyReports:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def mark_sent(self, actor: Actor, month: dt.date, sent_on: dt.date | None = None, *,
                  from_month: dt.date | None = None) -> list[dt.date]:
        """Records the report of ``month`` (or of every month from ``from_month`` to it not yet marked:
        a centre starting with the program, or a desk catching up) as sent on ``sent_on``, by default
        today, with its figures as they are now. A single month already marked is refused: the first
        marking stands (``correct`` changes it, with a reason). Returns the months marked."""
        require(actor, Permission.REQUISITIONS_MANAGE)
        month = month.replace(day=1)
        first = (from_month or month).replace(day=1)
        if first > month:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“From” must not be after “To”."), field="month")
        day = self._checked_day(month, sent_on)
        months = []
        while first <= month:
            months.append(first)
            first = next_month(first)
        with self._sessions.read() as s:
            already = set(s.scalars(select(SentMonthlyReport.month).where(SentMonthlyReport.month.in_(months))))
            todo = [m for m in months if m not in already]
            if not todo:  # the month, or every month of the range, was marked already: the first stands
                _refuse_already_sent(s, month)
        reports = MonthlyReports(self._sessions, self._clock)
        figures = {m: figures_of(reports.repair_monthly(actor, m)) for m in todo}  # what goes out now
        marked: list[dt.date] = []
        with self._sessions.write() as s, s.begin():
            for m in todo:
                try:  # insert-if-absent: two counters pressing at the same instant both found no row
                    with s.begin_nested():
                        s.add(SentMonthlyReport(month=m, sent_on=day, recorded_by_id=actor.staff_id or None,
                                                recorded_at=utcnow(), figures=figures[m]))
                        s.flush()
                except IntegrityError:  # the other counter's marking committed first: it stands
                    if len(todo) == 1:
                        _refuse_already_sent(s, m)
                    continue
                marked.append(m)
                audit_trail.record(s, actor, "monthly_report", None, "mark_sent",
                                   {"month": f"{m:%Y-%m}", "sent_on": day})
        return marked

    def correct(self, actor: Actor, month: dt.date, sent_on: dt.date, reason: str, *,
                retake_figures: bool = False) -> None:
        """Changes the day of a month already marked sent (a typing slip, or the report sent again);
        with ``retake_figures`` the report as it reads now replaces the figures kept (a corrected
        report was sent). Audited with the reason: the first marking no longer stands silently."""
        require(actor, Permission.REQUISITIONS_MANAGE)
        month, reason = month.replace(day=1), (reason or "").strip()
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the correction."),
                                  field="reason")
        day = self._checked_day(month, sent_on)
        figures = figures_of(MonthlyReports(self._sessions, self._clock).repair_monthly(actor, month)) \
            if retake_figures else None
        with self._sessions.write() as s, s.begin():
            row = s.scalar(select(SentMonthlyReport).where(SentMonthlyReport.month == month).with_for_update())
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The report for {month} is not marked sent."),
                                      field="month", month=f"{month:%Y-%m}")
            changes: dict[str, Any] = {"month": f"{month:%Y-%m}", "sent_on": {"old": row.sent_on, "new": day},
                                       "reason": reason}
            row.sent_on = day
            if figures is not None:
                row.figures = figures
                changes["figures_retaken"] = True
            audit_trail.record(s, actor, "monthly_report", None, "correct_sent", changes)

    def _checked_day(self, month: dt.date, sent_on: dt.date | None) -> dt.date:
        """D3: a report goes out once its month is over, and not on a day still to come."""
        today = self._clock().astimezone().date()
        day = sent_on or today
        if day > today:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The day sent, {day}, is still to come."),
                                  field="sent_on", day=day.isoformat())
        if day < next_month(month):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The report for {month} cannot have been sent on {day}, before the month was over."),
                field="sent_on", month=f"{month:%Y-%m}", day=day.isoformat())
        return day


def _refuse_already_sent(s: Session, month: dt.date) -> None:
    """Says on which day and by whom the month was first marked sent."""
    s.expire_all()  # re-read: the marking may have been committed by another counter just now
    record = _record(s, month)
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "The report for {month} was already marked sent on {day} by {who}; that marking stands. "
        "Close and reopen the report to see it."), field="month", month=f"{month:%Y-%m}",
        day=record.sent_on.isoformat() if record else "?", who=(record.recorded_by if record else "") or "?")
