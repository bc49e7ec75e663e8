"""Rules W2 and W9: an approved return is closed only by a recorded refund (the purchase price less the missing
accessories' cost price, how it was paid, the product, accessories and invoice back), audited with its values;
the manager's queue shows what the refund will be judged on."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app.core.return_refunds import RefundMethod
from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, Remedy
from desktop_app.db.models import AuditEntry, Claim
from desktop_app.db.opening import Database
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput
from desktop_app.services.return_refunds import RefundEntry
from work_order_fixtures import Depot, build_depot

NOW = dt.datetime(2026, 11, 28, 3, 0, tzinfo=dt.timezone.utc)
TODAY = NOW.astimezone().date()
FULL = RefundEntry("1280.00", "1280.00", "wechat", True, True, True, note="微信转账 单号 4200001")


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


@pytest.fixture
def intake(database: Database) -> ClaimIntakeService:
    return ClaimIntakeService(database.sessions, clock=lambda: NOW)


def approved_return(depot: Depot, intake: ClaimIntakeService, serial: str,
                    received: tuple[str, ...] = ("电源线", "挂耳")) -> int:
    """A unit sold five days ago with its invoice (W2), returned and approved by the manager (W9)."""
    saved = intake.take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="周女士", phone="13711112222"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY - dt.timedelta(days=5),
                       invoice_no="FP-20261123-88"),
        channel=ClaimChannel.WALK_IN, fault_description="开机后所有端口不通", accessories_received=received,
        requested_remedy=Remedy.RETURN))
    intake.decide_return(depot.staff["manager"], saved.id, approve=True)
    return saved.id


def completions(db: Database) -> list[AuditEntry]:
    with db.sessions.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "complete_return")))


def test_a_return_without_amount_method_or_checklist_stays_open_and_every_field_is_named(depot, intake):
    claim_id = approved_return(depot, intake, "S728REFUND01")
    with pytest.raises(FormInvalid) as refused:
        intake.complete_return(depot.staff["operator"], claim_id, RefundEntry("", None, None, False, False, False))
    assert set(refused.value.by_field()) == {"purchase_price", "method", "product_returned",
                                             "accessories_returned", "invoice_returned"}
    with pytest.raises(FormInvalid) as refused:  # a price but no amount
        intake.complete_return(depot.staff["operator"], claim_id, replace(FULL, amount=" "))
    assert list(refused.value.by_field()) == ["amount"]
    with pytest.raises(FormInvalid) as refused:  # one box left unticked is enough to refuse (W2)
        intake.complete_return(depot.staff["operator"], claim_id, replace(FULL, invoice_returned=False))
    assert list(refused.value.by_field()) == ["invoice_returned"]
    with pytest.raises(FormInvalid) as refused:
        intake.complete_return(depot.staff["operator"], claim_id, replace(FULL, amount="12.345", method="cheque"))
    assert set(refused.value.by_field()) == {"amount", "method"}
    with depot.db.sessions.read() as s:
        claim = s.get(Claim, claim_id)
        assert (claim.status, claim.refund_amount, claim.refund_method) == (ClaimStatus.IN_PROGRESS, None, None)
    assert completions(depot.db) == []


def test_a_refund_above_the_purchase_price_is_refused(depot, intake):
    claim_id = approved_return(depot, intake, "S728REFUND02")
    with pytest.raises(FormInvalid) as refused:
        intake.complete_return(depot.staff["operator"], claim_id, replace(FULL, amount="1300"))
    error = refused.value.by_field()["amount"]
    assert error.params["due"] == "1,280.00"
    assert intake.recorded_refund(claim_id) is None  # still in progress: nothing recorded


def test_the_refund_is_recorded_once_and_audited_with_its_values(depot, intake):
    claim_id = approved_return(depot, intake, "S728REFUND03")
    assert intake.complete_return(depot.staff["operator"], claim_id, FULL) is ClaimStatus.COMPLETED
    refund = intake.recorded_refund(claim_id)
    assert (refund.amount, refund.purchase_price, refund.accessories_charge, refund.method, refund.note,
            refund.refunded_at) == (Decimal("1280.00"), Decimal("1280.00"), None, RefundMethod.WECHAT,
                                    "微信转账 单号 4200001", NOW)
    [entry] = completions(depot.db)
    assert entry.user_id == depot.staff["operator"].staff_id
    assert entry.changes["refund_method"]["new"] == "wechat" and entry.changes["status"]["new"] == "completed"
    assert Decimal(entry.changes["refund_amount"]["new"]) == Decimal("1280.00")
    assert entry.changes["returned"] == ["product", "accessories", "invoice"]
    assert entry.changes["note"] == "微信转账 单号 4200001"


def test_missing_accessories_are_deducted_from_the_refund_at_their_cost_price(depot, intake):
    claim_id = approved_return(depot, intake, "S728REFUND04", received=("电源线",))  # 挂耳 missing at intake
    with pytest.raises(FormInvalid) as refused:  # the full price is too much: the missing 挂耳 is charged
        intake.complete_return(depot.staff["operator"], claim_id, FULL)
    assert set(refused.value.by_field()) == {"accessories_charge"}
    with pytest.raises(FormInvalid) as refused:
        intake.complete_return(depot.staff["operator"], claim_id, replace(FULL, accessories_charge="1280"))
    assert set(refused.value.by_field()) == {"accessories_charge"}  # nothing would be left to refund
    with pytest.raises(FormInvalid) as refused:
        intake.complete_return(depot.staff["operator"], claim_id, replace(FULL, accessories_charge="35"))
    assert refused.value.by_field()["amount"].params["due"] == "1,245.00"
    intake.complete_return(depot.staff["operator"], claim_id,
                           replace(FULL, accessories_charge="35", amount="1245", method="cash"))
    refund = intake.recorded_refund(claim_id)
    assert (refund.amount, refund.accessories_charge, refund.method) == (
        Decimal("1245.00"), Decimal("35.00"), RefundMethod.CASH)


def test_the_managers_queue_shows_the_sale_the_invoice_the_missing_accessories_and_who_took_it_in(depot, intake):
    repair = depot.take_in("S728REFUND05", TODAY - dt.timedelta(days=60))  # not a return: no facts
    claim_id = intake.take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="吴先生", phone="13722223333"),
        unit=UnitInput(product_model="S5720-28P", serial="S728REFUND06", sale_date=TODAY - dt.timedelta(days=3),
                       invoice_no="FP-20261125-01"),
        channel=ClaimChannel.WALK_IN, fault_description="风扇异响", accessories_received=("电源线",),
        requested_remedy=Remedy.RETURN)).id
    facts = intake.return_facts(depot.staff["manager"], [claim_id])[claim_id]
    assert (facts.sale_date, facts.invoice_no, facts.has_invoice) == (TODAY - dt.timedelta(days=3),
                                                                      "FP-20261125-01", True)
    assert (facts.accessories_missing, facts.charge_missing_accessories) == (("挂耳",), True)
    assert facts.taken_in_by == "前台小陈" and facts.return_until is not None
    assert list(intake.return_facts(depot.staff["manager"], [claim_id, repair.id])) == [claim_id]
