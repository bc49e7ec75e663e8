"""The pickup slip of a work order ready for pickup or closed: its data, made as a PDF to deliver."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import PartCharge, WorkOrderState
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, WorkOrder
from desktop_app.db.types import utcnow
from desktop_app.documents import decision_text as words
from desktop_app.documents.paper_sizes import paper_name
from desktop_app.documents.slip_labels import slip_labels
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import settings
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.print_log import MadeDocument, PrintEntry, made
from desktop_app.services.work_order_details import WorkOrderDetail, WorkOrderDetails

if TYPE_CHECKING:
    from desktop_app.documents.page_parts import CentreInfo
    from desktop_app.documents.pickup_slip import PickupSlipData

# The unit is at the counter waiting, or has been handed over (a reprint).
PICKUP_STATES = frozenset({WorkOrderState.READY_FOR_PICKUP, WorkOrderState.CLOSED})


class PickupSlipService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def slip(self, actor: Actor, ref: int | str, *, language: str) -> PickupSlipData:
        """``ref``: the work order's id or number; refused unless it is ready for pickup or closed."""
        return self._slip(actor, ref, language)[0]

    def _slip(self, actor: Actor, ref: int | str, language: str) -> tuple[PickupSlipData, int]:
        require(actor, Permission.DOCUMENTS_PRINT)
        d = WorkOrderDetails(self._sessions).get(actor, ref)
        if d.state not in PICKUP_STATES:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The pickup slip of {number} is printed once the order is ready for pickup or closed."),
                field="work_order", number=d.number)
        with self._sessions.read() as s:
            centre = settings.centre_info(s)
            accessories = s.scalar(select(Claim.accessories_received).join(WorkOrder, WorkOrder.claim_id == Claim.id)
                                   .where(WorkOrder.id == d.id)) or []
        return _slip_data(d, centre, tuple(accessories), self._pickup_day(d), language), d.id

    def make_slip(self, actor: Actor, ref: int | str, *, language: str, paper: str = "A4") -> MadeDocument:
        """The slip's PDF; logged as printed only when it is delivered."""
        from desktop_app.documents.pickup_slip import render_pickup_slip  # reportlab: not at start (issue 8)

        paper = paper_name(paper)
        data, order_id = self._slip(actor, ref, language)
        pdf = render_pickup_slip(data, language=language, paper=paper)
        return made(self._sessions, pdf, data.work_order_number, PrintEntry(
            actor, "pickup_slip", "work_order", order_id, details=(("paper", paper), ("language", language))))

    def _pickup_day(self, d: WorkOrderDetail) -> dt.date:
        """The day it was closed (a reprint keeps its date); today while it waits at the counter."""
        closed = [e.at for e in d.history if e.target is WorkOrderState.CLOSED]
        return (closed[-1] if closed else self._clock()).astimezone().date()


def _slip_data(d: WorkOrderDetail, centre: CentreInfo, accessories: tuple[str, ...], day: dt.date,
               language: str) -> PickupSlipData:
    from desktop_app.documents.pickup_slip import PickupSlipData

    lab = slip_labels(language)
    company = d.customer_kind.value == "company"
    customer_parts = sum((p.amount for p in d.parts if p.issued and p.charged_to is PartCharge.CUSTOMER),
                         Decimal("0.00"))
    charges: list[tuple[str, Decimal]] = []
    if customer_parts:
        charges.append((lab["charge_parts"], customer_parts))
    if d.quote_accepted:  # W5, E11: labour and travel only once the customer accepted the quote
        for key, amount in (("charge_labour", d.quote[1]), ("charge_travel", d.quote[2])):
            if amount:
                charges.append((lab[key], amount))
    remedy = d.final_decision or d.intake_decision
    return PickupSlipData(
        centre=centre, work_order_number=d.number, claim_number=d.claim_number,
        kind=words.kind_text(d.kind, language), technician=d.technician or "", pickup_date=day,
        customer_name=(d.contact_person or d.customer_name) if company else d.customer_name,
        customer_phone=d.customer_phone, customer_company=d.customer_name if company else None,
        product_model=d.product_model or "", product_name=d.product_name or "", serial=d.serial or "",
        replacement_serial=d.replacement_serial, accessories=accessories,
        decision=words.remedy_text(remedy, language) if remedy else None,
        solution=d.report_solution or d.diagnosis,
        parts=tuple(f"{p.name} ×{p.quantity}" for p in d.parts if p.issued),
        charges=tuple(charges), total_paid=sum((amount for _, amount in charges), Decimal("0.00")),
    )
