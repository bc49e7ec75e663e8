"""Shipments back to the manufacturer (D11-D16): application, approval, packing, acknowledgement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.money import round_money
from desktop_app.core.permissions import Permission
from desktop_app.core.service_fund import ZERO, quarter_of
from desktop_app.core.vocabulary import CostBearer, FundEntryKind, ReturnStatus as RS
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, FundLedgerEntry, Part, ReturnApplication, ReturnLine, Unit
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, field_checks, numbering
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.fund_notes import FREIGHT_BACK, FREIGHT_OUT
from desktop_app.services.return_classification import check_found_on, classify, line_bearer, reclassify

__all__ = ["PAYS_FREIGHT_BACK", "ManufacturerReturns", "ReturnLineInput", "centre_freight", "classify", "fund_freight_back", "line_bearer"]

# Whose lines' share of the freight the fund bears: out, in or out of warranty (D13, D14); back, only
# out of warranty (D14; D13's freight back and D11/D12's both ways are the manufacturer's).
_PAYS_FREIGHT_OUT = frozenset({CostBearer.FUND_IN_WARRANTY, CostBearer.FUND_OUT_OF_WARRANTY, CostBearer.CUSTOMER})
PAYS_FREIGHT_BACK = frozenset({CostBearer.FUND_OUT_OF_WARRANTY, CostBearer.CUSTOMER})


@dataclass(frozen=True)
class ReturnLineInput:
    reason: str
    serial: str | None = None  # a unit...
    part_no: str | None = None  # ...or a part
    quantity: int = 1
    claim_number: str | None = None
    # D11/D12: the day the defect was found (a line without a claim; default today). A claim's line
    # goes by the claim's own dates.
    found_on: dt.date | None = None


class ManufacturerReturns:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def create(self, actor: Actor, lines: list[ReturnLineInput], note: str = "") -> str:
        """A draft application with each line classified (who pays freight and parts)."""
        require(actor, Permission.STOCK_MANAGE)
        if not lines:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An application needs at least one line (D15)."),
                                  field="lines")
        kept = field_checks.text(note, "note", ReturnApplication.note)
        reasons = [_plain_line(line) for line in lines]  # what needs no lookup, before the write session
        with self._sessions.write() as s, s.begin():
            today = self._clock().astimezone().date()
            application = ReturnApplication(number=numbering.next_number(s, numbering.RETURN, today),
                                            note=kept, created_by_id=actor.staff_id)
            s.add(application)
            s.flush()
            for line, reason in zip(lines, reasons):
                s.add(self._line(s, application.id, line, reason, today))
            s.flush()
            audit_trail.record(s, actor, "return_application", application.id, "create",
                               {"lines": len(lines), "number": application.number})
            return application.number

    def apply(self, actor: Actor, number: str) -> None:
        # W11: a claim's diagnosis may have found user damage since the line was made: the paper the
        # manufacturer gets shows the final class.
        self._step(actor, number, (RS.DRAFT,), RS.APPLIED, "apply", refresh=True, applied_at=self._clock())

    def set_found_on(self, actor: Actor, number: str, days: dict[int, dt.date]) -> dict[str, list[str | None]]:
        """Corrects the day a stock line's defect was found (D11/D12), which its class counts to.

        Decision: editable while the application is a draft, i.e. until applied: the applied paper is
        what the manufacturer judged, so it never changes under it. Checked as at creation, the line
        re-judged at once, and the change audited. A claim's line goes by the claim's own dates: not
        here. Returns the changed days {line id: [before, after]}."""
        require(actor, Permission.STOCK_MANAGE)
        with self._sessions.write() as s, s.begin():
            application = _load(s, number)
            if application.status is not RS.DRAFT:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Application {number} is already applied: its found-on days can no longer change."),
                    field="status", number=number)
            lines = {line.id: line for line in application.lines}
            today, changed = self._clock().astimezone().date(), {}
            for line_id, day in days.items():
                line = lines.get(line_id)
                if line is None or line.claim_id is not None:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "Only a stock line of application {number} has a found-on day to change."),
                        field="found_on", number=application.number)
                unit = s.get(Unit, line.unit_id) if line.unit_id is not None else None
                part = s.get(Part, line.part_id) if line.part_id is not None else None
                kept = check_found_on(s, day, today, unit, part, "found_on")
                if kept != line.found_on:
                    changed[str(line_id)] = [line.found_on.isoformat() if line.found_on else None, kept.isoformat()]
                    line.found_on = kept
            reclassified = reclassify(s, application) if changed else {}
            if changed:
                audit_trail.record(s, actor, "return_application", application.id, "update",
                                   {"found_on": changed, **({"reclassified": reclassified} if reclassified else {})})
            return changed

    def approve(self, actor: Actor, number: str, reference: str) -> None:
        """The manufacturer's written approval, with its reference (D15)."""
        if not reference.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the manufacturer's approval reference."),
                                  field="reference")
        kept = field_checks.text(reference, "reference", ReturnApplication.approval_reference)
        self._step(actor, number, (RS.APPLIED,), RS.APPROVED, "approve", approved_at=self._clock(),
                   approval_reference=kept)

    def refuse(self, actor: Actor, number: str, reason: str) -> None:
        """The application's own note stays: the reason (no column of its own) is added under it, dated,
        as calls.py adds a follow-up, and kept in the audit entry."""
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the refusal."), field="reason")
        kept = field_checks.text(reason, "reason", ReturnApplication.note)
        stamp = self._clock().astimezone().strftime("%Y-%m-%d %H:%M")
        self._step(actor, number, (RS.APPLIED, RS.APPROVED), RS.REFUSED, "refuse", audit={"reason": kept},
                   note=lambda before: f"{before or ''}\n{stamp} {kept}".lstrip("\n"))

    def ship(self, actor: Actor, number: str, packed_line_ids: set[int], freight: Decimal) -> None:
        """Only an approved application ships (D15), and only complete (D16); the centre's share of
        the freight, its D13/D14 lines' share by quantity (``centre_freight``), goes to the fund."""
        require(actor, Permission.STOCK_MANAGE)
        # The dialog's freight box holds 0.00 and up; this guards every other caller.
        freight = field_checks.money(freight, "freight", minimum=0)
        with self._sessions.write() as s, s.begin():
            application = _load(s, number)
            if application.status is not RS.APPROVED:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Application {number} is not approved by the manufacturer: it cannot be shipped (D15)."),
                    field="status", number=number)
            unpacked = [line for line in application.lines if line.id not in packed_line_ids]
            if unpacked:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "{count} lines are not packed: ship the complete list (D16)."),
                    field="packed", count=len(unpacked))
            for line in application.lines:
                line.packed = True
            reclassified = reclassify(s, application)  # the last moment: never after shipping (W11)
            application.status, application.shipped_at = RS.SHIPPED, self._clock()
            application.freight_out = freight
            lines = sorted(application.lines, key=lambda x: x.id)
            charge = centre_freight([(l.quantity, l.cost_bearer) for l in lines], application.freight_out)
            if charge > 0:
                day = self._clock().astimezone().date()
                # The facts, not an English sentence: the fund window words the application's number and the
                # share of its freight (mixed with D11/D12 lines: by quantity) in the user's language.
                s.add(FundLedgerEntry(entry_date=day, quarter=quarter_of(day), kind=FundEntryKind.CHARGE,
                                      amount=-charge, return_application_id=application.id, note=FREIGHT_OUT))
            audit_trail.record(s, actor, "return_application", application.id, "ship",
                               {**audit_trail.changes_of(application), "fund_freight": str(charge),
                                **({"reclassified": reclassified} if reclassified else {})})

    def acknowledge(self, actor: Actor, number: str, counts: dict[int, int],
                    freight_back: Decimal | str | None = None) -> list[int]:
        """Records the manufacturer's count, which stands (D16); returns the lines that differ.
        ``freight_back``, what the centre paid for the goods coming back, is the fund's for the D14
        lines' share by quantity (D14: all freight is the centre's; D13: freight back is the
        manufacturer's), booked on the acknowledgement day like the outbound freight."""
        require(actor, Permission.STOCK_MANAGE)
        back = field_checks.money(freight_back, "freight_back", minimum=0, required=False)
        with self._sessions.write() as s, s.begin():
            application = _load(s, number)
            if application.status is not RS.SHIPPED:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a shipped application can be acknowledged."),
                                      field="status")
            _check_counts(application, counts)
            differing = []
            for line in application.lines:
                line.acknowledged_quantity = counts.get(line.id, 0)
                if line.acknowledged_quantity != line.quantity:
                    differing.append(line.id)
            application.status, application.acknowledged_at = RS.ACKNOWLEDGED, self._clock()
            application.freight_back = back  # kept on the application: the returns window shows it
            charge = fund_freight_back(application.lines, back)
            if charge > 0:
                day = self._clock().astimezone().date()
                s.add(FundLedgerEntry(entry_date=day, quarter=quarter_of(day), kind=FundEntryKind.CHARGE,
                                      amount=-charge, return_application_id=application.id, note=FREIGHT_BACK))
            audit_trail.record(s, actor, "return_application", application.id, "acknowledge",
                               {"counts": {str(k): v for k, v in counts.items()}, "differing": differing,
                                **({"freight_back": str(back), "fund_freight_back": str(charge)}
                                   if back is not None else {})})
            return differing

    # -- helpers ---------------------------------------------------------------------------------

    def _step(self, actor: Actor, number: str, sources: tuple[RS, ...], target: RS, action: str,  # type: ignore[no-untyped-def]
              audit: dict | None = None, refresh: bool = False, **values) -> None:
        """A value may be a function of the column's value before (a note added to, not replaced)."""
        require(actor, Permission.STOCK_MANAGE)
        with self._sessions.write() as s, s.begin():
            application = _load(s, number)
            if application.status not in sources:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Application {number} is {status}: not possible now."),
                                      field="status", number=number, status=application.status.value)
            application.status = target
            reclassified = reclassify(s, application) if refresh else {}
            if reclassified:
                audit = {**(audit or {}), "reclassified": reclassified}
            for key, value in values.items():
                setattr(application, key, value(getattr(application, key)) if callable(value) else value)
            audit_trail.record(s, actor, "return_application", application.id, action,
                               {**audit_trail.changes_of(application), **(audit or {})})

    @staticmethod
    def _line(s: Session, application_id: int, given: ReturnLineInput, reason: str, today: dt.date) -> ReturnLine:
        unit = s.scalar(select(Unit).where(Unit.serial == given.serial.strip())) if given.serial else None
        part = s.scalar(select(Part).where(Part.part_no == given.part_no.strip())) if given.part_no else None
        claim_number = (given.claim_number or "").strip()
        claim = s.scalar(select(Claim).where(Claim.number == claim_number)) if claim_number else None
        if (given.serial and unit is None) or (given.part_no and part is None):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown unit or part “{code}”."), field="lines",
                                  code=(given.serial or given.part_no or "").strip())
        if claim_number and claim is None:  # dropping it would judge the cost bearer without the claim (W12)
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no claim “{number}”."), field="lines",
                                  number=claim_number)
        # D11/D12: a stock line keeps its found-on day, so apply and ship re-judge it (reclassify) as they
        # re-judge a claim's line by the claim; a claim's line goes by the claim's own dates.
        found_on = check_found_on(s, given.found_on, today, unit, part, "lines") if claim is None else None
        bearer = line_bearer(s, claim, unit, found_on or today)
        return ReturnLine(application_id=application_id, unit_id=unit.id if unit else None,
                          part_id=part.id if part else None, claim_id=claim.id if claim else None,
                          quantity=given.quantity, cost_bearer=bearer, reason=reason, found_on=found_on)


