"""Wear parts on a free remedy are the customer's at cost only when the customer agrees (W3, W6), on both
databases: refused without the consent, issued and audited with it; fund and manufacturer parts, and a
paid repair's parts, never wait for it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from accepted_quotes import accept_quote
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, PartCharge, WorkOrderState as S
from desktop_app.db.models import AuditEntry, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _diagnosed(depot: Depot, serial: str, sale_days_ago: int, cause: CauseClass) -> tuple[int, str]:
    number = depot.take_in(serial, TODAY - dt.timedelta(days=sale_days_ago)).work_order_number
    oid, tech = order_id(depot.db, number), depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["no_power"],
                                                     cause=cause, note="")
    return oid, number


def _lines(depot: Depot, oid: int) -> list[tuple[PartCharge, Decimal]]:
    with depot.db.sessions.read() as s:
        return [(w.charged_to, w.unit_price) for w in
                s.scalars(select(WorkOrderPart).where(WorkOrderPart.work_order_id == oid).order_by(WorkOrderPart.id))]


@pytest.mark.parametrize("sale_days_ago", [100, 500])  # W3 exchange tier, W4 free repair
def test_a_wear_part_on_a_free_repair_is_not_charged_without_the_customers_consent(depot: Depot,
                                                                                    sale_days_ago: int) -> None:
    oid, number = _diagnosed(depot, "SN-FREE", sale_days_ago, CauseClass.QUALITY_DEFECT)
    bench, tech, adapter = BenchService(depot.db.sessions), depot.staff["tech"], depot.part_ids["ADP-12V"]
    with pytest.raises(ValidationError) as refused:
        bench.use_parts(tech, oid, [(adapter, 1), (depot.part_ids["FAN-01"], 1)])
    assert refused.value.field == "customer_consent" and refused.value.params["parts"] == "ADP-12V"
    assert _lines(depot, oid) == [] and depot.on_hand("ADP-12V") == 3 and depot.on_hand("FAN-01") == 5
    assert WorkOrderDetails(depot.db.sessions).get(tech, number).charges_to_customer == 0

    assert bench.use_parts(tech, oid, [(adapter, 1)], customer_consent=True).issued
    assert _lines(depot, oid) == [(PartCharge.CUSTOMER, Decimal("20.00"))]  # at cost (W3)
    with depot.db.sessions.read() as s:
        consent = s.scalar(select(AuditEntry).where(AuditEntry.action == "customer_consent"))
    assert consent.user_id == tech.staff_id and consent.entity_id == oid and consent.at is not None
    assert consent.changes == {"lines": [["ADP-12V", 1]], "amount": "20.00"}  # at cost


def test_fund_parts_on_a_free_repair_never_wait_for_consent(depot: Depot) -> None:  # D13
    oid, _ = _diagnosed(depot, "SN-FUND", 500, CauseClass.QUALITY_DEFECT)
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids["FAN-01"], 1)]).issued
    assert _lines(depot, oid) == [(PartCharge.FUND, Decimal("45.00"))]


def test_a_paid_repair_charges_wear_parts_as_quoted_without_a_separate_consent(depot: Depot) -> None:  # W11, W5
    oid, _ = _diagnosed(depot, "SN-WET", 100, CauseClass.USER_DAMAGE)
    accept_quote(depot.db, depot.staff["tech"], oid, [(depot.part_ids["ADP-12V"], 1)])  # E11: the quote is the consent
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids["ADP-12V"], 1)]).issued
    assert _lines(depot, oid) == [(PartCharge.CUSTOMER, Decimal("20.00"))]
