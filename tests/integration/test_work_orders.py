"""Work orders from dispatch to close on both databases: permissions, parts, reports, E16, E23."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from sqlalchemy import select
from accepted_quotes import accept_quote
from work_order_fixtures import Depot, build_depot, on_hand, order_id

from desktop_app.core.vocabulary import CauseClass, ClaimStatus, PartCharge, Remedy, WorkOrderState as S
from desktop_app.core.work_order_flow import IllegalTransition
from desktop_app.db.models import Claim, Unit, WorkOrder, WorkOrderEvent, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import IncompleteReport, WorkOrderService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _dispatched(depot: Depot, serial: str, sale: dt.date) -> int:
    saved = depot.take_in(serial, sale)
    oid = order_id(depot.db, saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    return oid


def test_from_dispatch_to_close(depot: Depot) -> None:
    orders, bench = WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions)
    oid = _dispatched(depot, "SN-1", TODAY - dt.timedelta(days=200))
    tech = depot.staff["tech"]
    orders.set_state(tech, oid, S.DIAGNOSING)
    result = bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["no_power"],
                                    cause=CauseClass.QUALITY_DEFECT, note="电源板电容鼓包")
    assert result.decision.best is Remedy.EXCHANGE and not result.tier_changed and result.repeat_of is None
    assert bench.use_parts(tech, oid, [(depot.part_ids["PWR-01"], 1)]).issued
    assert on_hand(depot.db, depot.part_ids["PWR-01"]) == 0
    orders.set_state(tech, oid, S.REPAIRING)
    orders.set_state(tech, oid, S.REPAIRED)
    orders.set_state(tech, oid, S.READY_FOR_PICKUP)
    with pytest.raises(IncompleteReport) as incomplete:
        orders.close(depot.staff["operator"], oid)
    assert incomplete.value.missing == ["report_fault_cause", "report_solution", "report_customer_opinion"]
    # In English (the source language) the parts are listed with ", ", never the Chinese 「、」.
    assert incomplete.value.render().startswith("The service report is incomplete: fault cause, solution, ")
    assert orders.record_report(tech, oid, fault_cause="电源板电容老化", solution="更换电源板",
                                customer_opinion="满意") == []
    orders.close(depot.staff["operator"], oid)  # the desk hands the unit over
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        states = [e.to_state for e in s.scalars(select(WorkOrderEvent).where(WorkOrderEvent.work_order_id == oid)
                                                 .order_by(WorkOrderEvent.id))]
        line = s.scalar(select(WorkOrderPart))
        claim = s.get(Claim, order.claim_id)
    assert states == [S.DISPATCHED, S.DIAGNOSING, S.REPAIRING, S.REPAIRED, S.READY_FOR_PICKUP, S.CLOSED]
    assert order.closed_at and order.completed_at and claim.status is ClaimStatus.COMPLETED
    assert line.charged_to is PartCharge.FUND and line.unit_price == Decimal("150.00")  # rules D13, D9


def test_only_the_supervisor_dispatches_and_only_the_assignee_works(depot: Depot) -> None:
    saved = depot.take_in("SN-2", TODAY - dt.timedelta(days=50))
    oid = order_id(depot.db, saved.work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    for who in ("operator", "tech"):
        with pytest.raises(MissingPermission):
            orders.dispatch(depot.staff[who], oid, depot.staff["tech"].staff_id)
    with pytest.raises(Exception, match="active technician"):
        orders.dispatch(depot.staff["sup"], oid, depot.staff["operator"].staff_id)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    with pytest.raises(MissingPermission):
        orders.set_state(depot.staff["tech2"], oid, S.DIAGNOSING)  # someone else's order
    with pytest.raises(IllegalTransition):
        orders.set_state(depot.staff["tech"], oid, S.REPAIRED)
    orders.set_state(depot.staff["sup"], oid, S.DIAGNOSING)  # a supervisor may work any order


def test_user_damage_found_at_diagnosis_changes_the_tier(depot: Depot) -> None:
    oid = _dispatched(depot, "SN-3", TODAY - dt.timedelta(days=100))
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    result = BenchService(depot.db.sessions).record_diagnosis(
        tech, oid, fault_category_id=depot.fault_ids["port"], cause=CauseClass.USER_DAMAGE, note="进水")
    assert result.tier_changed and result.decision.best is Remedy.PAID_REPAIR  # rule W11
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        assert order.final_decision is Remedy.PAID_REPAIR and order.claim.decision is Remedy.EXCHANGE
    total = BenchService(depot.db.sessions).quote(tech, oid, labour=Decimal("80"), parts=[(depot.part_ids["FAN-01"], 2)])
    assert total == Decimal("151.00")  # 2 x 35.50 at cost (W5) + 80 labour
    BenchService(depot.db.sessions).record_quote_answer(tech, oid, accepted=False)
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).state is S.READY_FOR_PICKUP and s.get(WorkOrder, oid).quote_accepted is False


def test_short_parts_issue_nothing_and_wait(depot: Depot) -> None:
    oid = _dispatched(depot, "SN-4", TODAY - dt.timedelta(days=100))
    tech, bench = depot.staff["tech"], BenchService(depot.db.sessions)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    result = bench.use_parts(tech, oid, [(depot.part_ids["FAN-01"], 2), (depot.part_ids["PWR-01"], 3)])
    assert not result.issued and [(x.part_no, x.needed, x.on_hand) for x in result.shortages] == [("PWR-01", 3, 1)]
    assert on_hand(depot.db, depot.part_ids["FAN-01"]) == 5  # nothing issued: all or nothing
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).state is S.AWAITING_PARTS
    assert not bench.issue_waiting_parts(tech, oid).issued
    from desktop_app.core.vocabulary import MovementKind
    from desktop_app.db.models import StockMovement

    with depot.db.sessions.write() as s, s.begin():
        s.add(StockMovement(part_id=depot.part_ids["PWR-01"], kind=MovementKind.RECEIPT, quantity=2,
                            by_id=depot.staff["sup"].staff_id))
    assert bench.issue_waiting_parts(tech, oid).issued
    assert on_hand(depot.db, depot.part_ids["PWR-01"]) == 0 and on_hand(depot.db, depot.part_ids["FAN-01"]) == 3
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).state is S.REPAIRING


def test_wear_parts_are_charged_to_the_customer_at_cost(depot: Depot) -> None:  # rule W6
    oid = _dispatched(depot, "SN-5", TODAY - dt.timedelta(days=40))  # exchange period: parts free, not wear
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    # W3: the customer agreed to pay for the adapter (without it the issue is refused)
    BenchService(depot.db.sessions).use_parts(tech, oid, [(depot.part_ids["ADP-12V"], 1)], customer_consent=True)
    with depot.db.sessions.read() as s:
        line = s.scalar(select(WorkOrderPart))
    assert line.charged_to is PartCharge.CUSTOMER and line.unit_price == Decimal("20.00")


def test_two_technicians_racing_for_the_last_part(depot: Depot) -> None:
    """Exactly one of two parallel issues of the last unit succeeds (row lock / write lock)."""
    first, second = (_dispatched(depot, f"SN-R{i}", TODAY - dt.timedelta(days=45)) for i in range(2))
    orders = WorkOrderService(depot.db.sessions)
    for oid in (first, second):
        orders.set_state(depot.staff["sup"], oid, S.DIAGNOSING)
    barrier, results = threading.Barrier(2), {}

    def issue(oid: int) -> None:
        barrier.wait()
        results[oid] = BenchService(depot.db.sessions).use_parts(depot.staff["sup"], oid,
                                                                  [(depot.part_ids["PWR-01"], 1)]).issued

    threads = [threading.Thread(target=issue, args=(oid,)) for oid in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results.values()) == [False, True]
    assert on_hand(depot.db, depot.part_ids["PWR-01"]) == 0


@pytest.mark.parametrize(("days_after", "repeat"), [(89, True), (90, True), (91, False)])
def test_repeat_repair_within_the_window(depot: Depot, days_after: int, repeat: bool) -> None:
    """Rule E16: same serial, same fault category, within 90 days of the earlier completion."""
    first = _dispatched(depot, "SN-E16", TODAY - dt.timedelta(days=300))
    second = _dispatched(depot, "SN-E16", TODAY - dt.timedelta(days=300))
    with depot.db.sessions.write() as s, s.begin():
        earlier, later = s.get(WorkOrder, first), s.get(WorkOrder, second)
        earlier.fault_category_id = depot.fault_ids["port"]
        earlier.completed_at = later.created_at - dt.timedelta(days=days_after)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], second, S.DIAGNOSING)
    result = BenchService(depot.db.sessions).record_diagnosis(
        depot.staff["tech"], second, fault_category_id=depot.fault_ids["port"], cause=CauseClass.QUALITY_DEFECT,
        note="端口又坏了")
    with depot.db.sessions.read() as s:
        assert (result.repeat_of is not None) is repeat
        assert (s.get(WorkOrder, second).repeat_of_id == first) is repeat


def test_late_arrival_is_flagged(depot: Depot) -> None:  # rules S3, E23
    oid = _dispatched(depot, "SN-6", TODAY - dt.timedelta(days=45))
    required = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.timezone.utc)
    with depot.db.sessions.write() as s, s.begin():
        order = s.get(WorkOrder, oid)  # dispatched before the arrival asked for (an arrival never precedes it)
        order.required_arrival_at, order.dispatched_at = required, required - dt.timedelta(hours=2)
    bench = BenchService(depot.db.sessions)
    assert bench.record_visit(depot.staff["tech"], oid, arrived_at=required, departed_at=None,
                              called_headquarters=None) is False
    assert bench.record_visit(depot.staff["tech"], oid, arrived_at=required + dt.timedelta(minutes=1),
                              departed_at=required + dt.timedelta(hours=2), called_headquarters=False) is True
    # The ended visit corrected (no longer late: the supervisor's to clear, E24), not recorded over.
    assert bench.correct_visit(depot.staff["sup"], oid, arrived_at=required, departed_at=None, called_headquarters=None,
                               travel_started_at=required - dt.timedelta(minutes=50)) is False
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).travel_started_at == required - dt.timedelta(minutes=50)
    with pytest.raises(Exception, match="journey"):
        bench.record_visit(depot.staff["tech"], oid, arrived_at=required, departed_at=None, called_headquarters=None,
                           travel_started_at=required + dt.timedelta(minutes=5))
    with pytest.raises(Exception, match="departure"):
        bench.record_visit(depot.staff["tech"], oid, arrived_at=required, departed_at=required - dt.timedelta(hours=1),
                           called_headquarters=True)


def test_exchange_links_old_and_new_units(depot: Depot) -> None:
    oid = _dispatched(depot, "SN-OLD", TODAY - dt.timedelta(days=60))
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(depot.staff["tech"], oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.QUALITY_DEFECT, note="")  # W3: final remedy
    BenchService(depot.db.sessions).record_exchange(depot.staff["tech"], oid, "SN-NEW")
    with depot.db.sessions.read() as s:
        old = s.scalar(select(Unit).where(Unit.serial == "SN-OLD"))
        new = s.scalar(select(Unit).where(Unit.serial == "SN-NEW"))
    assert old.replaced_by_unit_id == new.id and new.sale_date == old.sale_date
    with pytest.raises(Exception, match="already registered"):
        BenchService(depot.db.sessions).record_exchange(depot.staff["tech"], oid, "SN-NEW")


def test_cancel_needs_a_reason_and_the_supervisor(depot: Depot) -> None:
    oid = _dispatched(depot, "SN-7", TODAY - dt.timedelta(days=60))
    orders = WorkOrderService(depot.db.sessions)
    with pytest.raises(Exception, match="reason"):
        orders.cancel(depot.staff["sup"], oid, " ")
    with pytest.raises(MissingPermission):
        orders.cancel(depot.staff["tech"], oid, "客户撤回")
    orders.cancel(depot.staff["sup"], oid, "客户撤回")
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).state is S.CANCELLED


def test_details_show_history_parts_and_both_decisions(depot: Depot) -> None:
    from desktop_app.services.work_order_details import WorkOrderDetails

    oid = _dispatched(depot, "SN-D", TODAY - dt.timedelta(days=100))
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.USER_DAMAGE, note="进水")
    accept_quote(depot.db, tech, oid, [(depot.part_ids["FAN-01"], 2)])  # W11 made it a paid repair: E11
    BenchService(depot.db.sessions).use_parts(tech, oid, [(depot.part_ids["FAN-01"], 2)])
    with depot.db.sessions.read() as s:
        number = s.get(WorkOrder, oid).number
    detail = WorkOrderDetails(depot.db.sessions).get(depot.staff["operator"], number)
    assert detail.id == oid and detail.serial == "SN-D" and detail.technician == "李工"
    assert (detail.intake_decision, detail.final_decision) == (Remedy.EXCHANGE, Remedy.PAID_REPAIR)
    assert [e.target for e in detail.history] == [S.RECEIVED, S.DISPATCHED, S.DIAGNOSING,  # 受理 first
                                                  S.AWAITING_APPROVAL, S.REPAIRING]
    assert [(p.part_no, p.quantity, p.charged_to, p.issued) for p in detail.parts] == [
        ("FAN-01", 2, PartCharge.CUSTOMER, True)]
    assert detail.charges_to_customer == Decimal("151.00") and detail.fault_category == "端口故障"  # + labour
    assert S.REPAIRED in detail.next_states