def fund_freight_back(lines: list[ReturnLine], back: Decimal | None) -> Decimal:
    """The fund's share of the freight back: its D14 lines' by quantity (D13, D11/D12: the manufacturer's)."""
    ordered = sorted(lines, key=lambda x: x.id)
    return centre_freight([(l.quantity, l.cost_bearer) for l in ordered], back or ZERO, PAYS_FREIGHT_BACK)


def centre_freight(lines: list[tuple[int, CostBearer]], freight: Decimal,
                   charged: frozenset[CostBearer] = _PAYS_FREIGHT_OUT) -> Decimal:
    """The part of one shipment's freight the fund bears: out, the D13/D14 lines' (the rest being the
    manufacturer's, D11/D12); back (``PAYS_FREIGHT_BACK``), the D14 lines' only (D13).

    Decision: a depot sends one box, so an application may mix manufacturer-paid and centre-paid
    lines; the freight is apportioned by quantity, line by line in their order, in fen. Each line
    gets the rounded running share less the lines before it, so no share is negative, the last line
    takes the remainder and the shares always add up to the freight.
    """
    total = sum(quantity for quantity, _ in lines)
    if freight <= 0 or total <= 0:
        return ZERO
    total_charged, before, running = ZERO, ZERO, 0
    for quantity, bearer in lines:
        running += quantity
        upto = round_money(freight * running / total)
        if bearer in charged:
            total_charged += upto - before
        before = upto
    return total_charged


