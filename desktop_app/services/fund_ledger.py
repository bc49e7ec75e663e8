"""The service fund (D4-D6, D13, D14): remittances, the rate, charges, and quarterly statements."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from itertools import chain
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.service_fund import (
    ZERO,
    QuarterStatement,
    RateVersion,
    accrual,
    month_start,
    quarter_of,
    settle,
)
from desktop_app.core.vocabulary import FundEntryKind, MovementKind, PartCharge
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import (
    FeeSchedule,
    FeeScheduleItem,
    FundLedgerEntry,
    FundRateVersion,
    Part,
    PartChargeChange,
    Remittance,
    ReturnApplication,
    StockMovement,
    WorkOrder,
    WorkOrderPart,
)
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, field_checks, part_charges
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.part_charges import ChargeChange, by_line, value_at


def fund_inputs(s: Session) -> tuple[list[tuple[dt.date, Decimal]], list[RateVersion]]:
    remittances = [(day, amount) for day, amount in s.execute(select(Remittance.paid_on, Remittance.amount))]
    rates = [RateVersion(day, percent) for day, percent in
             s.execute(select(FundRateVersion.effective_from, FundRateVersion.rate_percent))]
    return remittances, rates


@dataclass(frozen=True)
class PartsMovement:
    """An issue of an order's part line (quantity > 0) or a return to stock (< 0) counted against the line
    it gave back (rules D3, D4, D9)."""

    movement_id: int  # the issue or the return
    line_movement_id: int  # the issue of the part line it counts against
    at: dt.datetime  # of this movement: it falls in the month of the issue or of the return
    issued_at: dt.datetime  # of the line's issue: its day sets the fee-schedule price (D9)
    work_order_id: int
    order_number: str
    part_id: int
    part_no: str
    name: str
    charged_to: PartCharge
    quantity: int
    booked_price: Decimal  # the line's price now: what the fund is charged, and credited back
    line_id: int  # work_order_parts.id: its payer and price over time are in part_charges


@dataclass(frozen=True)
class BilledPart:
    """A part line's net quantity in one month at the fee schedule (D9). The parts reconciliation and the
    monthly report (D3) are both made of these, so the two documents agree for every month."""

    part_no: str
    name: str
    order_number: str
    charged_to: PartCharge
    quantity: int  # issued less returned; below zero when the month returns an earlier month's issue
    unit_price: Decimal
    rejudged_issue: dt.date | None = None  # the day of an earlier month's issue whose payer changed this month

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.quantity


def parts_movements(s: Session, start: dt.datetime | None = None,
                    end: dt.datetime | None = None) -> list[PartsMovement]:
    """Issues and returns to stock in [start, end), in ledger order. A return names only its order and part,
    so it is counted against that order's most recent issue of the part it has not yet given back (the part
    issued last is the one found not needed); one return may so span several lines."""
    window = []
    if start is not None:
        window.append(StockMovement.at >= start)
    if end is not None:
        window.append(StockMovement.at < end)
    return sorted(_issues(s, *window) + returned_parts(s, *window), key=lambda m: m.movement_id)


def returned_parts(s: Session, *window: Any) -> list[PartsMovement]:
    """The returns to stock matching ``window``, each as a movement below zero against the line it gave back
    (see ``parts_movements``); the lines may have been issued before the window. Returns are few: only
    their orders' issues are read."""
    returns = _returns(s, *window)
    if not returns:
        return []
    orders = {r.work_order_id for r in returns}
    history = _issues(s, WorkOrderPart.work_order_id.in_(orders))
    wanted = {r.id for r in returns}
    return [replace(line, movement_id=r.id, at=r.at, quantity=-quantity)
            for r, line, quantity in _credit(history, _returns(s, StockMovement.work_order_id.in_(orders)))
            if r.id in wanted]


