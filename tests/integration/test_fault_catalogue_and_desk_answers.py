"""The editable fault catalogue (E2, E16) and the desk recording the customer's answers (E11, E17)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.db.models import AuditEntry, FaultCategory, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.fault_catalogue import FaultCatalogue, FaultInput
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.listings import WorkOrderListing, WorkOrderQueue
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_support import WorkOrderSupport
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _line_id(depot: Depot) -> int:
    return FaultCatalogue(depot.db.sessions).product_lines()[0].id


def _dispatched(depot: Depot, serial: str) -> int:
    saved = depot.take_in(serial, TODAY - dt.timedelta(days=120))
    oid = order_id(depot.db, saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    return oid


# --- fault catalogue -----------------------------------------------------------------------------

def test_supervisor_adds_edits_and_retires_a_category(depot: Depot) -> None:
    catalogue, sup = FaultCatalogue(depot.db.sessions), depot.staff["sup"]
    line = _line_id(depot)
    new_id = catalogue.add(sup, line, FaultInput(" fan_noise ", "风扇异响", ""))
    entry = next(f for f in catalogue.faults(line) if f.id == new_id)
    assert (entry.code, entry.name_zh, entry.name_en, entry.active, entry.orders) == (
        "fan_noise", "风扇异响", "风扇异响", True, 0)  # no English name: the Chinese one stands in
    catalogue.edit(sup, new_id, FaultInput("fan_noise", "风扇噪音大", "Noisy fan"))
    oid = _dispatched(depot, "SN-FAULT-1")
    support = WorkOrderSupport(depot.db.sessions)
    assert "fan_noise" in [c.code for c in support.fault_categories(oid)]
    catalogue.set_active(sup, new_id, False)
    assert "fan_noise" not in [c.code for c in support.fault_categories(oid)]  # diagnosis no longer offers it
    retired = next(f for f in catalogue.faults(line) if f.id == new_id)
    assert not retired.active and retired.name_en == "Noisy fan"
    with depot.db.sessions.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(
            AuditEntry.entity == "fault_category", AuditEntry.entity_id == new_id).order_by(AuditEntry.id))]
    assert actions == ["create", "update", "update"]


def test_used_categories_show_their_order_count(depot: Depot) -> None:
    oid = _dispatched(depot, "SN-FAULT-2")
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.QUALITY_DEFECT, note="")
    counts = {f.code: f.orders for f in FaultCatalogue(depot.db.sessions).faults(_line_id(depot))}
    assert counts == {"no_power": 0, "port": 1}


@pytest.mark.parametrize(("given", "fields"), [
    (FaultInput("", "", ""), {"code", "name_zh"}),
    (FaultInput("no power", "不通电2", ""), {"code"}),
    (FaultInput("x" * 51, "名称", ""), {"code"}),
    (FaultInput("ok", "长" * 101, "y" * 101), {"name_zh", "name_en"}),
])
def test_bad_input_names_each_field_and_writes_nothing(depot: Depot, given: FaultInput, fields: set[str]) -> None:
    catalogue = FaultCatalogue(depot.db.sessions)
    with pytest.raises(FormInvalid) as invalid:
        catalogue.add(depot.staff["sup"], _line_id(depot), given)
    assert set(invalid.value.by_field()) == fields
    assert len(catalogue.faults(_line_id(depot))) == 2


def test_duplicate_code_in_the_line_is_refused(depot: Depot) -> None:
    catalogue = FaultCatalogue(depot.db.sessions)
    with pytest.raises(ValidationError, match="already in this product line") as clash:
        catalogue.add(depot.staff["sup"], _line_id(depot), FaultInput("port", "端口坏", ""))
    assert clash.value.field == "code"
    other = catalogue.add(depot.staff["sup"], _line_id(depot), FaultInput("port2", "端口松动", ""))
    with pytest.raises(ValidationError, match="already in this product line"):
        catalogue.edit(depot.staff["sup"], other, FaultInput("port", "端口松动", ""))


@pytest.mark.parametrize("who", ["operator", "tech"])
def test_only_supervisor_and_manager_edit_the_catalogue(depot: Depot, who: str) -> None:
    catalogue = FaultCatalogue(depot.db.sessions)
    with pytest.raises(MissingPermission):
        catalogue.add(depot.staff[who], _line_id(depot), FaultInput("x1", "某故障", ""))
    with pytest.raises(MissingPermission):
        catalogue.set_active(depot.staff[who], depot.fault_ids["port"], False)
    catalogue.add(depot.staff["manager"], _line_id(depot), FaultInput("x1", "某故障", ""))
    with depot.db.sessions.read() as s:
        assert s.scalar(select(FaultCategory.active).where(FaultCategory.id == depot.fault_ids["port"]))


# --- the desk records what the customer said ----------------------------------------------------

def _quoted(depot: Depot, serial: str) -> int:
    oid = _dispatched(depot, serial)
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.USER_DAMAGE, note="进水")
    BenchService(depot.db.sessions).quote(tech, oid, labour=Decimal("80"))
    return oid


def test_the_desk_records_the_quote_answer(depot: Depot) -> None:  # rule E11
    oid = _quoted(depot, "SN-Q-1")
    BenchService(depot.db.sessions).record_quote_answer(depot.staff["operator"], oid, accepted=True)
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        assert order.state is S.REPAIRING and order.quote_accepted is True


def test_another_technician_cannot_answer_for_the_customer(depot: Depot) -> None:
    oid = _quoted(depot, "SN-Q-2")
    with pytest.raises(MissingPermission):
        BenchService(depot.db.sessions).record_quote_answer(depot.staff["tech2"], oid, accepted=True)
    BenchService(depot.db.sessions).record_quote_answer(depot.staff["tech"], oid, accepted=False)  # the assignee may
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).state is S.READY_FOR_PICKUP


def test_the_desk_writes_the_customer_opinion_and_closes(depot: Depot) -> None:  # rule E17
    orders, tech, desk = WorkOrderService(depot.db.sessions), depot.staff["tech"], depot.staff["operator"]
    oid = _dispatched(depot, "SN-OP-1")
    for state in (S.DIAGNOSING, S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(tech, oid, state)
    assert orders.record_report(tech, oid, fault_cause="端口虚焊", solution="补焊", customer_opinion="",
                                no_parts=True) == ["report_customer_opinion"]
    with pytest.raises(ValidationError) as empty:
        orders.record_customer_opinion(desk, oid, "   ")
    assert empty.value.field == "customer_opinion"
    with pytest.raises(MissingPermission):
        orders.record_customer_opinion(depot.staff["tech2"], oid, "满意")
    assert orders.record_customer_opinion(desk, oid, " 修得很快，满意 ") == []
    orders.close(desk, oid)
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        assert order.state is S.CLOSED and order.report_customer_opinion == "修得很快，满意"
    with pytest.raises(ValidationError, match="already finished"):
        orders.record_customer_opinion(desk, oid, "再改")


# --- the overdue flag on the list (S3) -----------------------------------------------------------

def test_listing_flags_late_visits_and_undispatched_orders(depot: Depot) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    late = _dispatched(depot, "SN-LATE")
    on_time = _dispatched(depot, "SN-FINE")
    fresh = order_id(depot.db, depot.take_in("SN-NEW", TODAY - dt.timedelta(days=120)).work_order_number)
    with depot.db.sessions.write() as s, s.begin():
        s.get(WorkOrder, late).required_arrival_at = now - dt.timedelta(hours=1)
        s.get(WorkOrder, on_time).required_arrival_at = now + dt.timedelta(hours=3)
    listing = WorkOrderListing(depot.db.sessions)
    rows = {r.id: r for r in listing.fetch(0, 50)}
    assert rows[late].overdue and rows[late].required_arrival_at is not None
    assert not rows[on_time].overdue and not rows[fresh].overdue
    later = WorkOrderListing(depot.db.sessions, clock=lambda: now + dt.timedelta(hours=25))
    rows = {r.id: r for r in later.fetch(0, 50)}
    assert rows[fresh].overdue and rows[on_time].overdue  # a day undispatched; past the asked time
    later.queue = WorkOrderQueue.OVERDUE
    assert {r.id for r in later.fetch(0, 50)} == {r for r, row in rows.items() if row.overdue}
