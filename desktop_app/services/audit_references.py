"""The audit log read by what users know (E24: it is the evidence): business numbers, part numbers and
names for the internal ids its entries hold, looked up a page at a time, never a row at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, String, and_, cast, false, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    AuditEntry, Call, Claim, Complaint, Customer, Demerit, Fine, Part, Product, Requisition, ReturnApplication,
    ReturnLine, Staff, Unit, WorkOrder, WorkOrderVisit,
)

# What a user knows a record by, per record type (AuditEntry.entity): the ID column shows it and the
# number filter looks it up. Every column here is unique, hence indexed. Other types keep their ids.
NUMBERED: dict[str, Any] = {
    "claim": Claim.number, "work_order": WorkOrder.number, "requisition": Requisition.number,
    "return_application": ReturnApplication.number, "complaint": Complaint.number, "call": Call.number,
    "staff": Staff.username, "part": Part.part_no, "product": Product.model, "unit": Unit.serial,
}
# Plain references: kind -> (id column, text). "staff" is a person's name in the changes; "staff_no"
# the user name the ID column shows for a staff account.
_PLAIN: dict[str, tuple[Any, Any]] = {
    **{entity: (column.class_.id, column) for entity, column in NUMBERED.items() if entity != "staff"},
    "staff": (Staff.id, Staff.display_name), "staff_no": (Staff.id, Staff.username),
    "customer": (Customer.id, Customer.name),
}
_NUMBER_KIND = {entity: ("staff_no" if entity == "staff" else entity) for entity in NUMBERED}

_STAFF_FIELDS = (
    "staff_id", "created_by_id", "recorded_by_id", "about_staff_id", "technician_id", "by_id", "dispatched_by_id",
    "override_by_id", "approved_by_id", "replied_by_id", "registered_by_id", "entered_by_id", "verified_by_id",
    "decided_by_id", "visit_technician_id", "published_by_id", "changed_by_id", "user_id",
)
# Recorded field -> the kind of record its id (or list of ids) names.
REFERENCE_FIELDS: dict[str, str] = {
    **{name: "staff" for name in _STAFF_FIELDS},
    "claim_id": "claim", "work_order_id": "work_order", "repeat_of_id": "work_order",
    "requisition_id": "requisition", "return_application_id": "return_application", "complaint_id": "complaint",
    "call_id": "call", "part_id": "part", "product_id": "product", "unit_id": "unit",
    "replaced_by_unit_id": "unit", "replacement_unit_id": "unit", "customer_id": "customer", "visit_id": "visit",
    "fine_ids": "fine", "sheet_fine_ids": "fine", "demerit_ids": "demerit",
}
# Maps keyed by ids, by (record type, field): {part id: quantity} of a requisition's receipt and closed
# rest, {return line id: count or [old, new] cost bearer} of a return's acknowledgement and re-judging.
KEYED: dict[tuple[str, str], str] = {
    ("requisition", "received"): "part", ("requisition", "closed_short"): "part",
    ("return_application", "counts"): "return_line", ("return_application", "reclassified"): "return_line",
}
# Lists of ids whose field name says nothing of the record they name.
LISTED: dict[tuple[str, str], str] = {("return_application", "differing"): "return_line"}


class FineRef(NamedTuple):
    """A fine as the fines dialog lists it (E23): the day of the facts, the reason's code, the amount."""
    facts_on: dt.date
    reason: str
    amount: Any


class DemeritRef(NamedTuple):
    facts_on: dt.date
    kind: str


class VisitRef(NamedTuple):
    """A visit by its order's number and arrival (UTC): an order may be visited twice (E23)."""
    work_order: str
    arrived_at: dt.datetime


@dataclass(frozen=True)
class References:
    """What one page's ids read as, by kind; an id not found (deleted, or never resolvable) is absent."""
    by_kind: Mapping[str, Mapping[int, Any]] = field(default_factory=lambda: MappingProxyType({}))

    def get(self, kind: str, ident: Any) -> Any:
        try:
            return self.by_kind.get(kind, {}).get(int(ident))
        except (TypeError, ValueError):
            return None


NO_REFERENCES = References()


def number_kind(entity: str) -> str | None:
    return _NUMBER_KIND.get(entity)


def _ints(value: Any) -> Iterable[int]:
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        yield value
    elif isinstance(value, str) and value.isdigit():
        yield int(value)
    elif isinstance(value, list):
        for item in value:
            yield from _ints(item)
    elif isinstance(value, dict) and set(value) == {"old", "new"}:
        yield from _ints(value["old"])
        yield from _ints(value["new"])