def billed_parts(s: Session, start: dt.datetime, end: dt.datetime, tz: dt.tzinfo | None) -> list[BilledPart]:
    """D9: the month's parts per line and payer at the fee schedule on the day of the issue (a return at its
    issue's price, so it cancels exactly what was billed). A return in the month of its issue lowers that line,
    and a line returned in full drops out; a return of an earlier month's issue is a line below zero in the month
    of the return: the month already reconciled stays as it was delivered, and the credit comes now.

    The payer is the one in force at each movement (part_charges): an issue under the payer it had then, and
    a change of payer (W11, D13) in the month it was made, out of the old payer and into the new one. Within
    one month that nets to the line as it reads today; a change of an earlier month's issue is two lines, one
    below zero for the old payer and one above for the new, marked with the day of the issue."""
    changes = charge_changes(s, start)  # every change that can matter: none before ``start`` is needed
    history = by_line([change for change, _ in changes])
    net: dict[tuple[int, PartCharge, Decimal], list[Any]] = {}

    def count(line: PartsMovement, charge: PartCharge, price: Decimal, quantity: int, rejudged: bool) -> None:
        entry = net.setdefault((line.line_movement_id, charge, price), [line, 0, None])
        entry[1] += quantity
        if rejudged:
            entry[2] = line.issued_at

    for m in parts_movements(s, start, end):
        charge, price = value_at(m.charged_to, m.booked_price, history.get(m.line_id, ()), m.at)
        count(m, charge, price, m.quantity, False)
    for change, line in changes:
        if change.changed_at < end:
            earlier = line.issued_at < start
            count(line, change.old_charge, change.old_price, -change.quantity, earlier)
            count(line, change.new_charge, change.new_price, change.quantity, earlier)
    billed = [(first, charge, price, quantity, issued, (first.part_id, first.issued_at.astimezone(tz).date()))
              for (_, charge, price), (first, quantity, issued) in net.items() if quantity != 0]
    fees = _fee_prices(s, {key for *_, key in billed})
    return [BilledPart(first.part_no, first.name, first.order_number, charge, quantity,
                       fee if (fee := fees.get(key)) is not None else price,
                       issued.astimezone(tz).date() if issued is not None else None)
            for first, charge, price, quantity, issued, key in billed]


def charge_changes(s: Session, since: dt.datetime | None = None) -> list[tuple[ChargeChange, PartsMovement]]:
    """The changes of payer made at or after ``since`` (every one when None), oldest first, each with its
    line's issue as it reads today. Re-judgements after an issue are rare: one statement reads them all."""
    window = [PartChargeChange.changed_at >= since] if since is not None else []
    rows = s.execute(_issue_query(*window).add_columns(
        PartChargeChange.changed_at, PartChargeChange.old_charged_to, PartChargeChange.old_unit_price,
        PartChargeChange.new_charged_to, PartChargeChange.new_unit_price, PartChargeChange.quantity)
        .join(PartChargeChange, PartChargeChange.work_order_part_id == WorkOrderPart.id)
        .order_by(PartChargeChange.changed_at, PartChargeChange.id))
    return [(ChargeChange(row[10], *row[11:]), _movement(row)) for row in rows]


def rejudge_lines(s: Session, actor: Actor, changes: list[tuple[WorkOrderPart, PartCharge, Decimal]],
                  now: dt.datetime) -> None:
    """Gives each line its new payer and price (W11, D13), in the caller's transaction, keeping the change of
    an issued line with the quantity it still holds (returns matched to lines as the fund matches them): the
    month of the issue stays as settled and reconciled, and the change counts in the month it is made, like a
    return to stock (D4, D9). A line not yet issued was never billed: it simply takes the new values."""
    issued = [(line, charge, price) for line, charge, price in changes if line.stock_movement_id is not None]
    if issued:
        orders = {line.work_order_id for line, _, _ in issued}
        returned: dict[int, int] = {}
        for _, line, quantity in _credit(_issues(s, WorkOrderPart.work_order_id.in_(orders)),
                                         _returns(s, StockMovement.work_order_id.in_(orders))):
            returned[line.line_movement_id] = returned.get(line.line_movement_id, 0) + quantity
        for line, charge, price in issued:
            held = line.quantity - returned.get(line.stock_movement_id, 0)  # type: ignore[arg-type]
            part_charges.add(s, actor, line, charge, price, held, now)
    for line, charge, price in changes:
        line.charged_to, line.unit_price = charge, price


