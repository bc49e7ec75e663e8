"""Saving one claim through the intake service vs one raw transaction inserting the same rows."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy import select

from bench.context import Context
from bench.timing import CaseResult, paired, result
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimChannel, CustomerKind
from desktop_app.db.models import Product, Staff
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
    stamp = dt.datetime.now().strftime("%H%M%S")

    def save() -> Any:
        n = next(_serials)
        return service.take_in(actor, _form(model, f"BENCH{stamp}{n:06d}", n))

    def floor() -> Any:
        n = next(_serials)
        return _raw_insert(ctx, operator.id, product.id, f"BENCHRAW{stamp}{n:06d}", n)

    mine, base = paired(save, floor, ctx.repeat)
    return [result("save one claim (intake service)", mine, base, "median ≤ 5 ms", lambda r: r.median_ms <= 5)]


def _form(model: str, serial: str, n: int) -> IntakeForm:
    return IntakeForm(
        channel=ClaimChannel.WALK_IN,
        customer=CustomerInput(kind=CustomerKind.PERSON, name="测试客户", phone=f"139{n:08d}", city="深圳"),
        unit=UnitInput(product_model=model, serial=serial, sale_date=dt.date.today() - dt.timedelta(days=100),
                       invoice_no="12345678"),
        fault_description="开机无显示，指示灯不亮", requested_remedy=None,
    )


def _raw_insert(ctx: Context, staff_id: int, product_id: int, serial: str, n: int) -> None:
    """Customer, unit, claim, work order and two audit entries in one transaction, by hand."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    today = dt.date.today().isoformat()
    sqlite = ctx.dialect == "sqlite"
    p = "?" if sqlite else "%s"
    cur = ctx.raw.cursor()
    cur.execute("BEGIN")
    def ins(sql: str, values: tuple) -> int:  # noqa: E306
        cur.execute(sql.replace("?", p) + " RETURNING id", values)
        return cur.fetchone()[0]
    customer = ins("INSERT INTO customers (kind, name, phone, city, is_key_customer, created_at, row_version) "
                   "VALUES ('person', '测试客户', ?, '深圳', 0, ?, 1)", (f"138{n:08d}", now))
    unit = ins("INSERT INTO units (serial, product_id, customer_id, sale_date, invoice_no, sale_registered, "
               "created_at, row_version) VALUES (?, ?, ?, ?, '12345678', 0, ?, 1)",
               (serial, product_id, customer, today, now))
    claim = ins("INSERT INTO claims (number, channel, customer_id, unit_id, claim_date, fault_description, "
                "accessories_received, accessories_missing, has_invoice, offered_remedies, decision_detail, status, "
                "created_by_id, created_at, row_version) VALUES (?, 'walk_in', ?, ?, ?, '开机无显示，指示灯不亮', "
                "'[]', '[]', 1, '[]', '{}', 'open', ?, ?, 1)", (f"RAW-{serial}", customer, unit, today, staff_id, now))
    ins("INSERT INTO work_orders (number, claim_id, customer_id, unit_id, kind, state, priority, late_arrival, "
        "report_no_parts, created_at, row_version) VALUES (?, ?, ?, ?, 'bench', 'received', 0, 0, 0, ?, 1)",
        (f"RAWWO-{serial}", claim, customer, unit, now))
    for entity, ident in (("claim", claim), ("work_order", claim)):
        ins("INSERT INTO audit_log (at, user_id, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, 'create', '{}')",
            (now, staff_id, entity, ident))
    cur.execute("COMMIT")
