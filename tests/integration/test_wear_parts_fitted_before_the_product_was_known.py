"""Parts fitted on a visit booked from a call, before its product was identified, judged again once it is
(W3, W6, D13), on both databases: a free repair moves the other parts to the fund, but the wear parts stay
the customer's at cost only with their consent, audited as at issue; refused, they go back to stock first."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import CallChannel, PartCharge, WorkOrderState as S
from desktop_app.db.models import AuditEntry, Claim, PartChargeChange, WorkOrder, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.visit_identification import VisitIdentificationService, VisitProductForm
from desktop_app.services.visit_wear_parts import FittedWearParts
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()
IN_WARRANTY = TODAY - dt.timedelta(days=200)  # W3/W4: a free repair


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def visit_with_parts(depot: Depot) -> int:
    """E1, S3: a visit booked from a call; on site 李工 fits a power board and a power adapter (a wear part,
    W6) before anyone knows the product: both are the customer's so far, at cost (W5)."""
    saved = CallRegister(depot.db.sessions).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="深圳华信科技", phone="0755-26781234",
        subject="机房交换机宕机，需上门", needs_visit=True, required_arrival_at=NOW + dt.timedelta(hours=4), city="深圳"))
    oid = depot.order_id(saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    assert BenchService(depot.db.sessions).use_parts(
        depot.staff["tech"], oid, [(depot.part_ids["PWR-01"], 1), (depot.part_ids["ADP-12V"], 2)]).issued
    return oid


def found(sale: dt.date) -> VisitProductForm:
    return VisitProductForm(product_model="S5720-28P", serial="SN-SITE", fault_description="整机不通电",
                            sale_date=sale)


def lines(depot: Depot, oid: int) -> list[tuple[str, PartCharge, Decimal]]:
    with depot.db.sessions.read() as s:
        return [(w.part.part_no, w.charged_to, w.unit_price) for w in s.scalars(
            select(WorkOrderPart).where(WorkOrderPart.work_order_id == oid).order_by(WorkOrderPart.id))]


def consents(depot: Depot) -> list[dict]:
    with depot.db.sessions.read() as s:
        return [e.changes for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "customer_consent"))]


def test_a_free_visit_is_not_identified_while_the_customer_has_not_agreed_to_pay_for_wear_parts(
        depot: Depot) -> None:  # W3, W6
    oid = visit_with_parts(depot)
    visits = VisitIdentificationService(depot.db.sessions)

    with pytest.raises(ValidationError) as refused:
        visits.identify(depot.staff["tech"], oid, found(IN_WARRANTY))

    assert refused.value.field == "customer_consent" and refused.value.params["parts"] == "ADP-12V"
    assert "return them to stock" in str(refused.value)  # what to do when the customer says no
    with depot.db.sessions.read() as s:  # nothing written: no claim, the parts as they were
        assert s.get(WorkOrder, oid).claim_id is None and s.scalars(select(Claim)).all() == []
        assert s.scalars(select(PartChargeChange)).all() == []
    assert lines(depot, oid) == [("PWR-01", PartCharge.CUSTOMER, Decimal("120.00")),
                                 ("ADP-12V", PartCharge.CUSTOMER, Decimal("20.00"))]
    assert consents(depot) == []


def test_with_the_customers_consent_the_wear_parts_stay_theirs_and_the_rest_goes_to_the_fund(
        depot: Depot) -> None:  # W3, W6, D13, D9
    oid = visit_with_parts(depot)
    visits = VisitIdentificationService(depot.db.sessions)
    preview = visits.preview(found(IN_WARRANTY), TODAY, depot.staff["tech"]).decision
    assert visits.wear_parts_to_agree(depot.staff["tech"], oid, preview) == FittedWearParts(
        (("ADP-12V", 2),), Decimal("40.00"))  # what the dialog asks the customer about, at cost

    done = visits.identify(depot.staff["tech"], oid, found(IN_WARRANTY), customer_consent=True)

    assert done.wear_parts_amount == Decimal("40.00")
    assert lines(depot, oid) == [("PWR-01", PartCharge.FUND, Decimal("150.00")),  # D13 at the fee (D9)
                                 ("ADP-12V", PartCharge.CUSTOMER, Decimal("20.00"))]  # at cost (W3, W6)
    assert consents(depot) == [{"lines": [["ADP-12V", 2]], "amount": "40.00"}]  # as the parts dialog's
    with depot.db.sessions.read() as s:  # the change after issue kept for the months (D4, D9): the board only
        changes = s.execute(select(PartChargeChange.old_charged_to, PartChargeChange.new_charged_to,
                                   PartChargeChange.quantity)).all()
        consent = s.scalar(select(AuditEntry).where(AuditEntry.action == "customer_consent"))
    assert changes == [(PartCharge.CUSTOMER, PartCharge.FUND, 1)]
    assert consent.entity_id == oid and consent.user_id == depot.staff["tech"].staff_id


def test_wear_parts_returned_to_stock_need_no_consent(depot: Depot) -> None:  # W6: the customer said no
    oid = visit_with_parts(depot)
    visits = VisitIdentificationService(depot.db.sessions)
    StockAdmin(depot.db.sessions).return_to_stock(depot.staff["sup"], oid, depot.part_ids["ADP-12V"], 1, "客户不要")
    preview = visits.preview(found(IN_WARRANTY), TODAY, depot.staff["tech"]).decision
    assert visits.wear_parts_to_agree(depot.staff["tech"], oid, preview) == FittedWearParts(
        (("ADP-12V", 1),), Decimal("20.00"))  # only what the order still holds
    StockAdmin(depot.db.sessions).return_to_stock(depot.staff["sup"], oid, depot.part_ids["ADP-12V"], 1, "客户不要")
    assert visits.wear_parts_to_agree(depot.staff["tech"], oid, preview) is None

    done = visits.identify(depot.staff["tech"], oid, found(IN_WARRANTY))

    assert done.wear_parts_amount is None and consents(depot) == []
    assert depot.on_hand("ADP-12V") == 3
    assert lines(depot, oid)[0] == ("PWR-01", PartCharge.FUND, Decimal("150.00"))


def test_a_paid_visit_asks_no_consent_for_wear_parts(depot: Depot) -> None:  # W5: the quote covers them
    oid = visit_with_parts(depot)
    visits = VisitIdentificationService(depot.db.sessions)
    old = dt.date(2015, 6, 1)
    assert visits.wear_parts_to_agree(depot.staff["tech"], oid,
                                      visits.preview(found(old), TODAY, depot.staff["tech"]).decision) is None

    done = visits.identify(depot.staff["tech"], oid, found(old))

    assert done.wear_parts_amount is None and consents(depot) == []
    assert lines(depot, oid) == [("PWR-01", PartCharge.CUSTOMER, Decimal("120.00")),
                                 ("ADP-12V", PartCharge.CUSTOMER, Decimal("20.00"))]
