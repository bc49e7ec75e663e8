"""Bench and site work on an order: diagnosis (W11, E16), quote (W5, E11), parts (W6, D13), exchange, visits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop_app.core.money import to_money
from desktop_app.core.vocabulary import CauseClass, PartCharge, WorkOrderState
from desktop_app.core.warranty import WarrantyDecision
from desktop_app.core.work_order_flow import OPEN_STATES
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import FaultCategory, Part, Unit, WorkOrder, WorkOrderPart
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.core import quote_rules
from desktop_app.services import audit_trail, final_judgement, quote_gate, settings, stock_ledger
from desktop_app.services import bench_charges as charges
from desktop_app.services import field_checks as check
from desktop_app.services import visit_corrections
from desktop_app.services import work_order_visits as visits
from desktop_app.services.actor import Actor
from desktop_app.services.work_orders import Clock, load_order, move, require_customer_answer, require_work

S = WorkOrderState


@dataclass(frozen=True)
class DiagnosisResult:
    decision: WarrantyDecision | None  # None for orders without a claim (visits, installations)
    tier_changed: bool  # the customer must be told (W11)
    repeat_of: str | None  # the earlier order's number (E16)


@dataclass(frozen=True)
class Shortage:
    part_no: str
    needed: int
    on_hand: int


@dataclass(frozen=True)
class PartsResult:
    issued: bool
    shortages: tuple[Shortage, ...]


class BenchService:
    def __init__(self, sessions: SessionFactory, clock: Clock = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def record_diagnosis(self, actor: Actor, order_id: int, *, fault_category_id: int, cause: CauseClass,
                         note: str, expected_version: int | None = None) -> DiagnosisResult:
        """Re-judges the warranty with the final facts under the claim's policy version (W11, W12)."""
        with self._sessions.write() as s, s.begin():
            order = _open_order(s, actor, order_id, expected_version)
            if order.state is not S.DIAGNOSING:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Start the diagnosis first."), field="state")
            if s.get(FaultCategory, fault_category_id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a fault category."), field="fault_category")
            order.fault_category_id, order.cause_class = fault_category_id, cause
            order.diagnosis_note = note.strip() or None
            decision, changed = None, False
            if order.claim is not None:
                decision, changed = _settle_final_decision(s, order)
            order.repeat_of_id = self._earlier_same_fault(s, order)
            audit_trail.record(s, actor, "work_order", order.id, "diagnosis", audit_trail.changes_of(order))
            charges.recharge(s, actor, order, self._clock())
            repeat = s.get(WorkOrder, order.repeat_of_id).number if order.repeat_of_id else None
            return DiagnosisResult(decision, changed, repeat)

    def quote(self, actor: Actor, order_id: int, *, labour: Decimal, travel: Decimal = Decimal("0"),
              parts: list[tuple[int, int]] = (),  # type: ignore[assignment]
              expected_version: int | None = None) -> Decimal:
        """A paid repair's quote at cost (W5, E11): parts at the fee schedule's cost price."""
        # Checked before anything is written: a quote never goes below zero (W5: the customer pays at cost).
        labour, travel = check.money(labour, "labour"), check.money(travel, "travel")
        parts = _merged(parts, "parts")
        with self._sessions.write() as s, s.begin():
            order = load_order(s, order_id, expected_version)
            _require_open(order)  # the move below would refuse too, but naming the state, not "finished"
            _require_parts(s, parts)
            day = self._clock().astimezone().date()
            parts_total = sum((charges.price(s, part_id, day, PartCharge.CUSTOMER) * qty for part_id, qty in parts),
                              Decimal("0.00"))
            if parts_total + to_money(labour) + to_money(travel) <= 0:  # nothing for the customer to agree to
                raise ValidationError(quote_rules.ZERO_QUOTE, field="labour")
            # E11: once the repair has begun a quote only revises one the customer accepted (other states:
            # the move below names them).
            if order.state in (S.REPAIRING, S.AWAITING_PARTS) and order.quote_accepted is not True:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Quote during the diagnosis; once the repair has begun, only a quote the customer "
                              "accepted can be revised."), field="state")
            order.quote_parts, order.quote_labour = parts_total, to_money(labour)
            order.quote_travel = to_money(travel)
            order.quote_accepted = None
            move(s, actor, order, S.AWAITING_APPROVAL, now=self._clock())
            # The quoted lines are kept with the quote: the parts issue starts from them (E11).
            audit_trail.record(s, actor, "work_order", order.id, "quote",  # quote_gate.QUOTE_ACTION reads it
                               {**audit_trail.changes_of(order), "lines": [[p, q] for p, q in parts]})
            return parts_total + order.quote_labour + order.quote_travel

    def record_quote_answer(self, actor: Actor, order_id: int, accepted: bool, *,
                            expected_version: int | None = None) -> None:
        with self._sessions.write() as s, s.begin():
            order = load_order(s, order_id, expected_version)
            require_customer_answer(actor, order)  # E11: the desk often hears the answer on the phone
            _require_open(order)
            if order.state is not S.AWAITING_APPROVAL:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no quote waiting for an answer."),
                                      field="state")
            order.quote_accepted, order.quote_decided_at = accepted, self._clock()
            audit_trail.record(s, actor, "work_order", order.id, "quote_answer", {"accepted": accepted})
            waiting = s.scalar(select(WorkOrderPart.id).where(  # a revised quote while parts were awaited
                WorkOrderPart.work_order_id == order.id, WorkOrderPart.stock_movement_id.is_(None)).limit(1))
            going_on = S.REPAIRING if waiting is None else S.AWAITING_PARTS
            if not accepted and quote_gate.restore_previous(s, actor, order):  # the repair goes on as first agreed
                move(s, actor, order, going_on, "revised quote refused", now=self._clock(), permission_checked=True)
                return
            move(s, actor, order, going_on if accepted else S.READY_FOR_PICKUP,
                 None if accepted else "quote refused", now=self._clock(), permission_checked=True)

    def use_parts(self, actor: Actor, order_id: int, lines: list[tuple[int, int]], *,
                  customer_consent: bool = False, incompatible_reason: str | None = None,
                  expected_version: int | None = None) -> PartsResult:
        """Issues every line from stock in this transaction, or none: short parts send the order to
        awaiting parts and stay on it as needed lines (they feed the next requisition, D8).

        ``customer_consent``: the customer agreed to pay for wear parts at cost on a free remedy (W3, W6).
        ``incompatible_reason``: why a part not listed for the unit's model is fitted (D5, D9; audited)."""
        if not lines:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Quantities must be at least 1."), field="quantity")
        lines = _merged(lines, "quantity")  # a part listed twice: its stock must cover both lines together
        with self._sessions.write() as s, s.begin():
            order = _open_order(s, actor, order_id, expected_version)  # before any stock moves
            _require_parts(s, lines)
            quote_gate.require_accepted(order)  # E10/E11: a paid repair's parts only once the quote is accepted
            unlisted = charges.parts_not_for_model(s, order, [part_id for part_id, _ in lines], incompatible_reason)
            day = self._clock().astimezone().date()
            shortages = []
            for part_id, qty in sorted(lines):  # a fixed lock order: no deadlock between counters
                stock_ledger.lock_part(s, part_id)
                have = stock_ledger.on_hand(s, part_id)
                if have < qty:
                    shortages.append(Shortage(s.get(Part, part_id).part_no, qty, have))
            wear = charges.wear_flags_of(s, order, [part_id for part_id, _ in lines])
            # W3, W6: short parts are not issued, only promised: no consent or charge until they are.
            consented = None if shortages else charges.customer_lines_on_free_order(
                s, order, lines, wear, day, customer_consent)
            # E11: needed lines count too, they are the customer's once they arrive.
            quote_gate.require_within(s, order, sum(
                (charges.price(s, p, day, PartCharge.CUSTOMER) * q for p, q in lines
                 if charges.charge_for(order, wear[p]) is PartCharge.CUSTOMER), Decimal("0.00")))
            for part_id, qty in lines:
                charge = charges.charge_for(order, wear[part_id])
                movement = None if shortages else stock_ledger.try_issue(s, actor, part_id, qty, work_order_id=order.id)
                s.add(WorkOrderPart(work_order_id=order.id, part_id=part_id, quantity=qty, charged_to=charge,
                                    unit_price=charges.price(s, part_id, day, charge),
                                    stock_movement_id=movement.id if movement else None))
            if shortages and order.state in (S.DIAGNOSING, S.REPAIRING, S.AWAITING_APPROVAL):
                move(s, actor, order, S.AWAITING_PARTS, ", ".join(x.part_no for x in shortages), now=self._clock())
            _bump_version(order)
            if consented:
                audit_trail.record(s, actor, "work_order", order.id, "customer_consent", consented)
            audit_trail.record(s, actor, "work_order", order.id, "parts_needed" if shortages else "parts_issued",
                               {"lines": [[p, q] for p, q in lines], **(unlisted or {})})
            return PartsResult(not shortages, tuple(shortages))

    def issue_waiting_parts(self, actor: Actor, order_id: int, *, customer_consent: bool = False,
                            expected_version: int | None = None) -> PartsResult:
        """When stock has arrived: issue the needed lines, then the repair can go on. Wear parts among
        them on a free remedy need the customer's consent now, when they are fitted (W3, W6)."""
        with self._sessions.write() as s, s.begin():
            order = _open_order(s, actor, order_id, expected_version)  # before any stock moves
            quote_gate.require_accepted(order)  # a revised quote still waiting for the customer's answer
            waiting = list(s.scalars(select(WorkOrderPart).where(
                WorkOrderPart.work_order_id == order.id, WorkOrderPart.stock_movement_id.is_(None))
                .order_by(WorkOrderPart.part_id)))
            shortages = []
            for line in waiting:
                stock_ledger.lock_part(s, line.part_id)
                have = stock_ledger.on_hand(s, line.part_id)
                if have < line.quantity:
                    shortages.append(Shortage(line.part.part_no, line.quantity, have))
            if not shortages:
                day = self._clock().astimezone().date()
                consented = charges.waiting_consent(s, order, waiting, day, customer_consent)
                for line in waiting:
                    line.stock_movement_id = stock_ledger.try_issue(s, actor, line.part_id, line.quantity,
                                                                    work_order_id=order.id).id
                    # Priced when issued (D9): the reconciliation and the fund bill a part at the
                    # schedule in force on its issue day, and a new schedule may have come meanwhile.
                    line.unit_price = charges.price(s, line.part_id, day, line.charged_to)
                quote_gate.require_within(s, order)  # repriced on the issue day: still within the quote (E11)
                if order.state is S.AWAITING_PARTS:
                    move(s, actor, order, S.REPAIRING, now=self._clock())
                _bump_version(order)
                if consented:
                    audit_trail.record(s, actor, "work_order", order.id, "customer_consent", consented)
                audit_trail.record(s, actor, "work_order", order.id, "parts_issued",
                                   {"lines": [[w.part_id, w.quantity] for w in waiting]})
            return PartsResult(not shortages, tuple(shortages))

    def record_exchange(self, actor: Actor, order_id: int, replacement_serial: str, *,
                        expected_version: int | None = None) -> None:
        """W2/W3: the new unit keeps the old one's sale date, so its warranty runs on (policy)."""
        if not (replacement_serial or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the replacement unit's serial number."),
                                  field="replacement_serial")
        serial = check.text(replacement_serial, "replacement_serial", Unit.serial, required=True)
        with self._sessions.write() as s, s.begin():
            order = _open_order(s, actor, order_id, expected_version)
            refusal = final_judgement.exchange_refusal(order.claim is not None, order.cause_class, order.final_decision)
            if refusal is not None:  # W3, W4, W11: a new unit only for a claim finally judged exchange
                raise ValidationError(refusal, field="remedy")
            old = s.get(Unit, order.unit_id) if order.unit_id else None
            if old is None or s.scalar(select(Unit.id).where(Unit.serial == serial)):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Serial {serial} is already registered."),
                                      field="replacement_serial", serial=serial)
            new = Unit(serial=serial, product_id=old.product_id, customer_id=old.customer_id,
                       sale_date=old.sale_date, invoice_no=old.invoice_no, sale_registered=old.sale_registered)
            s.add(new)
            s.flush()
            old.replaced_by_unit_id, order.replacement_unit_id = new.id, new.id
            audit_trail.record(s, actor, "unit", new.id, "create", audit_trail.created_values(new))
            audit_trail.record(s, actor, "work_order", order.id, "exchange",
                               {"old_serial": old.serial, "new_serial": new.serial})

    def record_visit(self, actor: Actor, order_id: int, *, arrived_at: dt.datetime, departed_at: dt.datetime | None,
                     called_headquarters: bool | None, travel_started_at: dt.datetime | None = None,
                     expected_version: int | None = None) -> bool:
        """On-site times (S3); returns True when the arrival was late (flagged for E23)."""
        arrived_at, departed_at, travel_started_at = visits.checked_times(
            self._clock(), arrived_at, departed_at, travel_started_at)
        with self._sessions.write() as s, s.begin():
            order = _open_order(s, actor, order_id, expected_version)
            # E23, S3: each visit is kept with its technician; a re-dispatch or a second trip adds one.
            visit = visits.record(s, order, arrived_at=arrived_at, departed_at=departed_at,
                                  called_headquarters=called_headquarters, travel_started_at=travel_started_at)
            audit_trail.record(s, actor, "work_order", order.id, "visit", audit_trail.changes_of(order))
            return visit.late_arrival

    def correct_visit(self, actor: Actor, order_id: int, *, arrived_at: dt.datetime, departed_at: dt.datetime | None,
                      called_headquarters: bool | None, travel_started_at: dt.datetime | None = None,
                      expected_version: int | None = None) -> bool:
        """The latest visit's times corrected in place, not a second visit (S3, E23, E24); checked as a first
        entry is, plus what services.visit_corrections adds. Returns True when it is now a late arrival."""
        arrived_at, departed_at, travel_started_at = visits.checked_times(
            self._clock(), arrived_at, departed_at, travel_started_at)
        with self._sessions.write() as s, s.begin():
            order = _open_order(s, actor, order_id, expected_version)
            visit = visit_corrections.correct(s, actor, order, arrived_at=arrived_at,
                                              departed_at=departed_at, called_headquarters=called_headquarters,
                                              travel_started_at=travel_started_at)
            return visit.late_arrival

    def follow_new_claim(self, s: Session, actor: Actor, order: WorkOrder) -> None:
        """An order that got its claim and unit after the work began (a visit booked from a call whose
        product was identified on site, services.visit_identification), in the caller's transaction:
        a diagnosis already made judges the new claim as ``record_diagnosis`` would (W11), E16 now sees
        the serial both ways, and parts already issued are re-rated under the judgement (W6, D13)."""
        if order.claim is not None and order.cause_class is not None:
            _settle_final_decision(s, order)
        if order.repeat_of_id is None:
            order.repeat_of_id = self._earlier_same_fault(s, order)
        self._flag_later_repeats(s, actor, order)
        charges.recharge(s, actor, order, self._clock())

    # -- helpers ---------------------------------------------------------------------------------

    def _flag_later_repeats(self, s: Session, actor: Actor, order: WorkOrder) -> None:
        """E16 from the other side: orders on this unit diagnosed with the same fault before this
        completed order's serial was known were not flagged then; they are now."""
        if order.unit_id is None or order.fault_category_id is None or order.completed_at is None:
            return
        later = s.scalars(select(WorkOrder).where(
            WorkOrder.unit_id == order.unit_id, WorkOrder.fault_category_id == order.fault_category_id,
            WorkOrder.id != order.id, WorkOrder.repeat_of_id.is_(None),
            WorkOrder.created_at >= order.completed_at).order_by(WorkOrder.id))
        for other in later:
            other.repeat_of_id = self._earlier_same_fault(s, other)
            if other.repeat_of_id is not None:
                audit_trail.record(s, actor, "work_order", other.id, "repeat_repair", audit_trail.changes_of(other))

    @staticmethod
    def _earlier_same_fault(s: Session, order: WorkOrder) -> int | None:
        """E16: the same serial and fault category, completed within the window (default 90 days)."""
        if order.unit_id is None or order.fault_category_id is None:
            return None
        days = int(settings.get(s, "service.repeat_repair_days"))
        since = order.created_at - dt.timedelta(days=days)
        return s.scalar(select(WorkOrder.id).where(
            WorkOrder.unit_id == order.unit_id, WorkOrder.fault_category_id == order.fault_category_id,
            WorkOrder.id != order.id, WorkOrder.completed_at.is_not(None), WorkOrder.completed_at >= since,
            WorkOrder.completed_at <= order.created_at,
            # A unit handed back unrepaired (the quote refused) was never repaired: nothing to repeat.
            or_(WorkOrder.quote_accepted.is_(None), WorkOrder.quote_accepted.is_(True)),
        ).order_by(WorkOrder.completed_at.desc()).limit(1))


