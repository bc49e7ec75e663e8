"""A visit booked from a call gets its product on site: claim, unit, judgement, re-rated parts (W1-W6, W10, W12, D13, E16)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import (
    CallChannel,
    CauseClass,
    ClaimChannel,
    CostBearer,
    PartCharge,
    Remedy,
    WorkOrderKind,
    WorkOrderState as S,
)
from desktop_app.db.models import AuditEntry, Claim, Product, Unit, WorkOrder, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.gui.translations import translator_function
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.parts_catalogue import PartInput, PartsCatalogue
from desktop_app.services.visit_identification import VisitIdentificationService, VisitProductForm
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_documents import WorkOrderDocuments
from desktop_app.services.work_orders import WorkOrderService

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def booked_visit(depot: Depot, phone: str = "0755-26781234", at: dt.datetime = NOW) -> int:
    """E1, S3: a call asking for a visit; the supervisor dispatches it to 李工, who starts on site."""
    saved = CallRegister(depot.db.sessions, clock=lambda: at).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="深圳华信科技", phone=phone, subject="机房交换机宕机，需上门",
        needs_visit=True, required_arrival_at=at + dt.timedelta(hours=4), city="深圳"))
    with depot.db.sessions.read() as s:
        order_id = s.scalar(select(WorkOrder.id).where(WorkOrder.number == saved.work_order_number))
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    orders.set_state(depot.staff["tech"], order_id, S.DIAGNOSING)
    return order_id


def product(serial: str, sale: dt.date | None, **changes) -> VisitProductForm:
    form = VisitProductForm(product_model="S5720-28P", serial=serial, fault_description="整机不通电",
                            sale_date=sale, has_invoice=sale is not None)
    return dataclasses.replace(form, **changes)


def counts(depot: Depot) -> tuple[int, int, int]:
    with depot.db.sessions.read() as s:
        return (s.scalar(select(func.count(Claim.id))), s.scalar(select(func.count(Unit.id))),
                s.scalar(select(func.count(AuditEntry.id))))


def test_an_in_warranty_visit_moves_the_issued_part_to_the_fund(depot: Depot) -> None:  # W3, W4, D13
    order_id = booked_visit(depot)
    arrived = NOW + dt.timedelta(hours=3)
    bench = BenchService(depot.db.sessions, clock=lambda: arrived)  # the visit is recorded once there (S3)
    with depot.db.sessions.read() as s:
        required = s.get(WorkOrder, order_id).required_arrival_at
    bench.record_visit(depot.staff["tech"], order_id, arrived_at=arrived, departed_at=None, called_headquarters=None)
    assert bench.use_parts(depot.staff["tech"], order_id, [(depot.part_ids["PWR-01"], 1)]).issued
    with depot.db.sessions.read() as s:  # no claim yet: the customer's, at cost (W5)
        line = s.scalar(select(WorkOrderPart))
        assert (line.charged_to, line.unit_price) == (PartCharge.CUSTOMER, Decimal("120.00"))

    done = VisitIdentificationService(depot.db.sessions).identify(
        depot.staff["tech"], order_id, product("SN-V1", TODAY - dt.timedelta(days=200)))

    assert done.remedy is Remedy.FREE_REPAIR and done.cost_bearer is CostBearer.FUND_IN_WARRANTY
    assert done.serial == "SN-V1" and done.decision.offered == (Remedy.FREE_REPAIR,)
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, order_id)
        claim = s.get(Claim, done.claim_id)
        unit = s.get(Unit, order.unit_id)
        line = s.scalar(select(WorkOrderPart))
        audits = {(e.entity, e.action): e.changes for e in s.scalars(select(AuditEntry))}
        orders = s.scalar(select(func.count(WorkOrder.id)))
    assert order.claim_id == claim.id and unit.serial == "SN-V1" and claim.unit_id == unit.id
    assert orders == 1 and order.kind is WorkOrderKind.ON_SITE  # the same order, no second one
    assert order.required_arrival_at == required and order.arrived_at == arrived  # every visit time kept
    assert claim.channel is ClaimChannel.ON_SITE_REQUEST and claim.customer_id == order.customer_id
    assert claim.claim_date == TODAY and claim.decision is Remedy.FREE_REPAIR
    assert claim.fault_description == "整机不通电" and unit.customer_id == order.customer_id
    assert (line.charged_to, line.unit_price) == (PartCharge.FUND, Decimal("150.00"))  # D13 at the fee (D9)
    assert audits[("work_order", "parts_recharged")]["lines"] == [
        {"part": "PWR-01", "charged_to": {"old": "customer", "new": "fund"},
         "unit_price": {"old": "120.00", "new": "150.00"}}]
    assert audits[("work_order", "identify_product")]["claim_number"] == claim.number
    assert ("claim", "create") in audits and ("unit", "create") in audits


def test_a_visit_within_the_return_period_is_still_a_repair(depot: Depot) -> None:  # W2, W9
    order_id = booked_visit(depot)
    done = VisitIdentificationService(depot.db.sessions).identify(
        depot.staff["operator"], order_id, product("SN-V2", TODAY - dt.timedelta(days=10)))
    assert done.decision.rule_best is Remedy.RETURN and done.decision.offered == (Remedy.FREE_REPAIR,)
    assert not done.decision.needs_manager_approval
    assert not any("(W9)" in n or "(W3)" in n for n in done.decision.notes)
    with depot.db.sessions.read() as s:
        claim = s.get(Claim, done.claim_id)
    assert claim.offered_remedies == ["free_repair"] and claim.accessories_missing == []
    assert claim.decision_detail["needs_manager_approval"] is False


def test_a_paid_repair_keeps_the_customers_charge(depot: Depot) -> None:  # W5
    order_id = booked_visit(depot)
    BenchService(depot.db.sessions).use_parts(depot.staff["tech"], order_id, [(depot.part_ids["FAN-01"], 2)])
    done = VisitIdentificationService(depot.db.sessions).identify(
        depot.staff["sup"], order_id, product("SN-V3", TODAY - dt.timedelta(days=4 * 365)))
    assert done.remedy is Remedy.PAID_REPAIR and done.cost_bearer is CostBearer.CUSTOMER
    with depot.db.sessions.read() as s:
        line = s.scalar(select(WorkOrderPart))
        recharged = s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "parts_recharged"))
    assert (line.charged_to, line.unit_price) == (PartCharge.CUSTOMER, Decimal("35.50")) and recharged == 0


def test_the_promise_in_force_on_the_call_day_applies(depot: Depot) -> None:  # W12, W1
    called = NOW - dt.timedelta(days=3)
    order_id = booked_visit(depot, at=called)
    sale = called.astimezone().date() - dt.timedelta(days=1)
    done = VisitIdentificationService(depot.db.sessions).identify(depot.staff["tech"], order_id, product("SN-V4", sale))
    with depot.db.sessions.read() as s:
        assert s.get(Claim, done.claim_id).claim_date == called.astimezone().date()
    # A sale after the call, even if before today, is a claim before its sale (W1): refused, named.
    later = booked_visit(depot, phone="0755-26780000", at=called)
    with pytest.raises(FormInvalid) as caught:
        VisitIdentificationService(depot.db.sessions).identify(
            depot.staff["tech"], later, product("SN-V5", TODAY - dt.timedelta(days=1)))
    assert [e.field for e in caught.value.errors] == ["claim_date"]


def test_a_second_identification_is_refused(depot: Depot) -> None:
    order_id = booked_visit(depot)
    service = VisitIdentificationService(depot.db.sessions)
    service.identify(depot.staff["tech"], order_id, product("SN-V6", TODAY - dt.timedelta(days=100)))
    before = counts(depot)
    with pytest.raises(ValidationError, match="already has its product"):
        service.identify(depot.staff["tech"], order_id, product("SN-V7", TODAY - dt.timedelta(days=100)))
    assert counts(depot) == before


def test_only_on_site_orders_without_a_claim_and_their_people(depot: Depot) -> None:
    service = VisitIdentificationService(depot.db.sessions)
    bench_order = depot.take_in("SN-B1", TODAY - dt.timedelta(days=200)).work_order_number
    with depot.db.sessions.read() as s:
        bench_id = s.scalar(select(WorkOrder.id).where(WorkOrder.number == bench_order))
    with pytest.raises(ValidationError, match="already has its product"):
        service.identify(depot.staff["operator"], bench_id, product("SN-B2", TODAY))
    order_id = booked_visit(depot)
    with pytest.raises(MissingPermission):  # someone else's visit
        service.identify(depot.staff["tech2"], order_id, product("SN-V8", TODAY))
    WorkOrderService(depot.db.sessions).cancel(depot.staff["sup"], order_id, "客户取消")
    with pytest.raises(ValidationError, match="already finished"):
        service.identify(depot.staff["sup"], order_id, product("SN-V8", TODAY))


@pytest.mark.parametrize(("changes", "fields"), [
    ({"product_model": "NO-SUCH"}, ["product_model"]),
    ({"serial": "  "}, ["serial"]),
    ({"serial": "X" * 101}, ["serial"]),
    ({"sale_date": TODAY + dt.timedelta(days=1)}, ["sale_date"]),
    ({"sale_date": None}, ["sale_date"]),  # invoice ticked without its date (W10)
    ({"fault_description": ""}, ["fault_description"]),
])
def test_bad_input_names_the_field_and_writes_nothing(depot: Depot, changes: dict, fields: list[str]) -> None:
    order_id = booked_visit(depot)
    BenchService(depot.db.sessions).use_parts(depot.staff["tech"], order_id, [(depot.part_ids["FAN-01"], 1)])
    before = counts(depot)
    with pytest.raises(FormInvalid) as caught:
        VisitIdentificationService(depot.db.sessions).identify(
            depot.staff["tech"], order_id,
            dataclasses.replace(product("SN-BAD", TODAY - dt.timedelta(days=30)), **changes))
    assert [e.field for e in caught.value.errors] == fields
    assert counts(depot) == before
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, order_id)
        assert order.claim_id is None and order.unit_id is None
        assert s.scalar(select(WorkOrderPart.charged_to)) is PartCharge.CUSTOMER


def test_a_known_serial_uses_its_registered_sale(depot: Depot) -> None:  # W10
    with depot.db.sessions.write() as s, s.begin():
        switch = s.scalar(select(Product).where(Product.model == "S5720-28P"))
        s.add(Product(model="S5720-52P", name="52口交换机", category_id=switch.category_id, accessories=[]))
        s.add(Unit(serial="SN-REG", product_id=switch.id, sale_date=TODAY - dt.timedelta(days=100),
                   sale_registered=True))
    service = VisitIdentificationService(depot.db.sessions)
    known = service.known_unit("SN-REG")
    assert known is not None and known.model == "S5720-28P" and known.sale_registered and known.serial == "SN-REG"
    order_id = booked_visit(depot)
    before_units = counts(depot)[1]
    # No invoice on site: the registered sale judges the repair; a typed date without it is not read.
    done = service.identify(depot.staff["tech"], order_id,
                            product("SN-REG", TODAY - dt.timedelta(days=2000), has_invoice=False))
    assert done.remedy is Remedy.FREE_REPAIR and done.decision.sale_date_used == TODAY - dt.timedelta(days=100)
    with depot.db.sessions.read() as s:
        unit = s.scalar(select(Unit).where(Unit.serial == "SN-REG"))
        order = s.get(WorkOrder, order_id)
    assert counts(depot)[1] == before_units and order.unit_id == unit.id  # reused, not a new unit
    assert unit.customer_id == order.customer_id and unit.sale_date == TODAY - dt.timedelta(days=100)
    # The serial under another model is refused on the serial field, as at intake.
    other = booked_visit(depot, phone="0755-26789999")
    with pytest.raises(FormInvalid) as caught:
        service.identify(depot.staff["tech"], other, product("SN-REG", None, has_invoice=False,
                                                            product_model="S5720-52P"))
    assert [e.field for e in caught.value.errors] == ["serial"]


def _finish(depot: Depot, order_id: int) -> None:
    orders = WorkOrderService(depot.db.sessions)
    tech = depot.staff["tech"]
    orders.set_state(tech, order_id, S.REPAIRING)
    orders.set_state(tech, order_id, S.REPAIRED)


def _diagnose(depot: Depot, order_id: int) -> str | None:
    return BenchService(depot.db.sessions).record_diagnosis(
        depot.staff["tech"], order_id, fault_category_id=depot.fault_ids["port"], cause=CauseClass.QUALITY_DEFECT,
        note="端口坏").repeat_of


def test_e16_flags_a_repeat_visit_once_both_are_identified(depot: Depot) -> None:
    service, sale = VisitIdentificationService(depot.db.sessions), TODAY - dt.timedelta(days=200)
    first = booked_visit(depot)
    assert _diagnose(depot, first) is None
    _finish(depot, first)
    second = booked_visit(depot)
    assert _diagnose(depot, second) is None  # no serial known yet on either visit
    service.identify(depot.staff["tech"], second, product("SN-E16", sale))
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, second).repeat_of_id is None  # the first visit's serial is still unknown
    service.identify(depot.staff["tech"], first, product("SN-E16", sale))
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, second).repeat_of_id == first
        flagged = s.scalar(select(AuditEntry.entity_id).where(AuditEntry.action == "repeat_repair"))
    assert flagged == second
    # Identified before its diagnosis, a third visit is flagged by the diagnosis as any order is.
    third = booked_visit(depot)
    service.identify(depot.staff["tech"], third, product("SN-E16", sale))
    assert _diagnose(depot, third) is not None


def test_an_earlier_diagnosis_of_user_damage_makes_the_visit_paid(depot: Depot) -> None:  # W11
    order_id = booked_visit(depot)
    BenchService(depot.db.sessions).record_diagnosis(
        depot.staff["tech"], order_id, fault_category_id=depot.fault_ids["port"], cause=CauseClass.USER_DAMAGE,
        note="进水")
    BenchService(depot.db.sessions).use_parts(depot.staff["tech"], order_id, [(depot.part_ids["FAN-01"], 1)])
    VisitIdentificationService(depot.db.sessions).identify(
        depot.staff["tech"], order_id, product("SN-W11", TODAY - dt.timedelta(days=100)))
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, order_id)
        line = s.scalar(select(WorkOrderPart))
    assert order.final_decision is Remedy.PAID_REPAIR and line.charged_to is PartCharge.CUSTOMER


def test_the_service_report_prints_the_identified_product(depot: Depot, tmp_path: Path) -> None:
    order_id = booked_visit(depot)
    done = VisitIdentificationService(depot.db.sessions).identify(
        depot.staff["tech"], order_id, product("SN-PRINT", TODAY - dt.timedelta(days=200)))
    pdf = tmp_path / "report.pdf"
    WorkOrderDocuments(depot.db.sessions).make_service_report(
        depot.staff["operator"], order_id, language="zh_CN", translate=translator_function("zh_CN")).save_to(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("SN-PRINT", "S5720-28P", done.claim_number, "上门服务：一律维修"):
        assert expected in text, expected


def test_a_wear_flag_changed_after_the_call_does_not_apply_to_the_visit(depot: Depot) -> None:  # W6, W12
    """The customer claimed when calling: a part the manager marks as wear between the call and the
    product's identification on site stays the fund's on this visit, as on a claim taken at the counter."""
    order_id = booked_visit(depot, at=NOW - dt.timedelta(hours=2))
    catalogue = PartsCatalogue(depot.db.sessions)
    row = catalogue.get_part("FAN-01")
    catalogue.edit_part(depot.staff["manager"], "FAN-01", dataclasses.replace(PartInput(
        part_no=row.part_no, name=row.name, compatible_models=row.compatible_models, category=row.category,
        is_wear_part=row.is_wear_part, unit_of_measure=row.unit_of_measure, reorder_level=row.reorder_level,
        active=row.active), is_wear_part=True))

    done = VisitIdentificationService(depot.db.sessions).identify(
        depot.staff["tech"], order_id, product("SN-V9", TODAY - dt.timedelta(days=200)))

    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], order_id, [(depot.part_ids["FAN-01"], 1)]).issued
    with depot.db.sessions.read() as s:
        line = s.scalar(select(WorkOrderPart).where(WorkOrderPart.work_order_id == order_id))
        taken = s.get(Claim, done.claim_id).created_at
    assert (line.charged_to, line.unit_price) == (PartCharge.FUND, Decimal("45.00"))
    assert taken == NOW - dt.timedelta(hours=2)  # the claim is dated from the call, as its S1/S3 clocks are


def test_a_unit_sold_in_the_nineties_is_identified_as_at_the_counter(depot: Depot) -> None:  # W5
    """Intake takes in a product sold decades ago for paid repair; the visit judges it the same way."""
    order_id = booked_visit(depot)
    done = VisitIdentificationService(depot.db.sessions).identify(
        depot.staff["tech"], order_id, product("SN-V10", dt.date(1995, 6, 1)))
    assert done.remedy is Remedy.PAID_REPAIR and done.cost_bearer is CostBearer.CUSTOMER
