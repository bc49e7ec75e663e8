"""A return's service receipt on both databases: who pays inside the dealer agreement (D rules) stays on
the centre's stub, the manager's approval is asked for once (W9), and a reprint of the approved,
refunded return says who approved it and is no longer "provisional until diagnosis" (W11)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel, Remedy
from desktop_app.db.models import Claim
from desktop_app.gui.translations import translator_function
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.receipt_papers import ReceiptPrinting
from desktop_app.services.return_refunds import RefundEntry

WARNING = "退货须经总经理批准"
PROVISIONAL = "检测前为暂定结论"
DEALER_RULE = re.compile(r"D1\d")


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def returned(depot: Depot) -> int:
    """Sold five days ago with its invoice: a return (W2) paid by the manufacturer (D12), awaiting approval."""
    saved = ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="周女士", phone="13711112222"),
        unit=UnitInput(product_model="S5720-28P", serial="S728RCPT01", invoice_no="FP-88",
                       sale_date=dt.date.today() - dt.timedelta(days=5)),
        channel=ClaimChannel.WALK_IN, fault_description="开机后所有端口不通", accessories_received=("电源线", "挂耳"),
        requested_remedy=Remedy.RETURN))
    return saved.id


def pages(depot: Depot, claim_id: int, paper: str = "A4") -> list[str]:
    made = ReceiptPrinting(depot.db.sessions).make_receipt(
        depot.staff["operator"], claim_id, language="zh_CN", translate=translator_function("zh_CN"), paper=paper)
    return [page.extract_text().replace("\n", "") for page in PdfReader(io.BytesIO(made.content)).pages]


def test_the_customer_copy_asks_for_approval_once_and_leaves_the_cost_sharing_to_the_stub(depot):
    claim_id = returned(depot)
    customer, centre = pages(depot, claim_id)  # one sheet each
    assert customer.count(WARNING) == 1 and centre.count(WARNING) == 1  # rule W9, once
    assert not DEALER_RULE.search(customer)  # rules D11-D14: the centre's business
    assert "品质不良（D12）" in centre  # the stub keeps the centre's record
    roll_customer = pages(depot, claim_id, paper="80mm")[0]  # the receipt roll likewise
    assert roll_customer.count(WARNING) == 1 and not DEALER_RULE.search(roll_customer)


def test_a_reprint_of_the_refunded_return_says_who_approved_it_and_is_no_longer_provisional(depot):
    claim_id = returned(depot)
    assert PROVISIONAL in pages(depot, claim_id)[0]  # at intake the judgement is provisional (W11)
    intake = ClaimIntakeService(depot.db.sessions)
    intake.decide_return(depot.staff["manager"], claim_id, approve=True)
    intake.complete_return(depot.staff["operator"], claim_id,
                           RefundEntry("1280.00", "1280.00", "wechat", True, True, True, note="微信转账"))
    with depot.db.sessions.read() as s:
        approved_at = s.get(Claim, claim_id).approved_at
    day = (approved_at if approved_at.tzinfo else approved_at.replace(tzinfo=dt.timezone.utc)).astimezone().date()
    for text in pages(depot, claim_id):
        assert WARNING not in text and PROVISIONAL not in text
        assert f"退货已由 王总 于 {day.isoformat()} 批准（W9）" in text