def _open_order(s: Session, actor: Actor, order_id: int, expected_version: int | None) -> WorkOrder:
    """The order for bench work: unchanged since the user loaded it, theirs to work on, and still
    open. A screen left showing an order the supervisor has since cancelled or closed must not
    issue stock to it, record a visit or register a replacement unit."""
    order = load_order(s, order_id, expected_version)
    require_work(actor, order)
    _require_open(order)
    return order


def _require_open(order: WorkOrder) -> None:
    if order.state not in OPEN_STATES:  # the wording cancel and record_customer_opinion use
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This work order is already finished."), field="state")


def _bump_version(order: WorkOrder) -> None:
    """Issuing parts changes the order (its lines and stock) even when no column of it changes: the
    flush then still writes the order and moves its row_version on, so a cancel or close prepared
    on the copy from before the issue is refused instead of cancelling an order that just took
    stock (and, on PostgreSQL, a cancel committing meanwhile makes this issue fail as a whole)."""
    flag_modified(order, "state")


def _merged(lines: list[tuple[int, int]], field: str) -> list[tuple[int, int]]:
    """Each quantity checked, and a part listed twice as one line of the sum (first-listed order)."""
    totals: dict[int, int] = {}
    for part_id, qty in lines:
        check.quantity(qty, field)
        totals[part_id] = totals.get(part_id, 0) + qty
    for qty in totals.values():
        check.quantity(qty, field)  # the sum too stays within the integer column
    return list(totals.items())


def _require_parts(s: Session, lines: list[tuple[int, int]]) -> None:
    """Every part still in the catalogue, checked before the first change."""
    for part_id, _ in lines:
        check.existing(s, Part, part_id, "parts")


def _settle_final_decision(s: Session, order: WorkOrder) -> tuple[WarrantyDecision, bool]:
    """The claim re-judged with the order's diagnosed cause; True when the intake's choice fell."""
    decision = final_judgement.rejudged(s, order.claim, order.cause_class)
    # The intake choice stands while the final facts still offer it; otherwise (user
    # damage found, say) the new best applies and the customer must be told (W11).
    changed = order.claim.decision not in decision.offered
    order.final_decision = decision.best if changed else order.claim.decision
    return decision, changed
