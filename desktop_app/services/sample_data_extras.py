"""Sample calls and letters, monthly parts requisitions and remittances to the manufacturer."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.calendar_periods import add_months
from desktop_app.core.vocabulary import CallChannel, MovementKind, RequisitionStatus, ShippingMethod
from desktop_app.db.models import Call, Remittance, Requisition, RequisitionLine, StockMovement
from desktop_app.services import numbering
from desktop_app.services.sample_data_catalogue import Catalogue
from desktop_app.services.sample_data_names import CALL_SUBJECTS, mobile, person_name
from desktop_app.services.sample_data_support import (
    Record,
    at_cst,
    cst_date,
    insert_plain,
    insert_records,
    number_records,
    reserve_numbers,
)

REPLY_CLOCK = dt.timedelta(hours=8)  # rule S1
REQUISITION_MONTHS = 6
REMITTANCE_MONTHS = 18


def add_calls(session: Session, rng: random.Random, cat: Catalogue, customers: list[Record], count: int,
              today: dt.date, now: dt.datetime) -> int:
    """E1/E19: consultations by phone and other channels, most answered within 8 hours (S1)."""
    calls: list[Record] = []
    channels = list(CallChannel)
    staff = [cat.supervisor_id, *cat.technician_ids, *cat.operator_ids]
    for _ in range(count):
        day = today - dt.timedelta(days=int(730 * rng.random() ** 1.5))
        received = at_cst(day, rng.randint(8, 19 if day < today else 11), rng.randint(0, 59))
        customer = rng.choice(customers) if customers and rng.random() < 0.6 else None
        subject, details = rng.choice(CALL_SUBJECTS)
        late = rng.random() < 0.08
        replied = received + dt.timedelta(minutes=rng.randint(540, 1800) if late else rng.randint(5, 360))
        answered = replied <= now
        calls.append({
            "number": None, "_day": cst_date(received),
            "channel": rng.choices(channels, weights=(70, 3, 2, 10, 10, 5))[0], "received_at": received,
            "@customer": customer,
            "caller_name": (customer["contact_person"] or customer["name"]) if customer else person_name(rng),
            "phone": customer["phone"] if customer else mobile(rng), "subject": subject, "details": details,
            "needs_visit": subject == "需要上门调试", "reply_due_at": received + REPLY_CLOCK,
            "replied_at": replied if answered else None,
            "replied_by_id": rng.choice(staff) if answered else None,
            "reply_note": "已电话答复客户" if answered else None, "@claim": None,
            "registered_by_id": rng.choice(cat.operator_ids), "created_at": received,
        })
    calls.sort(key=lambda c: c["received_at"])
    number_records(session, numbering.CALL, calls)
    insert_records(session, Call, calls)
    return len(calls)


def add_requisitions(session: Session, rng: random.Random, cat: Catalogue, today: dt.date) -> tuple[int, int]:
    """D8: one 维修配件备料单 a month; received for old months, submitted last month, draft now.

    Months that already have a requisition are left alone, so a second load adds none twice.
    Returns (requisitions, stock receipts).
    """
    this_month = today.replace(day=1)
    months = [add_months(this_month, -i) for i in range(REQUISITION_MONTHS)]
    taken = set(session.scalars(select(Requisition.month).where(Requisition.month.in_(months))))
    requisitions: list[Record] = []
    lines: list[Record] = []
    urgent = rng.randrange(2, REQUISITION_MONTHS)
    # Oldest month first, so the numbers run in date order.
    for age, month in reversed(list(enumerate(months))):
        if month in taken:
            continue
        created_day = min(month + dt.timedelta(days=rng.randint(0, 2)), today)
        created = at_cst(created_day, 10, rng.randint(0, 59))
        status = RequisitionStatus.DRAFT if age == 0 else (
            RequisitionStatus.SUBMITTED if age == 1 else RequisitionStatus.RECEIVED)
        submitted = created + dt.timedelta(minutes=rng.randint(120, 1800)) if age else None
        received = submitted + dt.timedelta(days=rng.randint(7, 14)) if age > 1 else None
        record: Record = {
            "number": reserve_numbers(session, numbering.REQUISITION, created_day, 1)[0], "month": month,
            "status": status, "shipping": ShippingMethod.EMS if age == urgent else ShippingMethod.NORMAL,
            "urgent_cost": Decimal("85.00") if age == urgent else None,  # D8: the centre pays the difference
            "note": f"{month.year}年{month.month}月维修配件备料单", "created_by_id": cat.supervisor_id,
            "approved_by_id": None, "submitted_at": submitted, "received_at": received, "created_at": created,
            "row_version": 1 + (age > 0) + (age > 1),
        }
        prices = cat.prices_on(created_day)
        for part in rng.sample(cat.parts, rng.randint(3, 8)):
            over = rng.random() < 0.1
            if over and age:
                record["approved_by_id"] = cat.manager_id  # D6: over-quota lines need approval
            quantity = rng.randint(10, 30) if part.wear else rng.randint(2, 10)
            lines.append({"@requisition": record, "part_id": part.id, "quantity": quantity,
                          "unit_price": prices.parts[part.id][1], "over_quota": over,
                          "received_quantity": quantity if received else 0})
        requisitions.append(record)
    insert_records(session, Requisition, requisitions)
    insert_plain(session, RequisitionLine, lines)
    receipts = [
        {"part_id": line["part_id"], "kind": MovementKind.RECEIPT, "quantity": line["quantity"],
         "at": line["@requisition"]["received_at"], "by_id": cat.supervisor_id, "@work_order": None,
         "@requisition": line["@requisition"], "reason": "备料单到货 (D8)", "approved_by_id": None,
         "is_tool_check_in": False}
        for line in lines if line["@requisition"]["received_at"] is not None
    ]
    return len(requisitions), insert_plain(session, StockMovement, receipts)


def add_remittances(session: Session, rng: random.Random, cat: Catalogue, today: dt.date) -> int:
    """回款额 (D4): the fund's base, one or two payments a month; only on a database without any."""
    if session.scalar(select(func.count()).select_from(Remittance)):
        return 0
    records = []
    this_month = today.replace(day=1)
    for age in range(REMITTANCE_MONTHS, -1, -1):
        month = add_months(this_month, -age)
        for k in range(1, rng.randint(1, 2) + 1):
            paid_on = month + dt.timedelta(days=rng.randint(4, 24))
            if paid_on > today:
                continue
            records.append({
                "paid_on": paid_on, "amount": Decimal(rng.randrange(60, 360) * 1000).quantize(Decimal("0.01")),
                "reference": f"HK{month:%Y%m}-{k}", "note": "货款回款", "created_by_id": cat.manager_id,
                "created_at": at_cst(paid_on, 16),
            })
    return insert_plain(session, Remittance, records)
