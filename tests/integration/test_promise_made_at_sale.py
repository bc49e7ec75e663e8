"""A policy change never shortens what was promised at sale: a claim is judged under the version in
force at the sale or on the claim date, whichever gives the customer the better tier (W1, W4, W12)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import CauseClass, ClaimChannel, CostBearer, Remedy, WorkOrderState
from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db.models import Claim
from desktop_app.db.opening import Database
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.policy import PolicyService
from desktop_app.services.receipts import ReceiptService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

NOW = dt.datetime(2026, 11, 27, 2, 30, tzinfo=dt.timezone.utc)
TODAY = NOW.astimezone().date()
CHANGED = dt.date(2026, 1, 1)  # the day a shorter (24-month) free repair takes effect
SOLD_BEFORE = dt.date(2024, 6, 1)  # promised 36 months at sale: free repair until 2027-06-01


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    PolicyService(database.sessions).publish(depot.staff["manager"], PolicyTerms(version=1, repair_months=24), CHANGED)
    return depot


def claim(depot: Depot, serial: str, sale: dt.date | None, *, invoice: bool = True):
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, has_invoice=invoice, sale_date=sale if invoice else None,
                       invoice_no="INV-1" if invoice else None),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"))
    intake = ClaimIntakeService(depot.db.sessions, clock=lambda: NOW)
    preview = intake.preview(form)
    saved = intake.take_in(depot.staff["operator"], form)
    assert preview.decision == saved.decision  # the counter is told what is saved
    return saved


def stored_version(depot: Depot, claim_id: int) -> int:
    with depot.db.sessions.read() as s:
        return s.get(Claim, claim_id).policy_version.version


def test_a_unit_sold_under_a_three_year_promise_keeps_free_repair_after_a_two_year_policy(depot: Depot) -> None:
    saved = claim(depot, "SN-A", SOLD_BEFORE)
    assert saved.chosen is Remedy.FREE_REPAIR and saved.decision.repair_until == dt.date(2027, 6, 1)
    assert saved.decision.cost_bearer is not CostBearer.CUSTOMER
    assert stored_version(depot, saved.id) == 1 == saved.decision.policy_version  # judged under it (W12)


def test_a_unit_sold_after_the_change_gets_the_new_periods(depot: Depot) -> None:
    saved = claim(depot, "SN-B", dt.date(2026, 2, 1))  # sold under v2: both days' version is v2
    assert saved.decision.repair_until == dt.date(2028, 2, 1) and stored_version(depot, saved.id) == 2


def test_when_both_versions_give_the_same_tier_the_claim_dates_judges(depot: Depot) -> None:
    saved = claim(depot, "SN-TIE", dt.date(2025, 6, 1))  # free repair under both (W4)
    assert saved.chosen is Remedy.FREE_REPAIR and stored_version(depot, saved.id) == 2
    assert saved.decision.repair_until == dt.date(2027, 6, 1)  # 24 months: the claim date's version


def test_a_longer_policy_published_later_also_helps_an_older_sale(database: Database) -> None:
    depot = build_depot(database)
    PolicyService(database.sessions).publish(depot.staff["manager"], PolicyTerms(version=1, repair_months=48), CHANGED)
    saved = claim(depot, "SN-LONG", dt.date(2023, 6, 1))  # 36 months ended 2026-06-01; 48 run to 2027-06-01
    assert saved.chosen is Remedy.FREE_REPAIR and stored_version(depot, saved.id) == 2


def test_a_registered_sale_is_the_sale_date_whose_promise_counts(depot: Depot) -> None:
    claim(depot, "SN-REG", SOLD_BEFORE)  # the invoice seen once registers the sale (W10)
    again = claim(depot, "SN-REG", None, invoice=False)
    assert again.chosen is Remedy.FREE_REPAIR and stored_version(depot, again.id) == 1


def test_without_any_sale_date_only_the_claim_dates_version_judges(depot: Depot) -> None:
    saved = claim(depot, "SN-NONE", None, invoice=False)
    assert saved.chosen is Remedy.PAID_REPAIR and stored_version(depot, saved.id) == 2  # W10


def test_diagnosis_rejudges_under_the_version_the_claim_was_judged_under(depot: Depot) -> None:
    saved = claim(depot, "SN-BENCH", SOLD_BEFORE)
    order_id = depot.order_id(saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], order_id, WorkOrderState.DIAGNOSING)
    result = BenchService(depot.db.sessions).record_diagnosis(
        depot.staff["tech"], order_id, fault_category_id=depot.fault_ids["port"], cause=CauseClass.QUALITY_DEFECT,
        note="端口芯片损坏")
    assert result.decision.best is Remedy.FREE_REPAIR and not result.tier_changed
    assert result.decision.policy_version == 1


def test_the_receipt_says_the_version_kinder_to_the_customer_judged(depot: Depot) -> None:
    saved = claim(depot, "SN-RECEIPT", SOLD_BEFORE)
    made = ReceiptService(depot.db.sessions).make_receipt(depot.staff["operator"], saved.number, language="zh_CN",
                                                         translate=lambda _context, text: text, copies=("customer",))
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(made.content)).pages)
    assert "W12保修期限按售出时或受理时的保修政策版本判定，取对客户有利者" in text
    assert "W4售出三年内(含)免费维修" in text  # the sale's 36 months, not the 24 in force today
