"""Finding customers and records from what is typed or scanned at the counter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import CompoundSelect, Integer, Select, bindparam, func, select, union_all
from sqlalchemy.orm import aliased

from desktop_app.core.vocabulary import CustomerKind
from desktop_app.db.driver_reads import DriverRead
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Customer, Product, Unit, WorkOrder
from desktop_app.services import search_branches, text_search


# Tuples, not dataclasses: a lookup makes dozens per keystroke, and a frozen dataclass costs
# three times as much to build (issue 8).
class UnitBrief(NamedTuple):
    id: int
    serial: str
    model: str
    sale_date: dt.date | None
    invoice_no: str | None
    # W10: ``sale_date`` is registered for the serial (an invoice seen at an earlier claim, or the
    # dealer's registration): it judges a claim brought without the invoice; not today's invoice.
    sale_registered: bool = False


class CustomerMatch(NamedTuple):
    id: int
    kind: CustomerKind
    name: str
    phone: str
    contact_person: str | None
    city: str | None
    address: str | None
    units: tuple[UnitBrief, ...]  # the newest UNITS_SHOWN, and the one with the typed serial
    row_version: int = 0  # pass back as CustomerInput.existing_version when saving
    unit_count: int = 0  # all the customer's units, listed or not

    @property
    def units_not_listed(self) -> int:
        return max(0, self.unit_count - len(self.units))


# A company with hundreds of units under service would list them all under each keystroke's match;
# an older one is listed when its whole serial is typed or scanned.
UNITS_SHOWN = 10


@dataclass(frozen=True)
class CodeHit:
    kind: str  # "claim", "work_order" or "unit"
    id: int
    number: str


class Lookup:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
        self._statements = text_search.Statements()  # built once per shape of search (issue 8)

    def customers(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """As you type: any part of a phone, a name (one Chinese character is enough), a serial
        or a claim number. Exact phone and serial hits come first."""
        text = text.strip()
        if not text:
            return []
        dialect = self._sessions.engine.dialect
        search = text_search.Search(dialect.name, text)
        # Run on the bare driver (db.driver_reads): SQLAlchemy's per-call cost was as much as the
        # indexed queries themselves on every keystroke (issue 8).
        query, built_for = self._statements.get(
            search.shape, lambda: (DriverRead(self._matches(search), dialect), search))
        with self._sessions.driver() as connection:
            found = connection.all(query, {**built_for.values(text), "limit": limit})
            owned = []
            if found:
                owners = self._statements.get(("units", len(found)),
                                              lambda: DriverRead(_units_of(len(found)), dialect))
                owned = connection.all(owners, {**{f"owner_{i}": row[0] for i, row in enumerate(found)},
                                                "shown": UNITS_SHOWN, "serial": text, "serial_upper": text.upper()})
        units: dict[int, list[UnitBrief]] = {row[0]: [] for row in found}
        counts = dict.fromkeys(units, 0)
        brief = UnitBrief._make
        for row in sorted(owned, key=lambda row: -row[1]):  # newest first
            units[row[0]].append(brief(row[1:-1]))
            counts[row[0]] = row[-1]
        typed = {text, text.upper()}
        for owner in {row[0] for row in owned if row[2] in typed}:  # the typed serial's unit first
            units[owner].sort(key=lambda unit: unit.serial not in typed)
        return [CustomerMatch(*row[:7], tuple(units[row[0]]), row[7], counts[row[0]]) for row in found]

    @staticmethod
    def _matches(search: text_search.Search) -> Select[Any]:
        """The customers ``search`` finds (see ``customers``), its values as named parameters."""
        exact = search.bind("text", str)
        limit = bindparam("limit", 0, type_=Integer)
        # Each part through its search index (services.text_search); same matches as LIKE.
        units = text_search.unit_ids(search)
        owners = None if units is None else select(Unit.customer_id).where(Unit.id.in_(units))
        # The exact phone hits (shown first) and the newest matches of each part, each part
        # stopped after ``limit``: bounded work however many customers share a surname.
        candidates = search_branches.first_matches(Customer.id, [
            (Customer.phone, [exact]),
            (Customer.id, text_search.customer_ids(search, ("name", "phone", "phone2", "contact_person"))),
            (Customer.id, select(Claim.customer_id).where(Claim.number == exact)),
            (Customer.id, owners),
        ], limit)
        # Plain columns, not Customer entities: the rows become dataclasses at once.
        return (
            select(Customer.id, Customer.kind, Customer.name, Customer.phone, Customer.contact_person,
                   Customer.city, Customer.address, Customer.row_version)
            .where(Customer.id.in_(candidates))
            .order_by((Customer.phone == exact).desc(), Customer.id.desc())
            .limit(limit)
        )

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


def _units_of(owners: int) -> CompoundSelect:
    """The units of ``owners`` customers (parameters ``owner_0``…) to list: each one's newest
    ``shown`` and the one whose serial is ``serial`` (or ``serial_upper``), with how many units each
    customer has. The newest are those from the customer's ``shown``-th newest unit on (``cutoff``, one
    short walk of its index): a customer with 5,000 units gives the lookup ten rows, not 5,000."""
    newer = aliased(Unit)
    cutoff = (select(newer.id).where(newer.customer_id == Customer.id).order_by(newer.id.desc())
              .offset(bindparam("shown", type_=Integer) - 1).limit(1).scalar_subquery())
    count = select(func.count()).select_from(newer).where(newer.customer_id == Customer.id).scalar_subquery()
    owned = (select(Customer.id.label("owner"), cutoff.label("cutoff"), count.label("units"))
             .where(Customer.id.in_([bindparam(f"owner_{i}", type_=Integer) for i in range(owners)]))
             .cte("owned"))
    columns = (Unit.customer_id, Unit.id, Unit.serial, Product.model, Unit.sale_date, Unit.invoice_no,
               Unit.sale_registered, owned.c.units)
    newest = (select(*columns).join(owned, Unit.customer_id == owned.c.owner)
              .where(Unit.id >= func.coalesce(owned.c.cutoff, 0)))  # the index's range: (customer_id, id)
    typed = (select(*columns).join(owned, Unit.customer_id == owned.c.owner)
             .where(Unit.serial.in_([bindparam("serial", type_=Unit.serial.type),  # as typed, or in capitals
                                     bindparam("serial_upper", type_=Unit.serial.type)]),
                    Unit.id < owned.c.cutoff))
    return union_all(newest.join(Product, Unit.product_id == Product.id),
                     typed.join(Product, Unit.product_id == Product.id))
