"""Two users editing one record: the later save is refused with who and when; nothing is overwritten."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import ClaimChannel, WorkOrderState as S
from desktop_app.db.models import Customer, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.concurrency import ChangedElsewhere
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.lookup import Lookup
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_orders import WorkOrderService


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def test_a_stale_work_order_save_is_refused_naming_who_changed_it(depot: Depot) -> None:
    saved = depot.take_in("SN-C1", dt.date.today() - dt.timedelta(days=200))
    oid = order_id(depot.db, saved.work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    seen_by_tech = WorkOrderDetails(depot.db.sessions).get(depot.staff["tech"], oid)  # the technician opens it
    orders.set_state(depot.staff["sup"], oid, S.DIAGNOSING, expected_version=seen_by_tech.row_version)  # supervisor saves
    with pytest.raises(ChangedElsewhere) as refused:
        orders.record_report(depot.staff["tech"], oid, fault_cause="x", solution="y", customer_opinion="z",
                             expected_version=seen_by_tech.row_version)
    assert "张主管" in str(refused.value) and refused.value.params["time"].count(":") == 1
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        assert order.report_fault_cause is None and order.state is S.DIAGNOSING  # nothing overwritten
    fresh = WorkOrderDetails(depot.db.sessions).get(depot.staff["tech"], oid)
    orders.record_report(depot.staff["tech"], oid, fault_cause="x", solution="y", customer_opinion="z",
                         expected_version=fresh.row_version)  # after reloading it works


def test_a_stale_customer_edit_at_intake_is_refused(depot: Depot) -> None:
    depot.take_in("SN-C2", dt.date.today() - dt.timedelta(days=200))
    (match,) = Lookup(depot.db.sessions).customers("13812345678")
    intake = ClaimIntakeService(depot.db.sessions)

    def form(address: str) -> IntakeForm:
        return IntakeForm(customer=CustomerInput(existing_id=match.id, existing_version=match.row_version, name="刘洋",
                                                 phone="13812345678", address=address),
                          unit=UnitInput(product_model="S5720-28P", serial=f"SN-{address}",
                                         sale_date=dt.date.today() - dt.timedelta(days=100)),
                          channel=ClaimChannel.WALK_IN, fault_description="端口故障", accessories_received=("电源线", "挂耳"))

    intake.take_in(depot.staff["operator"], form("新地址一号"))  # first counter updates the address
    with pytest.raises(ChangedElsewhere, match="前台小陈"):
        intake.take_in(depot.staff["sup"], form("新地址二号"))  # second counter had the old copy
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Customer.address).where(Customer.id == match.id)) == "新地址一号"
