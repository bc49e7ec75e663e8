"""A part the catalogue lists only for other models is issued to an order only with a reason, kept with the
issue in the audit trail (D5, D9, W3), on both databases; the unit's own parts, universal parts and a visit
whose product is not identified yet are never held up, and the charge rules stay as they were."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CallChannel, CauseClass, MovementKind, PartCharge, WorkOrderState as S
from desktop_app.db.models import AuditEntry, FeeSchedule, FeeScheduleItem, Part, StockMovement, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_support import WorkOrderSupport
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


@pytest.fixture
def depot(database: Database) -> Depot:
    """PWR-01 is listed for another switch only; FAN-01 and ADP-12V list no model (universal)."""
    depot = build_depot(database, power_board_models=("S5730-52X",))
    with depot.db.sessions.write() as s, s.begin():
        part = Part(part_no="PWR-28P", name="电源板", compatible_models=["s5720-28p"])  # any case
        s.add(part)
        s.flush()
        s.add(FeeScheduleItem(schedule_id=s.scalar(select(FeeSchedule.id)), part_id=part.id,
                              cost_price=Decimal("110.00"), fee_price=Decimal("140.00")))
        s.add(StockMovement(part_id=part.id, kind=MovementKind.RECEIPT, quantity=2, by_id=depot.staff["manager"].staff_id))
    return depot


def diagnosed(depot: Depot, serial: str) -> int:
    """A S5720-28P in its exchange tier (W3), a quality defect: its parts are the fund's (D5, D13)."""
    number = depot.take_in(serial, TODAY - dt.timedelta(days=100)).work_order_number
    oid, tech = order_id(depot.db, number), depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["no_power"],
                                                     cause=CauseClass.QUALITY_DEFECT, note="")
    return oid


def issued(depot: Depot, oid: int) -> list[tuple[str, PartCharge, Decimal]]:
    with depot.db.sessions.read() as s:
        return [(w.part.part_no, w.charged_to, w.unit_price) for w in s.scalars(
            select(WorkOrderPart).where(WorkOrderPart.work_order_id == oid).order_by(WorkOrderPart.id))]


def issue_entries(depot: Depot, oid: int) -> list[dict]:
    with depot.db.sessions.read() as s:
        return [e.changes for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == oid, AuditEntry.action.in_(("parts_issued", "parts_needed"))))]


def test_a_part_for_another_model_is_refused_without_a_reason_and_nothing_leaves_stock(depot: Depot) -> None:
    oid = diagnosed(depot, "SN-ODD")
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    for reason in (None, "", "   "):
        with pytest.raises(ValidationError) as refused:
            bench.use_parts(tech, oid, [(depot.part_ids["PWR-01"], 1), (depot.part_ids["FAN-01"], 1)],
                            incompatible_reason=reason)
        assert refused.value.field == "incompatible_reason"
        assert refused.value.params == {"parts": "PWR-01", "model": "S5720-28P"}
    assert issued(depot, oid) == [] and depot.on_hand("PWR-01") == 1 and depot.on_hand("FAN-01") == 5
    assert issue_entries(depot, oid) == []


def test_with_a_reason_it_is_issued_charged_as_before_and_the_reason_is_in_the_audit_trail(depot: Depot) -> None:
    oid = diagnosed(depot, "SN-ODD")
    lines = [(depot.part_ids["PWR-01"], 1), (depot.part_ids["FAN-01"], 1)]
    result = BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, lines,
                                                       incompatible_reason="  同款电源板，原厂确认可替代  ")
    assert result.issued
    # The charge rules are unchanged: the fund pays at the fee schedule (D9, D13).
    assert issued(depot, oid) == [("PWR-01", PartCharge.FUND, Decimal("150.00")),
                                  ("FAN-01", PartCharge.FUND, Decimal("45.00"))]
    assert issue_entries(depot, oid) == [{"lines": [[pid, qty] for pid, qty in lines], "parts": ["PWR-01"],
                                          "products": "S5720-28P", "reason": "同款电源板，原厂确认可替代"}]


def test_a_reason_that_is_too_long_is_refused_at_its_field(depot: Depot) -> None:
    oid = diagnosed(depot, "SN-LONG")
    with pytest.raises(ValidationError) as refused:
        BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids["PWR-01"], 1)],
                                                  incompatible_reason="原因" * 101)
    assert refused.value.field == "incompatible_reason" and issued(depot, oid) == []


def test_the_units_own_parts_and_universal_parts_need_no_reason(depot: Depot) -> None:
    oid = diagnosed(depot, "SN-OWN")
    own = [(depot.part_ids["FAN-01"], 1)]
    with depot.db.sessions.read() as s:
        own.append((s.scalar(select(Part.id).where(Part.part_no == "PWR-28P")), 1))
    BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, own)
    assert [part for part, _, _ in issued(depot, oid)] == ["FAN-01", "PWR-28P"]
    assert issue_entries(depot, oid) == [{"lines": [[pid, qty] for pid, qty in own]}]  # nothing to explain


def test_a_visit_whose_product_is_not_identified_yet_is_not_restricted(depot: Depot) -> None:  # E1, S3
    saved = CallRegister(depot.db.sessions).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="深圳华信科技", phone="0755-26781234",
        subject="机房交换机宕机，需上门", needs_visit=True, required_arrival_at=NOW + dt.timedelta(hours=4), city="深圳"))
    oid = depot.order_id(saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids["PWR-01"], 1)]).issued


def test_the_picker_lists_the_units_own_and_universal_parts_first_with_their_models(depot: Depot) -> None:
    choices = WorkOrderSupport(depot.db.sessions).parts("电源", model="S5720-28P", limit=2)
    # Ordered in the database: the limit never cuts off a fitting part for one listed for another model.
    assert [(c.part_no, c.fits_model, c.compatible_models) for c in choices] == [
        ("ADP-12V", True, ()), ("PWR-28P", True, ("s5720-28p",))]
    later = WorkOrderSupport(depot.db.sessions).parts("电源", model="S5720-28P")
    assert [(c.part_no, c.fits_model) for c in later][-1] == ("PWR-01", False)
    unknown = WorkOrderSupport(depot.db.sessions).parts("电源")  # no unit yet: everything fits
    assert [c.part_no for c in unknown] == ["ADP-12V", "PWR-01", "PWR-28P"] and all(c.fits_model for c in unknown)