def _plain_line(given: ReturnLineInput) -> str:
    """A line's reason, once its reason, quantity and kind are right. Its errors go to the dialog's list
    of lines ("lines"): the lines are typed before saving."""
    if not given.reason.strip() or bool(given.serial) == bool(given.part_no):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Each line needs a unit serial or a part number, a quantity and a reason."), field="lines")
    reason = field_checks.text(given.reason, "lines", ReturnLine.reason, required=True)
    field_checks.quantity(given.quantity, "lines")
    if given.serial and given.quantity != 1:  # a unit line is one whole product; parts come by the piece
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unit {serial} is one unit: its line has quantity 1."),
                              field="lines", serial=given.serial.strip())
    return reason or ""


def _check_counts(application: ReturnApplication, counts: dict[int, int]) -> None:
    """D16: the manufacturer's count stands, so it may exceed the list (the dialog shows a + difference),
    but it is a whole number of pieces, and only for this application's lines."""
    own = {line.id for line in application.lines}
    for line_id, count in counts.items():
        if line_id not in own:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A count was given for a line that is not on application {number}."),
                field="counts", line=line_id, number=application.number)
        field_checks.quantity(count, "counts", minimum=0)


def _load(s: Session, number: str) -> ReturnApplication:
    """The application, row-locked until the transaction ends: every caller writes to it. Two counters
    shipping, or approving and refusing, the same one at once must not both pass the status check;
    on PostgreSQL the second waits here for the first to commit and then sees its status (READ
    COMMITTED), and is refused by that check. On SQLite the write session's BEGIN IMMEDIATE already
    serialises them (SQLite renders no FOR UPDATE)."""
    application = s.scalar(select(ReturnApplication).where(ReturnApplication.number == number.strip())
                           .with_for_update())
    if application is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no return application “{number}”."),
                              field="number", number=number.strip())
    return application
