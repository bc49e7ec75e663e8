"""Recording that a staff member signed his printed evaluation sheet, and undoing a wrong record (E23, E24)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.signed_months import next_month
from desktop_app.core.vocabulary import FineStatus
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import SignedEvaluationMonth, Staff
from desktop_app.db.types import utcnow
from desktop_app.documents.labels import DEFAULT_LANGUAGE
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services import field_checks as check
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.evaluation_pending import refuse_signing_with_pending_fines
from desktop_app.services.evaluation_sheet_prints import SheetPrint, latest_print, refuse_unless_shown, sheet_figures
from desktop_app.services.signed_months import SignedMonth, entries, signed_months

AUDIT_ENTITY = "signed_evaluation_month"


class SheetPrintStatus(NamedTuple):
    printed: SheetPrint | None  # the latest delivered sheet of the month
    current: bool  # it shows the figures of today: the signature may be recorded


class EvaluationSignatures:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def mark_signed(self, actor: Actor, staff_id: int, month: dt.date, *,
                    language: str = DEFAULT_LANGUAGE) -> SignedMonth:
        """The person signed the printed sheet of ``month``: its fines total and demerits are kept as
        signed, with the fines and demerits they cover (E24: the paper is the employer's evidence).

        The supervisor or the general manager, who decide the fines (FINES_RECORD), record it; only a
        month that is over (the sheet is the month-end paper, E2), and never while fines of the month
        await a decision: the sheet cannot be printed then either (evaluation_pending). Only once a sheet
        of the month was delivered, and while the latest one still shows the month's figures: otherwise the
        record would say he signed totals that were never on his paper (evaluation_sheet_prints)."""
        require(actor, Permission.FINES_RECORD)
        month = month.replace(day=1)
        if month >= self._clock().astimezone().date().replace(day=1):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{month} is not over yet: its evaluation sheet is signed after the month end."),
                field="month", month=f"{month:%Y-%m}")
        with self._sessions.read() as s:
            check.existing(s, Staff, staff_id, "staff")
        # The verified complaints as the sheet lists them (late ones too): read as the sheet reads them.
        sheet = EvaluationService(self._sessions, self._clock).for_staff(actor, staff_id, month)
        complaints = sheet.evidence.complaints
        with self._sessions.write() as s, s.begin():
            person = check.existing(s, Staff, staff_id, "staff")
            earlier = signed_months(s, [staff_id], month)
            done = next((m for m in earlier if m.month == month), None)
            if done is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The evaluation sheet of {name} for {month} was already recorded as signed on {day}."),
                    field="month", name=person.display_name, month=f"{month:%Y-%m}", day=done.signed_on.isoformat())
            # In this transaction, as the sheet counts them: the month's own and its late entries.
            fines, demerits = entries(s, earlier, [staff_id], min([m.month for m in earlier] + [month]),
                                      next_month(month))
            fines = [f for f in fines if f.counted_in == month]
            pending = [f.id for f in fines if f.status is FineStatus.SUGGESTED]
            if pending:
                refuse_signing_with_pending_fines(s, person.display_name, month, pending, language)
            counted = [d for d in demerits if d.counted_in == month]
            total, major = sum((f.amount for f in fines), Decimal("0.00")), sum(1 for d in counted if d.major)
            # E24: what is recorded must be what the delivered paper shows (evaluation_sheet_prints).
            refuse_unless_shown(latest_print(s, staff_id, month),
                                sheet_figures(total, major, [f.id for f in fines], complaints),
                                person.display_name, month, self._clock().astimezone().tzinfo)
            row = SignedEvaluationMonth(
                staff_id=staff_id, month=month, recorded_by_id=actor.staff_id, recorded_at=self._clock(),
                fines_total=total, major_demerits=major,
                fine_ids=sorted(f.id for f in fines), demerit_ids=sorted(d.id for d in counted))
            s.add(row)
            name = person.display_name  # read now: the failed flush below leaves the session unusable
            try:
                s.flush()
            except IntegrityError:  # another counter recorded the same month since our read (PostgreSQL)
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The evaluation sheet of {name} for {month} was just recorded as signed at another "
                              "counter."), field="month", name=name, month=f"{month:%Y-%m}") from None
            audit_trail.record(s, actor, AUDIT_ENTITY, row.id, "mark_signed", audit_trail.created_values(row))
            return _view(row, actor.display_name)

    def sheet_print(self, actor: Actor, staff_id: int, month: dt.date) -> SheetPrintStatus:
        """For the dialog, before the supervisor confirms: the sheet last delivered for the month, if
        any, and whether it shows today's figures (mark_signed refuses otherwise)."""
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        month = month.replace(day=1)
        now = EvaluationService(self._sessions, self._clock).for_staff(actor, staff_id, month)
        with self._sessions.read() as s:
            printed = latest_print(s, staff_id, month)
        shown = sheet_figures(now.figures.fines_total, now.figures.major_demerits, now.evidence.fines,
                              now.evidence.complaints)
        return SheetPrintStatus(printed, printed is not None and printed.shows(shown))

    def undo(self, actor: Actor, staff_id: int, month: dt.date, reason: str) -> None:
        """A month recorded as signed by mistake (the wrong person or month): the general manager alone
        takes it back, with the reason, in the audit trail with what the record said. E24: the record
        stands for the paper the employer relies on, so the supervisor who made it cannot undo it."""
        require(actor, Permission.RULES_PUBLISH)
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Give the reason why the month was recorded as signed by mistake."), field="reason")
        month = month.replace(day=1)
        with self._sessions.write() as s, s.begin():
            row = _row(s, staff_id, month)
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This month is not recorded as signed."), field="month")
            values = audit_trail.created_values(row)
            audit_trail.record(s, actor, AUDIT_ENTITY, row.id, "undo_signed", {**values, "reason": reason.strip()})
            s.delete(row)

    def signed(self, actor: Actor, staff_id: int, month: dt.date) -> SignedMonth | None:
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        month = month.replace(day=1)
        with self._sessions.read() as s:
            return next((m for m in signed_months(s, [staff_id], month) if m.month == month), None)


def _row(s: Session, staff_id: int, month: dt.date) -> SignedEvaluationMonth | None:
    return s.scalar(select(SignedEvaluationMonth).where(SignedEvaluationMonth.staff_id == staff_id,
                                                        SignedEvaluationMonth.month == month))


def _view(row: SignedEvaluationMonth, recorded_by: str) -> SignedMonth:
    return SignedMonth(row.staff_id, row.month, recorded_by, row.recorded_at, row.fines_total, row.major_demerits,
                       frozenset(row.fine_ids), frozenset(row.demerit_ids))
