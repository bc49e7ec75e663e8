"""Which evaluation sheet of a person and month was last delivered, and whether it shows today's figures (E24)."""

# Why figures and not timestamps: the signature record must say what was on the paper. Comparing the
# figures the delivered sheet showed with those the record would keep catches every kind of change
# (a fine entered or decided, a complaint verified, an amount edited in the database, an earlier
# month's signature undone, which moves late entries back, …), while timestamps miss the kinds that
# leave none (an undone signature deletes its row; an edit has no updated-at) and compare the clocks
# of different counters (each writes its own created_at). The printed-documents row has no month and
# no details, so the sheet's figures ride in the audit entry written with it, in the same transaction
# (print_log.record_printed): entity "staff", the person's id, action "print", these ``details``.

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEntry, Staff
from desktop_app.documents.formatting import money, when
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

DOCUMENT = "evaluation_sheet"
ENTITY = "staff"


@dataclass(frozen=True)
class SheetFigures:
    """What a sheet shows that a signature stands for: the fines and their total, the major demerits,
    the verified complaints (E3, E21, E23)."""

    fines_total: Decimal
    major_demerits: int
    fine_ids: frozenset[int]
    complaints: frozenset[str]

    def details(self, month: dt.date) -> tuple[tuple[str, Any], ...]:
        """The sheet's print-log details (kept in its audit entry)."""
        return (("month", f"{month:%Y-%m}"), ("sheet_fines_total", self.fines_total),
                ("sheet_major_demerits", self.major_demerits), ("sheet_fine_ids", sorted(self.fine_ids)),
                ("sheet_complaints", sorted(self.complaints)))


@dataclass(frozen=True)
class SheetPrint:
    """The latest delivery (printed or saved) of a person's sheet for a month."""

    at: dt.datetime  # UTC
    printed_by: str
    figures: SheetFigures | None  # None: delivered by a version that did not record them

    def shows(self, figures: SheetFigures) -> bool:
        return self.figures == figures


def sheet_figures(fines_total: Decimal, major_demerits: int, fine_ids: Any, complaints: Any) -> SheetFigures:
    return SheetFigures(Decimal(fines_total).quantize(Decimal("0.01")), int(major_demerits),
                        frozenset(int(i) for i in fine_ids), frozenset(str(c) for c in complaints))


def latest_print(s: Session, staff_id: int, month: dt.date) -> SheetPrint | None:
    """The newest delivered sheet of the month (ix_audit_log_entity finds the person's entries)."""
    rows = s.execute(select(AuditEntry.at, AuditEntry.changes, Staff.display_name)
                     .outerjoin(Staff, Staff.id == AuditEntry.user_id)
                     .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == staff_id,
                            AuditEntry.action == "print")
                     .order_by(AuditEntry.id.desc()))
    wanted = f"{month:%Y-%m}"
    for at, changes, name in rows:
        if changes.get("document") != DOCUMENT or changes.get("month") != wanted:
            continue
        try:
            figures = sheet_figures(changes["sheet_fines_total"], changes["sheet_major_demerits"],
                                    changes["sheet_fine_ids"], changes["sheet_complaints"])
        except (KeyError, TypeError, ArithmeticError, ValueError):
            figures = None
        return SheetPrint(at, name or "", figures)
    return None


def refuse_unless_shown(printed: SheetPrint | None, now: SheetFigures, name: str, month: dt.date,
                        tz: dt.tzinfo | None) -> None:
    """E24: the record stands for the paper, so the paper must exist and show what is recorded."""
    if printed is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "No evaluation sheet of {name} for {month} was printed or saved. Print the sheet for the "
                      "month first, have it signed by the staff member, then record it as signed."),
            field="month", name=name, month=f"{month:%Y-%m}")
    if printed.figures is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The evaluation sheet of {name} for {month} printed at {printed_at} was printed by an "
                      "earlier version of the program, which did not record its figures. Print it again, have "
                      "it signed, then record it as signed."),
            field="month", name=name, month=f"{month:%Y-%m}", printed_at=when(printed.at, tz))
    if not printed.shows(now):
        paper = printed.figures
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The evaluation sheet of {name} for {month} printed at {printed_at} does not show the "
                      "entries made or decided since (on the paper: fines {paper_total}, {paper_major} major "
                      "demerits, {paper_complaints} verified complaints; now: fines {total}, {major} major "
                      "demerits, {complaints} verified complaints). Print it again, have it signed, then "
                      "record it as signed."),
            field="month", name=name, month=f"{month:%Y-%m}", printed_at=when(printed.at, tz),
            paper_total=money(paper.fines_total), paper_major=paper.major_demerits,
            paper_complaints=len(paper.complaints), total=money(now.fines_total), major=now.major_demerits,
            complaints=len(now.complaints))
