"""Returns to the manufacturer as read by the returns window: the list, one application, a line's classification."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select

from desktop_app.core.vocabulary import CostBearer, ReturnStatus
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Part, Product, ReturnApplication, ReturnLine, Staff, Unit
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.listing_base import Listing
from desktop_app.services.text_search import like_pattern
from desktop_app.services.manufacturer_returns import ReturnLineInput, fund_freight_back
from desktop_app.services.return_classification import check_found_on, line_bearer

MANUFACTURER_PAYS = frozenset({CostBearer.MANUFACTURER_DOA, CostBearer.MANUFACTURER_EARLY_DEFECT})


@dataclass(frozen=True)
class ReturnRow:
    id: int
    number: str
    status: ReturnStatus
    created_at: dt.datetime
    line_count: int
    quantity: int
    approval_reference: str | None


@dataclass(frozen=True)
class ReturnLineDetail:
    id: int
    serial: str | None
    part_no: str | None
    name: str  # the product's model and name, or the part's name
    quantity: int
    reason: str
    cost_bearer: CostBearer  # D11-D14: decides who pays freight and parts
    packed: bool
    acknowledged_quantity: int | None  # the manufacturer's count (D16)
    claim_number: str | None
    found_on: dt.date | None = None  # a stock line's day the defect was found (D11/D12)
    # A claim's line is judged by its claim (return_classification.line_bearer): the claim's date,
    # the day it was taken in (受理), stands for the day found; shown marked as the claim's.
    claim_date: dt.date | None = None

    @property
    def judged_on(self) -> dt.date | None:
        """The day the D11/D12 windows count to: the claim's date for a claim's line, else the stored
        found-on day (None for a stock line made before migration 0007 stored it)."""
        return self.claim_date if self.claim_number is not None else self.found_on

    @property
    def difference(self) -> int | None:
        """Counted minus shipped; None before the manufacturer has counted."""
        if self.acknowledged_quantity is None:
            return None
        return self.acknowledged_quantity - self.quantity


@dataclass(frozen=True)
class ReturnDetail:
    id: int
    number: str
    status: ReturnStatus
    note: str | None
    created_by: str
    created_at: dt.datetime
    applied_at: dt.datetime | None
    approved_at: dt.datetime | None
    approval_reference: str | None
    shipped_at: dt.datetime | None
    freight_out: Decimal | None
    acknowledged_at: dt.datetime | None
    lines: tuple[ReturnLineDetail, ...]
    freight_back: Decimal | None = None  # paid by the centre for the goods coming back, given at acknowledgement
    freight_back_fund: Decimal = Decimal("0.00")  # of it, the service fund's: its D14 lines' share

    @property
    def freight_back_manufacturer(self) -> Decimal:
        """What the manufacturer owes of the freight back (D13; D11/D12 lines): the rest of it."""
        return (self.freight_back or Decimal("0.00")) - self.freight_back_fund


@dataclass(frozen=True)
class LinePreview:
    """What a line will be before the application is saved: the item found and its classification."""

    line: ReturnLineInput  # with the serial filled in when a claim number was given
    name: str
    cost_bearer: CostBearer


class ReturnListing(Listing[ReturnRow]):
    """Newest first; the search matches the application number, a serial, a part number or a claim."""

    def sort_columns(self) -> dict[str, Any]:
        return {"id": ReturnApplication.id, "number": ReturnApplication.number,
                "status": ReturnApplication.status, "created_at": ReturnApplication.created_at}

    def _query(self, search: str) -> Select[Any]:
        totals = (select(ReturnLine.application_id.label("aid"), func.count().label("lines"),
                         func.sum(ReturnLine.quantity).label("quantity"))
                  .group_by(ReturnLine.application_id).subquery())
        query = (select(ReturnApplication.id, ReturnApplication.number, ReturnApplication.status,
                        ReturnApplication.created_at, func.coalesce(totals.c.lines, 0),
                        func.coalesce(totals.c.quantity, 0), ReturnApplication.approval_reference)
                 .outerjoin(totals, totals.c.aid == ReturnApplication.id)
                 .order_by(ReturnApplication.id.desc()))
        if search:
            pattern = like_pattern(search)
            items = (select(ReturnLine.application_id)
                     .outerjoin(Unit, ReturnLine.unit_id == Unit.id).outerjoin(Part, ReturnLine.part_id == Part.id)
                     .outerjoin(Claim, ReturnLine.claim_id == Claim.id)
                     .where(or_(Unit.serial.like(pattern, escape="\\"), Part.part_no.like(pattern, escape="\\"),
                                Claim.number.like(pattern, escape="\\"))))
            query = query.where(or_(ReturnApplication.number.like(pattern, escape="\\"),
                                    ReturnApplication.id.in_(items)))
        return query

    def _row(self, values: Any) -> ReturnRow:
        return ReturnRow(*values)


class ReturnDetails:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def get(self, actor: Actor, ref: int | str) -> ReturnDetail:
        del actor  # reading needs no permission beyond being signed in, as for the list
        with self._sessions.read() as s:
            where = ReturnApplication.id == ref if isinstance(ref, int) else ReturnApplication.number == ref.strip()
            application = s.scalar(select(ReturnApplication).where(where))
            if application is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no return application “{number}”."),
                                      field="number", number=str(ref))
            lines = tuple(_line(s, line) for line in sorted(application.lines, key=lambda x: x.id))
            creator = s.get(Staff, application.created_by_id)
            a = application
            return ReturnDetail(a.id, a.number, a.status, a.note, creator.display_name if creator else "",
                                a.created_at, a.applied_at, a.approved_at, a.approval_reference, a.shipped_at,
                                a.freight_out, a.acknowledged_at, lines, a.freight_back,
                                fund_freight_back(application.lines, a.freight_back))

    def preview(self, line: ReturnLineInput) -> LinePreview:
        """The item a line names and how it is classified today, as ``create`` will do it (D11-D14)."""
        today = self._clock().astimezone().date()
        with self._sessions.read() as s:
            claim = None
            if line.claim_number and line.claim_number.strip():
                claim = s.scalar(select(Claim).where(Claim.number == line.claim_number.strip()))
                if claim is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no claim “{number}”."),
                                          field="code", number=line.claim_number.strip())
            if line.part_no:
                part = s.scalar(select(Part).where(Part.part_no == line.part_no.strip()))
                if part is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown unit or part “{code}”."),
                                          field="code", code=line.part_no.strip())
                found_on = check_found_on(s, line.found_on, today, None, part, "found_on") if claim is None else today
                return LinePreview(line, part.name, line_bearer(s, claim, None, found_on))
            unit = s.get(Unit, claim.unit_id) if claim is not None else None
            if unit is None and line.serial:
                unit = s.scalar(select(Unit).where(Unit.serial == line.serial.strip()))
            if unit is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown unit or part “{code}”."),
                                      field="code", code=(line.serial or "").strip())
            found_on = check_found_on(s, line.found_on, today, unit, None, "found_on") if claim is None else today
            bearer = line_bearer(s, claim, unit, found_on)  # as ManufacturerReturns.create classifies it
            product = s.get(Product, unit.product_id)
            name = " ".join(filter(None, (product.model, product.name))) if product else ""
            filled = ReturnLineInput(reason=line.reason, serial=unit.serial, quantity=line.quantity,
                                     claim_number=claim.number if claim is not None else None,
                                     found_on=found_on if claim is None else None)
            return LinePreview(filled, name, bearer)


def _line(s: Any, line: ReturnLine) -> ReturnLineDetail:
    serial = part_no = None
    name = ""
    if line.unit_id is not None:
        unit = s.get(Unit, line.unit_id)
        product = s.get(Product, unit.product_id)
        serial, name = unit.serial, " ".join(filter(None, (product.model, product.name)))
    if line.part_id is not None:
        part = s.get(Part, line.part_id)
        part_no, name = part.part_no, part.name
    claim = s.get(Claim, line.claim_id) if line.claim_id else None
    return ReturnLineDetail(line.id, serial, part_no, name, line.quantity, line.reason, line.cost_bearer, line.packed,
                            line.acknowledged_quantity, claim.number if claim else None, line.found_on,
                            claim.claim_date if claim else None)
