"""The receipt explains each cited rule with the periods of the policy version the claim was judged
under (W12), on both databases: a centre that shortened its exchange period to six months must not
print "one year" beside the claim."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from work_order_fixtures import Depot, build_depot

from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db.opening import Database
from desktop_app.services.policy import PolicyService
from desktop_app.services.receipts import ReceiptService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _receipt_text(depot: Depot, number: str, language: str) -> str:
    made = ReceiptService(depot.db.sessions).make_receipt(depot.staff["operator"], number, language=language,
                                                         translate=lambda _context, text: text, copies=("customer",))
    return "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(made.content)).pages)


def test_the_rule_lines_follow_the_claims_policy_version(depot: Depot) -> None:
    PolicyService(depot.db.sessions).publish(
        depot.staff["manager"], PolicyTerms(version=2, exchange_months=6, repair_months=24), TODAY - dt.timedelta(days=1))
    exchange = depot.take_in("SN-POLICY-1", TODAY - dt.timedelta(days=100))  # in the shortened exchange period
    repair = depot.take_in("SN-POLICY-2", TODAY - dt.timedelta(days=400))  # past it, in the repair period
    assert exchange.decision.policy_version == repair.decision.policy_version == 2
    chinese = _receipt_text(depot, exchange.number, "zh_CN")
    assert "W3售出六个月内(含)出现质量问题" in chinese and "售出一年内" not in chinese
    assert "W4售出两年内(含)免费维修" in _receipt_text(depot, repair.number, "zh_CN")
    assert "qualityproblemwithin6monthsofsale" in _receipt_text(depot, exchange.number, "en")
    assert "freerepairwithin2yearsofsale" in _receipt_text(depot, repair.number, "en")


def test_a_claim_under_the_original_policy_prints_its_periods(depot: Depot) -> None:
    exchange = depot.take_in("SN-PLAIN-1", TODAY - dt.timedelta(days=100))
    repair = depot.take_in("SN-PLAIN-2", TODAY - dt.timedelta(days=500))
    assert "W3售出一年内(含)" in _receipt_text(depot, exchange.number, "zh_CN")
    assert "W4售出三年内(含)免费维修（工业以太网类产品为五年）" in _receipt_text(depot, repair.number, "zh_CN")
