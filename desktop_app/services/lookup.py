"""Finding customers and records from what is typed or scanned at the counter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.core.vocabulary import CustomerKind
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Customer, Product, Unit, WorkOrder
from desktop_app.services import text_search


@dataclass(frozen=True)
class UnitBrief:
    id: int
    serial: str
    model: str
    sale_date: dt.date | None
    invoice_no: str | None


@dataclass(frozen=True)
class CustomerMatch:
    id: int
    kind: CustomerKind
    name: str
    phone: str
    contact_person: str | None
    city: str | None
    address: str | None
    units: tuple[UnitBrief, ...]
    row_version: int = 0  # pass back as CustomerInput.existing_version when saving


@dataclass(frozen=True)
class CodeHit:
    kind: str  # "claim", "work_order" or "unit"
    id: int
    number: str


class Lookup:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def customers(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """As you type: any part of a phone, a name (one Chinese character is enough), a serial
        or a claim number. Exact phone and serial hits come first."""
        text = text.strip()
        if not text:
            return []
        dialect = text_search.dialect_of(self._sessions)
        # Each part through its search index (services.text_search); same matches as LIKE.
        units = text_search.unit_ids(dialect, text)
        owners = None if units is None else select(Unit.customer_id).where(Unit.id.in_(units))
        # The exact phone hits (shown first) and the newest matches of each part, each part
        # stopped after ``limit``: bounded work however many customers share a surname.
        candidates = text_search.first_matches(Customer.id, [
            (Customer.phone, [text]),
            (Customer.id, text_search.customer_ids(dialect, text, ("name", "phone", "phone2", "contact_person"))),
            (Customer.id, select(Claim.customer_id).where(Claim.number == text)),
            (Customer.id, owners),
        ], limit)
        with self._sessions.read() as s:
            query = (
                select(Customer)
                .where(Customer.id.in_(candidates))
                .order_by((Customer.phone == text).desc(), Customer.id.desc())
                .limit(limit)
            )
            customers = list(s.scalars(query))
            units: dict[int, list[UnitBrief]] = {c.id: [] for c in customers}
            if customers:
                rows = s.execute(
                    select(Unit.customer_id, Unit.id, Unit.serial, Product.model, Unit.sale_date, Unit.invoice_no)
                    .join(Product, Unit.product_id == Product.id)
                    .where(Unit.customer_id.in_(list(units))).order_by(Unit.id.desc())
                )
                for owner, *brief in rows:
                    units[owner].append(UnitBrief(*brief))
            return [
                CustomerMatch(c.id, c.kind, c.name, c.phone, c.contact_person, c.city, c.address,
                              tuple(sorted(units[c.id], key=lambda u: u.serial != text)), c.row_version)
                for c in customers
            ]

    def code(self, code: str) -> CodeHit | None:
        """A scanned or typed code: a claim number, a work-order number or a serial, exactly."""
        code = code.strip()
        if not code:
            return None
        with self._sessions.read() as s:
            for kind, model, column in (("claim", Claim, Claim.number), ("work_order", WorkOrder, WorkOrder.number),
                                        ("unit", Unit, Unit.serial)):
                found = s.scalar(select(model.id).where(column == code))
                if found is not None:
                    return CodeHit(kind, found, code)
        return None