_PARTS_PER_STATEMENT = 500  # well under every database's limit on bound parameters


def _fee_prices(s: Session, keys: set[tuple[int, dt.date]]) -> dict[tuple[int, dt.date], Decimal]:
    """Each (part, day)'s fee price in the newest schedule effective by that day that lists the part
    (as stock_ledger.prices_on), for a month's parts at once: a statement per 500 parts, not per line."""
    versions: dict[int, list[tuple[dt.date, Decimal]]] = {}
    parts = sorted({part for part, _ in keys})
    for at in range(0, len(parts), _PARTS_PER_STATEMENT):
        for part, since, fee in s.execute(
                select(FeeScheduleItem.part_id, FeeSchedule.effective_from, FeeScheduleItem.fee_price)
                .join(FeeSchedule, FeeScheduleItem.schedule_id == FeeSchedule.id)
                .where(FeeScheduleItem.part_id.in_(parts[at:at + _PARTS_PER_STATEMENT]))
                .order_by(FeeSchedule.effective_from)):
            versions.setdefault(part, []).append((since, fee))
    out = {}
    for part, day in keys:
        lines = versions.get(part, [])
        found = bisect_right([since for since, _ in lines], day)
        if found:
            out[(part, day)] = lines[found - 1][1]
    return out


def _issue_query(*where: Any) -> Any:
    return (select(StockMovement.id, StockMovement.at, WorkOrderPart.work_order_id, WorkOrder.number,
                   WorkOrderPart.part_id, Part.part_no, Part.name, WorkOrderPart.charged_to, WorkOrderPart.quantity,
                   WorkOrderPart.unit_price, WorkOrderPart.id)
            .join(WorkOrderPart, WorkOrderPart.stock_movement_id == StockMovement.id)
            .join(WorkOrder, WorkOrderPart.work_order_id == WorkOrder.id).join(Part, WorkOrderPart.part_id == Part.id)
            .where(StockMovement.kind == MovementKind.ISSUE, *where))


def _movement(row: Any) -> PartsMovement:
    i, at, order_id, number, part_id, part_no, name, charge, quantity, price, line_id = row[:11]
    return PartsMovement(i, i, at, at, order_id, number, part_id, part_no, name, charge, quantity, price, line_id)


def _core(s: Session) -> Connection:
    """The session's connection, for reads through Core rather than the ORM's result handling (a month's
    issues are 10,000 rows at a million claims, and that handling was a tenth of the monthly report, issue
    8); flushed first, as the session's own execute would, so a caller's pending changes are read."""
    if s.autoflush:
        s.flush()
    return s.connection()


def _issues(s: Session, *where: Any) -> list[PartsMovement]:
    return [_movement(row) for row in _core(s).execute(_issue_query(*where).order_by(StockMovement.id))]


def _returns(s: Session, *where: Any) -> list[Any]:
    return list(_core(s).execute(
        select(StockMovement.id, StockMovement.at, StockMovement.work_order_id, StockMovement.part_id,
               StockMovement.quantity)
        .where(StockMovement.kind == MovementKind.RETURN_TO_STOCK, StockMovement.work_order_id.is_not(None), *where)
        .order_by(StockMovement.id)))


