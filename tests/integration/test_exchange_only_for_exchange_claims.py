"""A new unit only for a claim whose final remedy is exchange (W3, W4, W9, W10, W11), on both databases:
an old unit judged free repair, or one the bench found damaged by the user, is repaired, not replaced,
and never counts as "exchanged" in the monthly report."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, ClaimChannel, Remedy, WorkOrderState as S
from desktop_app.db.models import Unit, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _take_in(depot: Depot, serial: str, sale: dt.date, *, wanted: Remedy | None = None,
             override: Remedy | None = None):
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=sale),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"),
        requested_remedy=wanted, override_remedy=override,
        override_reason="老客户，主管特批" if override else None)
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["sup" if override else "operator"], form)


def _diagnosed(depot: Depot, oid: int, cause: CauseClass | None) -> int:
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    if cause is not None:
        BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                         cause=cause, note="")
    return oid


def _exchange(depot: Depot, oid: int, serial: str) -> None:
    BenchService(depot.db.sessions).record_exchange(depot.staff["tech"], oid, serial)


def _units(depot: Depot) -> int:
    with depot.db.sessions.read() as s:
        return s.scalar(select(func.count()).select_from(Unit))


def _replaced(depot: Depot, oid: int) -> bool:
    with depot.db.sessions.read() as s:
        return s.get(WorkOrder, oid).replacement_unit_id is not None


@pytest.mark.parametrize(("sale_days_ago", "cause"), [
    (2 * 365, CauseClass.QUALITY_DEFECT),  # W4: free repair only
    (100, CauseClass.USER_DAMAGE),  # W11: paid repair whatever the date
    (100, None),  # not diagnosed: the exchange is still provisional (W11)
])
def test_a_unit_not_finally_judged_exchange_gets_no_new_unit(depot: Depot, sale_days_ago: int,
                                                               cause: CauseClass | None) -> None:
    saved = _take_in(depot, "SN-OLD", TODAY - dt.timedelta(days=sale_days_ago))
    oid = _diagnosed(depot, order_id(depot.db, saved.work_order_number), cause)
    before = _units(depot)
    with pytest.raises(ValidationError) as refused:
        _exchange(depot, oid, "SN-NEW")
    assert refused.value.field == "remedy"
    assert ("Record the diagnosis first" in refused.value.template if cause is None
            else "not an exchange" in refused.value.template)
    assert _units(depot) == before and not _replaced(depot, oid)


def test_an_exchange_claim_with_a_quality_defect_gets_its_new_unit(depot: Depot) -> None:  # W3
    saved = _take_in(depot, "SN-Q", TODAY - dt.timedelta(days=100))
    assert saved.chosen is Remedy.EXCHANGE
    oid = _diagnosed(depot, order_id(depot.db, saved.work_order_number), CauseClass.QUALITY_DEFECT)
    _exchange(depot, oid, "SN-Q-NEW")
    assert _replaced(depot, oid)


def test_a_refused_return_turned_exchange_gets_its_new_unit(depot: Depot) -> None:  # W9
    saved = _take_in(depot, "SN-RET", TODAY - dt.timedelta(days=10), wanted=Remedy.RETURN)
    ClaimIntakeService(depot.db.sessions).decide_return(depot.staff["manager"], saved.id, False, "包装已丢失")
    with depot.db.sessions.read() as s:
        oid = s.scalar(select(WorkOrder.id).where(WorkOrder.claim_id == saved.id))
    _exchange(depot, _diagnosed(depot, oid, CauseClass.QUALITY_DEFECT), "SN-RET-NEW")
    assert _replaced(depot, oid)


def test_a_supervisors_override_to_exchange_stands_on_an_old_unit(depot: Depot) -> None:  # W10
    saved = _take_in(depot, "SN-OVR", TODAY - dt.timedelta(days=2 * 365), override=Remedy.EXCHANGE)
    assert saved.chosen is Remedy.EXCHANGE
    oid = _diagnosed(depot, order_id(depot.db, saved.work_order_number), CauseClass.QUALITY_DEFECT)
    _exchange(depot, oid, "SN-OVR-NEW")
    assert _replaced(depot, oid)


def test_a_customer_who_chose_free_repair_in_the_exchange_period_gets_no_new_unit(depot: Depot) -> None:  # W3
    saved = _take_in(depot, "SN-FR", TODAY - dt.timedelta(days=100), wanted=Remedy.FREE_REPAIR)
    oid = _diagnosed(depot, order_id(depot.db, saved.work_order_number), CauseClass.QUALITY_DEFECT)
    with pytest.raises(ValidationError, match="not an exchange"):
        _exchange(depot, oid, "SN-FR-NEW")