def _collect(entity: str, changes: Any, wanted: dict[str, set[int]]) -> None:
    """Every id a recorded change names, nested lines too, by kind."""
    if isinstance(changes, list):
        for item in changes:
            _collect(entity, item, wanted)
        return
    if not isinstance(changes, dict):
        return
    for key, value in changes.items():
        kind = REFERENCE_FIELDS.get(key) or LISTED.get((entity, key))
        if kind is not None:
            wanted.setdefault(kind, set()).update(_ints(value))
        elif (entity, key) in KEYED and isinstance(value, dict):
            wanted.setdefault(KEYED[entity, key], set()).update(_ints(list(value)))
        else:
            _collect(entity, value, wanted)


def wanted_ids(rows: Iterable[tuple[str, int | None, Any]]) -> dict[str, set[int]]:
    """(entity, entity_id, changes) of a page -> the ids to look up, by kind."""
    wanted: dict[str, set[int]] = {}
    for entity, entity_id, changes in rows:
        kind = _NUMBER_KIND.get(entity)
        if kind is not None and entity_id is not None:
            wanted.setdefault(kind, set()).add(entity_id)
        _collect(entity, changes, wanted)
    return {kind: ids for kind, ids in wanted.items() if ids}


def look_up(session: Session, wanted: Mapping[str, set[int]]) -> References:
    """At most four statements whatever the page holds: one UNION ALL for the kinds read as one text,
    one each for fines, demerits and visits when the page names any."""
    found: dict[str, dict[int, Any]] = {}
    plain = [select(literal(kind, String), ident, cast(text, String)).where(ident.in_(sorted(wanted[kind])))
             for kind, (ident, text) in _PLAIN.items() if wanted.get(kind)]
    if wanted.get("return_line"):  # a line to the manufacturer by its unit's serial, else its part number
        plain.append(select(literal("return_line", String), ReturnLine.id,
                            cast(func.coalesce(Unit.serial, Part.part_no), String))
                     .outerjoin(Unit, Unit.id == ReturnLine.unit_id).outerjoin(Part, Part.id == ReturnLine.part_id)
                     .where(ReturnLine.id.in_(sorted(wanted["return_line"]))))
    if plain:
        for kind, ident, text in session.execute(union_all(*plain) if len(plain) > 1 else plain[0]):
            found.setdefault(kind, {})[ident] = text
    if wanted.get("fine"):
        found["fine"] = {i: FineRef(on, getattr(reason, "value", reason), amount) for i, on, reason, amount in
                         session.execute(select(Fine.id, Fine.facts_on, Fine.reason, Fine.amount)
                                         .where(Fine.id.in_(sorted(wanted["fine"]))))}
    if wanted.get("demerit"):
        found["demerit"] = {i: DemeritRef(on, getattr(kind, "value", kind)) for i, on, kind in
                            session.execute(select(Demerit.id, Demerit.facts_on, Demerit.kind)
                                            .where(Demerit.id.in_(sorted(wanted["demerit"]))))}
    if wanted.get("visit"):
        found["visit"] = {i: VisitRef(number, at) for i, number, at in session.execute(
            select(WorkOrderVisit.id, WorkOrder.number, WorkOrderVisit.arrived_at)
            .join(WorkOrder, WorkOrder.id == WorkOrderVisit.work_order_id)
            .where(WorkOrderVisit.id.in_(sorted(wanted["visit"]))))}
    return References(MappingProxyType({kind: MappingProxyType(ids) for kind, ids in found.items()}))


def number_condition(session: Session, number: str, entity: str | None) -> ColumnElement[bool]:
    """The entries of the records a typed number names: claim, order, requisition, return, complaint or
    call numbers, user names, part numbers, models and serials, each found through its unique index, then
    the log through its (entity, entity_id) index. Digits with a record type that has no number are its id."""
    typed = number.strip()
    candidates = sorted({typed, typed.upper()})
    lookups = [select(literal(name, String), column.class_.id).where(column.in_(candidates))
               for name, column in NUMBERED.items() if entity in (None, name)]
    pairs = list(session.execute(union_all(*lookups) if len(lookups) > 1 else lookups[0])) if lookups else []
    if entity is not None and entity not in NUMBERED and typed.isdigit():
        pairs.append((entity, int(typed)))
    if not pairs:
        return false()
    return or_(*(and_(AuditEntry.entity == name, AuditEntry.entity_id == ident) for name, ident in pairs))