def _credit(issues: list[PartsMovement], returns: list[Any]) -> list[tuple[Any, PartsMovement, int]]:
    """Each return against the lines it gives back: (return, line, quantity), newest line first."""
    held: dict[tuple[int, int], list[list[Any]]] = {}  # (order, part) -> [[line, still held]] in ledger order
    credits = []
    events = sorted([(m.movement_id, m) for m in issues] + [(r.id, r) for r in returns], key=lambda e: e[0])
    for _, event in events:
        if isinstance(event, PartsMovement):
            held.setdefault((event.work_order_id, event.part_id), []).append([event, event.quantity])
            continue
        left = event.quantity
        for entry in reversed(held.get((event.work_order_id, event.part_id), [])):
            taken = min(left, entry[1])
            if taken > 0:
                entry[1] -= taken
                left -= taken
                credits.append((event, entry[0], taken))
    return credits


def monthly_charges(s: Session) -> dict[dt.date, Decimal]:
    """Parts issued to the fund at the price booked on their line (D9, D13, D14), less parts returned unused
    to stock (credited back in the month of the return), plus the centre's freight and refurbishment
    entries, per month of the movement or entry. A line's payer and price are those in force at each
    movement; a change of payer after the issue (W11, D13) counts in the month it was made, so a quarter
    already settled never changes (D4)."""
    local = dt.datetime.now().astimezone().tzinfo
    charges: dict[dt.date, Decimal] = {}
    # Every issue to the fund since the start, as three plain columns: at a million orders, building a
    # PartsMovement per issue took seconds. Only the few returns and re-judged lines are looked at one by one.
    issued = s.execute(
        select(StockMovement.at, WorkOrderPart.unit_price, WorkOrderPart.quantity)
        .join(StockMovement, WorkOrderPart.stock_movement_id == StockMovement.id)
        .where(WorkOrderPart.charged_to == PartCharge.FUND, StockMovement.kind == MovementKind.ISSUE))
    changes = charge_changes(s)
    history = by_line([change for change, _ in changes])
    returned = []
    for m in returned_parts(s):
        charge, price = value_at(m.charged_to, m.booked_price, history.get(m.line_id, ()), m.at)
        returned.append((m.at, charge, price, m.quantity))
    rejudged = []
    for line in {line.line_id: line for _, line in changes}.values():
        # The query above counted the line in its issue month as it reads now: as it was at the issue instead.
        first = value_at(line.charged_to, line.booked_price, history[line.line_id], line.at)
        rejudged += [(line.at, *first, line.quantity), (line.at, line.charged_to, line.booked_price, -line.quantity)]
    for change, _ in changes:
        rejudged += [(change.changed_at, change.old_charge, change.old_price, -change.quantity),
                     (change.changed_at, change.new_charge, change.new_price, change.quantity)]
    fund = ((at, price, quantity) for at, charge, price, quantity in chain(returned, rejudged)
            if charge is PartCharge.FUND)
    for at, price, quantity in chain(issued, fund):
        month = month_start(at.astimezone(local).date())
        charges[month] = charges.get(month, ZERO) + price * quantity
    for day, amount in s.execute(select(FundLedgerEntry.entry_date, FundLedgerEntry.amount)
                                 .where(FundLedgerEntry.kind == FundEntryKind.CHARGE)):
        charges[month_start(day)] = charges.get(month_start(day), ZERO) - amount  # stored negative: out
    return charges


