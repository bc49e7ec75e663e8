"""Part lines waiting for stock, on both databases: a waiting wear part is a promise, not a charge (W3, W6):
the customer agrees to pay for it when it is issued, not before; and a waiting line no longer needed is
dropped with a reason, the order going on with its repair, a requisition already made left as it is (D8)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import CallChannel, MovementKind, PartCharge, WorkOrderState as S
from desktop_app.db.models import AuditEntry, RequisitionLine, StockMovement, WorkOrder, WorkOrderEvent, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.visit_identification import VisitIdentificationService, VisitProductForm
from desktop_app.services.visit_wear_parts import FittedWearParts
from desktop_app.services.waiting_parts import WaitingParts
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)  # ADP-12V (a wear part, 20.00 at cost) ×3, PWR-01 ×1, FAN-01 ×5 in stock


def diagnosing(depot: Depot, serial: str) -> int:
    """A bench order in warranty: a free repair (W3, W4)."""
    oid = depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=100)).work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    return oid


def receive(depot: Depot, part_no: str, quantity: int) -> None:
    with depot.db.sessions.write() as s, s.begin():
        s.add(StockMovement(part_id=depot.part_ids[part_no], kind=MovementKind.RECEIPT, quantity=quantity,
                            by_id=depot.staff["sup"].staff_id))


def audited(depot: Depot, action: str) -> list[dict]:
    with depot.db.sessions.read() as s:
        return [e.changes for e in s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                             .order_by(AuditEntry.id))]


def waiting(depot: Depot, oid: int) -> list[tuple[str, int]]:
    with depot.db.sessions.read() as s:
        return [(w.part.part_no, w.quantity) for w in s.scalars(select(WorkOrderPart).where(
            WorkOrderPart.work_order_id == oid, WorkOrderPart.stock_movement_id.is_(None)).order_by(WorkOrderPart.id))]


def state(depot: Depot, oid: int) -> S:
    with depot.db.sessions.read() as s:
        return s.get(WorkOrder, oid).state


def test_a_wear_part_short_in_stock_is_agreed_to_when_it_arrives_not_while_it_waits(depot: Depot) -> None:
    oid = diagnosing(depot, "SN-W1")
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]

    result = bench.use_parts(tech, oid, [(depot.part_ids["ADP-12V"], 5)])  # 3 in stock: nothing is issued

    assert not result.issued and state(depot, oid) is S.AWAITING_PARTS  # not refused for want of consent
    assert audited(depot, "customer_consent") == []  # nothing in the unit, nothing agreed to (W3, W6)
    receive(depot, "ADP-12V", 2)
    with pytest.raises(ValidationError) as refused:  # fitted now: now the customer is asked
        bench.issue_waiting_parts(tech, oid)
    assert refused.value.field == "customer_consent" and refused.value.params["parts"] == "ADP-12V"
    assert depot.on_hand("ADP-12V") == 5 and waiting(depot, oid) == [("ADP-12V", 5)]

    assert bench.issue_waiting_parts(tech, oid, customer_consent=True).issued

    assert audited(depot, "customer_consent") == [{"lines": [["ADP-12V", 5]], "amount": "100.00"}]  # at cost
    assert state(depot, oid) is S.REPAIRING and depot.on_hand("ADP-12V") == 0


def test_a_visit_is_identified_with_consent_for_the_wear_parts_fitted_only(depot: Depot) -> None:
    """E1, S3: a visit booked from a call; one adapter fitted on site, five more ordered (waiting)."""
    saved = CallRegister(depot.db.sessions).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="深圳华信科技", phone="0755-26781234", subject="交换机宕机，需上门",
        needs_visit=True, required_arrival_at=NOW + dt.timedelta(hours=4), city="深圳"))
    oid = depot.order_id(saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    assert bench.use_parts(tech, oid, [(depot.part_ids["ADP-12V"], 1)]).issued
    assert not bench.use_parts(tech, oid, [(depot.part_ids["ADP-12V"], 5)]).issued  # 2 left: waits
    visits = VisitIdentificationService(depot.db.sessions)
    found = VisitProductForm(product_model="S5720-28P", serial="SN-SITE", fault_description="整机不通电",
                             sale_date=TODAY - dt.timedelta(days=200))  # W3: a free repair
    preview = visits.preview(found, TODAY, tech).decision

    assert visits.wear_parts_to_agree(tech, oid, preview) == FittedWearParts((("ADP-12V", 1),), Decimal("20.00"))
    done = visits.identify(tech, oid, found, customer_consent=True)

    assert done.wear_parts_amount == Decimal("20.00")  # the one in the unit, not the six
    assert audited(depot, "customer_consent") == [{"lines": [["ADP-12V", 1]], "amount": "20.00"}]
    with pytest.raises(ValidationError) as refused:  # the five, when they come: asked then
        receive(depot, "ADP-12V", 3)
        bench.issue_waiting_parts(tech, oid)
    assert refused.value.field == "customer_consent"


def test_dropping_the_last_waiting_part_lets_the_repair_go_on_and_leaves_the_requisition(depot: Depot) -> None:
    oid = diagnosing(depot, "SN-D1")
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    assert not bench.use_parts(tech, oid, [(depot.part_ids["PWR-01"], 2)]).issued  # one in stock
    requisitions = RequisitionService(depot.db.sessions)  # D8: the shortage goes on the month's requisition
    number = requisitions.create(depot.staff["sup"], TODAY, [(depot.part_ids["PWR-01"], 2)])
    requisitions.submit(depot.staff["sup"], number)
    line_id = WaitingParts(depot.db.sessions).lines(oid)[0].line_id

    dropped = WaitingParts(depot.db.sessions).drop(tech, oid, line_id, " 换风扇后故障消失，不需要电源板 ")

    assert (dropped.part_no, dropped.quantity, dropped.repair_goes_on, dropped.requisitions) == (
        "PWR-01", 2, True, (number,))
    assert waiting(depot, oid) == [] and state(depot, oid) is S.REPAIRING  # as when the last part is issued
    assert audited(depot, "drop_waiting_part") == [{"lines": [["PWR-01", 2]], "reason": "换风扇后故障消失，不需要电源板"}]
    with depot.db.sessions.read() as s:
        assert s.scalars(select(WorkOrderEvent.note).where(WorkOrderEvent.work_order_id == oid)
                         .order_by(WorkOrderEvent.id.desc())).first() == "换风扇后故障消失，不需要电源板"
        assert s.execute(select(RequisitionLine.part_id, RequisitionLine.quantity)).all() == [
            (depot.part_ids["PWR-01"], 2)]  # the requisition line is not changed (D8)
    assert depot.on_hand("PWR-01") == 1  # no stock moved
    suggested = {x.part_no: x.short for x in requisitions.suggest(depot.staff["sup"], TODAY)}
    assert suggested.get("PWR-01", 0) == 0  # the next requisition no longer counts it


def test_a_waiting_part_is_dropped_only_with_a_reason_by_whoever_works_the_order(depot: Depot) -> None:
    oid = diagnosing(depot, "SN-D2")
    bench, tech, waits = BenchService(depot.db.sessions), depot.staff["tech"], WaitingParts(depot.db.sessions)
    assert not bench.use_parts(tech, oid, [(depot.part_ids["PWR-01"], 2), (depot.part_ids["ADP-12V"], 1)]).issued
    adapter = next(w for w in waits.lines(oid) if w.part_no == "ADP-12V")
    assert adapter.charged_to is PartCharge.CUSTOMER  # the wear part the customer declines (W3, W6)

    with pytest.raises(ValidationError) as no_reason:
        waits.drop(tech, oid, adapter.line_id, "  ")
    assert no_reason.value.field == "reason"
    for someone in (depot.staff["tech2"], depot.staff["operator"]):  # not their order / not their work (E1)
        with pytest.raises(PermissionDenied):
            waits.drop(someone, oid, adapter.line_id, "客户不要适配器")
    assert waiting(depot, oid) == [("PWR-01", 2), ("ADP-12V", 1)]

    dropped = waits.drop(depot.staff["sup"], oid, adapter.line_id, "客户不要适配器")  # the supervisor may

    assert not dropped.repair_goes_on and dropped.requisitions == ()
    assert waiting(depot, oid) == [("PWR-01", 2)] and state(depot, oid) is S.AWAITING_PARTS  # the board still waits
    with pytest.raises(ValidationError) as gone:  # a second counter's click on the same line
        waits.drop(tech, oid, adapter.line_id, "客户不要适配器")
    assert gone.value.field == "line"
