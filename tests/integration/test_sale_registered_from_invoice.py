"""A sale date seen on the invoice is registered for the serial: a later claim without the invoice is
judged from it, not as paid repair (rule W10 Decision), at the counter and on a visit."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import CallChannel, ClaimChannel, CostBearer, Remedy, WorkOrderState
from desktop_app.db.models import AuditEntry, Unit, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.intake_writes import NEWER_INVOICE_NOTE, SALE_REGISTERED_NOTE
from desktop_app.services.lookup import Lookup
from desktop_app.services.visit_identification import VisitIdentificationService, VisitProductForm
from desktop_app.services.work_orders import WorkOrderService

NOW = dt.datetime(2026, 11, 27, 2, 30, tzinfo=dt.timezone.utc)
TODAY = NOW.astimezone().date()
SOLD = TODAY - dt.timedelta(days=200)  # exchange period with the invoice (W3), free repair without it (W4)


def claim(depot: Depot, serial: str, *, invoice: bool, sale: dt.date | None = SOLD, invoice_no: str | None = "INV-1"):
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, has_invoice=invoice,
                       sale_date=sale if invoice else None, invoice_no=invoice_no if invoice else None),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"))
    return ClaimIntakeService(depot.db.sessions, clock=lambda: NOW).take_in(depot.staff["operator"], form)


def unit_audits(depot: Depot, serial: str) -> list[dict]:
    with depot.db.sessions.read() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.serial == serial))
        return [e.changes for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "unit", AuditEntry.entity_id == unit_id).order_by(AuditEntry.id))]


def test_a_customer_back_without_the_invoice_gets_the_free_repair_the_invoice_seen_before_gives(
        database: Database) -> None:
    depot = build_depot(database)
    first = claim(depot, "SN-REPEAT", invoice=True)
    assert first.chosen is Remedy.EXCHANGE  # W3, the invoice on the counter
    again = claim(depot, "SN-REPEAT", invoice=False)
    assert again.chosen is Remedy.FREE_REPAIR and again.decision.offered == (Remedy.FREE_REPAIR,)  # W10, W4
    assert again.decision.sale_date_used == SOLD and again.decision.cost_bearer is CostBearer.FUND_IN_WARRANTY
    with database.sessions.read() as s:
        unit = s.scalar(select(Unit).where(Unit.serial == "SN-REPEAT"))
        assert (unit.sale_registered, unit.sale_date, unit.invoice_no) == (True, SOLD, "INV-1")
    created = unit_audits(depot, "SN-REPEAT")[0]
    assert created["sale_registered"] is True and created["sale_date"] == SOLD.isoformat()


def test_the_counter_preview_judges_from_the_registered_sale_while_the_invoice_box_is_unticked(
        database: Database) -> None:
    depot = build_depot(database)
    claim(depot, "SN-PREVIEW", invoice=True)
    brief = next(u for m in Lookup(database.sessions).customers("SN-PREVIEW") for u in m.units
                 if u.serial == "SN-PREVIEW")
    assert brief.sale_registered and brief.sale_date == SOLD  # what the search hands the form
    preview = ClaimIntakeService(database.sessions, clock=lambda: NOW).preview(IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678"),
        unit=UnitInput(product_model="S5720-28P", serial="SN-PREVIEW", has_invoice=False),
        channel=ClaimChannel.WALK_IN, fault_description="不通电"))
    assert preview.registered_sale_date == SOLD and preview.decision.best is Remedy.FREE_REPAIR


def test_a_newer_invoice_with_another_date_replaces_the_registered_sale_and_the_audit_says_so(
        database: Database) -> None:
    depot = build_depot(database)
    claim(depot, "SN-RESOLD", invoice=True)
    resold = TODAY - dt.timedelta(days=20)
    claim(depot, "SN-RESOLD", invoice=True, sale=resold, invoice_no="INV-2")
    later = claim(depot, "SN-RESOLD", invoice=False)
    assert later.decision.sale_date_used == resold  # the newer invoice seen wins
    with database.sessions.read() as s:
        unit = s.scalar(select(Unit).where(Unit.serial == "SN-RESOLD"))
        assert (unit.sale_registered, unit.sale_date, unit.invoice_no) == (True, resold, "INV-2")
    update = unit_audits(depot, "SN-RESOLD")[1]
    assert update["sale_date"] == {"old": SOLD.isoformat(), "new": resold.isoformat()}
    assert update["invoice_no"] == {"old": "INV-1", "new": "INV-2"} and update["note"] == NEWER_INVOICE_NOTE


def test_a_serial_known_without_invoice_is_registered_when_the_invoice_is_shown_later(database: Database) -> None:
    depot = build_depot(database)
    assert claim(depot, "SN-LATE", invoice=False).chosen is Remedy.PAID_REPAIR  # W10: nothing registered
    claim(depot, "SN-LATE", invoice=True)
    update = unit_audits(depot, "SN-LATE")[1]
    assert update["sale_registered"] == {"old": False, "new": True} and update["note"] == SALE_REGISTERED_NOTE
    assert claim(depot, "SN-LATE", invoice=False).chosen is Remedy.FREE_REPAIR


def test_a_visit_shown_the_invoice_registers_the_sale_and_a_visit_without_it_uses_the_registered_one(
        database: Database) -> None:
    depot = build_depot(database)
    visits = VisitIdentificationService(database.sessions, clock=lambda: NOW)

    def visit(serial: str, sale: dt.date | None):
        called = CallRegister(database.sessions, clock=lambda: NOW).register(depot.staff["operator"], CallForm(
            channel=CallChannel.PHONE, caller_name="深圳华信科技", phone="0755-26781234", subject="交换机宕机",
            needs_visit=True, required_arrival_at=NOW + dt.timedelta(hours=4), city="深圳"))
        with database.sessions.read() as s:
            order_id = s.scalar(select(WorkOrder.id).where(WorkOrder.number == called.work_order_number))
        WorkOrderService(database.sessions).dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
        WorkOrderService(database.sessions).set_state(depot.staff["tech"], order_id, WorkOrderState.DIAGNOSING)
        return visits.identify(depot.staff["tech"], order_id, VisitProductForm(
            product_model="S5720-28P", serial=serial, fault_description="不通电", has_invoice=sale is not None,
            sale_date=sale, invoice_no="INV-V" if sale else None))

    assert visit("SN-VISIT", SOLD).remedy is Remedy.FREE_REPAIR
    with database.sessions.read() as s:
        assert s.scalar(select(Unit.sale_registered).where(Unit.serial == "SN-VISIT")) is True
    again = visit("SN-VISIT", None)
    assert again.remedy is Remedy.FREE_REPAIR and again.decision.sale_date_used == SOLD  # W10, not paid
    assert claim(depot, "SN-VISIT", invoice=False).chosen is Remedy.FREE_REPAIR  # and at the counter
