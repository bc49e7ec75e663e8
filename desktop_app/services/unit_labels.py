"""The unit label of a claim or work order: its data (customer reduced for privacy), made as a PDF to deliver."""

# Decision (privacy): the label is seen by every customer at the counter, so a person prints as a
# surname only (the first character of a Chinese name, or a known two-character surname; the last
# word of a Latin name) and the phone as its last 4 digits. A company prints its name: it is not
# personal data, and it is what staff look for on the shelf.

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import CustomerKind, WorkOrderKind
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Customer, Unit, WorkOrder
from desktop_app.documents.paper_sizes import DEFAULT_LABEL_SIZE, label_size
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.print_log import MadeDocument, PrintEntry, made

if TYPE_CHECKING:
    from desktop_app.documents.unit_label import UnitLabelData

# Two-character surnames common enough to be met at a counter; any other name gives one character.
COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                               "夏侯", "令狐", "宇文", "司徒", "端木", "西门", "南宫", "独孤", "轩辕", "澹台"})
CLAIM, WORK_ORDER = "claim", "work_order"


def surname_of(name: str) -> str:
    """王建国 → 王, 欧阳修 → 欧阳, "John A. Smith" → Smith; "" when there is no name."""
    name = " ".join(name.split())
    if not name:
        return ""
    if unicodedata.east_asian_width(name[0]) in "WF":
        return name[:2] if name[:2] in COMPOUND_SURNAMES else name[0]
    return name.split(" ")[-1]


def phone_tail(phone: str | None) -> str:
    """The last 4 digits of a phone number, nothing else."""
    digits = [ch for ch in phone or "" if ch.isdigit()]
    return "".join(digits[-4:])


class UnitLabelService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def label(self, actor: Actor, ref: str | int, *, kind: str | None = None) -> UnitLabelData:
        """``ref``: a work-order or claim number as typed or scanned, or an id of ``kind``."""
        return self._label(actor, ref, kind)[0]

    def _label(self, actor: Actor, ref: str | int, kind: str | None) -> tuple[UnitLabelData, str, int]:
        """The label's data, and the record it is logged against: the work order if any, else the claim."""
        from desktop_app.documents.unit_label import UnitLabelData  # reportlab: not at start (issue 8)

        require(actor, Permission.DOCUMENTS_PRINT)
        with self._sessions.read() as s:
            claim, order = _find(s, ref, kind)
            customer = s.get(Customer, order.customer_id if order else claim.customer_id)
            unit_id = order.unit_id if order and order.unit_id else claim.unit_id if claim else None
            unit = s.get(Unit, unit_id) if unit_id else None
            if customer.kind is CustomerKind.COMPANY:
                who = customer.name
            else:
                who = surname_of(customer.name)
            if claim is not None:
                intake = claim.claim_date
            else:
                intake = order.created_at.astimezone().date()  # stored in UTC: the counter's day
            data = UnitLabelData(
                code=order.number if order else claim.number,
                claim_number=claim.number if claim else None, work_order_number=order.number if order else None,
                surname=who, phone_tail=phone_tail(customer.phone),
                product_model=unit.product.model if unit else "", serial=unit.serial if unit else "",
                intake_date=intake, fault=(claim.fault_description if claim else order.diagnosis_note) or "",
                urgent=bool(order and order.priority > 0),
                on_site=bool(order and order.kind is WorkOrderKind.ON_SITE),
            )
            return data, *((WORK_ORDER, order.id) if order is not None else (CLAIM, claim.id))

    def make_label(self, actor: Actor, ref: str | int, *, kind: str | None = None,
                   size: str = DEFAULT_LABEL_SIZE, language: str) -> MadeDocument:
        """The label's PDF (its ``reference`` is the code printed on it: the work order's number, else the
        claim's); logged as printed only when it is delivered."""
        from desktop_app.documents.unit_label import render_unit_label

        label_size(size)  # an unknown size fails before anything is read
        data, entity, entity_id = self._label(actor, ref, kind)
        pdf = render_unit_label(data, size=size, language=language)
        return made(self._sessions, pdf, data.code, PrintEntry(
            actor, "unit_label", entity, entity_id, details=(("size", size), ("language", language))))


def _find(s: Session, ref: str | int, kind: str | None) -> tuple[Claim | None, WorkOrder | None]:
    """The claim and its newest work order, or the work order and its claim."""
    text = str(ref).strip()
    order = claim = None
    if kind == WORK_ORDER and text.isdigit():
        order = s.get(WorkOrder, int(text))
    elif kind == CLAIM and text.isdigit():
        claim = s.get(Claim, int(text))
    else:
        order = s.scalar(select(WorkOrder).where(WorkOrder.number == text).limit(1))
        if order is None:
            claim = s.scalar(select(Claim).where(Claim.number == text).limit(1))
    if order is None and claim is not None:
        order = s.scalar(select(WorkOrder).where(WorkOrder.claim_id == claim.id).order_by(WorkOrder.id.desc())
                         .limit(1))
    elif order is not None and order.claim_id is not None:
        claim = s.get(Claim, order.claim_id)
    if order is None and claim is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no claim or work order “{number}”."),
                              field="number", number=text)
    return claim, order
