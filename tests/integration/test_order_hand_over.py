"""A supervisor hands an order still being worked on to another technician (rules E1, E16, E17, E23)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.core.work_order_flow import IllegalTransition
from desktop_app.db.models import AuditEntry, WorkOrder, WorkOrderEvent
from desktop_app.db.opening import Database
from desktop_app.errors import ChangedConcurrently, ValidationError
from desktop_app.services.accounts import AccountService
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
SALE = TODAY - dt.timedelta(days=100)


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _under_diagnosis(depot: Depot, serial: str, orders: WorkOrderService) -> int:
    oid = order_id(depot.db, depot.take_in(serial, SALE).work_order_number)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    orders.set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    return oid


def _history(depot: Depot, oid: int) -> list[tuple[S | None, S, str | None]]:
    with depot.db.sessions.read() as s:
        return [(e.from_state, e.to_state, e.note) for e in s.scalars(
            select(WorkOrderEvent).where(WorkOrderEvent.work_order_id == oid).order_by(WorkOrderEvent.id))]


def test_a_departed_technicians_order_under_diagnosis_goes_to_a_colleague(depot: Depot) -> None:
    orders = WorkOrderService(depot.db.sessions)
    oid = _under_diagnosis(depot, "SN-H1", orders)
    AccountService(depot.db.sessions).set_active(depot.staff["manager"], "tech", False)  # 李工 leaves
    orders.reassign(depot.staff["sup"], oid, depot.staff["tech2"].staff_id, "  李工离职  ")
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "work_order", AuditEntry.entity_id == oid,
                                                   AuditEntry.action == "reassign")).one()
    assert order.technician_id == depot.staff["tech2"].staff_id and order.state is S.DIAGNOSING  # the state stays
    assert audit.changes["technician_id"] == {"old": depot.staff["tech"].staff_id,
                                              "new": depot.staff["tech2"].staff_id}
    assert audit.changes["reason"] == "李工离职"
    # The history says who had it when: the hand-over is a line of its own, state unchanged.
    assert _history(depot, oid)[-1] == (S.DIAGNOSING, S.DIAGNOSING, "李工 → 王工: 李工离职")
    orders.set_state(depot.staff["tech2"], oid, S.REPAIRING)  # his own order now
    with pytest.raises(MissingPermission):
        orders.set_state(depot.staff["tech"], oid, S.REPAIRED)  # no longer 李工's


def test_the_completion_and_report_count_for_the_technician_who_finished(depot: Depot) -> None:
    orders = WorkOrderService(depot.db.sessions)
    oid = _under_diagnosis(depot, "SN-H2", orders)
    orders.reassign(depot.staff["sup"], oid, depot.staff["tech2"].staff_id, "李工病假")
    orders.set_state(depot.staff["tech2"], oid, S.REPAIRED)  # report left incomplete: E23
    month = EvaluationService(depot.db.sessions).month(depot.staff["sup"], TODAY.replace(day=1))
    figures = {m.name: m.figures for m in month}
    assert figures["王工"].completed == 1 and figures["王工"].incomplete_reports == 1
    assert "李工" not in figures or figures["李工"].completed == 0 and figures["李工"].incomplete_reports == 0


def test_a_hand_over_needs_the_supervisor_a_reason_and_another_active_technician(depot: Depot) -> None:
    orders = WorkOrderService(depot.db.sessions)
    oid = _under_diagnosis(depot, "SN-H3", orders)
    sup, tech2 = depot.staff["sup"], depot.staff["tech2"].staff_id
    for who in ("tech", "operator"):
        with pytest.raises(MissingPermission):
            orders.reassign(depot.staff[who], oid, tech2, "忙不过来")
    with pytest.raises(ValidationError) as no_reason:
        orders.reassign(sup, oid, tech2, "   ")
    assert no_reason.value.field == "reason"
    for target in (depot.staff["operator"].staff_id, depot.staff["tech"].staff_id, 0, 10**12):
        with pytest.raises(ValidationError) as wrong:
            orders.reassign(sup, oid, target, "忙不过来")
        assert wrong.value.field == "technician"
    orders.reassign(sup, oid, sup.staff_id, "主管自己接手")  # E1: the supervisor may take it himself
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).technician_id == sup.staff_id


def test_a_stale_screen_cannot_hand_over_an_order_changed_since(depot: Depot) -> None:
    orders = WorkOrderService(depot.db.sessions)
    oid = _under_diagnosis(depot, "SN-H4", orders)
    with depot.db.sessions.read() as s:
        version = s.get(WorkOrder, oid).row_version
    orders.set_state(depot.staff["tech"], oid, S.REPAIRING)
    with pytest.raises(ChangedConcurrently):
        orders.reassign(depot.staff["sup"], oid, depot.staff["tech2"].staff_id, "忙", expected_version=version)
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).technician_id == depot.staff["tech"].staff_id


@pytest.mark.parametrize("state", [S.REPAIRED, S.READY_FOR_PICKUP, S.CLOSED, S.CANCELLED])
def test_a_repaired_or_finished_unit_is_not_handed_over(depot: Depot, state: S) -> None:
    orders = WorkOrderService(depot.db.sessions)
    oid = _under_diagnosis(depot, f"SN-{state.value}", orders)
    with depot.db.sessions.write() as s, s.begin():
        s.get(WorkOrder, oid).state = state  # the way there is beside the point
    with pytest.raises(IllegalTransition):
        orders.reassign(depot.staff["sup"], oid, depot.staff["tech2"].staff_id, "离职")
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).technician_id == depot.staff["tech"].staff_id


def test_an_order_not_yet_dispatched_is_dispatched_not_handed_over(depot: Depot) -> None:
    orders = WorkOrderService(depot.db.sessions)
    oid = order_id(depot.db, depot.take_in("SN-H5", SALE).work_order_number)
    with pytest.raises(IllegalTransition, match="dispatch it"):
        orders.reassign(depot.staff["sup"], oid, depot.staff["tech2"].staff_id, "忙")


def test_a_re_dispatch_before_the_work_starts_shows_in_the_history_and_is_no_diagnosis(depot: Depot) -> None:
    # Rule S3/E14: the 24-hour answer runs from the new technician's dispatch to his first step; the
    # hand-over line (dispatched → dispatched) is not that step.
    start = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) - dt.timedelta(days=45)
    times = iter([start, start + dt.timedelta(hours=1), start + dt.timedelta(hours=31)])
    orders = WorkOrderService(depot.db.sessions, clock=lambda: next(times))
    oid = order_id(depot.db, depot.take_in("SN-H6", SALE).work_order_number)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech2"].staff_id)
    orders.set_state(depot.staff["tech2"], oid, S.DIAGNOSING)  # 30 hours after reaching 王工
    assert [(a, b) for a, b, _ in _history(depot, oid)] == [
        (S.RECEIVED, S.DISPATCHED), (S.DISPATCHED, S.DISPATCHED), (S.DISPATCHED, S.DIAGNOSING)]
    assert _history(depot, oid)[1][2] == "李工 → 王工"
    month = (start + dt.timedelta(hours=1)).astimezone().date().replace(day=1)
    figures = {m.name: m.figures for m in EvaluationService(depot.db.sessions).month(depot.staff["sup"], month)}
    assert figures["王工"].answered_24h_rate == 0
