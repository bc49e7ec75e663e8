"""Saving one claim through the intake service vs one raw transaction inserting the same rows."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

from sqlalchemy import select

from bench.capture import statements_of
from bench.context import Context
from bench.timing import CaseResult, paired, result
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimChannel, CustomerKind
from desktop_app.db.models import Claim, Product, Staff
from desktop_app.services.actor import Actor
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput

_serials = itertools.count(1)


def run(ctx: Context) -> list[CaseResult]:
    with ctx.database.sessions.read() as s:
        operator = s.scalar(select(Staff).where(Staff.role == Role.OPERATOR).limit(1))
        product = s.scalar(select(Product).order_by(Product.id).limit(1))
        actor = Actor(operator.id, operator.username, operator.display_name, operator.role)
        model = product.model
    service = ClaimIntakeService(ctx.database.sessions)
    stamp = dt.datetime.now().strftime("%H%M%S%f")  # two runs in one second must not share serials
    # The floor writes the claim the service writes (its decision columns read back from one real save).
    saved = []
    statements = statements_of(ctx.database.engine,
                               lambda: saved.append(service.take_in(actor, _form(model, f"BENCH{stamp}000000", 0))))
    with ctx.database.sessions.read() as s:
        claim = s.get(Claim, saved[0].id)
        decided = {key: getattr(claim, key) for key in _DECIDED}

    def save() -> Any:
        n = next(_serials)
        return service.take_in(actor, _form(model, f"BENCH{stamp}{n:06d}", n))

    def floor() -> Any:
        n = next(_serials)
        return _raw_insert(ctx, operator.id, product.id, decided, f"BENCHRAW{stamp}{n:06d}", n)

    mine, base = paired(save, floor, ctx.repeat)
    return [result("save one claim (intake service)", mine, base, "median ≤ 5 ms", lambda r: r.median_ms <= 5,
                   note=f"{len(statements)} statements")]


def _form(model: str, serial: str, n: int) -> IntakeForm:
    return IntakeForm(
        channel=ClaimChannel.WALK_IN,
        customer=CustomerInput(kind=CustomerKind.PERSON, name="测试客户", phone=f"139{n:08d}", city="深圳"),
        unit=UnitInput(product_model=model, serial=serial, sale_date=dt.date.today() - dt.timedelta(days=100),
                       invoice_no="12345678"),
        fault_description="开机无显示，指示灯不亮", requested_remedy=None,
    )


# The claim's columns that come from the warranty decision (the floor copies them, it does not judge).
_DECIDED = ("accessories_missing", "policy_version_id", "decision", "offered_remedies", "cost_bearer",
            "decision_detail")

# One statement per number, as numbering.next_number issues it: the floor draws real numbers too.
_BUMP = ("INSERT INTO number_sequences (prefix, period, last_value) VALUES (?, ?, 1) ON CONFLICT (prefix, period) "
         "DO UPDATE SET last_value = number_sequences.last_value + 1 RETURNING last_value")


def _raw_insert(ctx: Context, staff_id: int, product_id: int, decided: dict[str, Any], serial: str, n: int) -> None:
    """By hand, in one transaction, the rows the service writes: two counters, customer, unit, claim,
    work order, and the four audit entries (customer, unit, claim, work order) with the created values."""
    now = dt.datetime.now(dt.timezone.utc)
    at = now.replace(tzinfo=None).isoformat(sep=" ")
    today = dt.date.today()
    sale = (today - dt.timedelta(days=100)).isoformat()
    year = f"{today.year:04d}"
    sqlite = ctx.dialect == "sqlite"
    p = "?" if sqlite else "%s"
    cur = ctx.raw.cursor()
    cur.execute("BEGIN IMMEDIATE" if sqlite else "BEGIN")  # the service's write transaction
    def ins(sql: str, values: tuple) -> int:  # noqa: E306
        cur.execute(sql.replace("?", p), values)
        return cur.fetchone()[0]
    number = f"SC-{year}-{ins(_BUMP, ('SC', year)):06d}"
    customer = ins("INSERT INTO customers (kind, name, phone, city, is_key_customer, created_at, row_version) "
                   "VALUES ('person', '测试客户', ?, '深圳', 0, ?, 1) RETURNING id", (f"138{n:08d}", at))
    unit = ins("INSERT INTO units (serial, product_id, customer_id, sale_date, invoice_no, sale_registered, "
               "created_at, row_version) VALUES (?, ?, ?, ?, '12345678', 0, ?, 1) RETURNING id",
               (serial, product_id, customer, sale, at))
    detail = json.dumps(decided["decision_detail"])
    missing, offered = json.dumps(decided["accessories_missing"]), json.dumps(decided["offered_remedies"])
    decision, bearer = decided["decision"].value, decided["cost_bearer"].value
    claim = ins("INSERT INTO claims (number, channel, customer_id, unit_id, claim_date, fault_description, "
                "accessories_received, accessories_missing, has_invoice, policy_version_id, decision, offered_remedies, "
                "cost_bearer, decision_detail, status, created_by_id, created_at, row_version) VALUES (?, 'walk_in', ?, "
                "?, ?, '开机无显示，指示灯不亮', '[]', ?, 1, ?, ?, ?, ?, ?, 'open', ?, ?, 1) RETURNING id",
                (number, customer, unit, today.isoformat(), missing, decided["policy_version_id"], decision, offered,
                 bearer, detail, staff_id, at))
    order_number = f"WO-{year}-{ins(_BUMP, ('WO', year)):06d}"
    order = ins("INSERT INTO work_orders (number, claim_id, customer_id, unit_id, kind, state, priority, late_arrival, "
                "report_no_parts, created_at, row_version) VALUES (?, ?, ?, ?, 'bench', 'received', 0, 0, 0, ?, 1) "
                "RETURNING id", (order_number, claim, customer, unit, at))
    stamp = now.isoformat()
    created = (  # what audit_trail.created_values records for each new row
        ("customer", customer, {"id": customer, "kind": "person", "name": "测试客户", "contact_person": None,
                                "phone": f"138{n:08d}", "phone2": None, "city": "深圳", "address": None,
                                "is_key_customer": False, "note": None, "created_at": stamp, "row_version": 1}),
        ("unit", unit, {"id": unit, "serial": serial, "product_id": product_id, "customer_id": customer,
                        "sale_date": sale, "invoice_no": "12345678", "sale_registered": False,
                        "centre_received_date": None, "replaced_by_unit_id": None, "created_at": stamp,
                        "row_version": 1}),
        ("claim", claim, {"id": claim, "number": number, "channel": "walk_in", "customer_id": customer, "unit_id": unit,
                          "claim_date": today.isoformat(), "fault_description": "开机无显示，指示灯不亮",
                          "requested_remedy": None, "accessories_received": [],
                          "accessories_missing": decided["accessories_missing"], "has_invoice": True,
                          "policy_version_id": decided["policy_version_id"], "decision": decision,
                          "offered_remedies": decided["offered_remedies"], "cost_bearer": bearer, "decision_note": None,
                          "decision_detail": decided["decision_detail"], "override_reason": None, "override_by_id": None,
                          "approved_by_id": None, "approved_at": None, "status": "open", "created_by_id": staff_id,
                          "created_at": stamp, "row_version": 1}),
        ("work_order", order, {**dict.fromkeys(_ORDER_KEYS), "id": order, "number": order_number, "claim_id": claim,
                               "customer_id": customer, "unit_id": unit, "kind": "bench", "state": "received",
                               "priority": 0, "late_arrival": False, "report_no_parts": False, "created_at": stamp,
                               "row_version": 1}),
    )
    cur.executemany("INSERT INTO audit_log (at, user_id, entity, entity_id, action, changes) "
                    "VALUES (?, ?, ?, ?, 'create', ?)".replace("?", p),
                    [(at, staff_id, entity, ident, json.dumps(values)) for entity, ident, values in created])
    cur.execute("COMMIT")


# A new work order's columns in the audit entry's order (most start empty).
_ORDER_KEYS = ("id", "number", "claim_id", "call_id", "customer_id", "unit_id", "kind", "state", "priority",
               "technician_id", "dispatched_by_id", "dispatched_at", "fault_category_id", "cause_class",
               "diagnosis_note", "final_decision", "quote_parts", "quote_labour", "quote_travel", "quote_accepted",
               "quote_decided_at", "replacement_unit_id", "required_arrival_at", "travel_started_at", "arrived_at",
               "departed_at", "called_headquarters", "late_arrival", "visit_technician_id", "report_fault_cause",
               "report_solution", "report_customer_opinion", "report_no_parts", "repeat_of_id", "completed_at",
               "closed_at", "cancel_reason", "created_at", "row_version")