class FundService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def record_remittance(self, actor: Actor, paid_on: dt.date, amount: Decimal, reference: str = "") -> None:
        require(actor, Permission.FUND_MANAGE)
        # Field names are the fund entry dialog's: its one date field is "effective_from", its text "note".
        day = field_checks.day(paid_on, "effective_from", latest=dt.date.today())  # a payment already made
        money = field_checks.money(amount, "amount", minimum=None)
        if money <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A remittance must be more than zero."), field="amount")
        kept = field_checks.text(reference, "note", Remittance.reference)
        with self._sessions.write() as s, s.begin():
            row = Remittance(paid_on=day, amount=money, reference=kept, created_by_id=actor.staff_id)
            s.add(row)
            s.flush()
            audit_trail.record(s, actor, "remittance", row.id, "create", audit_trail.created_values(row))

    def set_rate(self, actor: Actor, effective_from: dt.date, percent: Decimal | int) -> None:
        """D4: the percentage is blank in the contract, so it is configuration with a date (which may be
        set up to a year ahead)."""
        require(actor, Permission.FUND_MANAGE)
        field_checks.day(effective_from, "effective_from")
        percent = _rate_percent(percent)
        with self._sessions.write() as s, s.begin():
            if s.scalar(select(FundRateVersion.id).where(FundRateVersion.effective_from == effective_from)):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A rate already starts on {day}."),
                                      field="effective_from", day=effective_from.isoformat())
            row = FundRateVersion(effective_from=effective_from, rate_percent=percent, created_by_id=actor.staff_id)
            s.add(row)
            s.flush()
            audit_trail.record(s, actor, "fund_rate", row.id, "create", audit_trail.created_values(row))

    def record_charge(self, actor: Actor, day: dt.date, amount: Decimal, note: str,
                      return_application_id: int | None = None) -> None:
        """Freight and refurbishment the centre bears (D13, D14), deducted from the fund.

        Decision: a charge is a cost already incurred, so it is above zero and not dated ahead; there
        are no negative corrections (the dialog and D5 know only costs paid out of the fund)."""
        require(actor, Permission.FUND_MANAGE)
        field_checks.day(day, "effective_from", latest=dt.date.today())
        money = field_checks.money(amount, "amount", minimum=None)
        if money <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A charge needs an amount above zero and a note."),
                                  field="amount")
        kept = field_checks.text(note, "note", FundLedgerEntry.note, required=True)
        with self._sessions.write() as s, s.begin():
            field_checks.existing(s, ReturnApplication, return_application_id, "return_application_id",
                                  required=False)
            row = FundLedgerEntry(entry_date=day, quarter=quarter_of(day), kind=FundEntryKind.CHARGE,
                                  amount=-money, note=kept, return_application_id=return_application_id)
            s.add(row)
            s.flush()
            audit_trail.record(s, actor, "fund_ledger", row.id, "charge", audit_trail.created_values(row))

    def statements(self, actor: Actor, first_quarter: str, last_quarter: str) -> list[QuarterStatement]:
        """Each quarter from the first with fund activity, opening with the carried surplus (D4)."""
        require(actor, Permission.REQUISITIONS_MANAGE)
        with self._sessions.read() as s:
            remittances, rates = fund_inputs(s)
            accruals, charges = accrual(remittances, rates), monthly_charges(s)
        months = sorted(set(accruals) | set(charges))
        start = min([quarter_of(months[0]), first_quarter]) if months else first_quarter
        quarters = _quarters(start, last_quarter)
        return [q for q in settle(quarters, accruals, charges) if q.quarter >= first_quarter]


def _quarters(first: str, last: str) -> list[str]:
    year, q = int(first[:4]), int(first[-1])
    quarters = []
    while f"{year}Q{q}" <= last:
        quarters.append(f"{year}Q{q}")
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return quarters


_PERCENT_STEP = Decimal("0.001")  # the column holds three decimals (Numeric(6, 3))


def _rate_percent(value: Decimal | int) -> Decimal:
    """The fund percentage, 0 to 100 with at most three decimals: PostgreSQL would round a fourth
    decimal away and SQLite keep it, so the two would accrue differently. Not field_checks.money:
    that is yuan with two decimals."""
    bad = ValidationError(QT_TRANSLATE_NOOP("Errors", "The fund rate is a percentage from 0 to 100."), field="percent")
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise bad  # a float carries binary noise; the dialog hands over a Decimal
    percent = Decimal(value)
    if not percent.is_finite() or not Decimal(0) <= percent <= Decimal(100):
        raise bad
    if percent != percent.quantize(_PERCENT_STEP):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the percentage with at most three decimals, e.g. 3.125."),
                              field="percent")
    return percent
