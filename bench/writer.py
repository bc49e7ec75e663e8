"""Bulk writes of generated batches: ids assigned up front, one executemany per table and key set."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, text, update

from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel, ComplaintStatus
from desktop_app.db.models import (
    AuditEntry,
    Call,
    Claim,
    Complaint,
    Customer,
    NumberSequence,
    StockMovement,
    Survey,
    Unit,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderPart,
    WorkOrderVisit,
)
from desktop_app.services import numbering
from desktop_app.services.sample_data_claims import Batch
from desktop_app.services.sample_data_support import Record, cst_date, row
from desktop_app.services.work_order_visits import visit_records

COMPLAINT_SHARE = 0.004  # about one complaint per 250 orders
COMPLAINT_TEXT = {
    ComplaintCategory.ATTITUDE: "维修人员态度生硬，解释不耐烦",
    ComplaintCategory.NON_QUALITY: "维修后仍然偶尔死机，来回跑了两趟",
    ComplaintCategory.DESIGN_DEFECT: "同型号设备普遍存在散热不良问题",
    ComplaintCategory.LATE_PERSONAL: "上门服务比约定时间晚到两个小时",
    ComplaintCategory.OTHER: "取机等待时间过长",
}
# Slim copies keep what the generator reads back from written records (repeat repairs, reuse).
_ORDER_KEEP = ("id", "completed_at", "closed_at")


class BulkWriter:
    """Writes ClaimMaker batches through SQLAlchemy Core executemany on one connection."""

    def __init__(self, connection: Connection, rng: random.Random) -> None:
        self._conn = connection
        self._rng = rng
        self._next_id: dict[str, int] = {}
        self._numbers: dict[tuple[str, str], int] = defaultdict(int)
        self._staff: list[int] = []
        self.counts: dict[str, int] = defaultdict(int)
        for model in (Customer, Unit, Claim, Call, WorkOrder, WorkOrderEvent, StockMovement, WorkOrderPart,
                      Survey, AuditEntry, Complaint):
            table = model.__table__
            top = connection.scalar(select(func.max(table.c.id))) or 0
            self._next_id[table.name] = top + 1
        for prefix, period, value in connection.execute(select(NumberSequence.prefix, NumberSequence.period,
                                                                NumberSequence.last_value)):
            self._numbers[(prefix, period)] = value

    # -- numbers and ids --------------------------------------------------------------------
    def _number(self, prefix: str, day: dt.date) -> str:
        key = (prefix, f"{day.year:04d}")  # the same per-year counter as services.numbering
        self._numbers[key] += 1
        return f"{prefix}-{key[1]}-{self._numbers[key]:06d}"

    def _ids(self, table: str, records: Iterable[Record]) -> None:
        for record in records:
            if "id" not in record:
                record["id"] = self._next_id[table]
                self._next_id[table] += 1

    def save_numbers(self) -> None:
        """The counters continue after the generated numbers (services.numbering)."""
        table = NumberSequence.__table__
        for (prefix, period), value in self._numbers.items():
            done = self._conn.execute(update(table).where(table.c.prefix == prefix, table.c.period == period)
                                      .values(last_value=value)).rowcount
            if not done:
                self._conn.execute(insert(table).values(prefix=prefix, period=period, last_value=value))

    # -- one batch --------------------------------------------------------------------------
    def write(self, batch: Batch) -> None:
        orders = [o.work_order for o in batch.orders]
        for claim in batch.claims:
            claim["number"] = self._number(numbering.CLAIM, claim["_day"])
        for order in orders:
            order["number"] = self._number(numbering.WORK_ORDER, order["_day"])
        for call in batch.calls:
            call["number"] = self._number(numbering.CALL, call["_day"])
        movements = [m for o in batch.orders for m in o.movements]
        for name, records in (("customers", batch.customers), ("units", batch.units), ("claims", batch.claims),
                              ("calls", batch.calls), ("work_orders", orders), ("stock_movements", movements)):
            self._ids(name, records)
        # Replacements point forward (a unit at its later replacement): set once both exist.
        late_units = [{"b_id": unit["id"], "b_ref": replacement["id"]} for unit, replacement in batch.replaced]
        for order, earlier in batch.repeats:  # E16: the earlier order is always written already
            order["repeat_of_id"] = earlier["id"]
        self._insert(Customer, batch.customers)
        self._insert(Unit, batch.units)
        self._insert(Claim, batch.claims)
        self._insert(Call, batch.calls)
        self._insert(WorkOrder, orders)
        self._insert(WorkOrderVisit, visit_records(orders))  # migration 0009: each order's visit
        if late_units:
            table = Unit.__table__
            self._conn.execute(update(table).where(table.c.id == bindparam("b_id")).values(
                replaced_by_unit_id=bindparam("b_ref"), row_version=table.c.row_version + 1), late_units)
        self._insert(WorkOrderEvent, [e for o in batch.orders for e in o.events])
        self._insert(StockMovement, movements)
        self._insert(WorkOrderPart, [line for o in batch.orders for line in o.part_lines])
        self._insert(Survey, [o.survey for o in batch.orders if o.survey is not None])
        self._insert(AuditEntry, self._audit(batch.claims, orders))
        self._insert(Complaint, self._complaints(orders))
        self._slim(batch)

    def _insert(self, model: Any, records: Sequence[Record]) -> None:
        if not records:
            return
        groups: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
        for record in records:
            values = row(record)
            groups[frozenset(values)].append(values)
        for rows in groups.values():  # executemany needs one key set per statement
            self._conn.execute(insert(model.__table__), rows)
        self.counts[model.__tablename__] += len(records)

    @staticmethod
    def _audit(claims: list[Record], orders: list[Record]) -> list[Record]:
        """One entry per claim and per order, as the intake service writes them."""
        entries = [{"at": c["created_at"], "user_id": c["created_by_id"], "entity": "claim", "entity_id": c["id"],
                    "action": "create", "changes": {"number": c["number"], "decision": c.get("decision")},
                    "summary": None} for c in claims]
        entries += [{"at": o["created_at"], "user_id": None, "entity": "work_order", "entity_id": o["id"],
                     "action": "create", "changes": {"number": o["number"]}, "summary": None} for o in orders]
        return entries

    def _complaints(self, orders: list[Record]) -> list[Record]:
        rng, out = self._rng, []
        for order in orders:
            if order.get("completed_at") is None or rng.random() >= COMPLAINT_SHARE:
                continue
            category = rng.choice(list(COMPLAINT_TEXT))
            day = cst_date(order["completed_at"]) + dt.timedelta(days=rng.randint(1, 20))
            verified = rng.random() < 0.6
            out.append({
                "number": self._number(numbering.COMPLAINT, day), "received_via": rng.choice(list(ComplaintChannel)),
                "received_on": day, "complainant": "客户", "customer_id": order["@customer"]["id"],
                "contact_phone": order["@customer"]["phone"],
                "about_staff_id": order.get("technician_id"), "category": category,
                "work_order_id": order["id"], "product_id": None, "description": COMPLAINT_TEXT[category],
                "status": ComplaintStatus.VERIFIED if verified else ComplaintStatus.REGISTERED,
                "findings": "经核实属实" if verified else None, "verified_by_id": None, "verified_at": None,
                "registered_by_id": order.get("dispatched_by_id") or 1,
                "created_at": order["completed_at"] + dt.timedelta(days=1),
            })
        self._ids("complaints", out)
        return out

    @staticmethod
    def _slim(batch: Batch) -> None:
        """Drop what later batches never read, so a million claims fit in memory."""
        for order in batch.orders:
            for unit in (order.work_order.get("@unit"),):
                if unit is not None and unit.get("_last_order") is order.work_order:
                    unit["_last_order"] = {k: order.work_order.get(k) for k in _ORDER_KEEP}


def fix_sequences(connection: Connection) -> None:
    """PostgreSQL: identity sequences continue after the ids given explicitly."""
    if connection.dialect.name != "postgresql":
        return
    for model in (Customer, Unit, Claim, Call, WorkOrder, WorkOrderEvent, StockMovement, WorkOrderPart, Survey,
                  AuditEntry, Complaint):
        name = model.__tablename__
        connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                f"(SELECT coalesce(max(id), 1) FROM {name}))"))
