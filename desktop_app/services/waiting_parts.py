"""取消等待的备件: a part line still waiting for stock is dropped from its order, with the reason (W3, W6, D8)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop_app.core.vocabulary import PartCharge, RequisitionStatus, WorkOrderState as S
from desktop_app.core.work_order_flow import OPEN_STATES
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Requisition, RequisitionLine, WorkOrderPart
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services import field_checks as check
from desktop_app.services.actor import Actor
from desktop_app.services.work_orders import Clock, load_order, move, require_work

REASON_LIMIT = 200  # a short note for the history and the audit trail
# Requisitions that may still bring the part: not yet received in full, not closed short or cancelled (D6, D8).
STILL_ORDERING = (RequisitionStatus.DRAFT, RequisitionStatus.AWAITING_APPROVAL, RequisitionStatus.SUBMITTED,
                  RequisitionStatus.SHIPPED, RequisitionStatus.PARTIALLY_RECEIVED)


@dataclass(frozen=True)
class WaitingLine:
    """A part line of an order still waiting for stock: what the drop dialog lists."""

    line_id: int
    part_no: str
    name: str
    quantity: int
    charged_to: PartCharge


@dataclass(frozen=True)
class DroppedLine:
    part_no: str
    quantity: int
    repair_goes_on: bool  # no other line waits: the order left "awaiting parts" for "repairing"
    requisitions: tuple[str, ...]  # requisitions still ordering the part: left unchanged (D8)


class WaitingParts:
    def __init__(self, sessions: SessionFactory, clock: Clock = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def lines(self, order_id: int) -> tuple[WaitingLine, ...]:
        """The order's lines waiting for stock, in the order they were added."""
        with self._sessions.read() as s:
            return tuple(WaitingLine(w.id, w.part.part_no, w.part.name, w.quantity, w.charged_to)
                         for w in _waiting(s, order_id))

    def drop(self, actor: Actor, order_id: int, line_id: int | None, reason: str, *,
             expected_version: int | None = None) -> DroppedLine:
        """The part turned out not to be needed, or the customer declined a wear part (W3, W6): the line
        goes, in one transaction with the audit; the order leaves "awaiting parts" as when the last waiting
        part is issued (BenchService.issue_waiting_parts). Requisition lines hold quantities per part, not
        per order line: one already made stays as it is and what arrives goes into stock (D8)."""
        if not (reason or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for dropping the waiting part."),
                                  field="reason")
        why = check.text(reason, "reason", REASON_LIMIT)
        with self._sessions.write() as s, s.begin():
            order = load_order(s, order_id, expected_version)
            require_work(actor, order)  # the technician on his own order, the supervisor on any (E1)
            if order.state not in OPEN_STATES:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This work order is already finished."),
                                      field="state")
            line = s.get(WorkOrderPart, line_id) if line_id is not None else None
            if line is None or line.work_order_id != order.id or line.stock_movement_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This part is no longer waiting for stock on this order: it was issued or dropped "
                              "meanwhile."), field="line")
            part_no, quantity, part_id = line.part.part_no, line.quantity, line.part_id
            s.delete(line)
            s.flush()
            goes_on = order.state is S.AWAITING_PARTS and not _waiting(s, order.id)
            if goes_on:  # the move issue_waiting_parts makes once nothing waits any more
                move(s, actor, order, S.REPAIRING, why, now=self._clock())
            flag_modified(order, "state")  # a new row version: a form prepared on the old lines is refused
            audit_trail.record(s, actor, "work_order", order.id, "drop_waiting_part",
                               {"lines": [[part_no, quantity]], "reason": why})
            return DroppedLine(part_no, quantity, goes_on, _ordering(s, part_id))


def _waiting(s: Session, order_id: int) -> list[WorkOrderPart]:
    return list(s.scalars(select(WorkOrderPart).where(
        WorkOrderPart.work_order_id == order_id, WorkOrderPart.stock_movement_id.is_(None))
        .order_by(WorkOrderPart.id)))


def _ordering(s: Session, part_id: int) -> tuple[str, ...]:
    """The requisitions still bringing the part (D8): named in the message, never changed."""
    return tuple(s.scalars(select(Requisition.number).join(RequisitionLine).where(
        RequisitionLine.part_id == part_id, RequisitionLine.received_quantity < RequisitionLine.quantity,
        Requisition.status.in_(STILL_ORDERING)).distinct().order_by(Requisition.number)))
